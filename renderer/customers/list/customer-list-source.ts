// Fills the in-memory customer list from IndexedDB and keeps it current. The first rows come
// from the nameKey index in a few milliseconds, so the list paints at once; the rest follows
// page by page in the background, in name order, so nothing needs sorting. After that, this
// window's committed writes come with the rows written (onCommittedWrite), so a sync page of 500
// customers is taken as written, not read back; other windows' writes come through Dexie's
// `storagemutated` event (a BroadcastChannel) as keys only, and a handful are re-read by id. A
// write Dexie reports as a range (a clear, a collection's delete) triggers a quiet reload that
// replaces the index only when it is complete. This window's own small edits show even sooner,
// from the values being written, before the commit (see onLocalWrite).
import { Dexie, type ObservabilitySet } from 'dexie';
import type { IntervalNode } from '../../data/changed-keys';
import { isOwnCommit, type CommittedWrite, type LocalWrite, type PartnerDeskDatabase } from '../../data/database';
import type { CustomerRecord } from '../../data/records';
import { CustomerListIndex } from './customer-list-index';

const firstPage = 120;
const pageSize = 5_000;
/** Above this many single changes at once a reload is cheaper than reading each by id. */
const maxSingleChanges = 2_000;
const reloadQuietMs = 600;
const reloadAtMostEveryMs = 4_000;
/** A change this long after the last one the screen was told of is shown at once. */
const quietMs = 100;
/**
 * During a burst of background changes, the screen is told this often. A first sync lands a page
 * of 500 every ~80 ms for a quarter of a minute; each time the screen is told costs ~20 ms of
 * rendering and painting at 100,000 customers, CPU the sync itself needs (at every 250 ms the
 * renderer spent ~1 s more of a first sync). Once a second still shows the list filling.
 */
const burstEveryMs = 1000;

export interface ListSnapshot {
  index: CustomerListIndex;
  /** Bumped on every change, for React to re-render. */
  version: number;
  /** True until the first complete load. */
  loading: boolean;
  /** Customers in the database, known early from a count, for "loading N of M". */
  expected: number | null;
}

export class CustomerListSource {
  private snapshot: ListSnapshot = { index: new CustomerListIndex(), version: 0, loading: true, expected: null };
  private readonly listeners = new Set<() => void>();
  private started = false;
  private reloading = false;
  private reloadWanted = false;
  private notifyScheduled = false;
  private notifiedAt = Number.NEGATIVE_INFINITY;
  /**
   * Changes that came while a (re)load ran, applied to its index when it completes: the row as
   * committed in this window, null when deleted, or undefined when only the key is known (another
   * window's change), to be read.
   *
   * During a reload the change shows at once in the list on screen and is applied again to the
   * new list when it is complete, since a row the reload already read may have changed since.
   * Reloading again instead would never end while a sync writes a page a second: a reload of
   * 100,000 rows takes seconds, and a page always lands during it.
   * The first load fills the list on screen in name order, so it only takes them afterwards.
   */
  private readonly changedDuringReload = new Map<string, CustomerRecord | null | undefined>();
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private firstDirtyAt = 0;
  private readonly part: string;

