// Push: sends the outbox to Partner Center (architecture §1). Operations of one record go
// strictly in order; independent records go in parallel. Each operation is marked in-flight
// before it is sent and settled in one transaction after, so a crash at any point leaves it
// either waiting (and re-sent with the same MS-RequestId) or settled, never lost or doubled.
import type { IpcError } from '../../shared/ipc/envelope';
import { decideAfterFailure } from '../../shared/sync/outcome';
import type { OutboxOperation } from '../../shared/sync/operations';
import { recordDeliveryUnknown } from '../invitations/invitation-actions';
import { sendOperation, type HandlerOutcome } from './operation-handlers';
import { refreshCustomerSyncState } from './record-sync-state';
import type { SyncContext } from './sync-context';

/** Statuses that keep an operation at the head of its record's line. */
const unsettled = ['queued', 'in-flight', 'rejected', 'conflict', 'delivery-unknown'] as const;

export const pausedKey = 'sync.paused';

/**
 * The operations that may be sent now: the first unsettled operation of each record, when it is
 * waiting and its time has come. A record whose head needs the user (rejected, conflict) waits;
 * the other records drain.
 */
export async function readyOperations(context: SyncContext, options: { exclude: ReadonlySet<string>; limit: number; ignoreBackoffFor?: (operation: OutboxOperation) => boolean }): Promise<OutboxOperation[]> {
  const open = await context.db.outbox.where('status').anyOf([...unsettled]).sortBy('seq');
  const heads = new Map<string, OutboxOperation>();
  for (const operation of open) if (!heads.has(operation.recordKey)) heads.set(operation.recordKey, operation);
  const now = context.now();
  return [...heads.values()]
    .filter((operation) => (operation.status === 'queued' || operation.status === 'in-flight') && !options.exclude.has(operation.id))
    .filter((operation) => operation.notBefore <= now || (options.ignoreBackoffFor?.(operation) ?? false))
    .slice(0, options.limit);
}

/** The earliest time a waiting operation becomes due, or null when none waits. */
export async function nextDueAt(context: SyncContext): Promise<number | null> {
  const queued = await context.db.outbox.where('status').anyOf(['queued', 'in-flight']).toArray();
  return queued.length === 0 ? null : Math.min(...queued.map((operation) => operation.notBefore));
}

export type PushResult = 'acknowledged' | 'retry' | 'paused' | 'rejected' | 'conflict' | 'delivery-unknown' | 'skipped';

/** An operation marked in flight, about to be sent. */
export interface Claim {
  operation: OutboxOperation;
  /** The operation as it was before this claim (in flight already: the app stopped while sending it). */
  before: OutboxOperation;
}

/**
 * Marks operations in flight, all in one transaction (one commit, one round of every window's
 * live queries, however many start together). One the user changed or discarded since it was
 * read is left out.
 */
async function claimOperations(context: SyncContext, operations: readonly OutboxOperation[]): Promise<Claim[]> {
  const { db } = context;
  if (operations.length === 0) return [];
  return db.transaction('rw', db.outbox, () => claimInside(context, operations));
}

/** Claims operations; runs inside a transaction covering the outbox. */
async function claimInside(context: SyncContext, operations: readonly OutboxOperation[]): Promise<Claim[]> {
  const { db } = context;
  if (operations.length === 0) return [];
  const currents = await db.outbox.bulkGet(operations.map((operation) => operation.seq!));
  const updatedAt = new Date(context.now()).toISOString();
  const claims: Claim[] = [];
  for (const current of currents) {
    if (!current || (current.status !== 'queued' && current.status !== 'in-flight')) continue;
    claims.push({ operation: { ...current, status: 'in-flight', attempts: current.attempts + 1, updatedAt }, before: current });
  }
  await db.outbox.bulkPut(claims.map((claim) => claim.operation));
  return claims;
}

/**
 * Gives back operations claimed but never sent (the push stopped: offline, paused, closing): each
 * returns to what it was before its claim, unless something else changed it since.
 */
export async function releaseClaims(context: SyncContext, claims: readonly Claim[]): Promise<void> {
  const { db } = context;
  if (claims.length === 0) return;
  await db.transaction('rw', db.outbox, async () => {
    const currents = await db.outbox.bulkGet(claims.map((claim) => claim.operation.seq!));
    const untouched = claims.filter((claim, index) => currents[index]?.updatedAt === claim.operation.updatedAt && currents[index]?.status === 'in-flight');
    await db.outbox.bulkPut(untouched.map((claim) => claim.before));
  });
}

