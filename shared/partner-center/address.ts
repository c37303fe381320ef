// The postal address Partner Center stores in billing and company profiles, with the documented
// limits (AddressLine1 1-200, AddressLine2 0-200, Country exactly 2, FirstName/LastName 1-50).
// Country-specific rules (states, postal codes, phone) live in country-rules.ts.
import { z } from 'zod';

export const ADDRESS_LIMITS = {
  addressLine1: { min: 1, max: 200 },
  addressLine2: { max: 200 },
  addressLine3: { max: 200 },
  city: { max: 100 },
  /** Two letters where a country has no list of states; see country-rules.ts for listed codes. */
  state: { max: 2 },
  /** The longest state code any country lists (Australia's NSW, QLD...). */
  listedStateCode: { max: 3 },
  postalCode: { max: 20 },
  country: { length: 2 },
  firstName: { min: 1, max: 50 },
  lastName: { min: 1, max: 50 },
  phoneNumber: { max: 30 },
} as const;

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} must be a text value` })
    .min(min, { error: min === 1 ? `${label} is required` : `${label} must be at least ${min} characters` })
    .max(max, { error: `${label} must be at most ${max} characters` });

const optionalText = (label: string, max: number) =>
  z.string({ error: `${label} must be a text value` }).max(max, { error: `${label} must be at most ${max} characters` }).optional();

export const countryCodeSchema = z
  .string({ error: 'Country must be a text value' })
  .regex(/^[A-Za-z]{2}$/, { error: 'Country must be a 2-letter ISO code such as GB, IT or US' })
  .transform((code) => code.toUpperCase());

/** An address as sent to Partner Center; names are optional here, required in a billing address. */
export const addressSchema = z.object({
  firstName: optionalText('FirstName', ADDRESS_LIMITS.firstName.max),
  lastName: optionalText('LastName', ADDRESS_LIMITS.lastName.max),
  addressLine1: text('AddressLine1', ADDRESS_LIMITS.addressLine1.min, ADDRESS_LIMITS.addressLine1.max),
  addressLine2: optionalText('AddressLine2', ADDRESS_LIMITS.addressLine2.max),
  addressLine3: optionalText('AddressLine3', ADDRESS_LIMITS.addressLine3.max),
  city: optionalText('City', ADDRESS_LIMITS.city.max),
  state: optionalText('State', ADDRESS_LIMITS.listedStateCode.max),
  postalCode: optionalText('PostalCode', ADDRESS_LIMITS.postalCode.max),
  country: countryCodeSchema,
  phoneNumber: optionalText('PhoneNumber', ADDRESS_LIMITS.phoneNumber.max),
});
export type Address = z.output<typeof addressSchema>;

/** The billing contact's address: first and last name are required there. */
export const billingAddressSchema = addressSchema.extend({
  firstName: text('FirstName', ADDRESS_LIMITS.firstName.min, ADDRESS_LIMITS.firstName.max),
  lastName: text('LastName', ADDRESS_LIMITS.lastName.min, ADDRESS_LIMITS.lastName.max),
});
export type BillingAddress = z.output<typeof billingAddressSchema>;
