// Makes one realistic customer from a seeded PRNG: a company with a local legal form, a contact with a
// local name, an address whose postal code and state fit the country's rules, sometimes a custom
// domain, an indirect reseller, and subscriptions (most active, so removal is often refused).
import { PHONE_REQUIRED_COUNTRIES, countryRulesFor } from '../../shared/partner-center';
import type { NewCustomerRecord } from '../store/customers';
import type { SubscriptionRecord } from '../store/subscriptions';
import { asciiLetters } from './ascii';
import { COMPANY_ROOTS, COMPANY_TRADES, COUNTRY_SEEDS, OFFERS, PEOPLE, STREETS } from './names';
import { INDIRECT_RESELLERS } from './partner-world';
import type { SeededRandom } from './prng';

const COUNTRY_WEIGHTS = Object.entries(COUNTRY_SEEDS).map(([code, seed]) => [code, seed.weight] as const);
const DAY_MS = 86_400_000;

/** Hands out unique domain prefixes (≤ 27 letters/digits) without rescanning what is taken. */
export class DomainPrefixes {
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly taken: Set<string>) {}

  claim(base: string): string {
    const stem = (base || 'customer').slice(0, 20);
    let suffix = this.nextSuffix.get(stem) ?? 1;
    let candidate = suffix === 1 ? stem : `${stem}${suffix}`;
    while (this.taken.has(`${candidate}.onmicrosoft.com`)) {
      suffix += 1;
      candidate = `${stem}${suffix}`;
    }
    this.nextSuffix.set(stem, suffix + 1);
    this.taken.add(`${candidate}.onmicrosoft.com`);
    return candidate;
  }

  /** Marks a full domain as taken (used when the domain comes from outside, e.g. an invitation). */
  reserve(domain: string): void {
    this.taken.add(domain);
  }
}

export interface GeneratedCustomer {
  customer: NewCustomerRecord;
  subscriptions: SubscriptionRecord[];
}

export interface GenerateOptions {
  now: number;
  /** Force these instead of drawing them (invitations accept an existing company). */
  companyName?: string;
  domain?: string;
  country?: string;
  withSubscriptions?: boolean;
}

export function generateCustomer(random: SeededRandom, prefixes: DomainPrefixes, options: GenerateOptions): GeneratedCustomer {
  const country = options.country && COUNTRY_SEEDS[options.country] ? options.country : random.weighted(COUNTRY_WEIGHTS);
  const place = COUNTRY_SEEDS[country];
  const rules = countryRulesFor(country);
  if (!place || !rules) throw new Error(`no seed data for ${country}`);
  const people = PEOPLE[place.people] ?? PEOPLE.en;
  if (!people) throw new Error('no people names');
  const firstName = random.pick(people.first);
  const lastName = random.pick(people.last);
  const legal = random.pick(place.legalForms);
  const shape = random.next();
  const brand =
    shape < 0.55 ? `${random.pick(COMPANY_ROOTS)} ${random.pick(COMPANY_TRADES)}`
    : shape < 0.8 ? `${random.pick(people.last)} ${random.pick(COMPANY_TRADES)}`
    : `${random.pick(people.last)} & ${random.pick(people.last)}`;
  const companyName = options.companyName ?? `${brand} ${legal}`;
  const domain = options.domain ?? `${prefixes.claim(asciiLetters(brand))}.onmicrosoft.com`;
  const mailDomain = random.chance(0.3) ? `${domain.replace('.onmicrosoft.com', '')}.${place.tld}` : domain;
  const [city, state, postal] = random.pick(place.cities);
  const street = random.pattern(random.pick(STREETS[place.streets] ?? []));
  const phoneRequired = PHONE_REQUIRED_COUNTRIES.includes(country);
  const createdAt = new Date(options.now - random.between(1, 2000) * DAY_MS - random.int(DAY_MS)).toISOString();
  const id = random.uuid();
  const culture = random.chance(0.85) ? rules.defaultCulture : random.pick(rules.supportedCultures.length > 1 ? rules.supportedCultures : ['en-US']);
  const reseller = random.chance(0.2) ? random.pick(INDIRECT_RESELLERS).id : null;
  const relationship = random.chance(0.03) ? 'advisor' : 'reseller';

  const customer: NewCustomerRecord = {
    id,
    commerceId: random.uuid(),
    domain,
    companyName,
    relationship,
    associatedPartnerId: reseller,
    allowDelegatedAccess: random.chance(0.85),
    customDomains: mailDomain === domain ? [] : [mailDomain],
    registrationNumber: phoneRequired ? random.pattern('##########') : null,
    billing: {
      id: random.uuid(),
      firstName,
      lastName,
      email: `${asciiLetters(firstName)}.${asciiLetters(lastName)}@${mailDomain}`,
      culture,
      language: culture.split('-')[0] ?? 'en',
      companyName,
      defaultAddress: {
        firstName,
        lastName,
        addressLine1: street,
        ...(random.chance(0.15) ? { addressLine2: random.pattern('Floor #') } : {}),
        city,
        ...(state ? { state } : {}),
        postalCode: random.pattern(postal),
        country,
        ...(phoneRequired || random.chance(0.7) ? { phoneNumber: `${rules.countryCallingCode} ${random.pattern('## ### ####')}` } : {}),
      },
    },
    billingEtag: random.token(),
    createdAt,
  };

  const subscriptions: SubscriptionRecord[] = [];
  const subscriptionCount = options.withSubscriptions === false ? 0 : random.chance(0.4) ? random.between(1, 3) : 0;
  for (let index = 0; index < subscriptionCount; index += 1) {
    const [offerId, offerName, unitType] = random.pick(OFFERS);
    const start = new Date(Date.parse(createdAt) + random.int(300) * DAY_MS);
    subscriptions.push({
      id: random.uuid(),
      customerId: id,
      offerId,
      offerName,
      quantity: unitType === 'Licenses' ? random.between(1, 250) : 1,
      unitType,
      status: random.weighted([['active', 80], ['suspended', 15], ['deleted', 5]] as const),
      billingCycle: random.chance(0.7) ? 'monthly' : 'annual',
      termDuration: random.chance(0.6) ? 'P1Y' : 'P1M',
      autoRenew: random.chance(0.9),
      createdAt: start.toISOString(),
      commitmentEnd: new Date(start.getTime() + 365 * DAY_MS).toISOString(),
      etag: random.token(),
    });
  }
  return { customer, subscriptions };
}
