// One referral in full: who the customer is, what the deal is, where the referral stands and until
// when it can be answered; then the answers its status allows, a problem with a sent answer, or
// the form being filled in.
import { EmptyState } from '../app/EmptyState';
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Subtitle1, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular, ArrowTrendingRegular, ArrowTrendingDownRegular, MailInboxRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsCard, useFactStyles } from '../customers/details/DetailsCard';
import { SyncBadge } from '../customers/list/SyncBadge';
import type { PartnerDeskDatabase } from '../data/database';
import type { ReferralRecord } from '../data/records';
import { syncStateOf } from '../sync/record-sync-state';
import { AnswerForm } from './AnswerForm';
import { AnswerProblem } from './AnswerProblem';
import { useReferralInbox } from './inbox-store';
import { allowedAnswers, isUrgent, type Answer } from './referral';
import type { OpenAnswer } from './referral-store';
import { useReferralFormats } from './use-referral-formats';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0, marginRight: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  subtitle: { color: tokens.colorNeutralForeground2 },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  urgent: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  contacts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  notes: { whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const statusColors: Record<ReferralRecord['status'], BadgeProps['color']> = { New: 'brand', Active: 'informative', Closed: 'subtle' };

const answerIcons: Record<Answer, ReactElement> = {
  accept: <CheckmarkRegular />,
  decline: <DismissRegular />,
  won: <ArrowTrendingRegular />,
  lost: <ArrowTrendingDownRegular />,
};

interface Props {
  db: PartnerDeskDatabase;
  referral: ReferralRecord | null;
  answer: OpenAnswer | undefined;
  online: boolean;
  now: number;
}

export function ReferralDetails({ db, referral, answer, online, now }: Props) {
  const styles = useStyles();
  const facts = useFactStyles();
  const { t } = useTranslation();
  const formats = useReferralFormats();
  const answering = useReferralInbox((state) => state.answering);
  const openAnswer = useReferralInbox((state) => state.openAnswer);
  const firstAction = useRef<HTMLButtonElement>(null);
  const wasAnswering = useRef(answering);

  // Leaving the form (Cancel) puts focus back on the answers, where the user came from.
  useEffect(() => {
    if (wasAnswering.current && !answering) firstAction.current?.focus();
    wasAnswering.current = answering;
  }, [answering]);

  if (!referral) {
    return (
      <EmptyState icon={MailInboxRegular} testId="referral-none-selected" titleSize={400} title={t('referrals.select.title')} body={t('referrals.select.body')} />
    );
  }

  const sync = answer ? syncStateOf([answer.operation]) : 'synced';
  const allowed = allowedAnswers(referral);
  const left = formats.timeLeft(referral, now);
  const value = formats.money(referral.details.dealValue, referral.details.currency);
  const address = referral.customerProfile.address;
  const place = [address.addressLine1, [address.postalCode, address.city].filter(Boolean).join(' '), address.state, address.country].filter(Boolean).join(', ');
  const contacts = referral.customerProfile.team;
  const none = <span className={styles.muted}>{t('referrals.details.none')}</span>;
  const fact = (label: string, content: ReactNode) => (
    <>
      <dt className={facts.label}>{label}</dt>
      <dd className={facts.value}>{content}</dd>
    </>
  );
  const known = (key: string, raw: string | undefined) => (raw ? t(key, { defaultValue: raw }) : none);

  return (
    <section className={styles.pane} aria-labelledby="referral-title" data-testid="referral-details" data-referral-id={referral.id}>
      <div className={styles.head}>
        <div className={styles.titleRow}>
          <Subtitle1 as="h2" id="referral-title" className={styles.title}>
            {referral.customerProfile.name}
          </Subtitle1>
          <Badge appearance="filled" color={statusColors[referral.status]} data-testid="referral-status">
            {`${t(`referrals.status.${referral.status}`)} · ${t(`referrals.substatus.${referral.substatus}`)}`}
          </Badge>
          <SyncBadge state={sync} />
        </div>
        <Text className={styles.subtitle}>{referral.name}</Text>
      </div>

      {answer && (answer.operation.status === 'conflict' || answer.operation.status === 'rejected' || answer.operation.status === 'delivery-unknown') ? (
        <AnswerProblem db={db} referral={referral} answer={answer} online={online} />
      ) : answering && allowed.includes(answering) && !answer ? (
        <AnswerForm db={db} referral={referral} online={online} />
      ) : (
        <div className={styles.actions} role="group" aria-label={t('referrals.answers.label')}>
          {answer ? (
            <MessageBar intent="info">
              <MessageBarBody>
                {!online ? t('referrals.answers.waitingOffline') : answer.operation.status === 'in-flight' ? t('referrals.answers.sending') : t('referrals.answers.waiting')}
              </MessageBarBody>
            </MessageBar>
          ) : allowed.length === 0 ? (
            <Text className={styles.muted}>{t('referrals.answers.closed')}</Text>
          ) : (
            allowed.map((choice, index) => (
              <Button
                key={choice}
                ref={index === 0 ? firstAction : undefined}
                appearance={index === 0 ? 'primary' : 'secondary'}
                icon={answerIcons[choice]}
                onClick={() => openAnswer(choice, referral, formats.amount)}
              >
                {t(`referrals.answers.${choice}`)}
              </Button>
            ))
          )}
        </div>
      )}

      <div className={styles.cards}>
        <DetailsCard title={t('referrals.details.customer')} id="referral-customer">
          <dl className={facts.facts}>
            {fact(t('referrals.details.address'), place || none)}
            {fact(t('referrals.details.size'), known(`referrals.details.sizes.${referral.customerProfile.size ?? ''}`, referral.customerProfile.size))}
            {fact(
              t('referrals.details.contacts'),
              contacts.length === 0 ? (
                none
              ) : (
                <span className={styles.contacts}>
                  {contacts.map((contact, index) => (
                    <span key={index}>
                      {[`${contact.firstName ?? ''} ${contact.lastName ?? ''}`.trim(), contact.email, contact.phoneNumber].filter(Boolean).join(' · ')}
                    </span>
                  ))}
                </span>
              ),
            )}
            {fact(t('referrals.details.consent'), referral.consent.consentToContact ? t('referrals.details.consentContact') : t('referrals.details.consentNoContact'))}
          </dl>
        </DetailsCard>

        <DetailsCard title={t('referrals.details.deal')} id="referral-deal">
          <dl className={facts.facts}>
            {fact(t('referrals.details.engagementName'), referral.name)}
            {fact(t('referrals.details.dealValue'), <span data-testid="referral-deal-value">{value ?? none}</span>)}
            {fact(t('referrals.details.closeDate'), referral.details.closingDateTime ? formats.day(referral.details.closingDateTime) : none)}
            {fact(t('referrals.details.products'), referral.details.requirements?.products.length ? referral.details.requirements.products.join(', ') : none)}
            {fact(t('referrals.details.type'), known(`referrals.details.types.${referral.type}`, referral.type))}
            {fact(t('referrals.details.qualification'), known(`referrals.details.qualifications.${referral.qualification}`, referral.qualification))}
            {referral.details.crmId ? fact(t('referrals.details.crmId'), referral.details.crmId) : null}
            {fact(t('referrals.details.notes'), referral.details.notes ? <span className={styles.notes}>{referral.details.notes}</span> : none)}
          </dl>
        </DetailsCard>

        <DetailsCard title={t('referrals.details.state')} id="referral-state">
          <dl className={facts.facts}>
            {fact(t('referrals.details.status'), `${t(`referrals.status.${referral.status}`)} · ${t(`referrals.substatus.${referral.substatus}`)}`)}
            {referral.statusReason ? fact(t('referrals.details.reason'), t(`referrals.form.reasons.${referral.statusReason}`, { defaultValue: referral.statusReason })) : null}
            {fact(t('referrals.details.received'), formats.dateTime(referral.createdDateTime))}
            {fact(t('referrals.details.updated'), formats.dateTime(referral.updatedDateTime))}
            {referral.status === 'New' ? fact(t('referrals.details.answerBy'), formats.dateTime(referral.expirationDateTime)) : null}
            {left ? fact(t('referrals.details.timeLeft'), <span className={isUrgent(referral, now) ? styles.urgent : undefined}>{left}</span>) : null}
            {fact(t('referrals.details.referralId'), <span className={facts.mono}>{referral.id}</span>)}
          </dl>
        </DetailsCard>
      </div>
    </section>
  );
}
