// Above the customer table: the title with its live counts, export and "Add customer", then the
// search box and filters. A component of its own, memoized, so a change to one row does not
// render all of this before the row can show it (see CustomerList).
import { Button, Field, makeStyles, SearchBox, Select, Text, Title2, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { RELATIONSHIPS_TO_PARTNER } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { numberFormat } from '../../i18n/formats';
import { ExportMenu } from '../export/ExportMenu';
import type { CustomerListIndex, ListCounts, SyncFilter } from './customer-list-index';
import { useCustomerList } from './customer-list-store';

const useStyles = makeStyles({
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  title: { marginRight: 'auto', display: 'flex', flexDirection: 'column' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  attention: { color: tokens.colorPaletteRedForeground1 },
  toolbar: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  search: { width: '320px' },
  filter: { minWidth: '160px' },
});

const syncFilters: SyncFilter[] = ['all', 'needs-you', 'pending', 'conflict', 'rejected'];

export interface CustomerListControlsProps {
  db: PartnerDeskDatabase;
  index: CustomerListIndex;
  /** The rows the list shows now, for their count and "export this view". */
  slots: Int32Array;
  counts: ListCounts;
  /** While the list first loads: customers known to be in the database, for "loading N of M". */
  expected: number | null;
  loading: boolean;
  filtered: boolean;
  online: boolean;
  resellers: readonly { id: string; name: string }[];
  onAdd(): void;
}

export const CustomerListControls = memo(function CustomerListControls(props: CustomerListControlsProps) {
  const { db, index, slots, counts, expected, loading, filtered, online, resellers, onAdd } = props;
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  // Only what these controls show: the store also holds the scroll position and the active row.
  const list = useCustomerList(
    useShallow((state) => ({
      search: state.search,
      relationship: state.relationship,
      sync: state.sync,
      reseller: state.reseller,
      setSearch: state.setSearch,
      setRelationship: state.setRelationship,
      setSync: state.setSync,
      chooseReseller: state.chooseReseller,
    })),
  );
  const number = numberFormat(i18n.language);
  const needsYou = counts.bySync.conflict + counts.bySync.rejected;

  return (
    <>
      <div className={styles.heading}>
        <div className={styles.title}>
          <Title2 as="h1" id="customers-title">
            {t('customers.title')}
          </Title2>
          <div className={styles.counts} aria-live="polite" aria-label={t('customers.list.countsLabel')} data-testid="customer-counts" data-total={counts.total} data-shown={slots.length}>
            <Text>
              {filtered
                ? t('customers.list.shown', { shown: number.format(slots.length), total: number.format(counts.total) })
                : loading && expected !== null && expected > counts.total
                  ? t('customers.list.loading', { loaded: number.format(counts.total), total: number.format(expected) })
                  : t('customers.list.count', { count: counts.total, formatted: number.format(counts.total) })}
            </Text>
            {counts.bySync.pending > 0 ? <Text>{t('customers.list.pendingCount', { count: counts.bySync.pending })}</Text> : null}
            {needsYou > 0 ? <Text className={styles.attention}>{t('customers.list.attentionCount', { count: needsYou })}</Text> : null}
          </div>
        </div>
        <ExportMenu db={db} slots={slots} index={index} />
        <Button appearance="primary" icon={<AddRegular />} onClick={onAdd}>
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
    </>
  );
});
