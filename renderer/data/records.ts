// What Partner Desk keeps in IndexedDB. Records are plain data (IndexedDB stores structured
// clones), named as the partner speaks of them. Local ids for records not yet known to Partner
// Center start with "local:" and are replaced by the tenant id when Partner Center creates them.
import type { BillingProfile, RelationshipToPartner, Subscription } from '../../shared/partner-center';
import type { FieldConflict, FlatRecord } from '../../shared/sync/three-way-merge';
import type { OutboxOperation } from '../../shared/sync/operations';

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
  /** When a pull last saw this customer in Partner Center's list. */
  seenAt?: string;
}

export interface BillingProfileRecord {
  customerId: string;
  /** What the user sees: the server's profile with local edits on top. */
  current: Omit<BillingProfile, 'attributes'> & { attributes?: BillingProfile['attributes'] };
  /** The last profile Partner Center answered, with its etag: the base of a three-way merge. */
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

export interface MetaRecord {
  key: string;
  value: unknown;
}

export type { OutboxOperation };
