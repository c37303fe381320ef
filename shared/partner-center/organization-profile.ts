// The partner's own organization profile (`/v1/profiles/organization`), edited with an etag.
import { z } from 'zod';
import { addressSchema } from './address';

export const organizationProfileSchema = z.object({
  id: z.string(),
  companyName: z.string(),
  defaultAddress: addressSchema,
  tenantId: z.string(),
  domain: z.string(),
  email: z.string(),
  language: z.string(),
  culture: z.string(),
  attributes: z.object({ objectType: z.literal('OrganizationProfile'), etag: z.string() }),
});
export type OrganizationProfile = z.infer<typeof organizationProfileSchema>;

/** `PUT /v1/profiles/organization`: tenant id and domain are Microsoft's, so they are not taken from the body. */
export const organizationProfileUpdateSchema = z.object({
  id: z.string().optional(),
  companyName: z.string({ error: 'CompanyName must be a text value' }).trim().min(1, { error: 'CompanyName is required' }).max(255),
  defaultAddress: addressSchema,
  email: z.email({ error: 'Email must be a valid email address' }),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})*$/, { error: 'Language must look like en' }),
  culture: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})*$/, { error: 'Culture must look like en-US' }),
  tenantId: z.string().optional(),
  domain: z.string().optional(),
  attributes: z.object({ objectType: z.string().optional(), etag: z.string().optional() }).optional(),
});
export type OrganizationProfileUpdate = z.input<typeof organizationProfileUpdateSchema>;
