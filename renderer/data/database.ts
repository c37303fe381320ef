// The local database (Dexie over IndexedDB, in the renderer: architecture §1). Every schema
// version is listed in full with its upgrade, oldest first, and never edited once shipped: a
// user's database is upgraded step by step from whatever version it holds.
import { Dexie, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type EntityTable, type ObservabilitySet, type Table } from 'dexie';
import type {
  BillingProfileRecord,
  ConflictRecord,
  CustomerRecord,
  IndirectPartnerRecord,
  InvitationRecord,
  MetaRecord,
  OutboxOperation,
  ReferralRecord,
  SubscriptionRecord,
} from './records';

export const databaseName = 'partner-desk';

/** Version 1: the first schema. Customers were searched by their exact-case name. */
export const schemaV1 = {
  customers: 'id, companyName, domain, relationship, sync',
  billingProfiles: 'customerId',
  subscriptions: '[customerId+id], customerId',
  invitations: 'id, status, expectedDomain',
  referrals: 'id, status',
  indirectPartners: 'id, relationshipType',
  outbox: '++seq, &id, recordKey, status',
  conflicts: 'operationId, recordKey, customerId',
  meta: 'key',
};

/**
 * Version 2: case-insensitive prefix search through lower-cased key indexes, filters by reseller,
 * per-record FIFO through [recordKey+seq], and every request id an operation has used.
 */
export const schemaV2 = {
  customers: 'id, nameKey, domainKey, relationship, sync, associatedPartnerId',
  billingProfiles: 'customerId',
  subscriptions: '[customerId+id], customerId',
  invitations: 'id, status, expectedDomainKey, createdAt',
  referrals: 'id, status, updatedDateTime',
  indirectPartners: 'id, relationshipType',
  outbox: '++seq, &id, recordKey, status, [recordKey+seq]',
  conflicts: 'operationId, recordKey, customerId',
  meta: 'key',
};

/**
 * Version 3: indexes nobody queries, which every write kept up to date, are dropped (dropping an
 * index loses no data). The customers' relationship and sync: the list filters on both in memory
 * (customer-list-index.ts), yet each row of a first sync and each new customer's settle (its local
 * row deleted, its tenant row written) wrote two more entries. The outbox's recordKey alone:
 * [recordKey+seq] answers the same lookups (operationsOfRecord), and every operation is written
 * at least three times (queued, claimed, settled).
 */
export const schemaV3 = {
  customers: 'id, nameKey, domainKey, associatedPartnerId',
  billingProfiles: 'customerId',
  subscriptions: '[customerId+id], customerId',
  invitations: 'id, status, expectedDomainKey, createdAt',
  referrals: 'id, status, updatedDateTime',
  indirectPartners: 'id, relationshipType',
  outbox: '++seq, &id, status, [recordKey+seq]',
  conflicts: 'operationId, recordKey, customerId',
  meta: 'key',
};

/**
 * The lower-cased key names are searched by. `toLowerCase()` is what `toLocaleLowerCase('en-US')`
 * gives (English has no special case rules; only Turkish, Azeri and Lithuanian do), without
 * parsing the locale on every call, which took a fifth of a second per 100,000 synced customers.
 */
export const searchKey = (text: string) => text.toLowerCase();

/**
 * A small write made by this window, seen as it is requested, before its transaction commits:
 * what screens need to show a user's own edit in the same frame, without waiting for the commit
 * and reading the rows back. `settled` says whether the transaction committed.
 */
export interface LocalWrite {
  table: string;
  puts: readonly unknown[];
  deletes: readonly unknown[];
  settled: Promise<boolean>;
}

/** Writes of more rows than this (a sync page) are not announced: readers catch up after commit. */
const localWriteLimit = 20;

/**
 * Rows this window wrote to a table, told once their transaction committed, with the values
 * written: a reader that keeps rows in memory (the customer list) takes them from here instead
 * of reading back by key what was just written. A first sync of 100,000 customers read every page
 * back that way, as many reads as the pass made writes. Every database of the same name in this
 * window reports here; other windows' writes still come only as keys, through Dexie's
 * `storagemutated` event.
 */
export interface CommittedWrite {
  table: string;
  /** The rows as written, the last write of each key. */
  puts: readonly unknown[];
  /** Keys deleted (and not written again after). */
  deletes: readonly unknown[];
  /** Rows changed by a key range (a collection's delete, a clear): which ones is not known. */
  wholeTable: boolean;
}

type CommittedWriteListener = (write: CommittedWrite) => void;