/** Sends a claimed operation and says what came of it; writes nothing but a new request id. */
export async function sendClaimed(context: SyncContext, claim: Claim): Promise<HandlerOutcome> {
  const claimed = claim.operation;
  // A mail found in flight was being sent when Partner Desk stopped (a crash, a closed leader
  // window): it may have left, and Graph does not de-duplicate, so the user decides, never a retry.
  if (claimed.payload.kind === 'send-mail' && claim.before.status === 'in-flight') {
    context.log(`push: send-mail ${claimed.id} found in flight after a stop`);
    return { kind: 'delivery-unknown', failure: { kind: 'timeout', message: 'Partner Desk stopped while this mail was being sent.' } };
  }
  try {
    return await sendOperation(context, claimed);
  } catch (error) {
    // A bug or a local fault, not Partner Center's answer: keep the operation and try later.
    context.log(`push: ${claimed.payload.kind} ${claimed.id} failed locally: ${String(error)}`);
    return { kind: 'failed', failure: { kind: 'internal', message: String(error) } };
  }
}

export interface Sent {
  claimed: OutboxOperation;
  outcome: HandlerOutcome;
}

/** Every table settling an operation may write. */
const settleTables = (db: SyncContext['db']) => [db.outbox, db.customers, db.billingProfiles, db.conflicts, db.invitations, db.referrals, db.meta];

/** Settles sent operations side by side; runs inside a transaction covering settleTables. */
function settleAllInside(context: SyncContext, sent: readonly Sent[]): Promise<PushResult[]> {
  context.db.markBackground();
  // Side by side: each belongs to a different record (at most one operation of a record is ever
  // in flight), so their reads and writes touch different rows, and IndexedDB serves them in one
  // stream instead of one round trip after another.
  return Promise.all(sent.map((item) => settleInside(context, item.claimed, item.outcome)));
}

/**
 * Settles sent operations in one transaction, each as it would be alone (they belong to different
 * records). Should one of them fail to settle, each is settled in a transaction of its own, so a
 * fault in one never holds back the others.
 */
export async function settleOutcomes(context: SyncContext, sent: readonly Sent[]): Promise<PushResult[]> {
  const { db } = context;
  const settleAll = (items: readonly Sent[]) => db.transaction('rw', settleTables(db), () => settleAllInside(context, items));
  let results: PushResult[];
  if (sent.length === 1) results = await settleAll(sent);
  else {
    try {
      results = await settleAll(sent);
    } catch (error) {
      context.log(`push: settling ${sent.length} operations together failed (${String(error)}); settling one by one`);
      results = [];
      for (const item of sent) results.push(...(await settleAll([item])));
    }
  }
  logSettled(context, sent, results);
  return results;
}

export interface Round {
  /** What came of each settled operation, in the order given. */
  results: PushResult[];
  /** The operations now in flight, to be sent. */
  claims: Claim[];
  /** The queue is paused (by a 401 settled in this round, or before): nothing was claimed. */
  paused: boolean;
}

/**
 * One round of the push: settles the answers that came in and claims the next operations, in one
 * transaction. A draining queue used to commit twice per round (claim, then settle); each commit
 * makes every window's live queries run again, and IndexedDB runs the transactions on the outbox
 * one after another. Claims come after the settles inside the transaction, so a 401 settled here
 * stops the claims at once. If the round fails, the answers are settled on their own (one by one
 * if needs be) and nothing is claimed: those operations are picked again later.
 */
export async function settleAndClaim(context: SyncContext, sent: readonly Sent[], next: readonly OutboxOperation[]): Promise<Round> {
  const { db } = context;
  if (sent.length === 0 && next.length === 0) return { results: [], claims: [], paused: false };
  try {
    const round = await db.transaction('rw', settleTables(db), async (): Promise<Round> => {
      const results = await settleAllInside(context, sent);
      const paused = (await db.meta.get(pausedKey)) !== undefined;
      return { results, claims: paused ? [] : await claimInside(context, next), paused };
    });
    logSettled(context, sent, round.results);
    return round;
  } catch (error) {
    if (sent.length === 0) throw error;
    context.log(`push: a round settling ${sent.length} and claiming ${next.length} failed (${String(error)}); settling apart`);
    return { results: await settleOutcomes(context, sent), claims: [], paused: (await db.meta.get(pausedKey)) !== undefined };
  }
}

/** One log line per settle: a line per operation, each its own console call, slowed a long drain. */
function logSettled(context: SyncContext, sent: readonly Sent[], results: readonly PushResult[]): void {
  if (sent.length === 0) return;
  const lines = sent.map(({ claimed, outcome }, index) => {
    const failure = outcome.kind === 'failed' || outcome.kind === 'delivery-unknown' ? `: ${outcome.failure.kind} ${outcome.failure.message}` : '';
    return `push: ${claimed.payload.kind} ${claimed.id} attempt ${claimed.attempts} → ${results[index]}${failure}`;
  });
  context.log(lines.join('\n'));
}

