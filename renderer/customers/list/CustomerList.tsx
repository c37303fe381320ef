// The customer list page: search, filters, live counts, the table, and what to do when it is empty.
import { Button, Field, makeStyles, SearchBox, Select, Text, Title2, tokens } from '@fluentui/react-components';
import { AddRegular, PeopleSearchRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { RELATIONSHIPS_TO_PARTNER } from '../../../shared/partner-center';
import type { DeskStore } from '../../app/desk-store';
import type { PartnerDeskDatabase } from '../../data/database';
import { useCustomersNavigation } from '../customers-navigation';
import { ExportMenu } from '../export/ExportMenu';
import { ExportProgress } from '../export/ExportProgress';
import type { SyncFilter } from './customer-list-index';
import { customerListSource } from './customer-list-source';
import { listQueryOf, useCustomerList } from './customer-list-store';
import { CustomerTable } from './CustomerTable';
import { FirstSyncProgress } from './FirstSyncProgress';
import { readIndirectResellers, refreshIndirectResellers } from './indirect-resellers';
import { ResellerNotice } from './ResellerNotice';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: 1, minHeight: 0 },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  title: { marginRight: 'auto', display: 'flex', flexDirection: 'column' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  attention: { color: tokens.colorPaletteRedForeground1 },
  toolbar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  search: { width: '320px' },
  filter: { minWidth: '160px' },
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

const syncFilters: SyncFilter[] = ['all', 'needs-you', 'pending', 'conflict', 'rejected'];

export function CustomerList({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
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
  const number = new Intl.NumberFormat(i18n.language);
  const filtered = query.search.trim() !== '' || query.relationship !== 'all' || query.sync !== 'all' || query.reseller !== null;
  const needsYou = counts.bySync.conflict + counts.bySync.rejected;

  return (
    <section className={styles.page} aria-labelledby="customers-title">
      <div className={styles.heading}>
        <div className={styles.title}>
          <Title2 as="h1" id="customers-title">
            {t('customers.title')}
          </Title2>
          <div className={styles.counts} aria-live="polite" aria-label={t('customers.list.countsLabel')} data-testid="customer-counts" data-total={counts.total} data-shown={slots.length}>
            <Text>
              {filtered
                ? t('customers.list.shown', { shown: number.format(slots.length), total: number.format(counts.total) })
                : snapshot.loading && snapshot.expected !== null && snapshot.expected > counts.total
                  ? t('customers.list.loading', { loaded: number.format(counts.total), total: number.format(snapshot.expected) })
                  : t('customers.list.count', { count: counts.total, formatted: number.format(counts.total) })}
            </Text>
            {counts.bySync.pending > 0 ? <Text>{t('customers.list.pendingCount', { count: counts.bySync.pending })}</Text> : null}
            {needsYou > 0 ? <Text className={styles.attention}>{t('customers.list.attentionCount', { count: needsYou })}</Text> : null}
          </div>
        </div>
        <ExportMenu db={db} slots={slots} index={index} />
        <Button appearance="primary" icon={<AddRegular />} onClick={openAdd}>
          {t('customers.list.add')}
        </Button>
      </div>

      <div className={styles.toolbar} role="search">
        <SearchBox
          className={styles.search}
          aria-label={t('customers.list.search')}
          placeholder={t('customers.list.searchPlaceholder')}
          value={list.search}
          onChange={(_event, data) => list.setSearch(data.value)}
        />
        <Field label={t('customers.list.relationshipFilter')} className={styles.filter}>
          <Select value={list.relationship} onChange={(_event, data) => list.setRelationship(data.value as typeof list.relationship)}>
            <option value="all">{t('customers.list.all')}</option>
            {RELATIONSHIPS_TO_PARTNER.filter((relationship) => relationship === 'none' || counts.byRelationship[relationship] || list.relationship === relationship).map((relationship) => (
              <option key={relationship} value={relationship}>
                {t(`customers.relationship.${relationship}`)} ({number.format(counts.byRelationship[relationship] ?? 0)})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('customers.list.syncFilter')} className={styles.filter}>
          <Select value={list.sync} onChange={(_event, data) => list.setSync(data.value as SyncFilter)}>
            {syncFilters.map((filter) => (
              <option key={filter} value={filter}>
                {filter === 'all'
                  ? t('customers.list.all')
                  : filter === 'needs-you'
                    ? `${t('customers.list.needsYou')} (${number.format(needsYou)})`
                    : `${t(`customers.syncShort.${filter}`)} (${number.format(counts.bySync[filter])})`}
              </option>
            ))}
          </Select>
        </Field>
        {resellers.length > 0 ? (
          <Field label={t('customers.list.resellerFilter')} className={styles.filter}>
            <Select value={list.reseller?.id ?? ''} onChange={(_event, data) => void list.chooseReseller(db, data.value || null, online)}>
              <option value="">{t('customers.list.allResellers')}</option>
              {resellers.map((reseller) => (
                <option key={reseller.id} value={reseller.id}>
                  {reseller.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>

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
