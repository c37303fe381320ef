// The status bar's queue figures (operations pending, those needing the user, a 401 pause, the
// last sync), read again after a write that may change them: at once after a quiet moment, and
// at most every quarter second while writes keep coming.
//
// A live query re-read them after every outbox commit, twice per operation while a queue drains:
// ~400 read transactions a second at 200 operations a second, in every window. Each queued between
// two of the engine's write transactions on the outbox (IndexedDB runs overlapping transactions in
// the order they were opened) and held the next one until the window had taken its answer.
import { Dexie, type ObservabilitySet } from 'dexie';
import { covers, type IntervalNode } from '../data/changed-keys';
import type { PartnerDeskDatabase } from '../data/database';
import { metaKeys } from './pull';
import { pausedKey } from './push';
import { readQueueFigures, type QueueFigures } from './sync-status';

export const burstEveryMs = 250;

export class QueueFiguresSource {
  private snapshot: QueueFigures | undefined;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private reading = false;
  private readWanted = false;
  private lastReadAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly outboxPart: string;
  private readonly metaPart: string;

  constructor(private readonly db: PartnerDeskDatabase) {
    this.outboxPart = `idb://${db.name}/outbox/`;
    this.metaPart = `idb://${db.name}/meta/`;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Undefined until first read. */
  getSnapshot = (): QueueFigures | undefined => this.snapshot;

  private start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    this.readSoon();
  }

  /** Any window's commit, this one's included: only the outbox and two meta rows matter. */
  private readonly onMutated = (parts: ObservabilitySet): void => {
    const meta = parts[this.metaPart] as IntervalNode | undefined;
    if (parts[this.outboxPart] || covers(meta, pausedKey) || covers(meta, metaKeys.lastSyncedAt)) this.readSoon();
  };

  private readSoon(): void {
    if (this.reading) {
      this.readWanted = true;
      return;
    }
    if (this.timer !== null) return;
    const wait = this.lastReadAt + burstEveryMs - performance.now();
    if (wait <= 0) return void this.read();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.read();
    }, wait);
  }

  private async read(): Promise<void> {
    this.reading = true;
    this.readWanted = false;
    this.lastReadAt = performance.now();
    try {
      this.snapshot = await readQueueFigures(this.db);
      for (const listener of this.listeners) listener();
    } catch {
      // The database is closing or being replaced; the figures shown stay until the next change.
    } finally {
      this.reading = false;
      if (this.readWanted) this.readSoon();
    }
  }
}

const sources = new WeakMap<PartnerDeskDatabase, QueueFiguresSource>();

export function queueFiguresSource(db: PartnerDeskDatabase): QueueFiguresSource {
  let source = sources.get(db);
  if (!source) {
    source = new QueueFiguresSource(db);
    sources.set(db, source);
  }
  return source;
}
