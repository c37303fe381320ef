// Pull: brings Partner Center's view into IndexedDB (architecture §1).
// - A full pass pages through the customer list (500 a page) and applies each page in one
//   transaction together with the cursor, so an interrupted first sync resumes where it stopped
//   and the cursor is never ahead of the data. The same pass, run again, is the reconcile that
//   finds customers gone from the list: their relationship has ended.
// - Later syncs read the activity log since the last one and refresh only the customers it names,
//   leaving out this computer's own changes already settled with Partner Center's answer.
// Pending local edits always stay on top of fresh server data.
import { Dexie } from 'dexie';
import type { IpcError } from '../../shared/ipc/envelope';
import { customerSummaryOf, type AuditRecord, type Customer, type CustomerSummary } from '../../shared/partner-center';
import { customerRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import { searchKey } from '../data/database';
import type { CustomerRecord } from '../data/records';
import { openOperationsOf } from './record-sync-state';
import { applyServerBillingProfile } from './server-billing-profile';
import type { SyncContext } from './sync-context';

export const pageSize = 500;
/** Audit records may land a little after their operationDate; every window re-reads this much. */
const auditOverlapMs = 2 * 60_000;
/** Beyond this many changed customers a full pass is cheaper than one call each (500/min limit). */
const maxCustomersByAudit = 200;

export interface ListPass {
  id: string;
  kind: 'first-sync' | 'reconcile';
  startedAt: string;
  continuationToken?: string;
  applied: number;
  /**
   * No customer from Partner Center was stored when the pass began (a fresh install), so none
   * can be left unseen at its end: every one stored since came from Partner Center during the
   * pass. Absent in passes saved before it existed, which then check, as a reconcile does.
   */
  startedEmpty?: boolean;
  /**
   * Partner Center's clock when the pass's first page answered: where the activity log takes over
   * once the pass is done. Absent when it sent no time, or in passes saved before it existed:
   * then the computer's own clock when the pass began.
   */
  serverStartedAt?: string;
}

export const metaKeys = {
  pass: 'pull.pass',
  firstSyncDone: 'pull.firstSyncDone',
  auditCursor: 'pull.auditCursor',
  lastSyncedAt: 'pull.lastSyncedAt',
  lastReconcileAt: 'pull.lastReconcileAt',
  /** Customer rows the last activity-log pull wrote: one that finds nothing new writes none. */
  lastRowsWritten: 'pull.lastRowsWritten',
} as const;

type Fields = Pick<CustomerRecord, 'companyName' | 'domain' | 'relationship' | 'associatedPartnerId'>;

function fieldsOf(customer: CustomerSummary): Fields {
  return {
    companyName: customer.companyName,
    domain: customer.domain,
    relationship: customer.relationship,
    ...(customer.associatedPartnerId ? { associatedPartnerId: customer.associatedPartnerId } : {}),
  };
}

type ServerRow = { id: string; fields: Fields };

/**
 * Writes server rows, keeping what pending local operations changed. Runs inside a transaction.
 * `addFirst`, for a first sync, where nearly every customer is new: the rows are added where
 * absent, and only those already stored are read and merged. Reading each row before writing it
 * cost as much as the writing itself; an add that finds its key taken costs one lookup and
 * changes nothing, and it is decided by IndexedDB inside this transaction, so a customer stored
 * meanwhile (one just created, say) is never overwritten.
 */
async function applyServerCustomers(context: SyncContext, rows: ServerRow[], passId?: string, options: { addFirst?: boolean } = {}): Promise<number> {
  if (!options.addFirst) return mergeServerCustomers(context, rows, passId);
  const { db } = context;
  const taken = await addWhereAbsent(db, rows.map((row) => serverRecord(row, undefined, passId)));
  const stored = taken.map((position) => rows[position]!);
  return rows.length - stored.length + (stored.length > 0 ? await mergeServerCustomers(context, stored, passId) : 0);
}

function serverRecord(row: ServerRow, local: CustomerRecord | undefined, passId: string | undefined): CustomerRecord {
  return {
    ...local,
    id: row.id,
    ...row.fields,
    nameKey: searchKey(row.fields.companyName),
    domainKey: searchKey(row.fields.domain),
    sync: local?.sync ?? 'synced',
    ...(passId ? { seenInPass: passId } : {}),
  };
}

/** Adds the records whose key is free; answers the positions of those whose key was taken. */
async function addWhereAbsent(db: SyncContext['db'], records: CustomerRecord[]): Promise<number[]> {
  try {
    await db.customers.bulkAdd(records);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const failures = Object.entries(error.failuresByPos);
    // Anything but a taken key (a full disk, say) is a real failure of the page.
    const other = failures.find(([, failure]) => failure.name !== 'ConstraintError');
    if (other) throw other[1];
    return failures.map(([position]) => Number(position));
  }
}

/** Reads the stored rows first, then writes only what changed. */
async function mergeServerCustomers(context: SyncContext, rows: ServerRow[], passId?: string): Promise<number> {
  const { db } = context;
  const existing = await db.customers.bulkGet(rows.map((row) => row.id));
  const puts: CustomerRecord[] = [];
  for (const [index, row] of rows.entries()) {
    const local = existing[index];
    const fields = { ...row.fields };
    if (local && local.sync !== 'synced') {
      // A relationship ended here and still on its way stays ended on screen; one Partner Center
      // refused shows what Partner Center holds.
      const open = await openOperationsOf(db, customerRecordKey(row.id));
      if (open.some((op) => op.payload.kind === 'remove-relationship' && (op.status === 'queued' || op.status === 'in-flight'))) fields.relationship = local.relationship;
    }
    const next = serverRecord({ id: row.id, fields }, local, passId);
    if (
      !local ||
      local.companyName !== next.companyName ||
      local.domain !== next.domain ||
      local.relationship !== next.relationship ||
      local.associatedPartnerId !== next.associatedPartnerId ||
      local.seenInPass !== next.seenInPass
    ) {
      puts.push(next);
    }
  }
  if (puts.length > 0) await db.customers.bulkPut(puts);
  return puts.length;
}

export interface PullProgress {
  kind: ListPass['kind'];
  applied: number;
}

/**
 * Runs (or resumes) a full pass over the customer list. Returns null when done, or the failure
 * that stopped it; the pass resumes from its saved cursor next time.
 */
export async function runListPass(context: SyncContext, kind: ListPass['kind'], onProgress?: (progress: PullProgress) => void): Promise<IpcError | null> {
  const { db } = context;
  let pass = (await db.meta.get(metaKeys.pass))?.value as ListPass | undefined;
  if (!pass) {
    const startedAt = new Date(context.now()).toISOString();
    pass = await db.transaction('rw', [db.customers, db.meta], async () => {
      const startedEmpty = kind === 'first-sync' && (await db.customers.filter((customer) => !customer.id.startsWith('local:')).first()) === undefined;
      const started: ListPass = { id: crypto.randomUUID(), kind, startedAt, applied: 0, ...(startedEmpty ? { startedEmpty } : {}) };
      await db.meta.put({ key: metaKeys.pass, value: started });
      return started;
    });
  }
  const fetchPage = (continuationToken: string | undefined) => context.port.listCustomers({ size: pageSize, ...(continuationToken ? { continuationToken } : {}) });
  let fetching = fetchPage(pass.continuationToken);
  /**
   * The previous page's write, maybe still running. A page's transaction is opened as soon as the
   * page is here, while the one before may still be committing: IndexedDB runs them in the order
   * they were opened, and starts the next the moment the last commits, instead of waiting for the
   * renderer to hear of the commit and open it (that wait was a third of a first sync). Each
   * checks, first thing, that the pass stands where the page before left it, and writes nothing
   * if it does not (that page failed), so the cursor is still never ahead of the data.
   */
  let writing: { done: Promise<void>; progress: PullProgress } | null = null;
  /** Waits for a page's write and reports it; the one still running is awaited on the way out. */
  const settle = async (write: { done: Promise<void>; progress: PullProgress }) => {
    await write.done;
    if (writing === write) writing = null;
    onProgress?.(write.progress);
  };
  try {
    for (;;) {
      const page = await fetching;
      // The next page is on its way while this one is written: the pass then takes about as long
      // as the slower of the two, not their sum. Only the write moves the saved cursor, so a pass
      // stopped here resumes from the page after the last one written, as before.
      if (page.ok && page.value.continuationToken) {
        fetching = fetchPage(page.value.continuationToken);
        // Seen even if the write below fails and nobody awaits it.
        fetching.catch(() => undefined);
      }
      if (!page.ok) {
        if (writing) await settle(writing);
        // A continuation token Partner Center no longer accepts: start the pass over.
        if (page.error.kind === 'invalid' && pass.continuationToken) await db.meta.delete(metaKeys.pass);
        return page.error;
      }
      // Only the pass's very first page says when it began; a pass saved before serverStartedAt
      // existed and resumed now keeps its own start.
      const firstPage = pass.applied === 0 && !pass.continuationToken;
      const current: ListPass = firstPage && page.value.serverTime ? { ...pass, serverStartedAt: page.value.serverTime } : pass;
      const next: ListPass = { ...current, applied: current.applied + page.value.items.length, continuationToken: page.value.continuationToken };
      const finished = !page.value.continuationToken;
      const previous = writing;
      const write = { done: writePage(context, page.value.items, current, finished ? null : next), progress: { kind: current.kind, applied: next.applied } };
      // Awaited below, or after the next page, or on the way out; a failure is never left unseen.
      write.done.catch(() => undefined);
      writing = write;
      if (previous) await settle(previous);
      if (finished) {
        await settle(write);
        return null;
      }
      pass = next;
    }
  } finally {
    // A pass left early (an error above) still lets its last write finish (or abort) before it returns.
    const last: { done: Promise<void> } | null = writing;
    if (last) await last.done.catch(() => undefined);
  }
}

/**
 * Writes one page of the list and moves the pass to `next` (null: the last page, which ends the
 * pass), in one transaction that first checks the pass stands at `current`.
 */
function writePage(context: SyncContext, items: readonly CustomerSummary[], current: ListPass, next: ListPass | null): Promise<void> {
  const { db } = context;
  return db.transaction('rw', [db.customers, db.outbox, db.meta], async () => {
    db.markBackground();
    // Asked first, answered before the writes that follow it: all go out at once.
    const standing = db.meta.get(metaKeys.pass);
    const applying = applyServerCustomers(
      context,
      items.map((item) => ({ id: item.id, fields: fieldsOf(item) })),
      current.id,
      { addFirst: current.kind === 'first-sync' },
    );
    applying.catch(() => undefined);
    const stored = (await standing)?.value as ListPass | undefined;
    if (stored?.id !== current.id || stored.applied !== current.applied || stored.continuationToken !== current.continuationToken) {
      // Thrown inside the transaction, so the writes already asked for are undone with it.
      throw new Error('The customer list pass moved while this page was on its way (the page before it was not stored); it resumes from its saved place.');
    }
    await applying;
    if (next) {
      await db.meta.put({ key: metaKeys.pass, value: next });
      return;
    }
    // Customers this pass never saw are gone from the partner's list: the relationship ended.
    // A pass that began with none stored has nothing to look for (reading 100,000 rows back
    // took seconds of a first sync).
    if (!current.startedEmpty) {
      await db.customers
        .filter((customer) => customer.seenInPass !== current.id && !customer.id.startsWith('local:') && customer.relationship !== 'none' && customer.sync === 'synced')
        .modify({ relationship: 'none' });
    }
    await db.meta.delete(metaKeys.pass);
    await db.meta.bulkPut([
      { key: metaKeys.firstSyncDone, value: true },
      { key: metaKeys.lastSyncedAt, value: new Date(context.now()).toISOString() },
      { key: metaKeys.lastReconcileAt, value: new Date(context.now()).toISOString() },
      // Whatever changed while the pass ran is in the activity log from its start on.
      { key: metaKeys.auditCursor, value: current.serverStartedAt ?? current.startedAt },
    ]);
  });
}

/** Operations whose settling writes the customer's row from Partner Center's answer. */
const settledIntoTheRow = new Set<OutboxOperation['payload']['kind']>(['create-customer', 'remove-relationship']);

/**
 * The correlation ids, among these records', of this computer's own changes that need no fetch.
 * An operation is sent with its request id as MS-CorrelationId, and Partner Center keeps it on the
 * change's record. Two kinds are left out:
 * - changes settled with Partner Center's answer written into the customer's row (a creation, an
 *   ended relationship): after a day's queue drains, the next sync would otherwise ask for every
 *   customer the rep touched again, and beyond 200 fall back to a full pass over the whole list.
 *   A billing edit is still fetched: its answer updates the profile, not the row (its company
 *   name may rename the customer);
 * - a creation Partner Center made whose answer has not come back yet (it timed out, or the app
 *   stopped first): stored now, the customer showed twice, the pending row and Partner Center's,
 *   and edits to each met as a conflict with oneself (found by the simulation, seed 967346622).
 *   The creation's answer, on the retry under the same request id, brings it in.
 * Only an operation's first request id is matched (the id it was born with): one sent again under
 * a new id is fetched as any other, at worst once more than needed.
 */
async function ownChangesNotToFetch(context: SyncContext, records: readonly AuditRecord[]): Promise<Set<string>> {
  const ids = [...new Set(records.flatMap((record) => (record.originalCorrelationId ? [record.originalCorrelationId] : [])))];
  if (ids.length === 0) return new Set();
  const operations = await context.db.outbox.where('id').anyOf(ids).toArray();
  const notToFetch = (operation: OutboxOperation) =>
    operation.requestId === operation.id &&
    ((operation.status === 'acknowledged' && settledIntoTheRow.has(operation.payload.kind)) ||
      (operation.payload.kind === 'create-customer' && (operation.status === 'queued' || operation.status === 'in-flight')));
  return new Set(operations.filter(notToFetch).map((operation) => operation.id));
}

/** Reads the activity log since the cursor and refreshes the customers it names, but for this computer's own changes that need no fetch. */
export async function runAuditPull(context: SyncContext): Promise<IpcError | null | 'needs-full-pass'> {
  const { db, port } = context;
  const cursor = (await db.meta.get(metaKeys.auditCursor))?.value as string | undefined;
  if (!cursor) return 'needs-full-pass';
  // No end date: Partner Center reads up to its own now. The next cursor is in its time too (see
  // Page.serverTime), so a computer whose clock is off, by minutes or by a wrong time zone set
  // by hand, neither asks from a time the log has not reached (missing what lands meanwhile)
  // nor stops short of it (seeing changes only once its own clock catches up).
  const startDate = new Date(Date.parse(cursor) - auditOverlapMs).toISOString();
  const records: AuditRecord[] = [];
  let serverTime: string | undefined;
  let continuationToken: string | undefined;
  do {
    const page = await port.listAuditRecords({ startDate, size: pageSize, ...(continuationToken ? { continuationToken } : {}) });
    // A start Partner Center refuses (ahead of its clock, from a cursor saved in the computer's
    // time; older than the 90 days it keeps): a full pass sets a fresh cursor.
    if (!page.ok) return page.error.kind === 'invalid' ? 'needs-full-pass' : page.error;
    records.push(...page.value.items);
    serverTime ??= page.value.serverTime;
    continuationToken = page.value.continuationToken;
  } while (continuationToken);
  // Without Partner Center's time, the latest change read: never ahead of what the log holds.
  const nextCursor = serverTime ?? records.reduce((latest, record) => (Date.parse(record.operationDate) > Date.parse(latest) ? record.operationDate : latest), cursor);
  const ours = await ownChangesNotToFetch(context, records);
  const customerIds = new Set<string>();
  for (const record of records) {
    const own = record.originalCorrelationId !== undefined && ours.has(record.originalCorrelationId);
    if (record.customerId && !own) customerIds.add(record.customerId);
  }
  if (customerIds.size > maxCustomersByAudit) return 'needs-full-pass';

  const fresh: { id: string; customer: Customer | null }[] = [];
  for (const customerId of customerIds) {
    const answer = await port.getCustomer({ customerId });
    if (answer.ok) fresh.push({ id: customerId, customer: answer.value });
    else if (answer.error.kind === 'not-found' || answer.error.kind === 'forbidden') fresh.push({ id: customerId, customer: null });
    else return answer.error;
  }
  const profiles = await db.billingProfiles.bulkGet(fresh.map((entry) => entry.id));
  await db.transaction('rw', [db.customers, db.outbox, db.billingProfiles, db.meta], async () => {
    db.markBackground();
    let written = await applyServerCustomers(
      context,
      fresh.filter((entry) => entry.customer).map((entry) => ({ id: entry.id, fields: fieldsOf(customerSummaryOf(entry.customer!)) })),
    );
    for (const entry of fresh) {
      if (!entry.customer) {
        written += await db.customers
          .where('id')
          .equals(entry.id)
          .filter((customer) => customer.sync === 'synced' && customer.relationship !== 'none')
          .modify({ relationship: 'none' });
      }
    }
    for (const [index, entry] of fresh.entries()) {
      // Only profiles someone opened are kept locally; those get the fresh one.
      if (profiles[index] && entry.customer?.billingProfile) await applyServerBillingProfile(context, entry.id, entry.customer.billingProfile);
    }
    await db.meta.bulkPut([
      { key: metaKeys.auditCursor, value: nextCursor },
      // Shown to the user, so in the computer's own time.
      { key: metaKeys.lastSyncedAt, value: new Date(context.now()).toISOString() },
      { key: metaKeys.lastRowsWritten, value: written },
    ]);
  });
  return null;
}
