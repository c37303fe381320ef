// Runtime schemas for every invoke channel's request, checked by main before a handler runs.
// The mapped type makes a missing schema a compile error.
import { z } from 'zod';
import { settingSchemas, settingKeys, type SettingKey } from '../config/settings';
import {
  billingProfileUpdateSchema,
  customerFilterSchema,
  newCustomerSchema,
  organizationProfileUpdateSchema,
  partnerRelationshipTypeSchema,
  referralPatchSchema,
  sendMailSchema,
} from '../partner-center';
import type { InvokeChannel, RequestOf, SettingChange } from './contract';

// Ids go into URL paths: only the characters tenant and referral ids are made of.
const resourceId = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a Partner Center id');
const requestId = z.uuid();
const etag = z.string().min(1).max(200);
const continuationToken = z.string().min(1).max(4096).optional();
const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO date');

const noPayload = z.undefined();

const settingChange = z
  .object({ key: z.enum(settingKeys as [SettingKey, ...SettingKey[]]), value: z.unknown() })
  .strict()
  .transform((change, ctx): SettingChange => {
    const parsed = settingSchemas[change.key].safeParse(change.value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `${change.key}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      return z.NEVER;
    }
    return { key: change.key, value: parsed.data } as SettingChange;
  });

export const requestSchemas: { [C in InvokeChannel]: z.ZodType<RequestOf<C>, unknown> } = {
  'pd:app.info': noPayload,
  'pd:config.get': noPayload,
  'pd:config.set': settingChange,
  'pd:connectivity.get': noPayload,
  'pd:connectivity.check': noPayload,
  'pd:shell.openExternal': z.object({ url: z.string().max(2048) }).strict(),
  'pd:shell.openMailDraft': z
    .object({
      to: z.email(),
      // Subject and body travel in a mailto: URL, which mail apps cut beyond about 2,000 characters.
      subject: z.string().max(255),
      body: z.string().max(1_500, 'is too long for a mail app draft; copy the invitation instead'),
    })
    .strict(),
  'pd:credentials.take': z.object({ customerId: resourceId }).strict(),
  'pd:credentials.forget': z.object({ customerId: resourceId }).strict(),
  'pd:files.beginExport': z.object({ suggestedName: z.string().min(1).max(200) }).strict(),
  'pd:files.beginBackup': z.object({ reason: z.enum(['before-upgrade', 'on-demand']) }).strict(),
  'pd:files.write': z.object({ exportId: z.string().max(40), chunk: z.string().max(4 * 1024 * 1024) }).strict(),
  'pd:files.finish': z.object({ exportId: z.string().max(40) }).strict(),
  'pd:files.abort': z.object({ exportId: z.string().max(40) }).strict(),
  'pd:files.listBackups': noPayload,
  'pd:files.readBackup': z
    .object({ name: z.string().max(200), offset: z.number().int().nonnegative(), length: z.number().int().min(1).max(4 * 1024 * 1024) })
    .strict(),
  'pd:pc.listCustomers': z
    .object({ size: z.number().int().min(1).max(500), continuationToken, filter: customerFilterSchema.optional() })
    .strict(),
  'pd:pc.getCustomer': z.object({ customerId: resourceId }).strict(),
  'pd:pc.createCustomer': z.object({ requestId, customer: newCustomerSchema }).strict(),
  'pd:pc.isDomainTaken': z.object({ domain: z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, 'must be a domain name') }).strict(),
  'pd:pc.getBillingProfile': z.object({ customerId: resourceId }).strict(),
  'pd:pc.updateBillingProfile': z.object({ requestId, customerId: resourceId, etag, profile: billingProfileUpdateSchema }).strict(),
  'pd:pc.removeRelationship': z.object({ requestId, customerId: resourceId }).strict(),
  'pd:pc.listSubscriptions': z.object({ customerId: resourceId }).strict(),
  'pd:pc.listAuditRecords': z
    .object({ startDate: isoDate, endDate: isoDate.optional(), size: z.number().int().min(1).max(500), continuationToken })
    .strict(),
  'pd:pc.getRelationshipRequest': noPayload,
  'pd:pc.listIndirectPartners': z.object({ relationshipType: partnerRelationshipTypeSchema }).strict(),
  'pd:pc.getCountryRules': z.object({ country: z.string().regex(/^[A-Za-z]{2}$/, 'must be a 2-letter country code') }).strict(),
  'pd:pc.getOrganizationProfile': noPayload,
  'pd:pc.updateOrganizationProfile': z.object({ requestId, etag, profile: organizationProfileUpdateSchema }).strict(),
  'pd:pc.listReferrals': z.object({ status: z.enum(['New', 'Active', 'Closed']).optional() }).strict(),
  'pd:pc.patchReferral': z.object({ requestId, referralId: resourceId, etag, patch: referralPatchSchema }).strict(),
  'pd:pc.sendMail': z.object({ requestId, mail: sendMailSchema }).strict(),
};
