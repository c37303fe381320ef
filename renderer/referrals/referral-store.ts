// Referrals in IndexedDB: Partner Center's copy applied under the user's waiting answers, and the
// answers themselves (accept, decline, won, lost) written with their outbox operation in one
// transaction. Only one answer per referral waits at a time: each PATCH carries the eTag it was
// made against, and a second answer queued behind the first would always meet a stale eTag.
import type { PartnerCenterPort } from '../../shared/partner-center-calls';
import type { IpcError } from '../../shared/ipc/envelope';
import { isAllowedReferralTransition, REFERRAL_STATUSES, type Referral, type ReferralPatchOperation } from '../../shared/partner-center';
import { referralRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import type { FlatRecord } from '../../shared/sync/three-way-merge';
import type { PartnerDeskDatabase } from '../data/database';
import { newOperation, operationsOfRecord } from '../data/outbox';
import type { ConflictRecord, ReferralRecord } from '../data/records';
import { applyPatch, conflictFields, isValidPatch, targetOf, type Answer } from './referral';

/** Partner Center's latest copy of a referral the user has an answer waiting on. */
const serverCopyKey = (referralId: string) => `referrals.server:${referralId}`;
/** The referral as it was when the user answered, for showing what changed on both sides. */
const baseCopyKey = (referralId: string) => `referrals.base:${referralId}`;

export const referralsPulledAtKey = 'referrals.pulledAt';

export class ReferralRefused extends Error {
  constructor(readonly reason: 'not-found' | 'not-allowed' | 'answer-waiting' | 'invalid' | 'no-server-copy') {
    super(reason);
  }
}

const open = (operation: OutboxOperation) => operation.status !== 'acknowledged' && operation.status !== 'discarded';

function openOperationsOf(db: PartnerDeskDatabase, referralId: string): Promise<OutboxOperation[]> {
  return operationsOfRecord(db, referralRecordKey(referralId)).filter(open).toArray();
}

/**
 * Writes Partner Center's referrals. A referral with an answer still open keeps what the user
 * sees; its server copy is kept aside, and a conflict on it learns what Partner Center holds now.
 */
export async function applyServerReferrals(db: PartnerDeskDatabase, referrals: readonly Referral[], now: number): Promise<number> {
  return db.transaction('rw', [db.referrals, db.outbox, db.conflicts, db.meta], async () => {
    let written = 0;
    for (const server of referrals) {
      const operations = await openOperationsOf(db, server.id);
      if (operations.length === 0) {
        const local = await db.referrals.get(server.id);
        // A list read that left before an answer was acknowledged may land after it (the inbox
        // refreshes from any window while the leader pushes): never step back to an older copy.
        if (local?.sync === 'synced' && server.updatedDateTime < local.updatedDateTime) continue;
        if (!local || local.eTag !== server.eTag || local.sync !== 'synced' || local.updatedDateTime !== server.updatedDateTime || local.status !== server.status) {
          await db.referrals.put({ ...server, sync: 'synced' });
          written += 1;
        }
        await db.meta.bulkDelete([serverCopyKey(server.id), baseCopyKey(server.id)]);
        continue;
      }
      await db.meta.put({ key: serverCopyKey(server.id), value: server });
      const base = (await db.meta.get(baseCopyKey(server.id)))?.value as Referral | undefined;
      for (const operation of operations) {
        if (operation.status !== 'conflict' || operation.payload.kind !== 'patch-referral') continue;
        const conflict = await db.conflicts.get(operation.id);
        if (!conflict) continue;
        const fields = conflictFields(operation.payload.patch, base, server);
        const theirs: FlatRecord = Object.fromEntries(fields.map((field) => [field.field, field.theirs]));
        await db.conflicts.put({ ...conflict, fields, theirs, theirsEtag: server.eTag });
      }
    }
    await db.meta.put({ key: referralsPulledAtKey, value: new Date(now).toISOString() });
    return written;
  });
}

/** Reads every referral from Partner Center, inbox by inbox, and applies them. */
export async function pullReferrals(db: PartnerDeskDatabase, port: Pick<PartnerCenterPort, 'listReferrals'>, now: number): Promise<IpcError | null> {
  const all: Referral[] = [];
  // One call per status: each answers up to a page, and New and Active must never be crowded out by Closed.
  for (const status of REFERRAL_STATUSES) {
    const answer = await port.listReferrals({ status });
    if (!answer.ok) return answer.error;
    all.push(...answer.value);
  }
  await applyServerReferrals(db, all, now);
  return null;
}

/** Answers a referral locally and queues the PATCH; refused when the documented lifecycle forbids it. */
export async function answerReferral(db: PartnerDeskDatabase, referralId: string, answer: Answer, patch: ReferralPatchOperation[], now = Date.now()): Promise<ReferralRecord> {
  return db.transaction('rw', [db.referrals, db.outbox, db.meta], async () => {
    const local = await db.referrals.get(referralId);
    if (!local) throw new ReferralRefused('not-found');
    if ((await openOperationsOf(db, referralId)).length > 0) throw new ReferralRefused('answer-waiting');
    if (!isAllowedReferralTransition(local, targetOf(answer))) throw new ReferralRefused('not-allowed');
    if (!isValidPatch(patch)) throw new ReferralRefused('invalid');
    const { sync: _sync, ...server } = local;
    await db.meta.put({ key: baseCopyKey(referralId), value: server });
    const next: ReferralRecord = { ...applyPatch(local, patch, now), sync: 'pending' };
    await db.referrals.put(next);
    await db.outbox.add(newOperation(referralRecordKey(referralId), { kind: 'patch-referral', referralId, patch, etag: local.eTag }, new Date(now)));
    return next;
  });
}

async function openAnswer(db: PartnerDeskDatabase, referralId: string): Promise<OutboxOperation & { payload: { kind: 'patch-referral' } }> {
  const operation = (await openOperationsOf(db, referralId)).find((candidate) => candidate.payload.kind === 'patch-referral');
  if (!operation || operation.payload.kind !== 'patch-referral') throw new ReferralRefused('not-found');
  return operation as OutboxOperation & { payload: { kind: 'patch-referral' } };
}

async function serverCopyOf(db: PartnerDeskDatabase, referralId: string): Promise<Referral | undefined> {
  return ((await db.meta.get(serverCopyKey(referralId)))?.value as Referral | undefined) ?? ((await db.meta.get(baseCopyKey(referralId)))?.value as Referral | undefined);
}

/**
 * Drops the user's waiting or refused answer (and a conflict on it): the referral goes back to
 * Partner Center's copy. An answer already on its way cannot be taken back.
 */
export async function discardAnswer(db: PartnerDeskDatabase, referralId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.referrals, db.outbox, db.conflicts, db.meta], async () => {
    const operation = await openAnswer(db, referralId);
    if (operation.status === 'in-flight') throw new ReferralRefused('answer-waiting');
    await db.outbox.update(operation.seq!, { status: 'discarded', updatedAt: new Date(now).toISOString() });
    await db.conflicts.delete(operation.id);
    const server = await serverCopyOf(db, referralId);
    if (server) await db.referrals.put({ ...server, sync: 'synced' });
    await db.meta.bulkDelete([serverCopyKey(referralId), baseCopyKey(referralId)]);
  });
}

