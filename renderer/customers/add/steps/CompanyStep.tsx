// Step 1: the company's legal name, its new onmicrosoft.com domain (checked as typed when online)
// and, for indirect providers, the reseller the customer is associated with.
import { Spinner, Text } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ClockRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DOMAIN_PREFIX_MAX, fullOnMicrosoftDomain, ONMICROSOFT_SUFFIX } from '../../../../shared/partner-center';
import { readIndirectResellers } from '../../list/indirect-resellers';
import { useAddCustomer } from '../add-customer-store';
import { DraftInput, DraftSelect, type DraftContext } from '../draft-fields';
import { useStepStyles } from './step-styles';

function DomainStatus() {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const availability = useAddCustomer((state) => state.domain);
  const prefix = useAddCustomer((state) => state.draft.domainPrefix);
  const domain = fullOnMicrosoftDomain(prefix);
  switch (availability) {
    case 'unchecked':
      return null;
    case 'checking':
      return <Spinner size="extra-tiny" labelPosition="after" label={t('customers.add.domain.checking', { domain })} />;
    case 'available':
      return (
        <span className={`${styles.domainStatus} ${styles.available}`}>
          <CheckmarkCircleRegular aria-hidden />
          <Text>{t('customers.add.domain.available', { domain })}</Text>
        </span>
      );
    case 'taken':
    case 'in-your-list':
      return (
        <span className={`${styles.domainStatus} ${styles.refused}`}>
          <DismissCircleRegular aria-hidden />
          <Text>{t(availability === 'taken' ? 'customers.add.domain.taken' : 'customers.add.domain.inYourList', { domain })}</Text>
        </span>
      );
    case 'check-later':
      return (
        <span className={`${styles.domainStatus} ${styles.later}`}>
          <ClockRegular aria-hidden />
          <Text>{t('customers.add.domain.checkLater', { domain })}</Text>
        </span>
      );
  }
}

export function CompanyStep({ context }: { context: DraftContext }) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const resellers = useLiveQuery(() => readIndirectResellers(context.db), [context.db], []);
  return (
    <div className={styles.grid}>
      <DraftInput context={context} field="companyName" label={t('customers.add.fields.companyName')} hint={t('customers.add.fields.companyNameHint')} required autoComplete="organization" className={styles.wide} />
      <DraftInput
        context={context}
        field="domainPrefix"
        label={t('customers.add.fields.domainPrefix')}
        hint={
          <>
            {t('customers.add.fields.domainPrefixHint', { max: DOMAIN_PREFIX_MAX })}
            <span aria-live="polite" data-testid="domain-status">
              <DomainStatus />
            </span>
          </>
        }
        required
        contentAfter={<Text>{ONMICROSOFT_SUFFIX}</Text>}
        className={styles.wide}
      />
      {resellers.length > 0 ? (
        <DraftSelect
          context={context}
          field="resellerId"
          label={t('customers.add.fields.reseller')}
          hint={t('customers.add.fields.resellerHint')}
          placeholder={t('customers.add.fields.resellerNone')}
          options={resellers.map((reseller) => ({ value: reseller.id, label: reseller.name }))}
          className={styles.wide}
        />
      ) : null}
    </div>
  );
}
