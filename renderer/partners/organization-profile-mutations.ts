// Local-first changes to the partner's organization profile (architecture §1): each writes what the
// user sees (the edit kept beside Partner Center's copy in `meta`) and its outbox operation in one
// transaction, so the screen shows the change at once, marked pending, and the sync engine sends it
// (operation-handlers.ts: fresh GET, three-way merge, PUT with If-Match) exactly once.
// Also what the user does with a refused or conflicting change: send again (with a new
// MS-RequestId, since Partner Center answered the old one), resolve field by field, or discard.
import type { OrganizationProfile } from '../../shared/partner-center';
import { organizationRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import { flatten, unflatten } from '../../shared/sync/three-way-merge';
import { resolvedRecord, type FieldChoice } from '../customers/details/conflict-resolution';
import type { PartnerDeskDatabase } from '../data/database';
import { newOperation, requeuedUnderNewRequestId } from '../data/outbox';
import { organizationProfileKey } from '../invitations/invitation-actions';
import { openOperationsOf } from '../sync/record-sync-state';
import { profileFields, shownProfile, type OrganizationProfileEdit, type OrganizationProfileFields } from './organization-profile';

/** Where the user's change waits beside Partner Center's copy (`organizationProfile`). */
export const organizationProfileEditKey = 'organizationProfile.edit';

/** A change the screen must refuse; `reason` picks the sentence in the user's language. */
export class ProfileChangeRefused extends Error {
  constructor(
    readonly reason: 'notLoaded' | 'conflictWaiting' | 'alreadySettled',
    message: string,
  ) {
    super(message);
  }
}

export async function readServerProfile(db: PartnerDeskDatabase): Promise<OrganizationProfile | null> {
  return ((await db.meta.get(organizationProfileKey))?.value as OrganizationProfile | undefined) ?? null;
}

export async function readProfileEdit(db: PartnerDeskDatabase): Promise<OrganizationProfileEdit | null> {
  return ((await db.meta.get(organizationProfileEditKey))?.value as OrganizationProfileEdit | undefined) ?? null;
}

/** Everything the profile tab shows, read together so a live query sees one consistent moment. */
export async function readShownProfile(db: PartnerDeskDatabase) {
  const [server, edit, operations] = await Promise.all([readServerProfile(db), readProfileEdit(db), openOperationsOf(db, organizationRecordKey)]);
  const shown = shownProfile(server, edit, operations);
  const conflict = shown?.operation?.status === 'conflict' ? ((await db.conflicts.get(shown.operation.id)) ?? null) : null;
  return { shown, conflict };
}

const putEdit = (db: PartnerDeskDatabase, current: OrganizationProfileFields) =>
  db.meta.put({ key: organizationProfileEditKey, value: { current, editedAt: new Date().toISOString() } satisfies OrganizationProfileEdit });

/** A waiting operation sent again: new request id, a fresh try, nothing left of the last answer. */
function requeued(operation: OutboxOperation, mine?: OrganizationProfileFields): OutboxOperation {
  const payload = operation.payload;
  return requeuedUnderNewRequestId(operation, mine && payload.kind === 'update-organization-profile' ? { ...payload, mine: flatten(mine) } : payload);
}

/** Saves the edited profile and queues it for Partner Center; returns false when nothing changed. */
export async function updateOrganizationProfile(db: PartnerDeskDatabase, next: OrganizationProfileFields): Promise<boolean> {
  return db.transaction('rw', [db.meta, db.outbox, db.conflicts], async () => {
    const server = await readServerProfile(db);
    const open = await openOperationsOf(db, organizationRecordKey);
    const shown = shownProfile(server, await readProfileEdit(db), open);
    if (!shown) throw new ProfileChangeRefused('notLoaded', 'The organization profile has not been fetched from Partner Center yet.');
    if (shown.state === 'conflict') throw new ProfileChangeRefused('conflictWaiting', 'A conflict waits for the user.');
    const mine = flatten(next);
    const current = flatten(shown.fields);
    const changed = Object.keys({ ...mine, ...current }).some((field) => (mine[field] ?? null) !== (current[field] ?? null));
    if (!changed && shown.state !== 'rejected') return false;

    const refused = open.find((operation) => operation.status === 'rejected');
    const last = open.at(-1);
    if (refused) {
      // The user corrected what Partner Center refused: the same change goes again, edited.
      await db.outbox.put(requeued(refused, next));
    } else if (last && last.status === 'queued' && last.attempts === 0) {
      // Not yet sent: edits that have not left are one change, from the base they started on.
      await db.outbox.put({ ...last, payload: { kind: 'update-organization-profile', base: (last.payload as { base: typeof mine }).base, mine }, updatedAt: new Date().toISOString() });
    } else {
      await db.outbox.add(newOperation(organizationRecordKey, { kind: 'update-organization-profile', base: current, mine }));
    }
    await putEdit(db, next);
    return true;
  });
}

async function settleable(db: PartnerDeskDatabase, operationId: string): Promise<OutboxOperation> {
  const operation = await db.outbox.where('id').equals(operationId).first();
  if (!operation || operation.payload.kind !== 'update-organization-profile' || (operation.status !== 'rejected' && operation.status !== 'conflict')) {
    throw new ProfileChangeRefused('alreadySettled', 'This change was already sent or discarded.');
  }
  return operation;
}

/** Sends a refused (or unmergeable) change again as it is; the push merges it over the latest profile. */
export async function sendProfileAgain(db: PartnerDeskDatabase, operationId: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.conflicts], async () => {
    const operation = await settleable(db, operationId);
    await db.conflicts.delete(operation.id);
    await db.outbox.put(requeued(operation));
  });
}

