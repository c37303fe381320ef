// The organization profile tab: what Partner Center knows about the partner's company, with the
// user's change on top while it waits (pending), was refused (Partner Center's words, send again
// or discard) or met a colleague's change (resolved field by field); the edit form; and the
// business profile, which only the portal edits, one click away in the system browser.
import { EmptyState } from '../app/EmptyState';
import { Badge, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { EditRegular, OpenRegular, OrganizationRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStore } from '../app/desk-store';
import { DetailsCard, useFactStyles } from '../customers/details/DetailsCard';
import type { PartnerDeskDatabase } from '../data/database';
import { useDates } from '../invitations/use-dates';
import { partnerDataKeys } from '../sync/pull-partner-data';
import type { OrganizationProfileFields } from './organization-profile';
import { readShownProfile } from './organization-profile-mutations';
import { usePartners } from './partners-store';
import { ProfileConflict } from './ProfileConflict';
import { ProfileForm } from './ProfileForm';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(260px, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '760px' },
  freshness: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  businessText: { color: tokens.colorNeutralForeground2 },
});

const badgeColors = { pending: 'informative', conflict: 'danger', rejected: 'danger' } as const;

async function readProfileTab(db: PartnerDeskDatabase) {
  const [profile, fetchedAt] = await Promise.all([readShownProfile(db), db.meta.get(partnerDataKeys.profileAt)]);
  return { ...profile, fetchedAt: (fetchedAt?.value as string | undefined) ?? null };
}

export function OrganizationProfileTab({ db, store }: { db: PartnerDeskDatabase; store: DeskStore }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const dates = useDates();
  const online = store((state) => state.connectivity.state) !== 'offline';
  const data = useLiveQuery(() => readProfileTab(db), [db]);
  const partners = usePartners();
  const profileState = data?.shown?.state ?? null;
  const lastState = useRef(profileState);
  const { profileStateChanged } = partners;
  useEffect(() => {
    if (lastState.current && profileState) profileStateChanged(lastState.current, profileState);
    lastState.current = profileState;
  }, [profileState, profileStateChanged]);
  if (!data) return null;
  const { shown, conflict } = data;

  const business = (
    <DetailsCard title={t('partners.profile.business.title')} id="business-profile-title">
      <Text className={styles.businessText}>{t('partners.profile.business.body')}</Text>
      <div>
        <Button icon={<OpenRegular />} aria-label={t('partners.profile.business.openLabel')} onClick={() => void partners.openBusinessProfile()}>
          {t('partners.profile.business.open')}
        </Button>
      </div>
    </DetailsCard>
  );

  if (!shown) {
    return (
      <div className={styles.columns}>
        {online ? (
          <Spinner size="small" labelPosition="after" label={t('partners.profile.loading')} />
        ) : (
          <EmptyState icon={OrganizationRegular} testId="organization-profile-empty" title={t('partners.profile.offlineEmpty.title')} body={t('partners.profile.offlineEmpty.body')} />
        )}
        {business}
      </div>
    );
  }

  const operation = shown.operation;
  const waitingError = operation?.status === 'queued' && operation.lastError && operation.lastError.kind !== 'offline' ? operation.lastError.message : null;

  return (
    <div className={styles.columns}>
      <div className={styles.main}>
        <Text className={styles.intro}>{t('partners.profile.intro')}</Text>

        {shown.state === 'pending' ? (
          <MessageBar intent="info" data-testid="profile-pending">
            <MessageBarBody>{waitingError ? t('partners.profile.retrying', { message: waitingError }) : online ? t('partners.profile.pendingOnline') : t('partners.profile.pendingOffline')}</MessageBarBody>
          </MessageBar>
        ) : null}

        {shown.state === 'rejected' && operation && !partners.draft ? (
          <MessageBar intent="error" layout="multiline" data-testid="profile-refused">
            <MessageBarBody>
              <MessageBarTitle>{t('partners.profile.refused.title')}</MessageBarTitle>
              {t('partners.profile.refused.body', { message: operation.lastError?.message ?? '' })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => partners.startEdit(shown.fields)}>{t('partners.profile.refused.editAndSend')}</Button>
              <Button onClick={() => void partners.sendAgain(db, operation.id)}>{t('partners.profile.refused.sendAgain')}</Button>
              <Button onClick={() => void partners.discard(db, operation.id)}>{t('partners.profile.refused.discard')}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}

        {shown.state === 'conflict' && operation ? <ProfileConflict db={db} operation={operation} conflict={conflict} /> : null}

        {partners.draft ? (
          <ProfileForm db={db} online={online} />
        ) : (
          <ProfileFacts
            fields={shown.fields}
            tenantId={shown.server?.tenantId ?? null}
            badge={shown.state === 'synced' ? null : shown.state}
            canEdit={shown.state !== 'conflict'}
            onEdit={() => partners.startEdit(shown.fields)}
          />
        )}
        {data.fetchedAt ? <Text className={styles.freshness}>{t('partners.lastChecked', { time: dates.dateTime(data.fetchedAt) })}</Text> : null}
      </div>
      {business}
    </div>
  );
}

function ProfileFacts({
  fields,
  tenantId,
  badge,
  canEdit,
  onEdit,
}: {
  fields: OrganizationProfileFields;
  tenantId: string | null;
  badge: 'pending' | 'conflict' | 'rejected' | null;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const styles = useFactStyles();
  const { t, i18n } = useTranslation();
  const address = fields.defaultAddress;
  const country = (() => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'region' }).of(address.country) ?? address.country;
    } catch {
      return address.country;
    }
  })();
  const language = (code: string) => {
    try {
      return `${new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code} (${code})`;
    } catch {
      return code;
    }
  };
  const contact = [address.firstName, address.lastName].filter(Boolean).join(' ');
  const fact = (label: string, value: string | null | undefined, testId?: string, mono = false) =>
    value ? (
      <>
        <dt className={styles.label}>{label}</dt>
        <dd className={mono ? `${styles.value} ${styles.mono}` : styles.value} data-testid={testId}>
          {value}
        </dd>
      </>
    ) : null;

  return (
    <DetailsCard
      title={t('partners.profile.title')}
      id="organization-profile-title"
      actions={
        <>
          {badge ? (
            <Badge appearance="tint" color={badgeColors[badge]} data-testid="profile-sync-badge">
              {t(`partners.profile.badges.${badge}`)}
            </Badge>
          ) : null}
          <Button icon={<EditRegular />} disabled={!canEdit} onClick={onEdit}>
            {t('partners.profile.edit')}
          </Button>
        </>
      }
    >
      <dl className={styles.facts} data-testid="organization-profile">
        {fact(t('partners.profile.fields.companyName'), fields.companyName, 'profile-company-name')}
        {fact(t('partners.profile.fields.email'), fields.email, 'profile-email')}
        {fact(
          t('partners.profile.fields.address'),
          [address.addressLine1, address.addressLine2, address.addressLine3, [address.postalCode, address.city, address.state].filter(Boolean).join(' '), country].filter(Boolean).join(', '),
          'profile-address',
        )}
        {fact(t('partners.profile.fields.contact'), contact)}
        {fact(t('partners.profile.fields.phoneNumber'), address.phoneNumber)}
        {fact(t('partners.profile.fields.language'), language(fields.language), 'profile-language')}
        {fact(t('partners.profile.fields.culture'), fields.culture, 'profile-culture')}
        {fact(t('partners.profile.fields.domain'), fields.domain)}
        {fact(t('partners.profile.fields.tenantId'), tenantId, undefined, true)}
      </dl>
    </DetailsCard>
  );
}
