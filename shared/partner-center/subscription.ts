// A customer's subscription. Partner Desk reads them to know whether a relationship can be ended:
// Partner Center refuses while any is `active` (an Azure plan counts too).
import { z } from 'zod';

export const SUBSCRIPTION_STATUSES = ['active', 'suspended', 'deleted'] as const;
export const subscriptionStatusSchema = z.enum(SUBSCRIPTION_STATUSES);
export type SubscriptionStatus = z.infer<typeof subscriptionStatusSchema>;

export const subscriptionSchema = z.object({
  id: z.string(),
  offerId: z.string(),
  offerName: z.string(),
  friendlyName: z.string(),
  quantity: z.number().int(),
  unitType: z.string(),
  creationDate: z.string(),
  effectiveStartDate: z.string(),
  commitmentEndDate: z.string(),
  autoRenewEnabled: z.boolean(),
  status: subscriptionStatusSchema,
  billingCycle: z.string(),
  termDuration: z.string(),
  attributes: z.object({ objectType: z.literal('Subscription'), etag: z.string() }),
});
export type Subscription = z.infer<typeof subscriptionSchema>;
