// Referrals (leads) from the Referrals API, their JSON Patch edits, and the documented lifecycle:
// New/Pending|Received -> Active/Accepted (accept) or Closed/Declined (decline);
// Active/Accepted -> Closed/Won|Lost; unanswered for 14 days -> Closed/Expired (Microsoft's doing, not a PATCH).
import { z } from 'zod';

export const REFERRAL_STATUSES = ['New', 'Active', 'Closed'] as const;
export const REFERRAL_SUBSTATUSES = ['Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined', 'Expired'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type ReferralSubstatus = (typeof REFERRAL_SUBSTATUSES)[number];

/** Days an unanswered referral stays New before it closes as Expired. */
export const REFERRAL_EXPIRY_DAYS = 14;

const contactSchema = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  phoneNumber: z.string().optional(),
});
export type ReferralContact = z.infer<typeof contactSchema>;

export const referralSchema = z.object({
  id: z.string(),
  engagementId: z.string(),
  name: z.string(),
  createdDateTime: z.string(),
  updatedDateTime: z.string(),
  expirationDateTime: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  substatus: z.enum(REFERRAL_SUBSTATUSES),
  statusReason: z.string().optional(),
  type: z.enum(['Independent', 'Shared']),
  qualification: z.string(),
  customerProfile: z.object({
    name: z.string(),
    address: z.object({ addressLine1: z.string().optional(), city: z.string().optional(), state: z.string().optional(), postalCode: z.string().optional(), country: z.string() }),
    size: z.string().optional(),
    team: z.array(contactSchema),
  }),
  consent: z.object({ consentToShareReferralWithMicrosoftSellers: z.boolean(), consentToContact: z.boolean() }),
  details: z.object({
    dealValue: z.number().optional(),
    currency: z.string().optional(),
    closingDateTime: z.string().optional(),
    notes: z.string().optional(),
    crmId: z.string().optional(),
    requirements: z.object({ products: z.array(z.string()) }).optional(),
  }),
  team: z.array(contactSchema),
  eTag: z.string(),
});
export type Referral = z.infer<typeof referralSchema>;

/** The paths a partner may change with `PATCH /{id}`; anything else is refused. */
export const REFERRAL_PATCHABLE_PATHS = [
  '/status',
  '/substatus',
  '/statusReason',
  '/name',
  '/details/dealValue',
  '/details/currency',
  '/details/closingDateTime',
  '/details/notes',
  '/details/crmId',
  '/team',
  '/team/-',
] as const;

export const referralPatchOperationSchema = z.object({
  op: z.enum(['replace', 'add'], { error: "op must be 'replace' or 'add' (the only JSON Patch operations the Referrals API accepts)" }),
  path: z.enum(REFERRAL_PATCHABLE_PATHS, { error: `path must be one of ${REFERRAL_PATCHABLE_PATHS.join(', ')}` }),
  value: z.unknown(),
});
export const referralPatchSchema = z.array(referralPatchOperationSchema).min(1, { error: 'The patch must contain at least one operation' });
export type ReferralPatchOperation = z.infer<typeof referralPatchOperationSchema>;

/** Typed values for each patchable path, checked after the op/path shape. */
export const referralPatchValueSchemas: Record<(typeof REFERRAL_PATCHABLE_PATHS)[number], z.ZodType> = {
  '/status': z.enum(REFERRAL_STATUSES),
  '/substatus': z.enum(REFERRAL_SUBSTATUSES),
  '/statusReason': z.string().max(500),
  '/name': z.string().trim().min(1).max(255),
  '/details/dealValue': z.number().nonnegative(),
  '/details/currency': z.string().regex(/^[A-Z]{3}$/),
  '/details/closingDateTime': z.iso.datetime({ offset: true }).or(z.iso.date()),
  '/details/notes': z.string().max(5000),
  '/details/crmId': z.string().max(100),
  '/team': z.array(contactSchema),
  '/team/-': contactSchema,
};

const TRANSITIONS: Record<string, readonly string[]> = {
  'New/Pending': ['New/Received', 'Active/Accepted', 'Closed/Declined'],
  'New/Received': ['Active/Accepted', 'Closed/Declined'],
  'Active/Accepted': ['Closed/Won', 'Closed/Lost'],
};

/** Whether a partner may move a referral from one status/substatus to another (same state is always fine). */
export function isAllowedReferralTransition(from: { status: string; substatus: string }, to: { status: string; substatus: string }): boolean {
  const source = `${from.status}/${from.substatus}`;
  const target = `${to.status}/${to.substatus}`;
  return source === target || (TRANSITIONS[source] ?? []).includes(target);
}

export function allowedReferralTargets(from: { status: string; substatus: string }): readonly string[] {
  return TRANSITIONS[`${from.status}/${from.substatus}`] ?? [];
}

/** What an OData list of referrals looks like. */
export interface ReferralPage {
  value: Referral[];
  '@odata.nextLink'?: string;
}