  constructor(private readonly db: PartnerDeskDatabase) {
    this.part = `idb://${db.name}/customers/`;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ListSnapshot => this.snapshot;

  /** Resolves once the whole list is in memory (for the export and the benchmark). */
  async ready(): Promise<CustomerListIndex> {
    this.start();
    while (this.snapshot.loading) await new Promise((resolve) => setTimeout(resolve, 50));
    return this.snapshot.index;
  }

  /**
   * The snapshot changes at once (readers such as the export see it). The screen is told at once
   * of the user's own edit (`now`) and of a change after a quiet moment, and at most every
   * `burstEveryMs` during a burst, on an animation frame: while the queue drains a change lands
   * every few milliseconds, and re-rendering the list for each (its query copies the order of every
   * customer) starved the sync of the CPU; once a frame, and then every 250 ms, still took too
   * much of it at 100,000 customers. React renders a store change synchronously, so a frame that
   * is told paints it.
   */
  private publish(next: Partial<ListSnapshot>, options: { now?: boolean } = {}): void {
    this.snapshot = { ...this.snapshot, ...next, version: this.snapshot.version + 1 };
    const notify = () => {
      this.notifyScheduled = false;
      this.notifiedAt = performance.now();
      for (const listener of this.listeners) listener();
    };
    if (options.now || (!this.notifyScheduled && performance.now() - this.notifiedAt >= quietMs)) return notify();
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    const onFrame = () => {
      if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(notify);
      else notify();
    };
    setTimeout(onFrame, Math.max(0, this.notifiedAt + burstEveryMs - performance.now()));
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    this.db.onCommittedWrite('customers', this.onCommitted);
    this.db.onLocalWrite('customers', this.onLocalWrite);
    void this.db.customers.count().then((expected) => this.snapshot.loading && this.publish({ expected }));
    void this.load(true);
  }

  /** Reads every customer in name order; publishes as it goes on the first load only. */
  private async load(first: boolean): Promise<void> {
    this.reloading = true;
    this.reloadWanted = false;
    const index = first ? this.snapshot.index : new CustomerListIndex();
    try {
      let page = await this.db.customers.orderBy('nameKey').limit(firstPage).toArray();
      index.appendInNameOrder(page);
      if (first) this.publish({});
      let size = firstPage;
      while (page.length === size) {
        const last = page[page.length - 1]!;
        size = pageSize;
        // aboveOrEqual, not above: rows sharing the last name key may straddle two pages.
        page = await this.db.customers.where('nameKey').aboveOrEqual(last.nameKey).limit(size).toArray();
        const before = index.size;
        index.appendInNameOrder(page);
        if (index.size === before && page.length === size) {
          // A whole page of one name key: take all of that key, then move past it.
          index.appendInNameOrder(await this.db.customers.where('nameKey').equals(last.nameKey).toArray());
          page = await this.db.customers.where('nameKey').above(last.nameKey).limit(size).toArray();
          index.appendInNameOrder(page);
        }
        if (first) this.publish({});
        // Yield between pages so typing and scrolling stay smooth while the list fills.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      index.setDomainOrder(await this.db.customers.orderBy('domainKey').primaryKeys());
      this.publish({ index, loading: false, expected: index.size });
    } finally {
      this.reloading = false;
      const changed = [...this.changedDuringReload];
      this.changedDuringReload.clear();
      // This window's writes come with their rows: a first sync writing a page every few hundred
      // milliseconds while the list loads no longer makes it load everything again when done.
      const toRead = changed.filter(([, row]) => row === undefined).map(([id]) => id);
      this.take(
        changed.flatMap(([, row]) => (row ? [row] : [])),
        changed.filter(([, row]) => row === null).map(([id]) => id),
      );
      if (this.reloadWanted || toRead.length > maxSingleChanges) this.scheduleReload();
      else if (toRead.length > 0) void this.applyChanges(toRead);
      if (changed.length > toRead.length) this.publish({});
    }
  }

  /**
   * Another window's change, as keys. This window's own commits fire `storagemutated` too; those
   * are onCommitted's, which has the rows.
   */
  private readonly onMutated = (parts: ObservabilitySet): void => {
    const changed = parts[this.part];
    if (!changed || isOwnCommit(parts, this.db.name, 'customers')) return;
    const keys: string[] = [];
    let wholeTable = false;
    for (const range of rangesOf(changed as IntervalNode)) {
      if (range.from !== range.to || typeof range.from !== 'string' || keys.length >= maxSingleChanges) {
        wholeTable = true;
        break;
      }
      keys.push(range.from);
    }
    if (wholeTable) return this.reloadSoon();
    if (this.reloading) for (const key of keys) this.changedDuringReload.set(key, undefined);
    if (!this.snapshot.loading) void this.applyChanges(keys);
  };

  /** This window's committed write: the rows go into the list as written. */
  private readonly onCommitted = (write: CommittedWrite): void => {
    if (write.wholeTable) return this.reloadSoon();
    const rows = write.puts as CustomerRecord[];
    const gone = write.deletes as string[];
    if (this.reloading) {
      for (const row of rows) this.changedDuringReload.set(row.id, row);
      for (const id of gone) this.changedDuringReload.set(id, null);
    }
    if (this.snapshot.loading) return;
    this.take(rows, gone);
    this.publish({});
  };

  private reloadSoon(): void {
    this.reloadWanted = true;
    if (!this.reloading) this.scheduleReload();
  }

  /** Rows written and customers gone, into the list held now. */
  private take(rows: readonly CustomerRecord[], gone: readonly string[]): void {
    const index = this.snapshot.index;
    index.upsertMany(rows);
    for (const id of gone) index.remove(id);
  }

  /**
   * The user's own edit in this window shows at once, from the values being written, before the
   * transaction commits; onCommitted takes them again once committed, and a transaction that
   * fails puts back what the database holds.
   */
  private readonly onLocalWrite = (write: LocalWrite): void => {
    if (this.snapshot.loading) return;
    this.take(write.puts as CustomerRecord[], write.deletes as string[]);
    this.publish({}, { now: true });
    void write.settled.then((committed) => {
      if (committed) return;
      const ids = [...(write.puts as CustomerRecord[]).map((record) => record.id), ...(write.deletes as string[])];
      // Read outside the failed transaction, whose zone this callback would otherwise inherit.
      void Dexie.ignoreTransaction(() => this.applyChanges(ids));
    });
  };

  private async applyChanges(ids: string[]): Promise<void> {
    const records = await this.db.customers.bulkGet(ids);
    this.take(
      records.filter((record): record is CustomerRecord => record !== undefined),
      ids.filter((_id, position) => records[position] === undefined),
    );
    this.publish({});
  }

  private scheduleReload(): void {
    const now = Date.now();
    if (this.reloadTimer === null) this.firstDirtyAt = now;
    else clearTimeout(this.reloadTimer);
    // Wait for a quiet moment, but during a long first sync still refresh every few seconds.
    const delay = Math.max(0, Math.min(reloadQuietMs, this.firstDirtyAt + reloadAtMostEveryMs - now));
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      void this.load(false);
    }, delay);
  }
}

/**
 * The ranges of Dexie's interval tree. Walked by hand because a tree from another window comes
 * through the BroadcastChannel as a plain object, without the RangeSet iterator.
 */
function* rangesOf(node: IntervalNode | null | undefined): Generator<{ from: unknown; to: unknown }> {
  if (!node || !('from' in node)) return;
  yield* rangesOf(node.l);
  yield { from: node.from, to: node.to };
  yield* rangesOf(node.r);
}

const sources = new WeakMap<PartnerDeskDatabase, CustomerListSource>();

/** One list per database for the whole window, so leaving and reopening the list costs nothing. */
export function customerListSource(db: PartnerDeskDatabase): CustomerListSource {
  let source = sources.get(db);
  if (!source) {
    source = new CustomerListSource(db);
    sources.set(db, source);
  }
  return source;
}
