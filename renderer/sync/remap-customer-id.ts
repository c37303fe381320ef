// When Partner Center creates a customer made offline, the local id gives way to the tenant id
// everywhere at once, in one transaction: the record, its billing profile, every queued
// operation that names it, and any conflict. Nothing can observe a half-renamed customer.
import { customerRecordKey } from '../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../data/database';

/** Must run inside a transaction covering customers, billingProfiles, outbox and conflicts. */
export async function remapCustomerId(db: PartnerDeskDatabase, localId: string, tenantId: string): Promise<void> {
  if (localId === tenantId) return;
  const customer = await db.customers.get(localId);
  if (customer) {
    await db.customers.delete(localId);
    await db.customers.put({ ...customer, id: tenantId });
  }
  const profile = await db.billingProfiles.get(localId);
  if (profile) {
    await db.billingProfiles.delete(localId);
    // The profile's own id stays as it is until Partner Center's answer fills it: a billing
    // profile's id is not the tenant id.
    await db.billingProfiles.put({ ...profile, customerId: tenantId });
  }
  const oldKey = customerRecordKey(localId);
  const newKey = customerRecordKey(tenantId);
  await db.outbox
    .where('recordKey')
    .equals(oldKey)
    .modify((operation) => {
      operation.recordKey = newKey;
      const payload = operation.payload;
      if ('customerId' in payload && payload.customerId === localId) payload.customerId = tenantId;
    });
  await db.conflicts
    .where('recordKey')
    .equals(oldKey)
    .modify((conflict) => {
      conflict.recordKey = newKey;
      conflict.customerId = tenantId;
    });
}
