// When Partner Center creates a customer made offline, the local id gives way to the tenant id
// everywhere at once, in the transaction that settles the creation: the record, its billing
// profile, every queued operation that names it, and any conflict. Nothing can observe a
// half-renamed customer. Everything is read side by side, worked out in memory, then written side
// by side, the record already carrying Partner Center's answer and its badge: this runs once per
// created customer while a long queue drains, and every step awaited alone is one more round trip
// to IndexedDB inside a transaction the rest of the queue waits for.
import type { CreatedCustomer } from '../../shared/partner-center-calls';
import { customerRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import { noteCredentialsWaiting } from '../customers/credentials-waiting';
import { searchKey, type PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';
import { syncStateOf } from './record-sync-state';
import { billingProfileFromServer, isBillingEditWaiting } from './server-billing-profile';
import { operationsOfRecord } from '../data/outbox';

/**
 * Settles the creation of a customer: `acknowledged` is its operation, settled. Must run inside a
 * transaction covering customers, billingProfiles, outbox, conflicts and meta. Returns the
 * operation as written (under the tenant id's record key).
 */
export async function settleCreatedCustomer(db: PartnerDeskDatabase, acknowledged: OutboxOperation, localId: string, created: CreatedCustomer): Promise<OutboxOperation> {
  const tenantId = created.id;
  const moving = localId !== tenantId;
  const oldKey = customerRecordKey(localId);
  const newKey = customerRecordKey(tenantId);
  const [local, atTenant, localProfile, tenantProfile, operations] = await Promise.all([
    db.customers.get(localId),
    moving ? db.customers.get(tenantId) : undefined,
    db.billingProfiles.get(localId),
    moving ? db.billingProfiles.get(tenantId) : undefined,
    operationsOfRecord(db, oldKey).toArray(),
  ]);
  // A conflict record lives exactly as long as its operation is in conflict (resolving, discarding
  // or retrying one deletes it), so there is none to move unless one of these is: reading the
  // conflicts for every customer created cost a request each while a queue drained.
  const conflicts = moving && operations.some((operation) => operation.status === 'conflict') ? await db.conflicts.where('recordKey').equals(oldKey).toArray() : [];

  const rename = (operation: OutboxOperation): OutboxOperation => {
    const payload = operation.payload;
    return { ...operation, recordKey: newKey, payload: 'customerId' in payload && payload.customerId === localId ? { ...payload, customerId: tenantId } : payload } as OutboxOperation;
  };
  const moved = operations.filter((operation) => operation.seq !== acknowledged.seq).map(rename);
  const settled = rename(acknowledged);
  moved.push(settled);

  const before = local ? { ...local, id: tenantId } : atTenant;
  // A removal the user queued behind the creation keeps showing "ended": the server's fresh
  // "reseller" must not reopen it, or the user ends it twice (found by the simulation).
  const removalWaiting = moved.some((operation) => operation.payload.kind === 'remove-relationship' && operation.status !== 'acknowledged' && operation.status !== 'discarded');
  const customer: CustomerRecord | undefined = before && {
    ...before,
    companyName: created.companyProfile.companyName,
    domain: created.companyProfile.domain,
    nameKey: searchKey(created.companyProfile.companyName),
    domainKey: searchKey(created.companyProfile.domain),
    relationship: removalWaiting ? before.relationship : created.relationshipToPartner,
    credentialsWaiting: created.credentialsKept,
    sync: syncStateOf(moved),
  };

  // The profile's own id stays as it is until Partner Center's answer fills it: a billing
  // profile's id is not the tenant id.
  const profileBefore = localProfile ? { ...localProfile, customerId: tenantId } : tenantProfile;
  const profile = created.billingProfile ? billingProfileFromServer(tenantId, created.billingProfile, profileBefore, moved.some(isBillingEditWaiting)) : profileBefore;

  const writes: Promise<unknown>[] = [db.outbox.bulkPut(moved)];
  if (moving && local) writes.push(db.customers.delete(localId));
  if (customer) writes.push(db.customers.put(customer));
  if (moving && localProfile) writes.push(db.billingProfiles.delete(localId));
  if (profile) writes.push(db.billingProfiles.put(profile));
  if (conflicts.length > 0) writes.push(db.conflicts.bulkPut(conflicts.map((conflict) => ({ ...conflict, recordKey: newKey, customerId: tenantId }))));
  if (created.credentialsKept) writes.push(noteCredentialsWaiting(db, tenantId));
  await Promise.all(writes);
  return settled;
}
