// Writing an invitation: who receives it, which company and domain it is for, with or without
// delegated admin, the mail's language and a personal note, and the mail itself from an editable
// template that must keep the link. A live preview shows what the customer will read. Three ways
// out: Send (from the user's mailbox, queued while offline), Open in mail app, Copy.
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowResetRegular, CopyRegular, MailRegular, SendRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import { draftLimits, invitationLink, renderMail, type DraftField, type InvitationDraft, type MailLanguage } from './invitation';
import { readPartnerName } from './invitation-actions';
import { useInvitations } from './invitations-store';
import { readRelationshipLink } from './relationship-link';
import { mailTemplate } from './texts';
import { useDates } from './use-dates';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1180px', width: '100%' },
  back: { alignSelf: 'flex-start' },
  columns: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start', flexWrap: 'wrap' },
  form: {
    flex: '1 1 460px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingVerticalXL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  templateBar: { display: 'flex', justifyContent: 'flex-end' },
  preview: {
    flex: '1 1 380px',
    position: 'sticky',
    top: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  mailHead: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  label: { color: tokens.colorNeutralForeground2 },
  mailBody: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyBase, lineHeight: tokens.lineHeightBase300, margin: 0 },
  footer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalL },
  hint: { color: tokens.colorNeutralForeground2, flexBasis: '100%' },
});

