// The control API's request and response shapes (`/_emulator/...`), declared once for the server and
// for EmulatorControl, the typed client tests use.
import { z } from 'zod';
import type { BillingProfile, Customer, Referral, Subscription } from '../shared/partner-center';
import { faultPlanSchema, type FaultRule } from './faults';
import type { SeedResult } from './seed/seed-customers';
import type { LoggedRequest } from './store/request-log';
import type { SentMail } from './store/mailbox';

export const seedRequestSchema = z.object({
  customers: z.number().int().min(0).max(1_000_000),
  seed: z.number().int().default(1),
  /** Incoming referrals to add as well; default min(25, ceil(customers / 20)). */
  referrals: z.number().int().min(0).max(10_000).optional(),
});
export type SeedRequest = z.input<typeof seedRequestSchema>;
export interface SeedResponse extends SeedResult {
  referrals: number;
}

export const resetRequestSchema = z.object({ customers: z.number().int().min(0).max(1_000_000).optional(), seed: z.number().int().optional() });
export type ResetRequest = z.input<typeof resetRequestSchema>;

export const tokenRequestSchema = z.object({ expiresInSeconds: z.number().int().min(1).max(86_400).optional() });
export type TokenRequest = z.input<typeof tokenRequestSchema>;
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

export { faultPlanSchema };
export type FaultsRequest = z.input<typeof faultPlanSchema>;
export type { FaultRule };

export const acceptInvitationSchema = z.object({
  domain: z.string().min(1),
  companyName: z.string().min(1).max(255).optional(),
  country: z.string().length(2).optional(),
  delegatedAdmin: z.boolean().optional(),
});
export type AcceptInvitationRequest = z.input<typeof acceptInvitationSchema>;

/** Fields another user changes in a billing profile; the address may be partial. */
export const changeBillingSchema = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  culture: z.string().optional(),
  language: z.string().optional(),
  companyName: z.string().optional(),
  defaultAddress: z.record(z.string(), z.string()).optional(),
});
export type BillingChange = z.input<typeof changeBillingSchema>;

export const renameSchema = z.object({ companyName: z.string() });
export const removeRelationshipRequestSchema = z.object({ force: z.boolean().optional() });

export const addSubscriptionSchema = z.object({
  offerName: z.string().optional(),
  status: z.enum(['active', 'suspended', 'deleted']).optional(),
  quantity: z.number().int().min(1).optional(),
});
export type AddSubscriptionRequest = z.input<typeof addSubscriptionSchema>;

export const createReferralSchema = z.object({
  name: z.string().optional(),
  customerName: z.string().optional(),
  country: z.string().length(2).optional(),
  dealValue: z.number().nonnegative().optional(),
  currency: z.string().length(3).optional(),
  type: z.enum(['Independent', 'Shared']).optional(),
  createdDateTime: z.iso.datetime({ offset: true }).optional(),
  notes: z.string().optional(),
});
export type CreateReferralRequest = z.input<typeof createReferralSchema>;

export const throttleSchema = z.object({ perMinute: z.number().int().min(1) });
export const clockSchema = z.object({
  advanceMs: z.number().int().optional(),
  advanceDays: z.number().optional(),
  now: z.iso.datetime({ offset: true }).optional(),
  reset: z.boolean().optional(),
});
export type ClockRequest = z.input<typeof clockSchema>;

export interface EmulatorState {
  customers: number;
  invitationsAccepted: number;
  mail: number;
  referrals: number;
  subscriptions: number;
  requests: number;
  faults: FaultRule[];
  throttlePerMinute: number;
  now: string;
  partnerId: string;
}

export type { BillingProfile, Customer, LoggedRequest, Referral, SentMail, Subscription };
