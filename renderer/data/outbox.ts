// Appending to the outbox. Always called inside the transaction that writes the record it
// changes, so the change and its operation are saved together or not at all.
import { Dexie, type Collection, type InsertType } from 'dexie';
import type { OperationPayload, OutboxOperation } from '../../shared/sync/operations';
import type { PartnerDeskDatabase } from './database';

export function newOperation(recordKey: string, payload: OperationPayload, now = new Date()): OutboxOperation {
  // The id is born here and is the call's MS-RequestId from the first attempt to the last.
  const id = crypto.randomUUID();
  return {
    id,
    requestId: id,
    requestIds: [id],
    recordKey,
    payload,
    status: 'queued',
    attempts: 0,
    notBefore: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/**
 * A refused or conflicting operation going out again at the user's word: back in the queue from a
 * clean slate, under a new MS-RequestId. Partner Center answered the old id, and it refuses a
 * reused id with a different body, so the old one is kept in `requestIds` only for the record.
 */
export function requeuedUnderNewRequestId(operation: OutboxOperation, payload: OperationPayload = operation.payload, now = new Date()): OutboxOperation {
  const requestId = crypto.randomUUID();
  return {
    ...operation,
    payload,
    status: 'queued',
    attempts: 0,
    notBefore: 0,
    lastError: undefined,
    ambiguous: false,
    sentWithEtag: undefined,
    requestId,
    requestIds: [...operation.requestIds, requestId],
    updatedAt: now.toISOString(),
  };
}

export async function queueOperation(db: PartnerDeskDatabase, recordKey: string, payload: OperationPayload): Promise<OutboxOperation> {
  const operation = newOperation(recordKey, payload);
  operation.seq = await db.outbox.add(operation);
  return operation;
}

/**
 * Every operation of one record, oldest first. Through [recordKey+seq]: the outbox keeps no index
 * on recordKey alone (schema v3), which only repeated it and cost every outbox write an entry.
 */
export function operationsOfRecord(db: PartnerDeskDatabase, recordKey: string): Collection<OutboxOperation, number | undefined, InsertType<OutboxOperation, 'seq'>> {
  return db.outbox.where('[recordKey+seq]').between([recordKey, Dexie.minKey], [recordKey, Dexie.maxKey]);
}

/** Operations of one record still waiting to be sent, in order. */
export function pendingOperationsOf(db: PartnerDeskDatabase, recordKey: string): Promise<OutboxOperation[]> {
  return operationsOfRecord(db, recordKey)
    .filter((operation) => operation.status === 'queued' || operation.status === 'in-flight')
    .toArray();
}
