// The Customer resource and its two profiles, as Partner Center answers them, plus the bodies
// Partner Desk sends to create a customer, update its billing profile and end the relationship.
import { z } from 'zod';
import { addressSchema, billingAddressSchema } from './address';

export const RELATIONSHIPS_TO_PARTNER = ['none', 'reseller', 'advisor', 'syndication', 'microsoft_support', 'unknown'] as const;
export const relationshipToPartnerSchema = z.enum(RELATIONSHIPS_TO_PARTNER);
export type RelationshipToPartner = z.infer<typeof relationshipToPartnerSchema>;

const email = z.email({ error: 'Email must be a valid email address' });
const culture = z
  .string({ error: 'Culture must be a text value' })
  .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})*$/, { error: 'Culture must look like en-US' });
const language = z
  .string({ error: 'Language must be a text value' })
  .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})*$/, { error: 'Language must look like en' });
const companyName = z
  .string({ error: 'CompanyName must be a text value' })
  .trim()
  .min(1, { error: 'CompanyName is required' })
  .max(255, { error: 'CompanyName must be at most 255 characters' });

export const companyProfileSchema = z.object({
  tenantId: z.string(),
  domain: z.string(),
  companyName: z.string(),
  address: addressSchema.optional(),
  email: z.string().optional(),
  organizationRegistrationNumber: z.string().optional(),
  attributes: z.object({ objectType: z.literal('CustomerCompanyProfile') }),
});
export type CompanyProfile = z.infer<typeof companyProfileSchema>;

export const billingProfileSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  culture: z.string(),
  language: z.string(),
  companyName: z.string(),
  defaultAddress: billingAddressSchema,
  attributes: z.object({ objectType: z.literal('CustomerBillingProfile'), etag: z.string() }),
});
export type BillingProfile = z.infer<typeof billingProfileSchema>;

/** `PUT /v1/customers/{id}/profiles/billing`: the full profile; id and attributes are optional echoes. */
export const billingProfileUpdateSchema = z.object({
  id: z.string().optional(),
  firstName: z.string().max(50).optional(),
  lastName: z.string().max(50).optional(),
  email,
  culture,
  language,
  companyName,
  defaultAddress: billingAddressSchema,
  attributes: z.object({ objectType: z.string().optional(), etag: z.string().optional() }).optional(),
});
export type BillingProfileUpdate = z.input<typeof billingProfileUpdateSchema>;

export const userCredentialsSchema = z.object({ userName: z.string(), password: z.string() });
export type UserCredentials = z.infer<typeof userCredentialsSchema>;

export const customerSchema = z.object({
  id: z.string(),
  commerceId: z.string().optional(),
  companyProfile: companyProfileSchema,
  billingProfile: billingProfileSchema.optional(),
  relationshipToPartner: relationshipToPartnerSchema,
  allowDelegatedAccess: z.boolean().optional(),
  customDomains: z.array(z.string()).optional(),
  associatedPartnerId: z.string().optional(),
  userCredentials: userCredentialsSchema.optional(),
  attributes: z.object({ objectType: z.literal('Customer') }),
});
export type Customer = z.infer<typeof customerSchema>;

/** What `GET /v1/customers` lists: light items; billing profile and delegated access only come by id. */
export const customerListItemSchema = z.object({
  id: z.string(),
  companyProfile: z.object({
    tenantId: z.string(),
    domain: z.string(),
    companyName: z.string(),
    attributes: z.object({ objectType: z.literal('CustomerCompanyProfile') }),
  }),
  relationshipToPartner: relationshipToPartnerSchema,
  attributes: z.object({ objectType: z.literal('Customer') }),
});
export type CustomerListItem = z.infer<typeof customerListItemSchema>;

/**
 * A customer as the app keeps it from the list: the fields it shows and syncs. Main hands the
 * renderer these instead of Partner Center's items, whose envelope (the `attributes`, the tenant
 * id repeated inside the company profile) is over half of each item's bytes: a first sync
 * carries 100,000 of them across the IPC boundary, and every byte is copied on both sides.
 */
export interface CustomerSummary {
  id: string;
  companyName: string;
  domain: string;
  relationship: RelationshipToPartner;
  /** The indirect reseller, when Partner Center says (a customer by id does; list items do not). */
  associatedPartnerId?: string;
}

export function customerSummaryOf(customer: CustomerListItem | Customer): CustomerSummary {
  return {
    id: customer.id,
    companyName: customer.companyProfile.companyName,
    domain: customer.companyProfile.domain,
    relationship: customer.relationshipToPartner,
    ...('associatedPartnerId' in customer && customer.associatedPartnerId ? { associatedPartnerId: customer.associatedPartnerId } : {}),
  };
}

/** `POST /v1/customers`. Domain may be given as `contoso` or `contoso.onmicrosoft.com`. */
export const newCustomerSchema = z.object({
  companyProfile: z.object({
    domain: z.string({ error: 'CompanyProfile.Domain is required' }),
    organizationRegistrationNumber: z.string().optional(),
  }),
  billingProfile: z.object({
    email,
    culture,
    language,
    companyName,
    defaultAddress: billingAddressSchema,
  }),
  associatedPartnerId: z.string().optional(),
});
export type NewCustomer = z.input<typeof newCustomerSchema>;

/** `PATCH /v1/customers/{id}`: the only change Partner Center accepts here is ending the relationship. */
export const removeRelationshipSchema = z.object({
  relationshipToPartner: z.literal('none', { error: "RelationshipToPartner must be 'none' (the only change this call accepts)" }),
  attributes: z.object({ objectType: z.string().optional() }).optional(),
});
export type RemoveRelationship = z.infer<typeof removeRelationshipSchema>;

/** The customer-list search, sent URL-encoded as `filter=`: a case-insensitive prefix match. */
export const CUSTOMER_FILTER_FIELDS = ['CompanyName', 'Domain', 'IndirectReseller'] as const;
export const customerFilterSchema = z.object({
  field: z.enum(CUSTOMER_FILTER_FIELDS, { error: `Field must be one of ${CUSTOMER_FILTER_FIELDS.join(', ')}` }),
  value: z.string({ error: 'Value must be a text value' }),
  operator: z.literal('starts_with', { error: "Operator must be 'starts_with'" }),
});
export type CustomerFilter = z.infer<typeof customerFilterSchema>;
