// When Partner Center creates a customer made offline, the local id gives way to the tenant id
// everywhere at once, in one transaction: the record, its billing profile, every queued
// operation that names it, and any conflict. Nothing can observe a half-renamed customer.
// The reads go out together and so do the writes: this runs once per created customer while a
// long queue drains, and each request awaited alone is one more round trip to IndexedDB.
import { customerRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';

export interface Remapped {
  /** The customer under its tenant id, if it was here under the local one. */
  customer?: CustomerRecord;
  /** The operations of the customer, now under the tenant id's record key. */
  operations: OutboxOperation[];
}

/** Must run inside a transaction covering customers, billingProfiles, outbox and conflicts. */
export async function remapCustomerId(db: PartnerDeskDatabase, localId: string, tenantId: string): Promise<Remapped> {
  const oldKey = customerRecordKey(localId);
  if (localId === tenantId) return { customer: await db.customers.get(localId), operations: await db.outbox.where('recordKey').equals(oldKey).toArray() };
  const newKey = customerRecordKey(tenantId);
  const [customer, profile, operations, conflicts] = await Promise.all([
    db.customers.get(localId),
    db.billingProfiles.get(localId),
    db.outbox.where('recordKey').equals(oldKey).toArray(),
    db.conflicts.where('recordKey').equals(oldKey).toArray(),
  ]);
  const remapped = operations.map((operation) => {
    const payload = operation.payload;
    return { ...operation, recordKey: newKey, payload: 'customerId' in payload && payload.customerId === localId ? { ...payload, customerId: tenantId } : payload } as OutboxOperation;
  });
  const renamed = customer ? { ...customer, id: tenantId } : undefined;
  const writes: Promise<unknown>[] = [];
  if (renamed) writes.push(db.customers.delete(localId), db.customers.put(renamed));
  // The profile's own id stays as it is until Partner Center's answer fills it: a billing
  // profile's id is not the tenant id.
  if (profile) writes.push(db.billingProfiles.delete(localId), db.billingProfiles.put({ ...profile, customerId: tenantId }));
  if (remapped.length > 0) writes.push(db.outbox.bulkPut(remapped));
  if (conflicts.length > 0) writes.push(db.conflicts.bulkPut(conflicts.map((conflict) => ({ ...conflict, recordKey: newKey, customerId: tenantId }))));
  await Promise.all(writes);
  return { customer: renamed, operations: remapped };
}
