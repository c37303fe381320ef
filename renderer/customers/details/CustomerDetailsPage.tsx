// One customer: what Partner Center knows (company, billing, subscriptions, relationship), what
// this computer changed and where each change stands, and what needs the user. Everything is read
// from IndexedDB, so the page opens offline; when online it asks Partner Center for the latest.
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, Title2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerRecordKey, isLocalId } from '../../../shared/sync/operations';
import type { DeskStore } from '../../app/desk-store';
import type { PartnerDeskDatabase } from '../../data/database';
import type { ConflictRecord } from '../../data/records';
import { useDates } from '../../invitations/use-dates';
import { useCustomersNavigation } from '../customers-navigation';
import { SyncBadge } from '../list/SyncBadge';
import { BillingCard, type BillingEdits } from './BillingCard';
import { CompanyCard } from './CompanyCard';
import { ConflictDialog } from './ConflictDialog';
import { readCustomerFacts, useDetailsRefresh } from './customer-details-refresh';
import { HistoryCard } from './HistoryCard';
import { RelationshipCard } from './RelationshipCard';
import { SubscriptionsCard } from './SubscriptionsCard';
import { operationsOfRecord } from '../../data/outbox';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px', width: '100%', paddingBottom: tokens.spacingVerticalXXL },
  back: { alignSelf: 'flex-start' },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0 },
  domain: { color: tokens.colorNeutralForeground2 },
  freshness: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
});

const open = (status: string) => status !== 'acknowledged' && status !== 'discarded';

export function CustomerDetailsPage({ db, store, customerId }: { db: PartnerDeskDatabase; store: DeskStore; customerId: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const dates = useDates();
  const online = store((state) => state.connectivity.state) !== 'offline';
  const { openList, openDetails } = useCustomersNavigation();
  const refreshState = useDetailsRefresh((state) => state.byCustomer[customerId]);
  const refresh = useDetailsRefresh((state) => state.refresh);
  const [conflict, setConflict] = useState<ConflictRecord | null>(null);

  const customer = useLiveQuery(async () => (await db.customers.get(customerId)) ?? null, [db, customerId]);
  const profile = useLiveQuery(() => db.billingProfiles.get(customerId), [db, customerId]);
  const subscriptions = useLiveQuery(() => db.subscriptions.where('customerId').equals(customerId).toArray(), [db, customerId], []);
  const operations = useLiveQuery(() => operationsOfRecord(db, customerRecordKey(customerId)).toArray(), [db, customerId], []);
  const conflicts = useLiveQuery(() => db.conflicts.where('recordKey').equals(customerRecordKey(customerId)).toArray(), [db, customerId], []);
  const facts = useLiveQuery(() => readCustomerFacts(db, customerId), [db, customerId], null);
  // A customer created offline changes id when Partner Center creates it: follow it there.
  const movedTo = useLiveQuery(
    async () => {
      if (!isLocalId(customerId) || customer !== null) return null;
      const creation = await db.outbox.filter((operation) => operation.payload.kind === 'create-customer' && operation.payload.localId === customerId).first();
      const id = creation?.recordKey.slice('customer:'.length);
      return id && id !== customerId ? id : null;
    },
    [db, customerId, customer],
    null,
  );

  useEffect(() => {
    if (movedTo) openDetails(movedTo);
  }, [movedTo, openDetails]);
  useEffect(() => {
    if (online) void refresh(db, customerId);
  }, [online, db, customerId, refresh]);

  const back = (
    <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={openList}>
      {t('customers.back')}
    </Button>
  );
  if (customer === undefined) {
    return (
      <section className={styles.page}>
        {back}
        <Spinner label={t('customers.details.loading')} />
      </section>
    );
  }
  if (customer === null) {
    return (
      <section className={styles.page} aria-labelledby="details-title">
        {back}
        <Title2 as="h1" id="details-title">
          {t('customers.details.notFound')}
        </Title2>
        <Text>{t('customers.details.notFoundHint')}</Text>
      </section>
    );
  }

  const local = isLocalId(customer.id);
  const openOperations = operations.filter((operation) => open(operation.status));
  const billingOperations = openOperations.filter((operation) => operation.payload.kind === 'update-billing-profile' || operation.payload.kind === 'create-customer');
  const billingEdits: BillingEdits =
    billingOperations.length === 0 ? null : billingOperations.some((operation) => operation.status === 'rejected' || operation.status === 'conflict') ? 'needs-you' : 'waiting';
  const removal = openOperations.filter((operation) => operation.payload.kind === 'remove-relationship').at(-1);
  const activeSubscriptions = subscriptions.filter((subscription) => subscription.status === 'active').length;
  const subscriptionsChecked = local || facts?.subscriptionsFetchedAt !== undefined;

  let freshness: string;
  if (local) freshness = t('customers.details.freshness.local');
  else if (refreshState?.status === 'loading') freshness = t('customers.details.freshness.refreshing');
  else if (refreshState?.status === 'failed') freshness = t('customers.details.freshness.failed', { message: refreshState.error.message });
  else if (facts) freshness = t('customers.details.freshness.asOf', { time: dates.dateTime(facts.fetchedAt) });
  else freshness = t('customers.details.freshness.never');

  return (
    <section className={styles.page} aria-labelledby="details-title" data-testid="customer-details" data-customer-id={customer.id}>
      {back}
      <div className={styles.heading}>
        <Title2 as="h1" id="details-title" className={styles.title}>
          {customer.companyName}
        </Title2>
        <Text className={styles.domain}>{customer.domain}</Text>
        <SyncBadge state={customer.sync} />
      </div>
      {customer.sync !== 'synced' ? (
        <MessageBar intent={customer.sync === 'pending' ? 'info' : 'warning'} data-testid="details-banner">
          <MessageBarBody>{t(`customers.details.banner.${customer.sync}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.freshness}>
        <Text size={200}>{freshness}</Text>
        {!local && online ? (
          <Button size="small" appearance="subtle" icon={<ArrowSyncRegular />} disabled={refreshState?.status === 'loading'} onClick={() => void refresh(db, customerId)}>
            {t('customers.details.refresh')}
          </Button>
        ) : null}
      </div>
      {customer.relationship === 'none' && !removal ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('customers.details.freshness.ended')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.grid}>
        <CompanyCard db={db} customer={customer} facts={facts} />
        <RelationshipCard db={db} customer={customer} activeSubscriptions={activeSubscriptions} subscriptionsChecked={subscriptionsChecked} removal={removal} online={online} />
        <BillingCard db={db} customer={customer} profile={profile} edits={billingEdits} />
        <SubscriptionsCard subscriptions={subscriptions} checked={subscriptionsChecked} />
        <div className={styles.wide}>
          <HistoryCard db={db} customerId={customer.id} operations={operations} conflicts={conflicts} profile={profile?.current} onResolve={setConflict} />
        </div>
      </div>
      <ConflictDialog db={db} conflict={conflict} onClose={() => setConflict(null)} />
    </section>
  );
}
