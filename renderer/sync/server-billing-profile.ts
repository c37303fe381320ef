// A billing profile as Partner Center answered it becomes the local base, while edits the user
// still waits on stay on top. Used wherever a fresh profile arrives: a pull, an acknowledged edit,
// a created customer (which works it out in memory inside its settle, so the rules live here once).
import type { BillingProfile } from '../../shared/partner-center';
import { customerRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import type { BillingProfileRecord } from '../data/records';
import type { SyncContext } from './sync-context';
import { operationsOfRecord } from '../data/outbox';

/** Billing edits the user still waits on: while one is open, local fields stay on top. */
export const isBillingEditWaiting = (operation: OutboxOperation) =>
  operation.payload.kind === 'update-billing-profile' && ['queued', 'in-flight', 'conflict', 'rejected'].includes(operation.status);

/** The record to keep for a profile Partner Center answered, given what is held and whether edits wait. */
export function billingProfileFromServer(customerId: string, server: BillingProfile, existing: BillingProfileRecord | undefined, editsWaiting: boolean): BillingProfileRecord {
  const { attributes: _attributes, ...fields } = server;
  // Local edits stay on top, but the profile's id is always the one Partner Center gave it.
  return { customerId, server, current: editsWaiting && existing ? { ...existing.current, id: server.id } : fields };
}

/** The server's billing profile becomes the base; what the user sees follows it unless edits wait. */
export async function applyServerBillingProfile(context: SyncContext, customerId: string, server: BillingProfile): Promise<void> {
  const { db } = context;
  const [existing, editsWaiting] = await Promise.all([
    db.billingProfiles.get(customerId),
    operationsOfRecord(db, customerRecordKey(customerId)).filter(isBillingEditWaiting).count(),
  ]);
  await db.billingProfiles.put(billingProfileFromServer(customerId, server, existing, editsWaiting > 0));
}
