// Editing a billing profile: what the partner types is checked like a new customer's address,
// and turns into the profile Partner Center receives without losing fields the form does not show.
import { describe, expect, it } from 'vitest';
import { countryRulesFor, toCountryValidationRules } from '../../../shared/partner-center';
import type { BillingProfileFields } from '../../data/records';
import { checkBillingDraft, draftChanges, draftOfProfile, profileOfDraft } from './billing-draft';

const profile: BillingProfileFields = {
  id: 'bp-1',
  firstName: 'Marco',
  lastName: 'Verdi',
  email: 'marco@verdi.it',
  culture: 'it-IT',
  language: 'it',
  companyName: 'Verdi S.p.A.',
  defaultAddress: { firstName: 'Marco', lastName: 'Verdi', addressLine1: 'Via Po 2', city: 'Torino', state: 'TO', postalCode: '10121', country: 'IT' },
};
const italy = toCountryValidationRules(countryRulesFor('IT')!);

describe('a billing profile being edited', () => {
  it('keeps the fields the form does not show and trims what was typed', () => {
    const draft = { ...draftOfProfile(profile), email: '  giulia@verdi.it ', city: 'Milano ', addressLine2: '' };
    const next = profileOfDraft(profile, draft);
    expect(next).toMatchObject({ id: 'bp-1', culture: 'it-IT', language: 'it', email: 'giulia@verdi.it' });
    expect(next.defaultAddress).toMatchObject({ city: 'Milano', country: 'IT', firstName: 'Marco' });
    expect(next.defaultAddress.addressLine2).toBeUndefined();
  });

  it('says what to fix with the same sentences as a new customer', () => {
    const problems = checkBillingDraft({ ...draftOfProfile(profile), email: 'not-an-email', postalCode: 'ABC', addressLine1: ' ' }, italy);
    expect(problems).toMatchObject({ email: { key: 'emailInvalid' }, postalCode: { key: 'postalCodeInvalid' }, addressLine1: { key: 'addressLine1Required' } });
  });

  it('accepts the profile as Partner Center holds it, and sees when nothing changed', () => {
    expect(checkBillingDraft(draftOfProfile(profile), italy)).toEqual({});
    expect(draftChanges(profile, draftOfProfile(profile))).toBe(false);
    expect(draftChanges(profile, { ...draftOfProfile(profile), lastName: 'Bianchi' })).toBe(true);
  });
});
