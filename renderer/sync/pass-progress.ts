// How far the customer list pass has got (the first sync's "N customers so far"), for the status
// bar and the customer list, without reading IndexedDB after every page.
//
// A read transaction on `meta` opened while the pass runs queues between two of its page
// transactions (they write `meta` too, and IndexedDB runs overlapping transactions in the order
// they were opened), and holds the next page until this window has taken the read's answer. The
// status bar and the list each re-read the pass after every page: a first sync of 100,000
// customers took 16.3-17.3 s with those reads and 13.2-13.5 s without them, side by side.
// So this window's own commits come with their rows (onCommittedWrite): the window whose engine
// runs the pass reads nothing. Other windows hear of the pass as keys (Dexie's storagemutated,
// a BroadcastChannel) and read it at most once a second.
import { Dexie, type ObservabilitySet } from 'dexie';
import { covers, type IntervalNode } from '../data/changed-keys';
import { isOwnCommit, type CommittedWrite, type PartnerDeskDatabase } from '../data/database';
import type { MetaRecord } from '../data/records';
import { metaKeys, type ListPass } from './pull';

export interface PassProgress {
  /** The list pass under way (a first sync or a reconcile), or null. */
  pass: ListPass | null;
  firstSyncDone: boolean;
}

export const readAtMostEveryMs = 1_000;
/**
 * A pass lands a page every ~80 ms; the screens are told of its count this often. Re-rendering and
 * repainting the count for each page cost the pass CPU it needs (its start and end are told at once).
 */
export const countEveryMs = 500;

/** The two rows, as written in a commit of this window, on top of what was known. */
function applyWrite(progress: PassProgress, write: CommittedWrite): PassProgress {
  let next = progress;
  for (const row of write.puts as MetaRecord[]) {
    if (row.key === metaKeys.pass) next = { ...next, pass: (row.value as ListPass | undefined) ?? null };
    else if (row.key === metaKeys.firstSyncDone) next = { ...next, firstSyncDone: row.value === true };
  }
  for (const key of write.deletes) {
    if (key === metaKeys.pass) next = { ...next, pass: null };
    else if (key === metaKeys.firstSyncDone) next = { ...next, firstSyncDone: false };
  }
  return next;
}

export class PassProgressSource {
  private snapshot: PassProgress | undefined;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private reading = false;
  private readWanted = false;
  /** This window's commits that landed while a read was on its way: applied on top of its answer. */
  private committedDuringRead: CommittedWrite[] = [];
  private lastReadAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private toldAt = Number.NEGATIVE_INFINITY;
  private telling: ReturnType<typeof setTimeout> | null = null;
  private readonly part: string;

  constructor(private readonly db: PartnerDeskDatabase) {
    this.part = `idb://${db.name}/meta/`;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Undefined until first read. */
  getSnapshot = (): PassProgress | undefined => this.snapshot;

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.db.onCommittedWrite('meta', this.onCommitted);
    Dexie.on('storagemutated', this.onMutated);
    this.readSoon();
  }

  private publish(next: PassProgress): void {
    if (next === this.snapshot) return;
    const onlyCounted = this.snapshot?.pass && next.pass && this.snapshot.pass.id === next.pass.id && this.snapshot.firstSyncDone === next.firstSyncDone;
    // The snapshot changes at once (a screen rendering for another reason shows the latest count).
    this.snapshot = next;
    if (!onlyCounted) return this.tell();
    if (this.telling !== null) return;
    const wait = this.toldAt + countEveryMs - performance.now();
    if (wait <= 0) return this.tell();
    this.telling = setTimeout(() => this.tell(), wait);
  }

  private tell(): void {
    if (this.telling !== null) clearTimeout(this.telling);
    this.telling = null;
    this.toldAt = performance.now();
    for (const listener of this.listeners) listener();
  }

  private readonly onCommitted = (write: CommittedWrite): void => {
    if (write.wholeTable) return this.readSoon();
    if (this.reading) this.committedDuringRead.push(write);
    if (this.snapshot) this.publish(applyWrite(this.snapshot, write));
  };

  /** Another window's commit, as keys. This window's own are onCommitted's, which has the rows. */
  private readonly onMutated = (parts: ObservabilitySet): void => {
    const changed = parts[this.part] as IntervalNode | undefined;
    if (!changed || isOwnCommit(parts, this.db.name, 'meta')) return;
    if (covers(changed, metaKeys.pass) || covers(changed, metaKeys.firstSyncDone)) this.readSoon();
  };

  private readSoon(): void {
    if (this.reading) {
      this.readWanted = true;
      return;
    }
    if (this.timer !== null) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.read();
      },
      Math.max(0, this.lastReadAt + readAtMostEveryMs - performance.now()),
    );
  }

  private async read(): Promise<void> {
    this.reading = true;
    this.readWanted = false;
    this.committedDuringRead = [];
    this.lastReadAt = performance.now();
    try {
      const { db } = this;
      const [pass, done] = await db.transaction('r', db.meta, () => Promise.all([db.meta.get(metaKeys.pass), db.meta.get(metaKeys.firstSyncDone)]));
      const read: PassProgress = { pass: (pass?.value as ListPass | undefined) ?? null, firstSyncDone: done?.value === true };
      // A commit of this window told while the read was out is at least as new as what it found.
      this.publish(this.committedDuringRead.reduce(applyWrite, read));
    } catch {
      // The database is closing or being replaced; the figures shown stay until the next change.
    } finally {
      this.reading = false;
      this.committedDuringRead = [];
      if (this.readWanted) this.readSoon();
    }
  }
}

const sources = new WeakMap<PartnerDeskDatabase, PassProgressSource>();

/** One per database for the whole window: the status bar and the list share its reads. */
export function passProgressSource(db: PartnerDeskDatabase): PassProgressSource {
  let source = sources.get(db);
  if (!source) {
    source = new PassProgressSource(db);
    sources.set(db, source);
  }
  return source;
}
