// The local database (Dexie over IndexedDB, in the renderer: architecture §1). Every schema
// version is listed in full with its upgrade, oldest first, and never edited once shipped: a
// user's database is upgraded step by step from whatever version it holds.
import { Dexie, type DBCoreMutateRequest, type EntityTable, type Table } from 'dexie';
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

export const searchKey = (text: string) => text.toLocaleLowerCase('en-US');

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

export class PartnerDeskDatabase extends Dexie {
  /** Per table, the listeners told of this window's small writes as they happen (see LocalWrite). */
  private readonly localWriteListeners = new Map<string, Set<(write: LocalWrite) => void>>();
  private readonly background = new WeakSet<object>();

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
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (request: DBCoreMutateRequest) => {
              // Only tables someone watches pay for it: the outbox and meta writes of a draining
              // queue are not announced at all.
              const listeners = this.localWriteListeners.get(tableName);
              if (listeners && listeners.size > 0) this.announce(tableName, request, listeners);
              return table.mutate(request);
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
