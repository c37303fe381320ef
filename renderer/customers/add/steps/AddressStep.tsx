// Step 3: the address, checked against the country's rules: a list of states where the country
// has one, its postal code pattern, a required city, and a registration number where needed.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ADDRESS_LIMITS } from '../../../../shared/partner-center';
import { knownCountries } from '../country-rules-cache';
import { useAddCustomer } from '../add-customer-store';
import { countryName } from '../display-names';
import { DraftInput, DraftSelect, type DraftContext } from '../draft-fields';
import { useStepStyles } from './step-styles';

export function AddressStep({ context }: { context: DraftContext }) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  const rules = useAddCustomer((state) => state.rules);
  const country = useAddCustomer((state) => state.draft.country);
  const name = countryName(country, context.uiLanguage);
  const countries = knownCountries
    .map((code) => ({ value: code, label: countryName(code, context.uiLanguage) }))
    .sort((a, b) => a.label.localeCompare(b.label, context.uiLanguage));
  return (
    <div className={styles.grid}>
      <DraftSelect context={context} field="country" label={t('customers.add.fields.country')} hint={t('customers.add.fields.countryHint')} required options={countries} className={styles.wide} />
      {!context.online ? (
        <MessageBar intent="info" className={styles.wide}>
          <MessageBarBody>{t('customers.add.rulesOffline', { country: name })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <DraftInput context={context} field="addressLine1" label={t('customers.add.fields.addressLine1')} required autoComplete="address-line1" maxLength={ADDRESS_LIMITS.addressLine1.max} className={styles.wide} />
      <DraftInput context={context} field="addressLine2" label={t('customers.add.fields.addressLine2')} autoComplete="address-line2" maxLength={ADDRESS_LIMITS.addressLine2.max} className={styles.wide} />
      <DraftInput context={context} field="city" label={t('customers.add.fields.city')} required={rules?.isCityRequired ?? true} autoComplete="address-level2" />
      {rules && rules.states.length > 0 ? (
        <DraftSelect
          context={context}
          field="state"
          label={t('customers.add.fields.state')}
          required={rules.isStateRequired}
          placeholder={t('customers.add.fields.stateChoose')}
          options={rules.states.map((state) => ({ value: state, label: state }))}
        />
      ) : (
        <DraftInput context={context} field="state" label={t('customers.add.fields.state')} autoComplete="address-level1" />
      )}
      <DraftInput context={context} field="postalCode" label={t('customers.add.fields.postalCode')} required={rules?.isPostalCodeRequired ?? true} autoComplete="postal-code" />
      {rules?.isRegistrationNumberRequired ? (
        <DraftInput
          context={context}
          field="registrationNumber"
          label={t('customers.add.fields.registrationNumber')}
          hint={t('customers.add.fields.registrationNumberHint', { country: name })}
          required
          className={styles.wide}
        />
      ) : null}
    </div>
  );
}
