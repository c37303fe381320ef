// The CountryValidationRules resource and the country-aware address check built on it.
// The check is pure so the renderer can run it on a form offline and the emulator on a request,
// and both give the same sentence for the same mistake.
import { z } from 'zod';
import { ADDRESS_LIMITS, type Address } from './address';
import { PartnerCenterErrorCode } from './error';
import { countryRulesFor, type CountryRulesData } from './countries';

export const countryValidationRulesSchema = z.object({
  iso2Code: z.string(),
  defaultCulture: z.string(),
  isStateRequired: z.boolean(),
  states: z.array(z.string()),
  supportedLanguages: z.array(z.string()),
  supportedCultures: z.array(z.string()),
  isPostalCodeRequired: z.boolean(),
  postalCodeRegex: z.string(),
  isCityRequired: z.boolean(),
  isPhoneNumberRequired: z.boolean(),
  isRegistrationNumberRequired: z.boolean(),
  countryCallingCode: z.string(),
  attributes: z.object({ objectType: z.literal('CountryValidationRules') }),
});
export type CountryValidationRules = z.infer<typeof countryValidationRulesSchema>;

export function toCountryValidationRules(data: CountryRulesData): CountryValidationRules {
  return {
    iso2Code: data.iso2Code,
    defaultCulture: data.defaultCulture,
    isStateRequired: data.isStateRequired,
    states: [...data.states],
    supportedLanguages: [...data.supportedLanguages],
    supportedCultures: [...data.supportedCultures],
    isPostalCodeRequired: data.isPostalCodeRequired,
    postalCodeRegex: data.postalCodeRegex,
    isCityRequired: data.isCityRequired,
    isPhoneNumberRequired: data.isPhoneNumberRequired,
    isRegistrationNumberRequired: data.isRegistrationNumberRequired,
    countryCallingCode: data.countryCallingCode,
    attributes: { objectType: 'CountryValidationRules' },
  };
}

export interface AddressProblem {
  /** Partner Center's field name, PascalCase as in Microsoft's messages. */
  field: string;
  code: number | string;
  message: string;
}

const PHONE = /^\+?[0-9 ()\-.]{6,30}$/;

/** Country-specific checks on an address that already passed `addressSchema`. */
export function checkAddressForCountry(address: Address): AddressProblem[] {
  const rules = countryRulesFor(address.country);
  if (!rules) {
    return [{ field: 'Country', code: PartnerCenterErrorCode.invalidProperty, message: `Country '${address.country}' is not a supported country code (use ISO codes such as GB, not UK).` }];
  }
  const problems: AddressProblem[] = [];
  const invalid = (field: string, message: string) => problems.push({ field, code: PartnerCenterErrorCode.invalidProperty, message });
  const state = address.state?.trim() ?? '';
  if (rules.states.length > 0) {
    if (state === '' && rules.isStateRequired) invalid('State', `State is required in ${rules.name}.`);
    else if (state !== '' && !rules.states.includes(state.toUpperCase())) invalid('State', `State '${state}' is not a state of ${rules.name}; use one of ${rules.states.join(', ')}.`);
  } else if (state.length > ADDRESS_LIMITS.state.max) {
    invalid('State', `State must be at most ${ADDRESS_LIMITS.state.max} characters in ${rules.name}.`);
  }
  const city = address.city?.trim() ?? '';
  if (rules.isCityRequired && city === '') invalid('City', `City is required in ${rules.name}.`);
  const postalCode = address.postalCode?.trim() ?? '';
  if (postalCode === '') {
    if (rules.isPostalCodeRequired) invalid('PostalCode', `PostalCode is required in ${rules.name}.`);
  } else if (!new RegExp(rules.postalCodeRegex, 'i').test(postalCode)) {
    invalid('PostalCode', `PostalCode '${postalCode}' is not a valid postal code for ${rules.name}.`);
  }
  const phone = address.phoneNumber?.trim() ?? '';
  if (phone === '') {
    if (rules.isPhoneNumberRequired) problems.push({ field: 'PhoneNumber', code: PartnerCenterErrorCode.phoneNumberRequired, message: `PhoneNumber is required for customers in ${rules.name}.` });
  } else if (!PHONE.test(phone)) {
    problems.push({ field: 'PhoneNumber', code: PartnerCenterErrorCode.phoneNumberInvalid, message: `PhoneNumber '${phone}' is not a valid phone number.` });
  }
  return problems;
}

const REGISTRATION_NUMBER = /^[A-Za-z0-9\-/ ]{1,50}$/;

/** Where Partner Center requires an organization registration number, it must be present and plausible. */
export function checkRegistrationNumber(country: string, registrationNumber: string | undefined): AddressProblem | null {
  const rules = countryRulesFor(country);
  if (!rules?.isRegistrationNumberRequired) return null;
  const value = registrationNumber?.trim() ?? '';
  if (value === '') return { field: 'OrganizationRegistrationNumber', code: PartnerCenterErrorCode.registrationNumberRequired, message: `OrganizationRegistrationNumber is required for customers in ${rules.name}.` };
  if (!REGISTRATION_NUMBER.test(value)) return { field: 'OrganizationRegistrationNumber', code: PartnerCenterErrorCode.registrationNumberInvalid, message: 'OrganizationRegistrationNumber may contain only letters, digits, spaces, - and / (at most 50).' };
  return null;
}
