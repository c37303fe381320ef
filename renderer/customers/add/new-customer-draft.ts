// A new customer as the partner fills it in, step by step, before it becomes Partner Center's
// `POST /v1/customers` body. Every field is kept as typed (strings), so a mistake never costs
// what was already entered.
import { fullOnMicrosoftDomain, type CountryValidationRules, type NewCustomer } from '../../../shared/partner-center';

export interface NewCustomerDraft {
  companyName: string;
  domainPrefix: string;
  resellerId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  country: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  registrationNumber: string;
  language: string;
  culture: string;
  agreementAccepted: boolean;
}

export type DraftField = Exclude<keyof NewCustomerDraft, 'agreementAccepted'> | 'agreementAccepted';

export const steps = ['company', 'contact', 'address', 'language', 'review'] as const;
export type Step = (typeof steps)[number];

/** Which fields each step asks for, in the order they appear. */
export const fieldsOfStep: Record<Step, readonly DraftField[]> = {
  company: ['companyName', 'domainPrefix', 'resellerId'],
  contact: ['firstName', 'lastName', 'email', 'phone'],
  address: ['country', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'registrationNumber'],
  language: ['language', 'culture', 'agreementAccepted'],
  review: [],
};

export function emptyDraft(country: string): NewCustomerDraft {
  return {
    companyName: '',
    domainPrefix: '',
    resellerId: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    country,
    addressLine1: '',
    addressLine2: '',
    city: '',
    state: '',
    postalCode: '',
    registrationNumber: '',
    language: '',
    culture: '',
    agreementAccepted: false,
  };
}

/** The country a new customer most likely has: the region of the computer's locale. */
export function countryOfLocale(locale: string): string {
  const region = locale.split(/[-_]/)[1];
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : 'US';
}

/** Language and culture that fit a country: the UI language when the country supports it. */
export function languageFor(rules: CountryValidationRules, uiLanguage: string): { language: string; culture: string } {
  const language = rules.supportedLanguages.includes(uiLanguage) ? uiLanguage : (rules.supportedLanguages[0] ?? 'en');
  const culture = rules.supportedCultures.find((culture) => culture.startsWith(`${language}-`)) ?? rules.defaultCulture;
  return { language, culture };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toNewCustomer(draft: NewCustomerDraft): NewCustomer {
  const registrationNumber = optional(draft.registrationNumber);
  return {
    companyProfile: { domain: fullOnMicrosoftDomain(draft.domainPrefix), ...(registrationNumber ? { organizationRegistrationNumber: registrationNumber } : {}) },
    billingProfile: {
      email: draft.email.trim(),
      culture: draft.culture,
      language: draft.language,
      companyName: draft.companyName.trim(),
      defaultAddress: {
        firstName: draft.firstName.trim(),
        lastName: draft.lastName.trim(),
        addressLine1: draft.addressLine1.trim(),
        addressLine2: optional(draft.addressLine2),
        city: optional(draft.city),
        state: optional(draft.state)?.toUpperCase(),
        postalCode: optional(draft.postalCode)?.toUpperCase(),
        country: draft.country,
        phoneNumber: optional(draft.phone),
      },
    },
    ...(draft.resellerId ? { associatedPartnerId: draft.resellerId } : {}),
  };
}
