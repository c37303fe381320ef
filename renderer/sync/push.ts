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

/** Sends one operation and settles it. */
export async function pushOperation(context: SyncContext, operation: OutboxOperation): Promise<PushResult> {
  const { db } = context;
  let foundInFlight = false;
  const claimed = await db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.get(operation.seq!);
    if (!current || (current.status !== 'queued' && current.status !== 'in-flight')) return null;
    foundInFlight = current.status === 'in-flight';
    const next: OutboxOperation = { ...current, status: 'in-flight', attempts: current.attempts + 1, updatedAt: new Date(context.now()).toISOString() };
    await db.outbox.put(next);
    return next;
  });
  if (!claimed) return 'skipped';
  // A mail found in flight was being sent when Partner Desk stopped (a crash, a closed leader
  // window): it may have left, and Graph does not de-duplicate, so the user decides, never a retry.
  if (claimed.payload.kind === 'send-mail' && foundInFlight) {
    const outcome: HandlerOutcome = { kind: 'delivery-unknown', failure: { kind: 'timeout', message: 'Partner Desk stopped while this mail was being sent.' } };
    const result = await settle(context, claimed, outcome);
    context.log(`push: send-mail ${claimed.id} found in flight after a stop → ${result}`);
    return result;
  }

  let outcome: HandlerOutcome;
  try {
    outcome = await sendOperation(context, claimed);
  } catch (error) {
    // A bug or a local fault, not Partner Center's answer: keep the operation and try later.
    context.log(`push: ${claimed.payload.kind} ${claimed.id} failed locally: ${String(error)}`);
    outcome = { kind: 'failed', failure: { kind: 'internal', message: String(error) } };
  }
  const result = await settle(context, claimed, outcome);
  const failure = outcome.kind === 'failed' || outcome.kind === 'delivery-unknown' ? `: ${outcome.failure.kind} ${outcome.failure.message}` : '';
  context.log(`push: ${claimed.payload.kind} ${claimed.id} attempt ${claimed.attempts} → ${result}${failure}`);
  return result;
}

function lastErrorOf(failure: IpcError): OutboxOperation['lastError'] {
  return { kind: failure.kind, message: failure.message, code: failure.code, status: failure.status };
}

async function settle(context: SyncContext, claimed: OutboxOperation, outcome: HandlerOutcome): Promise<PushResult> {
  const { db } = context;
  const now = context.now();
  return db.transaction('rw', [db.outbox, db.customers, db.billingProfiles, db.conflicts, db.invitations, db.referrals, db.meta], async () => {
    const current = await db.outbox.get(claimed.seq!);
    if (!current) return 'skipped';
    let operation: OutboxOperation = { ...current, updatedAt: new Date(now).toISOString() };
    let result: PushResult;
    switch (outcome.kind) {
      case 'acknowledged':
        // Settled first, so what `apply` writes sees no pending edit from this very operation.
        operation = { ...operation, ...outcome.changedOperation, status: 'acknowledged', lastError: undefined };
        await db.outbox.put(operation);
        await outcome.apply();
        // `apply` may have moved the operation to another record key (a created customer's tenant id).
        operation = (await db.outbox.get(claimed.seq!)) ?? operation;
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
    await refreshCustomerSyncState(db, operation.recordKey);
    return result;
  });
}
