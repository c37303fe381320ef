// A billing profile as the partner edits it: every field kept as typed (strings), checked with
// the same rules and sentences as a new customer's contact and address, so a mistake reads the
// same in both places and never costs what was typed. The country is fixed once a customer
// exists; its cached rules decide states, postal codes and the phone.
import type { CountryValidationRules } from '../../../shared/partner-center';
import type { BillingProfileFields } from '../../data/records';
import { checkStep, type FieldProblems } from '../add/new-customer-rules';
import { emptyDraft } from '../add/new-customer-draft';

export interface BillingDraft {
  companyName: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export type BillingDraftField = keyof BillingDraft;

export function draftOfProfile(profile: BillingProfileFields): BillingDraft {
  const address = profile.defaultAddress;
  return {
    companyName: profile.companyName ?? '',
    firstName: profile.firstName ?? address.firstName ?? '',
    lastName: profile.lastName ?? address.lastName ?? '',
    email: profile.email ?? '',
    phone: address.phoneNumber ?? '',
    addressLine1: address.addressLine1 ?? '',
    addressLine2: address.addressLine2 ?? '',
    city: address.city ?? '',
    state: address.state ?? '',
    postalCode: address.postalCode ?? '',
    country: address.country,
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The profile with the draft applied; fields the form does not show are kept as they were. */
export function profileOfDraft(profile: BillingProfileFields, draft: BillingDraft): BillingProfileFields {
  const firstName = draft.firstName.trim();
  const lastName = draft.lastName.trim();
  return {
    ...profile,
    companyName: draft.companyName.trim(),
    firstName,
    lastName,
    email: draft.email.trim(),
    defaultAddress: {
      ...profile.defaultAddress,
      firstName,
      lastName,
      addressLine1: draft.addressLine1.trim(),
      addressLine2: optional(draft.addressLine2),
      city: draft.city.trim(),
      state: optional(draft.state.toUpperCase()),
      postalCode: draft.postalCode.trim(),
      phoneNumber: optional(draft.phone),
    },
  };
}

/** What to fix before the edit can be queued; keys are those of `customers.add.problems.` */
export function checkBillingDraft(draft: BillingDraft, rules: CountryValidationRules | null): FieldProblems {
  const asNewCustomer = { ...emptyDraft(draft.country), ...draft };
  const problems: FieldProblems = { ...checkStep('contact', asNewCustomer, rules), ...checkStep('address', asNewCustomer, rules) };
  // A registration number belongs to creation only; the country cannot change here.
  delete problems.registrationNumber;
  delete problems.country;
  if (draft.companyName.trim() === '') problems.companyName = { key: 'companyNameRequired' };
  return problems;
}

/** Whether the draft changes anything the user can see. */
export function draftChanges(profile: BillingProfileFields, draft: BillingDraft): boolean {
  return JSON.stringify(draftOfProfile(profile)) !== JSON.stringify(draftOfProfile(profileOfDraft(profile, draft)));
}
