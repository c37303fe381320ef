// Makes a realistic incoming referral (a lead from Microsoft or another partner) from a seeded PRNG.
import { REFERRAL_EXPIRY_DAYS, countryRulesFor, type Referral } from '../../shared/partner-center';
import { COMPANY_ROOTS, COMPANY_TRADES, COUNTRY_SEEDS, PEOPLE } from './names';
import type { SeededRandom } from './prng';
import { asciiLetters } from './ascii';

const DAY_MS = 86_400_000;
const PRODUCTS = ['Microsoft 365 Business Premium', 'Microsoft 365 E3', 'Azure Virtual Desktop', 'Microsoft Teams Phone', 'Dynamics 365 Business Central', 'Microsoft Defender for Business', 'Azure Migration'];

export interface ReferralOverrides {
  name?: string;
  customerName?: string;
  country?: string;
  dealValue?: number;
  currency?: string;
  type?: 'Independent' | 'Shared';
  /** When it arrived; defaults to now. Older dates make a referral that is due to expire. */
  createdDateTime?: string;
  notes?: string;
}

export function generateReferral(random: SeededRandom, now: Date, overrides: ReferralOverrides = {}): Referral {
  const countries = Object.keys(COUNTRY_SEEDS);
  const country = overrides.country?.toUpperCase() ?? random.pick(countries);
  const place = COUNTRY_SEEDS[country] ?? COUNTRY_SEEDS.US;
  const people = (place && PEOPLE[place.people]) ?? PEOPLE.en;
  if (!place || !people) throw new Error('no seed data');
  const company = overrides.customerName ?? `${random.pick(COMPANY_ROOTS)} ${random.pick(COMPANY_TRADES)} ${random.pick(place.legalForms)}`;
  const product = random.pick(PRODUCTS);
  const created = overrides.createdDateTime ? new Date(overrides.createdDateTime) : now;
  const [city, state, postal] = random.pick(place.cities);
  const firstName = random.pick(people.first);
  const lastName = random.pick(people.last);
  return {
    id: random.uuid(),
    engagementId: random.uuid(),
    name: overrides.name ?? `${company.split(' ')[0] ?? 'Customer'} - ${product}`,
    createdDateTime: created.toISOString(),
    updatedDateTime: created.toISOString(),
    expirationDateTime: new Date(created.getTime() + REFERRAL_EXPIRY_DAYS * DAY_MS).toISOString(),
    status: 'New',
    substatus: 'Pending',
    type: overrides.type ?? (random.chance(0.7) ? 'Independent' : 'Shared'),
    qualification: random.pick(['SalesQualified', 'MarketingQualified', 'Direct']),
    customerProfile: {
      name: company,
      address: { city, ...(state ? { state } : {}), postalCode: random.pattern(postal), country },
      size: random.pick(['1to10employees', '11to50employees', '51to250employees', '251to1000employees']),
      team: [{ firstName, lastName, email: `${asciiLetters(firstName)}.${asciiLetters(lastName)}@example.${place.tld}`, phoneNumber: `${countryRulesFor(country)?.countryCallingCode ?? '+1'} ${random.pattern('## ### ####')}` }],
    },
    consent: { consentToShareReferralWithMicrosoftSellers: random.chance(0.6), consentToContact: true },
    details: {
      dealValue: overrides.dealValue ?? random.between(2, 200) * 500,
      currency: overrides.currency ?? countryRulesFor(country)?.currency ?? 'USD',
      notes: overrides.notes ?? `Interested in ${product}.`,
      requirements: { products: [product] },
    },
    team: [],
    eTag: random.token(),
  };
}