/** Per database name and table: shared by every instance, as a window may open the same database twice. */
const committedWriteListeners = new Map<string, Set<CommittedWriteListener>>();
const listenerKey = (databaseName: string, table: string) => `${databaseName}\n${table}`;

/** What one transaction wrote to one table so far: per key, the row written, or null if deleted. */
interface PendingWrites {
  rows: Map<unknown, unknown>;
  wholeTable: boolean;
}
const pendingByTransaction = new WeakMap<object, Map<string, PendingWrites>>();

export class PartnerDeskDatabase extends Dexie {
  /** Per table, the listeners told of this window's small writes as they happen (see LocalWrite). */
  private readonly localWriteListeners = new Map<string, Set<(write: LocalWrite) => void>>();
  private readonly background = new WeakSet<object>();

  /** Tells `listener` of every write this window's transactions commit to `table`, with its rows. */
  onCommittedWrite(table: string, listener: CommittedWriteListener): () => void {
    const key = listenerKey(this.name, table);
    let listeners = committedWriteListeners.get(key);
    if (!listeners) committedWriteListeners.set(key, (listeners = new Set()));
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Tells `listener` of this window's small writes to `table` as they happen. */
  onLocalWrite(table: string, listener: (write: LocalWrite) => void): void {
    let listeners = this.localWriteListeners.get(table);
    if (!listeners) this.localWriteListeners.set(table, (listeners = new Set()));
    listeners.add(listener);
  }

  /**
   * Marks the transaction this runs in as the sync's own work (settling answers, pulling): its
   * writes are not announced as a user's edits, and screens pick them up after the commit, at
   * their own pace.
   */
  markBackground(): void {
    const transaction = Dexie.currentTransaction as unknown as { idbtrans?: IDBTransaction } | null;
    if (transaction?.idbtrans) this.background.add(transaction.idbtrans);
  }

  customers!: EntityTable<CustomerRecord, 'id'>;
  billingProfiles!: EntityTable<BillingProfileRecord, 'customerId'>;
  subscriptions!: Table<SubscriptionRecord, [string, string]>;
  invitations!: EntityTable<InvitationRecord, 'id'>;
  referrals!: EntityTable<ReferralRecord, 'id'>;
  indirectPartners!: EntityTable<IndirectPartnerRecord, 'id'>;
  outbox!: EntityTable<OutboxOperation, 'seq'>;
  conflicts!: EntityTable<ConflictRecord, 'operationId'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = databaseName, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.use({
      stack: 'dbcore',
      name: 'local-writes',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          const transaction = down.transaction(stores, mode, options);
          // Registered before Dexie's own `oncomplete` (set once this returns), so the rows are
          // told before Dexie announces the same commit as keys (see isOwnCommit).
          if (mode === 'readwrite') {
            (transaction as unknown as IDBTransaction).addEventListener('complete', () => beginOwnCommit(this.name, transaction), { once: true });
          }
          return transaction;
        },
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (request: DBCoreMutateRequest) => {
              // Only tables someone watches pay for it: the outbox and meta writes of a draining
              // queue are not announced at all.
              const listeners = this.localWriteListeners.get(tableName);
              if (listeners && listeners.size > 0) this.announce(tableName, request, listeners);
              const response = table.mutate(request);
              const committed = committedWriteListeners.get(listenerKey(this.name, tableName));
              if (committed && committed.size > 0) void this.collect(tableName, table, request, response);
              return response;
            },
          };
        },
      }),
    });
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade(async (tx) => {
        await tx
          .table('customers')
          .toCollection()
          .modify((customer: CustomerRecord) => {
            customer.nameKey = searchKey(customer.companyName);
            customer.domainKey = searchKey(customer.domain);
          });
        await tx
          .table('invitations')
          .toCollection()
          .modify((invitation: InvitationRecord) => {
            invitation.expectedDomainKey = searchKey(invitation.expectedDomain);
          });
        await tx
          .table('outbox')
          .toCollection()
          .modify((operation: OutboxOperation & { requestIds?: string[] }) => {
            operation.requestIds ??= [operation.requestId];
          });
      });
    this.version(3).stores(schemaV3);
  }

  /**
   * Keeps what a write changed, once it succeeded, for its transaction's commit. Requests succeed
   * before their transaction completes, so every write is kept by then; one that failed is not.
   */
  private async collect(
    tableName: string,
    table: DBCoreTable,
    request: DBCoreMutateRequest,
    response: Promise<DBCoreMutateResponse>,
  ): Promise<void> {
    const transaction = request.trans as unknown as IDBTransaction;
    let tables = pendingByTransaction.get(transaction);
    if (!tables) pendingByTransaction.set(transaction, (tables = new Map()));
    let pending = tables.get(tableName);
    if (!pending) tables.set(tableName, (pending = { rows: new Map(), wholeTable: false }));
    if (request.type === 'deleteRange') {
      pending.wholeTable = true;
      return;
    }
    let result: DBCoreMutateResponse;
    try {
      result = await response;
    } catch {
      return; // The transaction aborts: nothing to tell.
    }
    const failed = (position: number) => result.failures?.[position] !== undefined;
    if (request.type === 'delete') {
      request.keys.forEach((key, position) => !failed(position) && pending.rows.set(key, null));
      return;
    }
    const extractKey = table.schema.primaryKey.extractKey;
    request.values.forEach((value, position) => {
      if (failed(position)) return;
      const key = result.results?.[position] ?? extractKey?.(value);
      if (key !== undefined) pending.rows.set(key, value);
      else pending.wholeTable = true;
    });
  }

  private announce(table: string, request: DBCoreMutateRequest, listeners: ReadonlySet<(write: LocalWrite) => void>): void {
    const puts = request.type === 'put' || request.type === 'add' ? request.values : [];
    const deletes = request.type === 'delete' ? request.keys : [];
    if (request.type === 'deleteRange' || puts.length + deletes.length === 0 || puts.length + deletes.length > localWriteLimit) return;
    if (this.background.has(request.trans as unknown as object)) return;
    const transaction = request.trans as unknown as IDBTransaction;
    const settled = new Promise<boolean>((resolve) => {
      transaction.addEventListener('complete', () => resolve(true), { once: true });
      transaction.addEventListener('abort', () => resolve(false), { once: true });
    });
    for (const listener of listeners) listener({ table, puts, deletes, settled });
  }
}

