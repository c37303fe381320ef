// What Partner Desk keeps in IndexedDB. Records are plain data (IndexedDB stores structured
// clones), named as the partner speaks of them. Local ids for records not yet known to Partner
// Center start with "local:" and are replaced by the tenant id when Partner Center creates them.
import type { BillingProfile, PartnerRelationship, Referral, RelationshipToPartner, Subscription } from '../../shared/partner-center';
import type { FieldConflict, FlatRecord } from '../../shared/sync/three-way-merge';

export type { OutboxOperation } from '../../shared/sync/operations';

export type RecordSyncState = 'synced' | 'pending' | 'conflict' | 'rejected';

export interface CustomerRecord {
  /** Tenant id ("Microsoft ID"), or `local:<uuid>` until Partner Center has created the customer. */
  id: string;
  companyName: string;
  domain: string;
  relationship: RelationshipToPartner;
  /** The indirect reseller the customer is associated with (indirect providers only). */
  associatedPartnerId?: string;
  /** Lower-cased copies for case-insensitive prefix search through indexes. */
  nameKey: string;
  domainKey: string;
  sync: RecordSyncState;
  /** When a full list pass (first sync or reconcile) last saw this customer. */
  seenInPass?: string;
  /** Partner Center returned admin credentials that the user has not yet confirmed saving. */
  credentialsWaiting?: boolean;
}

export type BillingProfileFields = Omit<BillingProfile, 'attributes'>;

export interface BillingProfileRecord {
  customerId: string;
  /** What the user sees: the server's profile with local edits on top. */
  current: BillingProfileFields;
  /** The last profile Partner Center answered, with its etag. */
  server?: BillingProfile;
}

export interface SubscriptionRecord extends Subscription {
  customerId: string;
}

export interface ConflictRecord {
  /** The outbox operation that met the conflict. */
  operationId: string;
  recordKey: string;
  customerId?: string;
  fields: FieldConflict[];
  base: FlatRecord;
  mine: FlatRecord;
  theirs: FlatRecord;
  /** The etag of "theirs", for the PUT that resolves the conflict. */
  theirsEtag?: string;
  createdAt: string;
}

export type InvitationStatus = 'pending' | 'sent' | 'delivery-unknown' | 'accepted' | 'cancelled';

export interface InvitationRecord {
  id: string;
  recipientName: string;
  recipientEmail: string;
  companyName: string;
  expectedDomain: string;
  expectedDomainKey: string;
  delegatedAdmin: boolean;
  language: 'en' | 'it';
  note: string;
  delivery: 'graph' | 'mail-app' | 'clipboard';
  status: InvitationStatus;
  createdAt: string;
  sentAt?: string;
  acceptedAt?: string;
  customerId?: string;
}

export interface ReferralRecord extends Referral {
  sync: RecordSyncState;
}

export type IndirectPartnerRecord = PartnerRelationship;

export interface MetaRecord {
  key: string;
  value: unknown;
}
