// A customer's sync badge follows from its open outbox operations: conflict beats rejected beats
// pending; with none open it is synced. Recomputed inside the transaction that changes them.
import type { OutboxOperation } from '../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../data/database';
import { operationsOfRecord } from '../data/outbox';
import type { RecordSyncState } from '../data/records';

export function syncStateOf(operations: readonly OutboxOperation[]): RecordSyncState {
  if (operations.some((operation) => operation.status === 'conflict')) return 'conflict';
  if (operations.some((operation) => operation.status === 'rejected' || operation.status === 'delivery-unknown')) return 'rejected';
  if (operations.some((operation) => operation.status === 'queued' || operation.status === 'in-flight')) return 'pending';
  return 'synced';
}

export function openOperationsOf(db: PartnerDeskDatabase, recordKey: string): Promise<OutboxOperation[]> {
  return operationsOfRecord(db, recordKey)
    .filter((operation) => operation.status !== 'acknowledged' && operation.status !== 'discarded')
    .toArray();
}

/** Refreshes the badge of the customer behind `recordKey`, if it is a customer. */
export async function refreshCustomerSyncState(db: PartnerDeskDatabase, recordKey: string): Promise<void> {
  if (!recordKey.startsWith('customer:')) return;
  const customerId = recordKey.slice('customer:'.length);
  const [operations, customer] = await Promise.all([openOperationsOf(db, recordKey), db.customers.get(customerId)]);
  const state = syncStateOf(operations);
  if (customer && customer.sync !== state) await db.customers.put({ ...customer, sync: state });
}
