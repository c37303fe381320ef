// The activity log (`/v1/auditrecords`): how Partner Desk learns what changed since its last sync
// without rescanning every customer.
import { z } from 'zod';

/** Operation types the emulator writes; the first five are Microsoft's, the rest are the emulator's names (see emulator/README.md). */
export const AUDIT_OPERATION_TYPES = [
  'add_customer',
  'update_customer_billing_profile',
  'update_customer_partner_contract_company_name',
  'remove_partner_customer_relationship',
  'update_subscription',
  'accept_reseller_relationship',
  'update_partner_organization_profile',
  'create_referral',
  'update_referral',
] as const;
export const auditOperationTypeSchema = z.enum(AUDIT_OPERATION_TYPES);
export type AuditOperationType = z.infer<typeof auditOperationTypeSchema>;

export const auditRecordSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  customerId: z.string().optional(),
  customerName: z.string().optional(),
  userPrincipalName: z.string(),
  resourceType: z.string(),
  resourceOldValue: z.string().optional(),
  resourceNewValue: z.string().optional(),
  operationType: auditOperationTypeSchema,
  operationStatus: z.literal('succeeded'),
  operationDate: z.string(),
  customizedData: z.array(z.object({ key: z.string(), value: z.string() })),
  /** The MS-CorrelationId of the call that made the change: Partner Desk's own changes carry their operation's id. */
  originalCorrelationId: z.string().optional(),
  attributes: z.object({ objectType: z.literal('AuditRecord') }),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;
