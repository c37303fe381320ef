// The billing profile's fields as a form, bound to the billing form store: the same labels,
// limits and sentences as adding a customer. Used to edit a profile and to correct a change
// Partner Center refused; for a refused new customer the domain prefix is asked as well.
import { Button, Field, Input, MessageBar, MessageBarBody, Select, tokens, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADDRESS_LIMITS, DOMAIN_PREFIX_MAX, ONMICROSOFT_SUFFIX } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { countryName } from '../add/display-names';
import { useStepStyles } from '../add/steps/step-styles';
import { useProblemText } from '../add/use-problem-text';
import { useBillingForm, type BillingFormField } from './billing-edit-store';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, justifyContent: 'flex-end' },
});

function FormInput({ field, label, required, type, autoComplete, maxLength, hint, className, contentAfter }: {
  field: BillingFormField;
  label: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  maxLength?: number;
  hint?: string;
  className?: string;
  contentAfter?: string;
}) {
  const value = useBillingForm((state) => (field === 'domainPrefix' ? state.domainPrefix : (state.draft?.[field] ?? '')));
  const problem = useBillingForm((state) => state.problems[field]);
  const update = useBillingForm((state) => state.update);
  const problemText = useProblemText();
  return (
    <Field label={label} hint={hint} required={required} validationState={problem ? 'error' : 'none'} validationMessage={problemText(problem)} className={className}>
      <Input name={field} value={value} type={type} autoComplete={autoComplete} maxLength={maxLength} contentAfter={contentAfter} onChange={(_event, data) => update(field, data.value)} />
    </Field>
  );
}

export function BillingForm({ db, onDone }: { db: PartnerDeskDatabase; onDone: () => void }) {
  const styles = useStyles();
  const grid = useStepStyles();
  const { t, i18n } = useTranslation();
  const form = useBillingForm();
  const problemText = useProblemText();
  const formRef = useRef<HTMLFormElement>(null);
  const problemCount = Object.values(form.problems).filter(Boolean).length;

  // Opening the form takes focus to its first field, so the keyboard user starts typing there.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('input:not([readonly])')?.focus();
  }, []);
  // A refused save moves focus to the first field to fix, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (problemCount > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problemCount, form.problems]);

  if (!form.draft) return null;
  const rules = form.rules;
  const country = countryName(form.draft.country, i18n.language);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await form.save(db)) onDone();
  };
  const stateField =
    rules && rules.states.length > 0 ? (
      <Field
        label={t('customers.add.fields.state')}
        required={rules.isStateRequired}
        validationState={form.problems.state ? 'error' : 'none'}
        validationMessage={problemText(form.problems.state)}
      >
        <Select name="state" value={form.draft.state} onChange={(_event, data) => form.update('state', data.value)}>
          <option value="">{t('customers.add.fields.stateChoose')}</option>
          {rules.states.map((state) => (
            <option key={state} value={state}>
              {state}
            </option>
          ))}
        </Select>
      </Field>
    ) : (
      <FormInput field="state" label={t('customers.add.fields.state')} autoComplete="address-level1" />
    );

  return (
    <form ref={formRef} className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('customers.details.billing.edit')}>
      {problemCount > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('customers.add.fixBelow', { count: problemCount })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={grid.grid}>
        {form.purpose.kind === 'correct-creation' ? (
          <FormInput
            field="domainPrefix"
            label={t('customers.add.fields.domainPrefix')}
            hint={t('customers.add.fields.domainPrefixHint', { max: DOMAIN_PREFIX_MAX })}
            required
            maxLength={DOMAIN_PREFIX_MAX + 5}
            contentAfter={ONMICROSOFT_SUFFIX}
            className={grid.wide}
          />
        ) : null}
        <FormInput field="companyName" label={t('customers.add.fields.companyName')} required autoComplete="organization" maxLength={255} className={grid.wide} />
        <FormInput field="firstName" label={t('customers.add.fields.firstName')} required autoComplete="given-name" maxLength={ADDRESS_LIMITS.firstName.max} />
        <FormInput field="lastName" label={t('customers.add.fields.lastName')} required autoComplete="family-name" maxLength={ADDRESS_LIMITS.lastName.max} />
        <FormInput field="email" label={t('customers.add.fields.email')} required type="email" autoComplete="email" />
        <FormInput
          field="phone"
          label={t('customers.add.fields.phone')}
          required={rules?.isPhoneNumberRequired ?? false}
          hint={rules?.isPhoneNumberRequired ? t('customers.add.fields.phoneRequired', { country }) : t('customers.add.fields.phoneOptional', { country })}
          type="tel"
          autoComplete="tel"
        />
        <FormInput field="addressLine1" label={t('customers.add.fields.addressLine1')} required autoComplete="address-line1" maxLength={ADDRESS_LIMITS.addressLine1.max} className={grid.wide} />
        <FormInput field="addressLine2" label={t('customers.add.fields.addressLine2')} autoComplete="address-line2" maxLength={ADDRESS_LIMITS.addressLine2.max} className={grid.wide} />
        <FormInput field="city" label={t('customers.add.fields.city')} required={rules?.isCityRequired ?? true} autoComplete="address-level2" />
        {stateField}
        <FormInput field="postalCode" label={t('customers.add.fields.postalCode')} required={rules?.isPostalCodeRequired ?? true} autoComplete="postal-code" />
        <Field label={t('customers.add.fields.country')} hint={t('customers.details.billing.countryFixed')}>
          <Input name="country" value={country} readOnly />
        </Field>
      </div>
      {form.saveProblem ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('customers.details.billing.saveFailed', { message: form.saveProblem })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          onClick={() => {
            form.close();
            onDone();
          }}
        >
          {t('customers.details.billing.cancel')}
        </Button>
        <Button appearance="primary" type="submit" disabled={form.saving}>
          {form.purpose.kind === 'edit' ? t('customers.details.billing.save') : t('customers.details.history.sendAgain')}
        </Button>
      </div>
    </form>
  );
}
