// The Referrals section: the inbox by status (New, Active, Closed) with counts, and the selected
// referral's details beside it with the answers it allows. Everything shown comes from IndexedDB;
// opening the section while online also asks Partner Center for the latest inbox.
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import type { ReferralRecord } from '../data/records';
import { useReferralInbox } from './inbox-store';
import { inboxes, inboxOf, isUrgent, type Inbox } from './referral';
import { readOpenAnswers, referralsPulledAtKey, type OpenAnswer } from './referral-store';
import { ReferralDetails } from './ReferralDetails';
import { ReferralInbox } from './ReferralInbox';
import { useNow, useReferralFormats } from './use-referral-formats';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: 1, minHeight: 0 },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, flexWrap: 'wrap' },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '820px' },
  checked: { color: tokens.colorNeutralForeground3 },
  columns: { display: 'flex', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start', flexWrap: 'wrap' },
  listPane: { flex: '0 1 380px', minWidth: '300px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detailsPane: { flex: '1 1 520px', minWidth: 0, position: 'sticky', top: 0 },
});

const byNewest = (a: ReferralRecord, b: ReferralRecord) => (a.createdDateTime < b.createdDateTime ? 1 : a.createdDateTime > b.createdDateTime ? -1 : 0);

const noAnswers: ReadonlyMap<string, OpenAnswer> = new Map();

export function ReferralsScreen({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formats = useReferralFormats();
  const now = useNow();
  const online = store((state) => state.connectivity.state) !== 'offline';
  const state = useReferralInbox();
  // The referrals and their open answers are read together, in one transaction: read apart, a
  // render could show a referral just answered before its answer, as synced though nothing was
  // sent yet (an e2e run caught "Won, synced" while Partner Center still had it active).
  const inbox = useLiveQuery(
    () =>
      db.transaction('r', [db.referrals, db.outbox, db.conflicts, db.meta], async () => ({
        referrals: (await db.referrals.toArray()).sort(byNewest),
        answers: await readOpenAnswers(db),
      })),
    [db],
    undefined,
  );
  const referrals = inbox?.referrals;
  const answers = inbox?.answers ?? noAnswers;
  const pulledAt = useLiveQuery(async () => (await db.meta.get(referralsPulledAtKey))?.value as string | undefined, [db], undefined);
  const messageRef = useRef<HTMLDivElement>(null);
  const { refresh } = state;

  // Coming to the section, or back online: the inbox asks Partner Center for what is new.
  useEffect(() => {
    if (online) void refresh(db);
  }, [db, online, refresh]);

  // The outcome of an answer is read out and reachable: focus moves to it.
  useEffect(() => {
    if (state.message) messageRef.current?.focus();
  }, [state.message]);

  const all = referrals ?? [];
  const inInbox = (inbox: Inbox) => all.filter((referral) => inboxOf(referral) === inbox);
  const shown = inInbox(state.inbox);
  // The details follow the open inbox: a selection left in another inbox is not shown here.
  const selected = shown.find((referral) => referral.id === state.selectedId) ?? null;
  const dueSoon = all.filter((referral) => isUrgent(referral, now)).length;

  return (
    <section className={styles.page} aria-labelledby="referrals-title">
      <div className={styles.heading}>
        <Title2 as="h1" id="referrals-title">
          {t('referrals.title')}
        </Title2>
        <div className={styles.counts} role="group" aria-label={t('referrals.countsLabel')} data-testid="referral-counts">
          <Text>{t('referrals.counts.new', { count: inInbox('new').length })}</Text>
          <Text>{t('referrals.counts.active', { count: inInbox('active').length })}</Text>
          {dueSoon > 0 ? <Text className={styles.attention}>{t('referrals.counts.dueSoon', { count: dueSoon })}</Text> : null}
        </div>
      </div>
      <Text className={styles.intro}>{t('referrals.intro')}</Text>

      {state.message ? (
        <div ref={messageRef} tabIndex={-1}>
          <MessageBar intent={state.message.intent} data-testid="referrals-message">
            <MessageBarBody>{t(`referrals.${state.message.key}`, state.message.values ?? {})}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={t('referrals.dismiss')} onClick={state.dismissMessage} />} />
          </MessageBar>
        </div>
      ) : null}
      {state.refreshFailed ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('referrals.refreshFailed', { message: state.refreshFailed })}</MessageBarBody>
        </MessageBar>
      ) : null}

      <TabList selectedValue={state.inbox} onTabSelect={(_event, data) => state.showInbox(data.value as Inbox)} aria-label={t('referrals.inboxLabel')}>
        {inboxes.map((inbox) => (
          <Tab key={inbox} value={inbox} data-testid={`inbox-${inbox}`}>
            {`${t(`referrals.inbox.${inbox}`)} (${inInbox(inbox).length})`}
          </Tab>
        ))}
      </TabList>

      <div className={styles.columns}>
        <div className={styles.listPane}>
          <Caption1 className={styles.checked} aria-live="polite">
            {state.refreshing ? t('referrals.refreshing') : pulledAt ? t('referrals.lastChecked', { time: formats.dateTime(pulledAt) }) : t('referrals.neverChecked')}
          </Caption1>
          {referrals ? (
            <ReferralInbox inbox={state.inbox} referrals={shown} answers={answers} selectedId={state.selectedId} now={now} onSelect={state.select} />
          ) : null}
        </div>
        <div className={styles.detailsPane}>
          <ReferralDetails db={db} referral={selected} answer={selected ? answers.get(selected.id) : undefined} online={online} now={now} />
        </div>
      </div>
    </section>
  );
}
