// Settling a billing-profile conflict field by field: for each field both sides changed, the
// user keeps theirs (Partner Center's), keeps mine, or types a merge. Fields only one side
// changed merge on their own. The operation then goes out again against what Partner Center
// holds now (theirs becomes the base), so the next push sends exactly the user's decisions and
// a colleague's newer edit would surface as a new conflict rather than be overwritten.
import { threeWayMerge, unflatten, type FieldConflict, type FlatRecord } from '../../../shared/sync/three-way-merge';
import type { PartnerDeskDatabase } from '../../data/database';
import type { BillingProfileFields, ConflictRecord } from '../../data/records';
import { requeuedUnderNewRequestId } from '../../data/outbox';
import { refreshCustomerSyncState } from '../../sync/record-sync-state';
import { OperationNotSettleable } from './operation-actions';

export type FieldChoice = { keep: 'theirs' } | { keep: 'mine' } | { keep: 'merged'; value: string };

export function chosenValue(conflict: FieldConflict, choice: FieldChoice): FlatRecord[string] {
  if (choice.keep === 'theirs') return conflict.theirs;
  if (choice.keep === 'mine') return conflict.mine;
  return choice.value;
}

/** The profile as it will be once the choices are applied. */
export function resolvedRecord(conflict: Pick<ConflictRecord, 'base' | 'mine' | 'theirs' | 'fields'>, choices: Record<string, FieldChoice>): FlatRecord {
  const { merged } = threeWayMerge(conflict.base, conflict.mine, conflict.theirs);
  for (const field of conflict.fields) merged[field.field] = chosenValue(field, choices[field.field] ?? { keep: 'theirs' });
  return merged;
}

export async function resolveConflict(db: PartnerDeskDatabase, operationId: string, choices: Record<string, FieldChoice>): Promise<void> {
  await db.transaction('rw', [db.outbox, db.conflicts, db.billingProfiles, db.customers], async () => {
    const conflict = await db.conflicts.get(operationId);
    const operation = await db.outbox.where('id').equals(operationId).first();
    if (!conflict || !operation || operation.status !== 'conflict' || operation.payload.kind !== 'update-billing-profile') {
      throw new OperationNotSettleable('This conflict was already settled.');
    }
    const resolved = resolvedRecord(conflict, choices);
    await db.outbox.put(requeuedUnderNewRequestId(operation, { ...operation.payload, base: conflict.theirs, mine: resolved }));
    await db.conflicts.delete(operationId);
    const profile = await db.billingProfiles.get(operation.payload.customerId);
    if (profile) await db.billingProfiles.put({ ...profile, current: { ...profile.current, ...(unflatten(resolved) as Partial<BillingProfileFields>) } });
    await refreshCustomerSyncState(db, operation.recordKey);
  });
}
