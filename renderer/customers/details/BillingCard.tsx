// The billing profile: who Partner Center writes to and the billing address, shown with local
// edits on top and marked while they wait, or while Partner Center's refusal or a conflict waits
// for the user; edited in place. Offline edits queue like any other.
import { Badge, Button, Text } from '@fluentui/react-components';
import { ArrowSyncRegular, EditRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { PartnerDeskDatabase } from '../../data/database';
import type { BillingProfileRecord, CustomerRecord } from '../../data/records';
import { countryName } from '../add/display-names';
import { BillingForm } from './BillingForm';
import { useBillingForm } from './billing-edit-store';
import { DetailsCard, useFactStyles } from './DetailsCard';

/** Where the local edits shown stand: on their way, or held for the user (refused, in conflict). */
export type BillingEdits = 'waiting' | 'needs-you' | null;

export function BillingCard({ db, customer, profile, edits }: { db: PartnerDeskDatabase; customer: CustomerRecord; profile: BillingProfileRecord | undefined; edits: BillingEdits }) {
  const styles = useFactStyles();
  const { t, i18n } = useTranslation();
  const formFor = useBillingForm((state) => state.customerId);
  const open = useBillingForm((state) => state.open);
  const editing = formFor === customer.id;
  const current = profile?.current;
  const editable = current && customer.relationship !== 'none' && !editing;

  const actions = (
    <>
      {edits === 'waiting' ? (
        <Badge appearance="tint" color="informative" icon={<ArrowSyncRegular />} data-testid="billing-pending">
          {t('customers.details.billing.pending')}
        </Badge>
      ) : edits === 'needs-you' ? (
        <Badge appearance="tint" color="warning" icon={<WarningRegular />} data-testid="billing-needs-you">
          {t('customers.details.billing.needsYou')}
        </Badge>
      ) : null}
      {editable ? (
        <Button icon={<EditRegular />} onClick={() => void open(db, customer.id, current)}>
          {t('customers.details.billing.edit')}
        </Button>
      ) : null}
    </>
  );

  return (
    <DetailsCard title={t('customers.details.billing.title')} id="billing-card-title" actions={actions}>
      {!current ? (
        <Text className={styles.note}>{t('customers.details.billing.notLoaded')}</Text>
      ) : editing ? (
        <BillingForm db={db} onDone={() => undefined} />
      ) : (
        <>
          {edits ? <Text className={styles.note}>{t(edits === 'waiting' ? 'customers.details.billing.pendingHint' : 'customers.details.billing.needsYouHint')}</Text> : null}
          <dl className={styles.facts} data-testid="billing-profile">
            <dt className={styles.label}>{t('customers.add.fields.companyName')}</dt>
            <dd className={styles.value}>{current.companyName}</dd>
            <dt className={styles.label}>{t('customers.details.billing.contact')}</dt>
            <dd className={styles.value}>
              {[current.firstName, current.lastName].filter(Boolean).join(' ')}
              <br />
              <span data-testid="billing-email">{current.email}</span>
              {current.defaultAddress.phoneNumber ? (
                <>
                  <br />
                  {current.defaultAddress.phoneNumber}
                </>
              ) : null}
            </dd>
            <dt className={styles.label}>{t('customers.details.billing.address')}</dt>
            <dd className={styles.value} data-testid="billing-address">
              {current.defaultAddress.addressLine1}
              {current.defaultAddress.addressLine2 ? (
                <>
                  <br />
                  {current.defaultAddress.addressLine2}
                </>
              ) : null}
              <br />
              {[current.defaultAddress.postalCode, current.defaultAddress.city, current.defaultAddress.state].filter(Boolean).join(' ')}
              <br />
              {countryName(current.defaultAddress.country, i18n.language)}
            </dd>
            <dt className={styles.label}>{t('customers.details.billing.languageCulture')}</dt>
            <dd className={styles.value}>
              {current.language} · {current.culture}
            </dd>
          </dl>
        </>
      )}
    </DetailsCard>
  );
}
