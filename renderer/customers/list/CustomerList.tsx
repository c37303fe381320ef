// The customer list page: its controls (CustomerListControls), the table, and what to do when it
// is empty.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PeopleSearchRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { DeskStore } from '../../app/desk-store';
import type { PartnerDeskDatabase } from '../../data/database';
import { useCustomersNavigation } from '../customers-navigation';
import { ExportProgress } from '../export/ExportProgress';
import { customerListSource } from './customer-list-source';
import { listQueryOf, useCustomerList } from './customer-list-store';
import { CustomerListControls } from './CustomerListControls';
import { CustomerTable } from './CustomerTable';
import { FirstSyncProgress } from './FirstSyncProgress';
import { readIndirectResellers, refreshIndirectResellers } from './indirect-resellers';
import { ResellerNotice } from './ResellerNotice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: 1, minHeight: 0 },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXXL,
    flex: 1,
    textAlign: 'center',
    border: `1px dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  emptyIcon: { fontSize: '40px', color: tokens.colorNeutralForeground3 },
  emptyText: { maxWidth: '520px' },
});

export function CustomerList({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const online = store((state) => state.connectivity.state) !== 'offline';
  const source = customerListSource(db);
  const snapshot = useSyncExternalStore(source.subscribe, source.getSnapshot);
  const list = useCustomerList();
  const query = useCustomerList(useShallow(listQueryOf));
  // Typing stays responsive even if a very short prefix matches many thousands of customers.
  const search = useDeferredValue(query.search);
  const { openAdd, openDetails } = useCustomersNavigation();
  const resellers = useLiveQuery(() => readIndirectResellers(db), [db], []);

  useEffect(() => {
    if (online) void refreshIndirectResellers(db);
  }, [db, online]);

  const { index, version } = snapshot;
  const slots = useMemo(
    () => index.query({ ...query, search }),
    // `version` marks changes made inside the same index object.
    [index, version, search, query.relationship, query.sync, query.sortBy, query.direction, query.reseller],
  );
  const counts = useMemo(() => index.counts(), [index, version]);
  // The controls above the table (counts, export, filters: some forty Fluent components) follow a
  // change in a render of their own right after the one that shows it in the rows: a user's edit
  // reaches its row without waiting for them, which at 100,000 customers made it miss its frame.
  const controlsSlots = useDeferredValue(slots);
  const controlsCounts = useDeferredValue(counts);
  const filtered = query.search.trim() !== '' || query.relationship !== 'all' || query.sync !== 'all' || query.reseller !== null;

  return (
    <section className={styles.page} aria-labelledby="customers-title">
      <CustomerListControls
        db={db}
        index={index}
        slots={controlsSlots}
        counts={controlsCounts}
        expected={snapshot.expected}
        loading={snapshot.loading}
        filtered={filtered}
        online={online}
        resellers={resellers}
        onAdd={openAdd}
      />

      <FirstSyncProgress db={db} />
      <ExportProgress />
      {list.reseller ? <ResellerNotice choice={list.reseller} /> : null}

      {slots.length > 0 ? (
        <CustomerTable
          index={index}
          slots={slots}
          sortBy={list.sortBy}
          direction={list.direction}
          activeId={list.activeId}
          initialOffset={list.scrollOffset}
          onSort={list.sortOn}
          onActivate={list.setActive}
          onOpen={openDetails}
          onScrolled={list.rememberScroll}
        />
      ) : snapshot.loading && counts.total === 0 ? null : (
        <div className={styles.empty} data-testid="customers-empty">
          <PeopleSearchRegular className={styles.emptyIcon} aria-hidden />
          <Text as="h2" size={500} weight="semibold">
            {filtered ? t('customers.list.empty.noMatchTitle') : t('customers.list.empty.noneTitle')}
          </Text>
          <Text className={styles.emptyText}>
            {filtered
              ? query.search.trim()
                ? t('customers.list.empty.noMatchSearch', { search: query.search.trim() })
                : t('customers.list.empty.noMatchFilters')
              : online
                ? t('customers.list.empty.noneBody')
                : t('customers.list.empty.noneOffline')}
          </Text>
          {filtered ? <Button onClick={list.clearFilters}>{t('customers.list.empty.clear')}</Button> : null}
        </div>
      )}
    </section>
  );
}
