// The checks a new customer must pass before it is queued, from the documented limits and the
// country's validation rules (cached from Partner Center, or the built-in copy offline). Each
// problem names a sentence (a text key) that says what to fix, so it reads the same in English
// and Italian; nothing here touches what the user typed.
import { ADDRESS_LIMITS, checkDomainPrefix, DOMAIN_PREFIX_MAX, type CountryValidationRules } from '../../../shared/partner-center';
import { fieldsOfStep, type DraftField, type NewCustomerDraft, type Step } from './new-customer-draft';

export interface FieldProblem {
  /** Under `customers.add.problems.` */
  key: string;
  values?: Record<string, string | number>;
}

export type FieldProblems = Partial<Record<DraftField, FieldProblem>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()\-.]{6,30}$/;
const REGISTRATION_NUMBER = /^[A-Za-z0-9\-/ ]{1,50}$/;

function required(value: string, problems: FieldProblems, field: DraftField): boolean {
  if (value.trim() !== '') return true;
  problems[field] = { key: `${field}Required` };
  return false;
}

function atMost(value: string, max: number, problems: FieldProblems, field: DraftField): void {
  if (value.trim().length > max) problems[field] = { key: 'tooLong', values: { max } };
}

/** Problems of the fields of one step (or of every step for the review). */
export function checkStep(step: Step, draft: NewCustomerDraft, rules: CountryValidationRules | null): FieldProblems {
  const problems: FieldProblems = {};
  const wanted = new Set(step === 'review' ? Object.values(fieldsOfStep).flat() : fieldsOfStep[step]);

  if (wanted.has('companyName') && required(draft.companyName, problems, 'companyName')) atMost(draft.companyName, 255, problems, 'companyName');
  if (wanted.has('domainPrefix')) {
    const problem = checkDomainPrefix(draft.domainPrefix.trim());
    if (problem) problems.domainPrefix = { key: `domain-${problem}`, values: { max: DOMAIN_PREFIX_MAX } };
  }
  if (wanted.has('firstName') && required(draft.firstName, problems, 'firstName')) atMost(draft.firstName, ADDRESS_LIMITS.firstName.max, problems, 'firstName');
  if (wanted.has('lastName') && required(draft.lastName, problems, 'lastName')) atMost(draft.lastName, ADDRESS_LIMITS.lastName.max, problems, 'lastName');
  if (wanted.has('email') && required(draft.email, problems, 'email') && !EMAIL.test(draft.email.trim())) problems.email = { key: 'emailInvalid' };
  if (wanted.has('phone')) {
    const phone = draft.phone.trim();
    if (phone === '' && rules?.isPhoneNumberRequired) problems.phone = { key: 'phoneRequiredIn', values: { country: rules.iso2Code } };
    else if (phone !== '' && !PHONE.test(phone)) problems.phone = { key: 'phoneInvalid' };
  }
  if (wanted.has('country') && !rules) problems.country = { key: 'countryUnknown' };
  if (wanted.has('addressLine1') && required(draft.addressLine1, problems, 'addressLine1')) atMost(draft.addressLine1, ADDRESS_LIMITS.addressLine1.max, problems, 'addressLine1');
  if (wanted.has('addressLine2')) atMost(draft.addressLine2, ADDRESS_LIMITS.addressLine2.max, problems, 'addressLine2');
  if (rules && wanted.has('city')) {
    if (rules.isCityRequired) required(draft.city, problems, 'city');
    atMost(draft.city, ADDRESS_LIMITS.city.max, problems, 'city');
  }
  if (rules && wanted.has('state')) {
    const state = draft.state.trim().toUpperCase();
    if (rules.states.length > 0) {
      if (state === '' && rules.isStateRequired) problems.state = { key: 'stateRequiredIn', values: { country: rules.iso2Code } };
      else if (state !== '' && !rules.states.includes(state)) problems.state = { key: 'stateNotListed', values: { country: rules.iso2Code } };
    } else if (state.length > ADDRESS_LIMITS.state.max) {
      problems.state = { key: 'stateTooLong', values: { max: ADDRESS_LIMITS.state.max } };
    }
  }
  if (rules && wanted.has('postalCode')) {
    const postalCode = draft.postalCode.trim();
    if (postalCode === '') {
      if (rules.isPostalCodeRequired) problems.postalCode = { key: 'postalCodeRequired' };
    } else if (!new RegExp(rules.postalCodeRegex, 'i').test(postalCode)) {
      problems.postalCode = { key: 'postalCodeInvalid', values: { country: rules.iso2Code } };
    }
  }
  if (rules?.isRegistrationNumberRequired && wanted.has('registrationNumber')) {
    const value = draft.registrationNumber.trim();
    if (value === '') problems.registrationNumber = { key: 'registrationNumberRequired', values: { country: rules.iso2Code } };
    else if (!REGISTRATION_NUMBER.test(value)) problems.registrationNumber = { key: 'registrationNumberInvalid' };
  }
  if (wanted.has('language') && rules && !rules.supportedLanguages.includes(draft.language)) problems.language = { key: 'languageRequired' };
  if (wanted.has('culture') && rules && !rules.supportedCultures.includes(draft.culture)) problems.culture = { key: 'cultureRequired' };
  if (wanted.has('agreementAccepted') && !draft.agreementAccepted) problems.agreementAccepted = { key: 'agreementRequired' };
  return problems;
}

/** The first step holding a problem, so the review can send the user straight there. */
export function firstStepWithProblem(problems: FieldProblems): Step | null {
  for (const [step, fields] of Object.entries(fieldsOfStep) as [Step, readonly DraftField[]][]) {
    if (fields.some((field) => problems[field])) return step;
  }
  return null;
}