/** Sends one operation and settles it. */
export async function pushOperation(context: SyncContext, operation: OutboxOperation): Promise<PushResult> {
  const [claim] = await claimOperations(context, [operation]);
  if (!claim) return 'skipped';
  const outcome = await sendClaimed(context, claim);
  const [result] = await settleOutcomes(context, [{ claimed: claim.operation, outcome }]);
  return result!;
}

function lastErrorOf(failure: IpcError): OutboxOperation['lastError'] {
  return { kind: failure.kind, message: failure.message, code: failure.code, status: failure.status };
}

/** Settles one sent operation; runs inside the settling transaction. */
async function settleInside(context: SyncContext, claimed: OutboxOperation, outcome: HandlerOutcome): Promise<PushResult> {
  const { db } = context;
  const now = context.now();
  const current = await db.outbox.get(claimed.seq!);
  if (!current) return 'skipped';
  let operation: OutboxOperation = { ...current, updatedAt: new Date(now).toISOString() };
  let result: PushResult;
  switch (outcome.kind) {
    case 'acknowledged':
      operation = { ...operation, ...outcome.changedOperation, status: 'acknowledged', lastError: undefined };
      // A created customer writes its operation, its record and the record's badge in one go.
      if ('settle' in outcome) return (await outcome.settle(operation), 'acknowledged');
      // Settled first, so what `apply` writes sees no pending edit from this very operation.
      await db.outbox.put(operation);
      await outcome.apply();
      result = 'acknowledged';
      break;
    case 'conflict':
      operation = { ...operation, status: 'conflict' };
      await db.outbox.put(operation);
      await db.conflicts.put({
        ...outcome.conflict,
        operationId: operation.id,
        recordKey: operation.recordKey,
        customerId: 'customerId' in operation.payload ? operation.payload.customerId : undefined,
        createdAt: new Date(now).toISOString(),
      });
      await outcome.apply?.();
      result = 'conflict';
      break;
    case 'delivery-unknown':
      operation = { ...operation, status: 'delivery-unknown', ambiguous: true, lastError: lastErrorOf(outcome.failure) };
      await db.outbox.put(operation);
      if (operation.payload.kind === 'send-mail') await recordDeliveryUnknown(db, operation.payload.invitationId);
      result = 'delivery-unknown';
      break;
    case 'failed': {
      const decision = decideAfterFailure(outcome.failure, { attempt: operation.attempts, random: context.random });
      operation = { ...operation, ...outcome.changedOperation, lastError: lastErrorOf(outcome.failure) };
      if (decision.action === 'retry') {
        operation = { ...operation, status: 'queued', notBefore: now + decision.afterMs, ambiguous: operation.ambiguous || decision.ambiguous };
        result = 'retry';
      } else if (decision.action === 'pause-queue') {
        operation = { ...operation, status: 'queued', notBefore: now };
        await db.meta.put({ key: pausedKey, value: { reason: decision.reason, since: new Date(now).toISOString() } });
        result = 'paused';
      } else if (decision.action === 'conflict') {
        operation = { ...operation, status: 'conflict' };
        await db.conflicts.put({
          operationId: operation.id,
          recordKey: operation.recordKey,
          fields: [],
          base: {},
          mine: {},
          theirs: {},
          createdAt: new Date(now).toISOString(),
        });
        result = 'conflict';
      } else {
        operation = { ...operation, status: 'rejected' };
        result = 'rejected';
      }
      await db.outbox.put(operation);
      break;
    }
  }
  // Not found or forbidden: the customer is no longer this partner's, so "ended" is what holds.
  const gone = outcome.kind === 'failed' && (outcome.failure.kind === 'not-found' || outcome.failure.kind === 'forbidden');
  if ((result === 'rejected' || result === 'conflict') && !gone) await restoreRefusedRemoval(db, operation);
  await refreshCustomerSyncState(db, operation.recordKey);
  return result;
}

/**
 * A relationship removal Partner Center refused did not happen: the record shows the relationship
 * the customer still has (kept in the operation) while the user decides to send the removal again
 * or discard it, instead of "ended" beside a note saying it was not.
 */
async function restoreRefusedRemoval(db: SyncContext['db'], operation: OutboxOperation): Promise<void> {
  if (operation.payload.kind !== 'remove-relationship') return;
  await db.customers.update(operation.payload.customerId, { relationship: operation.payload.previousRelationship });
}
