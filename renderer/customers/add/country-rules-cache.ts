// A country's address rules (states, postal code pattern, required city and phone), as Partner
// Center last answered them and kept in IndexedDB, so the add-customer form checks an address
// the same way offline. Before any answer, the built-in copy of the rules stands in.
import { COUNTRY_RULES, countryRulesFor, toCountryValidationRules, type CountryValidationRules } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { deskApi } from '../../platform/desk-api';

const cacheKey = (country: string) => `countryRules:${country.toUpperCase()}`;

/** The countries the form offers: those Partner Desk knows rules for. */
export const knownCountries: readonly string[] = [...COUNTRY_RULES.keys()];

export async function cachedCountryRules(db: PartnerDeskDatabase, country: string): Promise<CountryValidationRules | null> {
  const cached = (await db.meta.get(cacheKey(country)))?.value as CountryValidationRules | undefined;
  if (cached) return cached;
  const builtIn = countryRulesFor(country);
  return builtIn ? toCountryValidationRules(builtIn) : null;
}

/** Asks Partner Center for fresh rules when online; keeps the cached ones when it cannot. */
export async function refreshCountryRules(db: PartnerDeskDatabase, country: string): Promise<CountryValidationRules | null> {
  const answer = await deskApi().getCountryRules({ country: country.toUpperCase() });
  if (!answer.ok) return null;
  await db.meta.put({ key: cacheKey(country), value: answer.value });
  return answer.value;
}