/** Drops the change: the screen goes back to what Partner Center holds. */
export async function discardProfileChange(db: PartnerDeskDatabase, operationId: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.conflicts, db.meta], async () => {
    const operation = await settleable(db, operationId);
    await db.outbox.put({ ...operation, status: 'discarded', updatedAt: new Date().toISOString() });
    await db.conflicts.delete(operation.id);
    const others = (await openOperationsOf(db, organizationRecordKey)).filter((other) => other.id !== operation.id);
    if (others.length === 0) {
      await db.meta.delete(organizationProfileEditKey);
    } else if (operation.payload.kind === 'update-organization-profile') {
      // Later edits still wait: they carry on from the server's copy without this change's fields.
      const server = await readServerProfile(db);
      if (server) await putEdit(db, { ...profileFields(server), ...(unflatten((others.at(-1)!.payload as { mine: Record<string, string> }).mine) as Partial<OrganizationProfileFields>) });
    }
  });
}

/**
 * Settles a conflict field by field. The operation goes out again against what Partner Center holds
 * now (theirs becomes the base), so the push sends exactly the user's decisions and a colleague's
 * newer edit would surface as a new conflict rather than be overwritten.
 */
export async function resolveProfileConflict(db: PartnerDeskDatabase, operationId: string, choices: Record<string, FieldChoice>): Promise<void> {
  await db.transaction('rw', [db.outbox, db.conflicts, db.meta], async () => {
    const operation = await settleable(db, operationId);
    const conflict = await db.conflicts.get(operationId);
    if (operation.status !== 'conflict' || !conflict || operation.payload.kind !== 'update-organization-profile') {
      throw new ProfileChangeRefused('alreadySettled', 'This conflict was already settled.');
    }
    const resolved = resolvedRecord(conflict, choices);
    const next = requeued(operation);
    next.payload = { kind: 'update-organization-profile', base: conflict.theirs, mine: resolved };
    await db.outbox.put(next);
    await db.conflicts.delete(operationId);
    const edit = await readProfileEdit(db);
    const shown = unflatten(resolved) as Partial<OrganizationProfileFields>;
    await putEdit(db, { ...(edit?.current ?? (shown as OrganizationProfileFields)), ...shown } as OrganizationProfileFields);
  });
}