/**
 * After a conflict: sends the same answer again over Partner Center's current copy (its eTag),
 * when the lifecycle still allows it from there.
 */
export async function answerAgainOverTheirs(db: PartnerDeskDatabase, referralId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.referrals, db.outbox, db.conflicts, db.meta], async () => {
    const operation = await openAnswer(db, referralId);
    const theirs = (await db.meta.get(serverCopyKey(referralId)))?.value as Referral | undefined;
    if (!theirs) throw new ReferralRefused('no-server-copy');
    const status = operation.payload.patch.find((change) => change.path === '/status')?.value as Referral['status'];
    const substatus = operation.payload.patch.find((change) => change.path === '/substatus')?.value as Referral['substatus'];
    if (!isAllowedReferralTransition(theirs, { status, substatus }) || (theirs.status === status && theirs.substatus === substatus)) {
      throw new ReferralRefused('not-allowed');
    }
    await db.outbox.update(operation.seq!, { status: 'discarded', updatedAt: new Date(now).toISOString() });
    await db.conflicts.delete(operation.id);
    await db.meta.put({ key: baseCopyKey(referralId), value: theirs });
    await db.referrals.put({ ...applyPatch(theirs, operation.payload.patch, now), sync: 'pending' });
    await db.outbox.add(newOperation(referralRecordKey(referralId), { kind: 'patch-referral', referralId, patch: operation.payload.patch, etag: theirs.eTag }, new Date(now)));
  });
}

/** For showing Partner Center's side next to the user's answer. */
export async function readServerCopy(db: PartnerDeskDatabase, referralId: string): Promise<Referral | undefined> {
  return (await db.meta.get(serverCopyKey(referralId)))?.value as Referral | undefined;
}

/** A user's answer that has not settled yet, with what the screen needs to show about it. */
export interface OpenAnswer {
  operation: OutboxOperation & { payload: { kind: 'patch-referral' } };
  /** Set when the answer met a changed referral: the fields it touches, mine and theirs. */
  conflict?: ConflictRecord;
  /** Partner Center's latest copy, once a pull has seen it. */
  theirs?: Referral;
}

/** Every referral's open answer, for the inbox badges and the details' problem panel. */
export async function readOpenAnswers(db: PartnerDeskDatabase): Promise<Map<string, OpenAnswer>> {
  const operations = await db.outbox
    .where('status')
    .anyOf(['queued', 'in-flight', 'rejected', 'conflict', 'delivery-unknown'])
    .filter((operation) => operation.payload.kind === 'patch-referral')
    .toArray();
  const answers = new Map<string, OpenAnswer>();
  for (const operation of operations) {
    if (operation.payload.kind !== 'patch-referral') continue;
    const referralId = operation.payload.referralId;
    const open: OpenAnswer = { operation: operation as OpenAnswer['operation'] };
    if (operation.status === 'conflict' || operation.status === 'rejected') {
      open.conflict = await db.conflicts.get(operation.id);
      open.theirs = await readServerCopy(db, referralId);
    }
    answers.set(referralId, open);
  }
  return answers;
}
