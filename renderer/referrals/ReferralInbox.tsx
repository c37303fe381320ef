// One inbox's referrals as a list: each shows the customer, the deal value, when it arrived, the
// time left to answer (New only) and a sync badge while an answer is not yet in Partner Center.
// Arrow keys move through the list; Enter or Space opens a referral's details.
import { EmptyState } from '../app/EmptyState';
import { Badge, makeStyles, mergeClasses, Text, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { MailInboxRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { SyncBadge } from '../customers/list/SyncBadge';
import type { ReferralRecord } from '../data/records';
import { syncStateOf } from '../sync/record-sync-state';
import { isUrgent, type Inbox } from './referral';
import type { OpenAnswer } from './referral-store';
import { useReferralFormats } from './use-referral-formats';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, borderTopColor: tokens.colorNeutralStroke1Hover, borderRightColor: tokens.colorNeutralStroke1Hover, borderBottomColor: tokens.colorNeutralStroke1Hover, borderLeftColor: tokens.colorNeutralStroke1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  company: { marginRight: 'auto', overflowWrap: 'anywhere' },
  line: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  name: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  value: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  urgent: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  inbox: Inbox;
  referrals: readonly ReferralRecord[];
  answers: ReadonlyMap<string, OpenAnswer>;
  selectedId: string | null;
  now: number;
  onSelect(referralId: string): void;
}

export function ReferralInbox({ inbox, referrals, answers, selectedId, now, onSelect }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formats = useReferralFormats();
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });

  if (referrals.length === 0) {
    return (
      <EmptyState icon={MailInboxRegular} testId="referrals-empty" titleSize={400} title={t(`referrals.empty.${inbox}Title`)} body={t(`referrals.empty.${inbox}Body`)} />
    );
  }

  return (
    <ul className={styles.list} aria-label={t('referrals.listLabel', { inbox: t(`referrals.inbox.${inbox}`) })} data-testid="referral-list" {...arrows}>
      {referrals.map((referral) => {
        const answer = answers.get(referral.id);
        const sync = answer ? syncStateOf([answer.operation]) : 'synced';
        const value = formats.money(referral.details.dealValue, referral.details.currency);
        const left = formats.timeLeft(referral, now);
        const selected = referral.id === selectedId;
        return (
          <li key={referral.id} data-testid="referral-item" data-referral-id={referral.id} data-status={`${referral.status}/${referral.substatus}`} data-sync={sync}>
            <button type="button" className={mergeClasses(styles.item, selected && styles.selected)} aria-current={selected ? 'true' : undefined} onClick={() => onSelect(referral.id)}>
              <span className={styles.top}>
                <Text weight="semibold" className={styles.company}>
                  {referral.customerProfile.name}
                </Text>
                <SyncBadge state={sync} />
                {inbox === 'closed' ? (
                  <Badge appearance="tint" color={referral.substatus === 'Won' ? 'success' : 'subtle'}>
                    {t(`referrals.substatus.${referral.substatus}`)}
                  </Badge>
                ) : null}
              </span>
              <span className={styles.name}>{referral.name}</span>
              <span className={styles.line}>
                <span className={styles.value}>{value ?? t('referrals.item.noValue')}</span>
                <span>{t('referrals.item.received', { date: formats.date(referral.createdDateTime) })}</span>
                {left ? <span className={isUrgent(referral, now) ? styles.urgent : undefined}>{left}</span> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
