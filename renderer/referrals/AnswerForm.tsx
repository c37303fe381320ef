// The form for one answer: accept (engagement name, deal value and currency, expected close date,
// notes), decline (reason, notes), or mark won / lost (notes). A failed check keeps everything
// typed and says under each field what to change; the answer is saved offline like any other.
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../data/database';
import type { ReferralRecord } from '../data/records';
import { useReferralInbox, type FormField } from './inbox-store';
import { currencies, declineReasons } from './referral';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(160px, 2fr) minmax(120px, 1fr)', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  date: { maxWidth: '240px' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

const titles = { accept: 'acceptTitle', decline: 'declineTitle', won: 'wonTitle', lost: 'lostTitle' } as const;

export function AnswerForm({ db, referral, online }: { db: PartnerDeskDatabase; referral: ReferralRecord; online: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const form = useReferralInbox();
  const { answering, problems, busy } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const problemCount = Object.keys(problems).length;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [answering]);
  // A failed check moves focus to the first field to fix.
  useEffect(() => {
    if (problemCount > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problemCount, problems]);

  if (!answering) return null;
  const check = (field: FormField) => ({
    validationState: problems[field] ? ('error' as const) : ('none' as const),
    validationMessage: problems[field] ? t(`referrals.problems.${problems[field]}`) : undefined,
  });
  const notes = answering === 'accept' ? form.accept.notes : answering === 'decline' ? form.decline.notes : form.close.notes;
  const setNotes = (value: string) => (answering === 'accept' ? form.updateAccept('notes', value) : answering === 'decline' ? form.updateDecline('notes', value) : form.updateClose(value));
  const today = new Date().toISOString().slice(0, 10);

  return (
    <form
      ref={formRef}
      className={styles.form}
      noValidate
      aria-labelledby="answer-title"
      data-testid="answer-form"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(db, referral, online);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) form.cancelAnswer();
      }}
    >
      <Subtitle2 as="h3" id="answer-title" className={styles.title}>
        {t(`referrals.form.${titles[answering]}`)}
      </Subtitle2>
      <Text className={styles.intro}>
        {answering === 'accept' ? t('referrals.form.acceptIntro') : answering === 'decline' ? t('referrals.form.declineIntro') : t('referrals.form.closeIntro')}
      </Text>
      {problemCount > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('referrals.form.checkFields', { count: problemCount })}</MessageBarBody>
        </MessageBar>
      ) : null}

      {answering === 'accept' ? (
        <>
          <Field label={t('referrals.form.engagementName')} required {...check('name')}>
            <Input value={form.accept.name} maxLength={255} onChange={(_event, data) => form.updateAccept('name', data.value)} />
          </Field>
          <div className={styles.pair}>
            <Field label={t('referrals.form.dealValue')} required hint={t('referrals.form.dealValueHint')} {...check('dealValue')}>
              <Input value={form.accept.dealValue} inputMode="decimal" onChange={(_event, data) => form.updateAccept('dealValue', data.value)} />
            </Field>
            <Field label={t('referrals.form.currency')} required {...check('currency')}>
              <Select value={form.accept.currency} onChange={(_event, data) => form.updateAccept('currency', data.value)}>
                {(currencies as readonly string[]).includes(form.accept.currency) ? null : <option value={form.accept.currency}>{form.accept.currency}</option>}
                {currencies.map((currency) => (
                  <option key={currency} value={currency}>
                    {currency}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Field className={styles.date} label={t('referrals.form.closeDate')} required {...check('closeDate')}>
            <Input type="date" min={today} value={form.accept.closeDate} onChange={(_event, data) => form.updateAccept('closeDate', data.value)} />
          </Field>
        </>
      ) : null}

      {answering === 'decline' ? (
        <Field label={t('referrals.form.reason')} required {...check('reason')}>
          <Select value={form.decline.reason} onChange={(_event, data) => form.updateDecline('reason', data.value)}>
            <option value="">{t('referrals.form.chooseReason')}</option>
            {declineReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`referrals.form.reasons.${reason}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <Field label={t('referrals.form.notes')} hint={t('referrals.form.notesHint')} {...check('notes')}>
        <Textarea value={notes} resize="vertical" rows={3} onChange={(_event, data) => setNotes(data.value)} />
      </Field>

      {!online ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('referrals.form.offline')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.footer}>
        <Button type="submit" appearance="primary" icon={busy ? <Spinner size="tiny" /> : undefined} disabledFocusable={busy}>
          {t(`referrals.answers.${answering}`)}
        </Button>
        <Button type="button" disabled={busy} onClick={form.cancelAnswer}>
          {t('referrals.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
