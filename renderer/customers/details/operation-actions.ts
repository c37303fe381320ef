// What the user can do with a change Partner Center refused (or that met a conflict it cannot
// merge): send it again, possibly edited, or discard it. Sending again always uses a new
// MS-RequestId: Partner Center answered the old one, and a reused id with a new body is refused.
// Discarding puts back what Partner Center holds, so the screen never shows a change that will
// not happen. Each action is one transaction over the operation and the record it changed.
import type { NewCustomer } from '../../../shared/partner-center';
import type { OutboxOperation } from '../../../shared/sync/operations';
import { flatten, unflatten, type FlatRecord } from '../../../shared/sync/three-way-merge';
import { searchKey, type PartnerDeskDatabase } from '../../data/database';
import type { BillingProfileFields } from '../../data/records';
import { requeuedUnderNewRequestId } from '../../data/outbox';
import { openOperationsOf, refreshCustomerSyncState } from '../../sync/record-sync-state';
import { billingUpdateBody } from '../customer-mutations';

/** Operations the user may send again or discard. */
export const settleableStatuses: readonly OutboxOperation['status'][] = ['rejected', 'conflict'];

export class OperationNotSettleable extends Error {}

async function settleable(db: PartnerDeskDatabase, operationId: string): Promise<OutboxOperation> {
  const operation = await db.outbox.where('id').equals(operationId).first();
  if (!operation || !settleableStatuses.includes(operation.status)) {
    throw new OperationNotSettleable('This change was already sent or discarded.');
  }
  return operation;
}

export interface Resend {
  /** A new customer's corrected body (create-customer only). */
  customer?: NewCustomer;
  /** Corrected billing profile fields (update-billing-profile only). */
  billing?: BillingProfileFields;
}

export async function sendAgain(db: PartnerDeskDatabase, operationId: string, changes: Resend = {}): Promise<void> {
  await db.transaction('rw', [db.outbox, db.customers, db.billingProfiles, db.conflicts], async () => {
    const operation = await settleable(db, operationId);
    const next = requeuedUnderNewRequestId(operation, structuredClone(operation.payload));
    const payload = next.payload;
    if (payload.kind === 'create-customer' && changes.customer) {
      payload.customer = changes.customer;
      const { companyName } = changes.customer.billingProfile;
      const domain = changes.customer.companyProfile.domain;
      await db.customers.update(payload.localId, { companyName, domain, nameKey: searchKey(companyName), domainKey: searchKey(domain) });
      const { email, culture, language, defaultAddress } = changes.customer.billingProfile;
      await db.billingProfiles.put({
        customerId: payload.localId,
        current: { id: '', firstName: defaultAddress.firstName, lastName: defaultAddress.lastName, email, culture, language, companyName, defaultAddress },
      });
    }
    // Shown as ended again while it is on its way (a refused removal showed the relationship kept).
    if (payload.kind === 'remove-relationship') await db.customers.update(payload.customerId, { relationship: 'none' });
    if (payload.kind === 'update-billing-profile' && changes.billing) {
      payload.mine = flatten(billingUpdateBody(changes.billing));
      const profile = await db.billingProfiles.get(payload.customerId);
      if (profile) await db.billingProfiles.put({ ...profile, current: changes.billing });
    }
    await db.conflicts.delete(operation.id);
    await db.outbox.put(next);
    await refreshCustomerSyncState(db, operation.recordKey);
  });
}

export async function discard(db: PartnerDeskDatabase, operationId: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.customers, db.billingProfiles, db.conflicts], async () => {
    const operation = await settleable(db, operationId);
    const now = new Date().toISOString();
    await db.outbox.put({ ...operation, status: 'discarded', updatedAt: now });
    await db.conflicts.delete(operation.id);
    const payload = operation.payload;
    const others = (await openOperationsOf(db, operation.recordKey)).filter((other) => other.id !== operation.id);
    switch (payload.kind) {
      case 'create-customer': {
        // Partner Center never had this customer: it leaves the list, with whatever waited behind it.
        for (const other of others) await db.outbox.put({ ...other, status: 'discarded', updatedAt: now });
        await db.customers.delete(payload.localId);
        await db.billingProfiles.delete(payload.localId);
        return;
      }
      case 'update-billing-profile': {
        if (others.some((other) => other.payload.kind === 'update-billing-profile')) break;
        const profile = await db.billingProfiles.get(payload.customerId);
        if (profile?.server) {
          const { attributes: _attributes, ...fields } = profile.server;
          await db.billingProfiles.put({ ...profile, current: fields });
        } else if (profile) {
          // Never read from Partner Center: the base the edit started from is the best knowledge.
          await db.billingProfiles.put({ ...profile, current: { ...profile.current, ...(unflatten(payload.base as FlatRecord) as Partial<BillingProfileFields>) } });
        }
        break;
      }
      case 'remove-relationship': {
        if (others.some((other) => other.payload.kind === 'remove-relationship')) break;
        await db.customers.update(payload.customerId, { relationship: payload.previousRelationship });
        break;
      }
      default:
        break;
    }
    await refreshCustomerSyncState(db, operation.recordKey);
  });
}
