// The outbox operations: every change a user makes that must reach Partner Center, Referrals or
// Graph. An operation is queued in the same IndexedDB transaction as the change it carries, gets
// its MS-RequestId at that moment, and keeps it through every retry and restart, so a retry after
// a timeout can never apply the change twice.
import type { NewCustomer, ReferralPatchOperation, RelationshipToPartner, SendMailRequest } from '../partner-center';
import type { FlatRecord } from './three-way-merge';

export type OperationStatus =
  | 'queued' // waiting for its turn (or for its retry time)
  | 'in-flight' // being sent by the leader
  | 'acknowledged' // Partner Center took it; kept as history
  | 'rejected' // refused with the server's words; waits for the user to edit or discard
  | 'conflict' // the same fields changed on both sides; waits for the user to choose
  | 'delivery-unknown' // a mail may or may not have gone out; the user decides (never resent alone)
  | 'discarded'; // the user dropped it

/** Statuses that still count as "waiting to reach Partner Center". */
export const pendingStatuses: readonly OperationStatus[] = ['queued', 'in-flight'];
/** Statuses that need the user. */
export const attentionStatuses: readonly OperationStatus[] = ['rejected', 'conflict', 'delivery-unknown'];

export type OperationPayload =
  | { kind: 'create-customer'; localId: string; customer: NewCustomer }
  | { kind: 'update-billing-profile'; customerId: string; base: FlatRecord; mine: FlatRecord }
  | { kind: 'remove-relationship'; customerId: string; previousRelationship: RelationshipToPartner }
  | { kind: 'send-mail'; invitationId: string; message: SendMailRequest }
  | { kind: 'patch-referral'; referralId: string; patch: ReferralPatchOperation[]; etag: string }
  | { kind: 'update-organization-profile'; base: FlatRecord; mine: FlatRecord };

export type OperationKind = OperationPayload['kind'];

export interface OutboxOperation {
  /** Insertion order; Dexie assigns it. Per-record FIFO follows it. */
  seq?: number;
  /** Stable id of the operation, generated when it was queued. */
  id: string;
  /**
   * The MS-RequestId of the call: the operation's id for its first body. Only when the body must
   * change (a billing edit re-merged over a newer server profile) does it get a new one, recorded
   * in `requestIds`, because Partner Center refuses a reused id with a different body.
   */
  requestId: string;
  requestIds: string[];
  /** The record it changes, e.g. `customer:<id>`; operations on one record go strictly in order. */
  recordKey: string;
  payload: OperationPayload;
  status: OperationStatus;
  attempts: number;
  /** Epoch ms before which it must not be sent (backoff, Retry-After). */
  notBefore: number;
  createdAt: string;
  updatedAt: string;
  lastError?: { kind: string; message: string; code?: string; status?: number };
  /** The etag the current request id was sent against; a newer server etag means a new body. */
  sentWithEtag?: string;
  /** A previous attempt may have taken effect (timeout, 5xx, drop): the retry relies on MS-RequestId. */
  ambiguous?: boolean;
}

export const customerRecordKey = (customerId: string) => `customer:${customerId}`;
export const invitationRecordKey = (invitationId: string) => `invitation:${invitationId}`;
export const referralRecordKey = (referralId: string) => `referral:${referralId}`;
export const organizationRecordKey = 'organization-profile';

export function isLocalId(id: string): boolean {
  return id.startsWith('local:');
}
