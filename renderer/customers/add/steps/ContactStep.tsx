// Step 2: the customer's primary contact, who also receives Partner Center's account notices.
import { useTranslation } from 'react-i18next';
import { useAddCustomer } from '../add-customer-store';
import { countryName } from '../display-names';
import { DraftInput, type DraftContext } from '../draft-fields';
import { useStepStyles } from './step-styles';

export function ContactStep({ context }: { context: DraftContext }) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const rules = useAddCustomer((state) => state.rules);
  const country = useAddCustomer((state) => state.draft.country);
  const name = countryName(country, context.uiLanguage);
  return (
    <div className={styles.grid}>
      <DraftInput context={context} field="firstName" label={t('customers.add.fields.firstName')} required autoComplete="given-name" maxLength={50} />
      <DraftInput context={context} field="lastName" label={t('customers.add.fields.lastName')} required autoComplete="family-name" maxLength={50} />
      <DraftInput context={context} field="email" label={t('customers.add.fields.email')} hint={t('customers.add.fields.emailHint')} required type="email" autoComplete="email" />
      <DraftInput
        context={context}
        field="phone"
        label={t('customers.add.fields.phone')}
        hint={rules?.isPhoneNumberRequired ? t('customers.add.fields.phoneRequired', { country: name }) : t('customers.add.fields.phoneOptional', { country: name })}
        required={rules?.isPhoneNumberRequired ?? false}
        type="tel"
        autoComplete="tel"
      />
    </div>
  );
}
