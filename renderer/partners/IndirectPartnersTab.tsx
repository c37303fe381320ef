// The indirect partners tab: the resellers a provider supplies and the providers a reseller buys
// from, as Partner Center last listed them (the sync pulls them; this tab only reads IndexedDB, so
// it works offline and says how old the list is). A reseller opens the customer list filtered by it.
import { EmptyState } from '../app/EmptyState';
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { BuildingPeopleRegular, PeopleRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { PartnerRelationship } from '../../shared/partner-center';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import { numberFormat } from '../i18n/formats';
import { useDates } from '../invitations/use-dates';
import { partnerDataKeys } from '../sync/pull-partner-data';
import { groupIndirectPartners, knownState, locationName, type IndirectPartnerGroup, type KnownPartnerState } from './indirect-partners';
import { usePartners } from './partners-store';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  groupHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  count: { color: tokens.colorNeutralForeground2 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '760px' },
  headerRow: { backgroundColor: tokens.colorNeutralBackground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground2 },
  freshness: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const stateColors: Record<KnownPartnerState, BadgeProps['color']> = { active: 'success', pending: 'warning', inactive: 'subtle' };

type ResellerTags = Record<string, { count: number; at: string }>;

async function readIndirectPartners(db: PartnerDeskDatabase) {
  const [partners, fetchedAt, tags] = await Promise.all([
    db.indirectPartners.toArray(),
    db.meta.get(partnerDataKeys.indirectPartnersAt),
    db.meta.get(partnerDataKeys.resellerTags),
  ]);
  return { partners, fetchedAt: (fetchedAt?.value as string | undefined) ?? null, tags: (tags?.value as ResellerTags | undefined) ?? {} };
}

export function IndirectPartnersTab({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const online = store((state) => state.connectivity.state) !== 'offline';
  const data = useLiveQuery(() => readIndirectPartners(db), [db]);
  if (!data) return null;
  const groups = groupIndirectPartners(data.partners, i18n.language);

  if (groups.length === 0) {
    if (data.fetchedAt === null && online) return <Spinner size="small" labelPosition="after" label={t('partners.indirect.loading')} />;
    const never = data.fetchedAt === null;
    return (
      <EmptyState
        icon={BuildingPeopleRegular}
        testId="indirect-partners-empty"
        title={never ? t('partners.indirect.empty.offlineTitle') : t('partners.indirect.empty.title')}
        body={never ? t('partners.indirect.empty.offlineBody') : t('partners.indirect.empty.body')}
      />
    );
  }

  return (
    <>
      {!online && data.fetchedAt ? (
        <MessageBar intent="info" data-testid="indirect-partners-offline">
          <MessageBarBody>{t('partners.indirect.offline', { time: dates.dateTime(data.fetchedAt) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {groups.map((group) => (
        <PartnerGroup key={group.role} db={db} group={group} tags={data.tags} online={online} />
      ))}
      {data.fetchedAt ? <Text className={styles.freshness}>{t('partners.lastChecked', { time: dates.dateTime(data.fetchedAt) })}</Text> : null}
    </>
  );
}

function PartnerGroup({ db, group, tags, online }: { db: PartnerDeskDatabase; group: IndirectPartnerGroup; tags: ResellerTags; online: boolean }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const showResellerCustomers = usePartners((state) => state.showResellerCustomers);
  const kind = group.role === 'provider' ? 'resellers' : 'providers';
  const titleId = `indirect-${kind}-title`;
  const number = numberFormat(i18n.language);
  const resellers = group.role === 'provider';

  const stateCell = (partner: PartnerRelationship) => {
    const known = knownState(partner.state);
    return (
      <Badge appearance="tint" color={known ? stateColors[known] : 'informative'}>
        {known ? t(`partners.indirect.states.${known}`) : partner.state}
      </Badge>
    );
  };

  return (
    <section className={styles.group} aria-labelledby={titleId} data-testid={`indirect-${kind}`}>
      <div className={styles.groupHead}>
        <h2 id={titleId} className={styles.groupTitle}>
          {t(`partners.indirect.${kind}.title`)}
        </h2>
        <Text className={styles.count}>{t(`partners.indirect.${kind}.count`, { count: group.partners.length })}</Text>
      </div>
      <Text className={styles.intro}>{t(`partners.indirect.${kind}.intro`)}</Text>
      <Table aria-labelledby={titleId} size="small">
        <TableHeader>
          <TableRow className={styles.headerRow}>
            <TableHeaderCell>{t('partners.indirect.columns.name')}</TableHeaderCell>
            <TableHeaderCell>{t('partners.indirect.columns.state')}</TableHeaderCell>
            <TableHeaderCell>{t('partners.indirect.columns.mpnId')}</TableHeaderCell>
            <TableHeaderCell>{t('partners.indirect.columns.location')}</TableHeaderCell>
            {resellers ? <TableHeaderCell>{t('partners.indirect.columns.customers')}</TableHeaderCell> : null}
            {resellers ? <TableHeaderCell>{t('partners.indirect.columns.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {group.partners.map((partner) => (
            <TableRow key={partner.id} data-partner-id={partner.id}>
              <TableCell>
                <Text weight="semibold">{partner.name}</Text>
              </TableCell>
              <TableCell>{stateCell(partner)}</TableCell>
              <TableCell>
                <Text className={styles.mono}>{partner.mpnId}</Text>
              </TableCell>
              <TableCell>{locationName(partner.location, i18n.language)}</TableCell>
              {resellers ? (
                <TableCell>
                  {tags[partner.id] ? number.format(tags[partner.id]!.count) : <Text className={styles.muted}>{t('partners.indirect.customersUnknown')}</Text>}
                </TableCell>
              ) : null}
              {resellers ? (
                <TableCell>
                  <Button
                    size="small"
                    icon={<PeopleRegular />}
                    aria-label={t('partners.indirect.showCustomersOf', { name: partner.name })}
                    onClick={() => showResellerCustomers(db, partner.id, online)}
                  >
                    {t('partners.indirect.showCustomers')}
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