export function InvitationComposer({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const dates = useDates();
  const features = store((state) => state.appInfo.cloudFeatures);
  const cloud = store((state) => state.appInfo.cloud);
  const online = store((state) => state.connectivity.state) !== 'offline';
  const form = useInvitations();
  const { draft, problems, busy } = form;
  const link = useLiveQuery(() => readRelationshipLink(db), [db], null);
  const partnerName = useLiveQuery(() => readPartnerName(db), [db], undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const problemCount = Object.keys(problems).length;
  const delegatedAdminRequired = !features.invitationWithoutDelegatedAdmin;
  const context = { online, formatDate: dates.date };

  useEffect(() => firstField.current?.focus(), [firstField]);
  // A refused delivery moves focus to the first field to fix, or to the sentence that says why.
  useEffect(() => {
    if (problemCount > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else if (form.message?.intent === 'error') messageRef.current?.focus();
  }, [problemCount, problems, form.message]);

  const problemOf = (field: DraftField) => (problems[field] ? t(`invitations.errors.${problems[field]}`) : undefined);
  const fieldProps = (field: DraftField) => ({ validationState: problems[field] ? ('error' as const) : ('none' as const), validationMessage: problemOf(field) });
  const text = (field: keyof InvitationDraft & ('recipientName' | 'recipientEmail' | 'companyName' | 'expectedDomain' | 'subject'), label: string, extra: { type?: 'email'; hint?: string; autoComplete?: string; maxLength?: number; inputRef?: typeof firstField } = {}): ReactElement => (
    <Field label={label} required hint={extra.hint} {...fieldProps(field)}>
      <Input
        ref={extra.inputRef}
        name={field}
        type={extra.type}
        autoComplete={extra.autoComplete ?? 'off'}
        maxLength={extra.maxLength}
        value={draft[field]}
        onChange={(_event, data) => form.update(field, data.value)}
      />
    </Field>
  );

  // Fields not filled in yet show as their name in brackets, so the preview never reads "Dear ,".
  const shown = (value: string, label: string) => value.trim() || `[${label}]`;
  const previewDraft = { ...draft, recipientName: shown(draft.recipientName, t('invitations.compose.recipientName')), companyName: shown(draft.companyName, t('invitations.compose.companyName')) };
  const recipientName = draft.recipientName.trim();
  const recipientEmail = draft.recipientEmail.trim();
  const previewTo = recipientName && recipientEmail ? `${recipientName} <${recipientEmail}>` : recipientName || recipientEmail || `[${t('invitations.compose.recipientEmail')}]`;
  const mail = renderMail(previewDraft, {
    link: link ? invitationLink(link.url, draft.delegatedAdmin) : t('invitations.compose.linkPending'),
    partnerName,
    words: mailTemplate(draft.language),
  });

  if (!features.invitations) {
    return (
      <section className={styles.page} aria-labelledby="compose-title">
        <Title2 as="h1" id="compose-title">
          {t('invitations.compose.title')}
        </Title2>
        <MessageBar intent="warning">
          <MessageBarBody>{t('invitations.errors.notAvailable', { cloud: t(`settings.clouds.${cloud}`) })}</MessageBarBody>
        </MessageBar>
        <Button className={styles.back} icon={<ArrowLeftRegular />} onClick={form.backToList}>
          {t('invitations.compose.back')}
        </Button>
      </section>
    );
  }

  return (
    <section className={styles.page} aria-labelledby="compose-title">
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={form.backToList}>
        {t('invitations.compose.back')}
      </Button>
      <Title2 as="h1" id="compose-title">
        {t('invitations.compose.title')}
      </Title2>
      {form.message ? (
        <div ref={messageRef} tabIndex={-1}>
          <MessageBar intent={form.message.intent} data-testid="compose-message">
            <MessageBarBody>{t(`invitations.${form.message.key}`, form.message.values ?? {})}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      <div className={styles.columns}>
        <form ref={formRef} className={styles.form} noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="compose-title">
          <fieldset className={styles.group}>
            <legend className={styles.legend}>
              <Subtitle2>{t('invitations.compose.customer')}</Subtitle2>
            </legend>
            <div className={styles.pair}>
              {text('recipientName', t('invitations.compose.recipientName'), { autoComplete: 'name', maxLength: draftLimits.recipientName, inputRef: firstField })}
              {text('recipientEmail', t('invitations.compose.recipientEmail'), { type: 'email', autoComplete: 'email' })}
            </div>
            <div className={styles.pair}>
              {text('companyName', t('invitations.compose.companyName'), { autoComplete: 'organization', maxLength: draftLimits.companyName })}
              {text('expectedDomain', t('invitations.compose.expectedDomain'), { hint: t('invitations.compose.expectedDomainHint') })}
            </div>
            <Field hint={delegatedAdminRequired ? t('invitations.compose.delegatedAdminRequired', { cloud: t(`settings.clouds.${cloud}`) }) : t('invitations.compose.delegatedAdminHint')}>
              <Checkbox
                label={t('invitations.compose.includeDelegatedAdmin')}
                checked={delegatedAdminRequired || draft.delegatedAdmin}
                disabled={delegatedAdminRequired}
                onChange={(_event, data) => form.update('delegatedAdmin', data.checked === true)}
              />
            </Field>
            <div className={styles.pair}>
              <Field label={t('invitations.compose.language')}>
                <Select value={draft.language} onChange={(_event, data) => form.setLanguage(data.value as MailLanguage)}>
                  {(['en', 'it'] as const).map((language) => (
                    <option key={language} value={language}>
                      {t(`invitations.compose.languages.${language}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <Field label={t('invitations.compose.note')} hint={t('invitations.compose.noteHint')} {...fieldProps('note')}>
              <Textarea value={draft.note} resize="vertical" rows={3} onChange={(_event, data) => form.update('note', data.value)} />
            </Field>
          </fieldset>

          <fieldset className={styles.group}>
            <legend className={styles.legend}>
              <Subtitle2>{t('invitations.compose.message')}</Subtitle2>
            </legend>
            {text('subject', t('invitations.compose.subject'), { maxLength: draftLimits.subject })}
            <Field label={t('invitations.compose.body')} required hint={t('invitations.compose.bodyHint')} {...fieldProps('body')}>
              <Textarea value={draft.body} resize="vertical" rows={12} onChange={(_event, data) => form.update('body', data.value)} />
            </Field>
            <div className={styles.templateBar}>
              <Button appearance="subtle" icon={<ArrowResetRegular />} onClick={form.resetTemplate}>
                {t('invitations.compose.resetTemplate')}
              </Button>
            </div>
          </fieldset>

          <div className={styles.footer}>
            <Button appearance="primary" icon={busy === 'graph' ? <Spinner size="tiny" /> : <SendRegular />} disabledFocusable={busy !== null} onClick={() => void form.deliver(db, 'graph', context)}>
              {t('invitations.compose.send')}
            </Button>
            <Button icon={<MailRegular />} disabledFocusable={busy !== null} onClick={() => void form.deliver(db, 'mail-app', context)}>
              {t('invitations.compose.openInMailApp')}
            </Button>
            <Button icon={<CopyRegular />} disabledFocusable={busy !== null} onClick={() => void form.deliver(db, 'clipboard', context)}>
              {t('invitations.compose.copy')}
            </Button>
            <Caption1 className={styles.hint}>{t('invitations.compose.sendHint')}</Caption1>
          </div>
        </form>

        <aside className={styles.preview} aria-label={t('invitations.compose.previewLabel')}>
          <Subtitle2 as="h2">{t('invitations.compose.preview')}</Subtitle2>
          <div className={styles.mailHead}>
            <Text className={styles.label}>{t('invitations.compose.previewTo')}</Text>
            <Text data-testid="preview-to">{previewTo}</Text>
            <Text className={styles.label}>{t('invitations.compose.previewSubject')}</Text>
            <Text weight="semibold" data-testid="preview-subject">
              {mail.subject}
            </Text>
          </div>
          <pre className={styles.mailBody} data-testid="preview-body">
            {mail.body}
          </pre>
        </aside>
      </div>
    </section>
  );
}
