// The organization profile's edit form. Saving checks what Partner Center would refuse (required
// fields, email, the country's postal code and states), then saves on this computer with the
// change queued for Partner Center; it works the same offline. The legal country stays as it is.
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryRulesFor } from '../../shared/partner-center';
import { DetailsCard } from '../customers/details/DetailsCard';
import type { PartnerDeskDatabase } from '../data/database';
import type { OrganizationProfileFields, ProfileField } from './organization-profile';
import { usePartners } from './partners-store';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', alignItems: 'start', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  wide: { gridColumn: '1 / -1' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

type AddressField = keyof OrganizationProfileFields['defaultAddress'];

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];

export function ProfileForm({ db, online }: { db: PartnerDeskDatabase; online: boolean }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { draft, problems, triedToSave, busy, changeDraft, cancelEdit, saveDraft } = usePartners();
  const formRef = useRef<HTMLFormElement>(null);
  if (!draft) return null;
  const address = draft.defaultAddress;
  const rules = countryRulesFor(address.country);
  const languages = unique([draft.language, ...(rules?.supportedLanguages ?? []), 'en']);
  const cultures = unique([draft.culture, rules?.defaultCulture, ...(rules?.supportedCultures ?? []), 'en-US']);
  const languageName = (code: string) => {
    try {
      return `${new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code} (${code})`;
    } catch {
      return code;
    }
  };

  const validation = (field: ProfileField) => {
    const problem = problems[field];
    return problem ? { validationState: 'error' as const, validationMessage: t(`partners.profile.errors.${problem}`) } : {};
  };
  const setTop = (field: 'companyName' | 'email' | 'language' | 'culture', value: string) => changeDraft((current) => ({ ...current, [field]: value }));
  const setAddress = (field: AddressField, value: string) => changeDraft((current) => ({ ...current, defaultAddress: { ...current.defaultAddress, [field]: value } }));
  const addressInput = (field: Exclude<AddressField, 'country' | 'addressLine3'>, options: { required?: boolean; wide?: boolean; autoComplete?: string } = {}) => (
    <Field label={t(`partners.profile.fields.${field}`)} required={options.required} className={options.wide ? styles.wide : undefined} {...validation(field)}>
      <Input value={address[field] ?? ''} autoComplete={options.autoComplete} onChange={(_event, data) => setAddress(field, data.value)} />
    </Field>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await saveDraft(db, online);
    if (!saved) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  return (
    <DetailsCard title={t('partners.profile.editTitle')} id="organization-profile-form-title">
      <form ref={formRef} className={styles.form} onSubmit={(event) => void submit(event)} aria-labelledby="organization-profile-form-title" noValidate>
        {triedToSave && Object.keys(problems).length > 0 ? (
          <MessageBar intent="error">
            <MessageBarBody>{t('partners.profile.errors.formSummary')}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.grid}>
          <Field label={t('partners.profile.fields.companyName')} required className={styles.wide} {...validation('companyName')}>
            <Input value={draft.companyName} autoComplete="organization" onChange={(_event, data) => setTop('companyName', data.value)} />
          </Field>
          <Field label={t('partners.profile.fields.email')} required className={styles.wide} {...validation('email')}>
            <Input type="email" value={draft.email} autoComplete="email" onChange={(_event, data) => setTop('email', data.value)} />
          </Field>
          {addressInput('addressLine1', { required: true, wide: true, autoComplete: 'address-line1' })}
          {addressInput('addressLine2', { wide: true, autoComplete: 'address-line2' })}
          {addressInput('city', { required: rules?.isCityRequired, autoComplete: 'address-level2' })}
          {addressInput('postalCode', { required: rules?.isPostalCodeRequired, autoComplete: 'postal-code' })}
          {addressInput('state', { required: rules?.isStateRequired, autoComplete: 'address-level1' })}
          <Field label={t('partners.profile.fields.country')} hint={t('partners.profile.countryFixed')}>
            <Input value={address.country} readOnly />
          </Field>
          {addressInput('firstName', { autoComplete: 'given-name' })}
          {addressInput('lastName', { autoComplete: 'family-name' })}
          {addressInput('phoneNumber', { required: rules?.isPhoneNumberRequired, autoComplete: 'tel' })}
          <div />
          <Field label={t('partners.profile.fields.language')} required {...validation('language')}>
            <Select value={draft.language} onChange={(_event, data) => setTop('language', data.value)}>
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('partners.profile.fields.culture')} required {...validation('culture')}>
            <Select value={draft.culture} onChange={(_event, data) => setTop('culture', data.value)}>
              {cultures.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.buttons}>
          <Button type="button" onClick={cancelEdit}>
            {t('partners.profile.cancel')}
          </Button>
          <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={busy}>
            {t('partners.profile.save')}
          </Button>
        </div>
      </form>
    </DetailsCard>
  );
}
