// What Partner Center knows about the company: names, domains, the Microsoft ID to copy, the
// relationship and delegated admin, and how fresh these facts are.
import { Button, Text, Tooltip } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocalId } from '../../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../../data/database';
import type { CustomerRecord } from '../../data/records';
import { copyText } from '../clipboard';
import { readIndirectResellers } from '../list/indirect-resellers';
import type { CustomerFacts } from './customer-details-refresh';
import { DetailsCard, useFactStyles } from './DetailsCard';

export function CompanyCard({ db, customer, facts }: { db: PartnerDeskDatabase; customer: CustomerRecord; facts: CustomerFacts | null }) {
  const styles = useFactStyles();
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const resellers = useLiveQuery(() => readIndirectResellers(db), [db], []);
  const resellerId = facts?.associatedPartnerId ?? customer.associatedPartnerId;
  const reseller = resellerId ? (resellers.find((candidate) => candidate.id === resellerId)?.name ?? resellerId) : null;
  const address = facts?.companyProfile.address;
  const local = isLocalId(customer.id);
  const otherDomains = (facts?.customDomains ?? []).filter((domain) => domain !== customer.domain);
  return (
    <DetailsCard title={t('customers.details.company.title')} id="company-card-title">
      <dl className={styles.facts}>
        <dt className={styles.label}>{t('customers.list.columns.name')}</dt>
        <dd className={styles.value}>{customer.companyName}</dd>
        <dt className={styles.label}>{t('customers.list.columns.domain')}</dt>
        <dd className={styles.value}>{customer.domain}</dd>
        {otherDomains.length > 0 ? (
          <>
            <dt className={styles.label}>{t('customers.details.company.otherDomains')}</dt>
            <dd className={styles.value}>{otherDomains.join(', ')}</dd>
          </>
        ) : null}
        <dt className={styles.label}>{t('customers.details.microsoftId')}</dt>
        <dd className={styles.value}>
          {local ? (
            <Text italic>{t('customers.details.notCreatedYet')}</Text>
          ) : (
            <>
              <Text className={styles.mono} data-testid="microsoft-id">
                {customer.id}
              </Text>{' '}
              <Tooltip content={copied ? t('customers.details.copied') : t('customers.details.copyId')} relationship="label">
                <Button appearance="subtle" size="small" icon={<CopyRegular />} onClick={() => void copyText(customer.id).then(setCopied)} />
              </Tooltip>
            </>
          )}
        </dd>
        <dt className={styles.label}>{t('customers.list.columns.relationship')}</dt>
        <dd className={styles.value}>{t(`customers.relationship.${customer.relationship}`)}</dd>
        {facts?.allowDelegatedAccess !== undefined ? (
          <>
            <dt className={styles.label}>{t('customers.details.company.delegatedAdmin')}</dt>
            <dd className={styles.value}>{facts.allowDelegatedAccess ? t('customers.details.company.delegatedYes') : t('customers.details.company.delegatedNo')}</dd>
          </>
        ) : null}
        {reseller ? (
          <>
            <dt className={styles.label}>{t('customers.details.company.reseller')}</dt>
            <dd className={styles.value}>{reseller}</dd>
          </>
        ) : null}
        {facts?.companyProfile.email ? (
          <>
            <dt className={styles.label}>{t('customers.details.company.email')}</dt>
            <dd className={styles.value}>{facts.companyProfile.email}</dd>
          </>
        ) : null}
        {address ? (
          <>
            <dt className={styles.label}>{t('customers.details.company.address')}</dt>
            <dd className={styles.value}>{[address.addressLine1, address.addressLine2, [address.postalCode, address.city, address.state].filter(Boolean).join(' '), address.country].filter(Boolean).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </DetailsCard>
  );
}
