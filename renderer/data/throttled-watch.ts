// A read kept current from Dexie's change event, for what a screen shows while the sync writes
// hundreds of commits a second: read at once after a quiet moment, and at most every `everyMs`
// while relevant changes keep coming (the last of a burst is always read).
//
// A live query re-reads after every commit that touches what it read. Each such read is a
// transaction queued between two of the sync's writes to the same store (IndexedDB runs
// overlapping transactions in the order they were opened), and it holds the next write until this
// window has taken its answer: one live query in the status bar and one in the credentials dialog
// cost a draining queue of new customers about a fifth of its pace.
import { Dexie, type ObservabilitySet } from 'dexie';

export class ThrottledWatch<T> {
  private snapshot: T | undefined;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private stopped = false;
  private reading = false;
  private readWanted = false;
  private lastReadAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly read: () => Promise<T>,
    /** Whether a commit's changed keys may change what `read` answers. */
    private readonly matters: (parts: ObservabilitySet) => boolean,
    private readonly everyMs: number,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.start();
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  /** Undefined until first read. */
  getSnapshot = (): T | undefined => this.snapshot;

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.stopped = false;
    Dexie.on('storagemutated', this.onMutated);
    this.readSoon();
  }

  private stop(): void {
    this.started = false;
    this.stopped = true;
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    if (this.matters(parts)) this.readSoon();
  };

  private readSoon(): void {
    if (this.reading) {
      this.readWanted = true;
      return;
    }
    if (this.timer !== null) return;
    const wait = this.lastReadAt + this.everyMs - performance.now();
    if (wait <= 0) return void this.readNow();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.readNow();
    }, wait);
  }

  private async readNow(): Promise<void> {
    this.reading = true;
    this.readWanted = false;
    this.lastReadAt = performance.now();
    try {
      const value = await this.read();
      if (this.stopped) return;
      this.snapshot = value;
      for (const listener of this.listeners) listener();
    } catch {
      // The database is closing or being replaced; what is shown stays until the next change.
    } finally {
      this.reading = false;
      if (this.readWanted && !this.stopped) this.readSoon();
    }
  }
}