/** The tables of this window's commit just told to onCommittedWrite, until Dexie announces it. */
let ownCommit: { databaseName: string; tables: ReadonlySet<string> } | null = null;
/** Dexie's announcement of that commit (the object it fires), with its tables. */
let ownEvent: { parts: ObservabilitySet; databaseName: string; tables: ReadonlySet<string> } | null = null;

/**
 * Ties the commit just told to the first `storagemutated` event after it, which is Dexie's
 * announcement of that same commit: Dexie fires it from inside the transaction's `complete`
 * event, after the listener that told the rows (set when the transaction was opened). Whichever
 * listener of that event asks first makes the tie; Dexie tells its listeners newest first.
 */
function ownEventOf(parts: ObservabilitySet): typeof ownEvent {
  if (ownEvent?.parts === parts) return ownEvent;
  ownEvent = ownCommit ? { parts, ...ownCommit } : null;
  ownCommit = null;
  return ownEvent;
}
Dexie.on('storagemutated', (parts: ObservabilitySet) => void ownEventOf(parts));

/**
 * Whether a `storagemutated` event is this window's own commit, whose rows of `table`
 * onCommittedWrite has already told. Another window's commit comes from a BroadcastChannel
 * message instead, as a different object.
 */
export function isOwnCommit(parts: ObservabilitySet, databaseName: string, table: string): boolean {
  const own = ownEventOf(parts);
  return own !== null && own.databaseName === databaseName && own.tables.has(table);
}

function beginOwnCommit(databaseName: string, transaction: object): void {
  const tables = pendingByTransaction.get(transaction);
  if (!tables) return;
  // Dexie announces a commit only when a write reached its observability layer (it then marks
  // the transaction); one whose only write failed at once is not announced, and the next event,
  // maybe another window's, must not be taken for it.
  if ('mutatedParts' in transaction) {
    const commit = { databaseName, tables: new Set(tables.keys()) };
    ownCommit = commit;
    setTimeout(() => ownCommit === commit && (ownCommit = null), 0);
  }
  deliverCommitted(databaseName, tables);
}

function deliverCommitted(databaseName: string, tables: ReadonlyMap<string, PendingWrites>): void {
  for (const [table, pending] of tables) {
    const listeners = committedWriteListeners.get(listenerKey(databaseName, table));
    if (!listeners || listeners.size === 0) continue;
    const puts: unknown[] = [];
    const deletes: unknown[] = [];
    for (const [key, row] of pending.rows) {
      if (row === null) deletes.push(key);
      else puts.push(row);
    }
    const write: CommittedWrite = { table, puts, deletes, wholeTable: pending.wholeTable };
    for (const listener of listeners) {
      try {
        listener(write);
      } catch (error) {
        console.error(`A reader of committed ${table} writes failed:`, error);
      }
    }
  }
}
