// The sync engine: in the leader window, push the outbox and pull Partner Center's changes,
// waking on new operations, on reconnection, and when a retry comes due (architecture §1).
// Everything it knows lives in IndexedDB, so any window can take over after a crash or close.
import { liveQuery, type Subscription } from 'dexie';
import type { ConnectivityState } from '../../shared/ipc/contract';
import type { OutboxOperation } from '../../shared/sync/operations';
import type { LeaderLock } from './leader-lock';
import { metaKeys, runAuditPull, runListPass } from './pull';
import { claimOperations, nextDueAt, pausedKey, readyOperations, sendClaimed, settleOutcomes, type Claim, type PushResult, type Sent } from './push';
import { pullPartnerData } from './pull-partner-data';
import type { SyncContext } from './sync-context';
import { fullSyncRequestKey } from './sync-requests';

export interface SyncEngineOptions {
  /** Operations in flight at once, across records. */
  parallel: number;
  /** How often to read the activity log while online. */
  pullEveryMs: number;
  /** A full reconcile this often. */
  reconcileEveryMs: number;
  /** Also pull referrals, indirect partners, the profile and the invitation link (pull-partner-data.ts). */
  partnerData?: boolean;
}

/** How many ready operations per parallel slot one read of the outbox fetches. */
const readyBatchPerSlot = 16;

export const defaultEngineOptions: SyncEngineOptions = { parallel: 16, pullEveryMs: 60_000, reconcileEveryMs: 24 * 60 * 60_000, partnerData: true };

export class SyncEngine {
  private stopped = false;
  private leading = false;
  private connectivity: ConnectivityState = 'online';
  private wakeUp: (() => void) | null = null;
  private wakePending = false;
  private pullRequested = true;
  private reconcileRequested = false;
  private reconnectedAt = 0;
  private readonly inFlight = new Set<string>();
  private subscription: Subscription | null = null;
  private releaseLeadership: (() => void) | null = null;
  /** Resolves when this engine stopped leading (for tests). */
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: SyncContext,
    private readonly lock: LeaderLock,
    private readonly options: SyncEngineOptions = defaultEngineOptions,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  start(): void {
    this.lock.whenLeader(
      () =>
        (this.idle = new Promise<void>((release) => {
          this.releaseLeadership = release;
          if (this.stopped) return release();
          this.leading = true;
          this.context.log('sync: this window leads');
          // Any window's new operation, lifted pause or full-sync request wakes the leader
          // (Dexie carries changes between windows).
          const { db } = this.context;
          this.subscription = liveQuery(() =>
            Promise.all([db.outbox.where('status').equals('queued').count(), db.meta.get(pausedKey), db.meta.get(fullSyncRequestKey)]),
          ).subscribe({
            next: ([, , fullSyncRequest]) => {
              if (fullSyncRequest) {
                this.reconcileRequested = true;
                this.pullRequested = true;
                void db.meta.delete(fullSyncRequestKey);
              }
              this.wake();
            },
            error: (error: unknown) => this.context.log(`sync: outbox watch failed: ${String(error)}`),
          });
          void this.loop().finally(() => {
            this.leading = false;
            this.subscription?.unsubscribe();
            release();
          });
        })),
    );
  }

  /** Stops leading (window closing, or a crash in the simulation); another window takes over. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    this.releaseLeadership?.();
    await this.idle;
  }

  setConnectivity(state: ConnectivityState): void {
    const wasDown = this.connectivity !== 'online';
    this.connectivity = state;
    if (state === 'online' && wasDown) {
      this.reconnectedAt = this.context.now();
      this.pullRequested = true;
    }
    this.wake();
  }

  requestPull(options: { reconcile?: boolean } = {}): void {
    this.pullRequested = true;
    if (options.reconcile) this.reconcileRequested = true;
    this.wake();
  }

  wake(): void {
    this.wakePending = true;
    this.wakeUp?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakePending) {
      this.wakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.wakePending = false;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, Math.min(ms, 2_147_483_647)));
      this.wakeUp = done;
    });
  }

  private async paused(): Promise<boolean> {
    return (await this.context.db.meta.get(pausedKey)) !== undefined;
  }

  private async loop(): Promise<void> {
    let lastPullAt = 0;
    while (!this.stopped) {
      try {
        if (this.connectivity === 'offline' || (await this.paused())) {
          await this.sleep(60_000);
          continue;
        }
        await this.pushReady();
        if (this.stopped) break;
        const now = this.context.now();
        if (this.pullRequested || now - lastPullAt >= this.options.pullEveryMs) {
          const requested = this.pullRequested;
          const failure = await this.pull();
          if (failure === null) {
            this.pullRequested = false;
            lastPullAt = this.context.now();
          }
          // Partner data after customers, so invitation acceptance sees the customers just pulled;
          // a failing customer pull, retried every few seconds, must not refetch it all each time.
          if (this.options.partnerData) await pullPartnerData(this.context, { requested: requested && failure === null });
        }
        const due = await nextDueAt(this.context);
        const untilPull = Math.max(0, lastPullAt + this.options.pullEveryMs - this.context.now());
        const untilDue = due === null ? Number.POSITIVE_INFINITY : Math.max(0, due - this.context.now());
        await this.sleep(Math.min(untilPull, untilDue, this.pullRequested ? 5_000 : Number.POSITIVE_INFINITY));
      } catch (error) {
        this.context.log(`sync: loop error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        await this.sleep(1_000);
      }
    }
  }

  /**
   * Sends every ready operation, a few records at a time, until none is ready. Operations that
   * start together are claimed in one transaction, and those whose answers arrive while another
   * settle is being written are settled together in the next: each commit makes every window's
   * live queries run again, and one commit per operation made a long queue crawl.
   */
  private async pushReady(): Promise<void> {
    const reconnectedAt = this.reconnectedAt;
    // Operations that only waited for the network go at once on reconnection, not after their backoff.
    const ignoreBackoffFor = (operation: OutboxOperation) =>
      reconnectedAt > 0 && operation.lastError?.kind === 'offline' && Date.parse(operation.updatedAt) <= reconnectedAt;
    const running = new Set<Promise<void>>();
    // Operations waiting for Partner Center's answer; one whose answer is in and waits to be
    // written frees its place for the next, and stays in `inFlight` until settled, so no later
    // operation of the same record can start before it is.
    let sending = 0;
    let answered: () => void = () => undefined;
    const settler = new Settler(this.context);
    // Ready heads are read a batch at a time: reading the whole open outbox again for every single
    // operation made a long queue drain in quadratic time. A batch holds at most one operation per
    // record, so per-record order holds; one that went stale meanwhile is left out at its claim.
    let batch: OutboxOperation[] = [];
    for (;;) {
      if (this.stopped || this.connectivity === 'offline' || (await this.paused())) break;
      const free = this.options.parallel - sending;
      if (free > 0 && batch.length === 0) {
        batch = await readyOperations(this.context, { exclude: this.inFlight, limit: this.options.parallel * readyBatchPerSlot, ignoreBackoffFor });
      }
      const ready = batch.splice(0, Math.max(0, free));
      for (const operation of ready) this.inFlight.add(operation.id);
      let claims: Claim[] = [];
      try {
        claims = await claimOperations(this.context, ready);
      } finally {
        // Those not claimed (changed meanwhile, or the claim failed) may be picked again later.
        const claimedIds = new Set(claims.map((claim) => claim.operation.id));
        for (const operation of ready) if (!claimedIds.has(operation.id)) this.inFlight.delete(operation.id);
      }
      for (const claim of claims) {
        const { id, lastError } = claim.operation;
        sending += 1;
        const task = sendClaimed(this.context, claim)
          .finally(() => {
            sending -= 1;
            answered();
          })
          .then((outcome) => settler.settle({ claimed: claim.operation, outcome }))
          .then((result) => {
            if (result === 'retry' && lastError?.kind === 'offline') this.reconnectedAt = 0;
          })
          .finally(() => {
            this.inFlight.delete(id);
            running.delete(task);
          });
        running.add(task);
      }
      if (running.size === 0) break;
      // On when a place frees up (an answer came) or an operation is settled (its record's next
      // operation may now be ready).
      await Promise.race([...running, new Promise<void>((resolve) => (answered = resolve))]);
    }
    await Promise.all(running);
  }

  private async pull(): Promise<unknown> {
    const { db } = this.context;
    const firstSyncDone = (await db.meta.get(metaKeys.firstSyncDone))?.value === true;
    const lastReconcile = (await db.meta.get(metaKeys.lastReconcileAt))?.value as string | undefined;
    const reconcileDue = lastReconcile !== undefined && this.context.now() - Date.parse(lastReconcile) >= this.options.reconcileEveryMs;
    const passRunning = (await db.meta.get(metaKeys.pass)) !== undefined;
    if (!firstSyncDone || passRunning || this.reconcileRequested || reconcileDue) {
      const failure = await runListPass(this.context, firstSyncDone ? 'reconcile' : 'first-sync');
      if (failure === null) this.reconcileRequested = false;
      return failure;
    }
    const result = await runAuditPull(this.context);
    if (result === 'needs-full-pass') {
      this.reconcileRequested = true;
      return 'needs-full-pass';
    }
    return result;
  }
}

/**
 * Writes the answers of sent operations: one transaction for all that arrived while the previous
 * one was being written. An answer waits at most one settle, a few milliseconds.
 */
class Settler {
  private waiting: { sent: Sent; done: (result: PushResult) => void; failed: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(private readonly context: SyncContext) {}

  settle(sent: Sent): Promise<PushResult> {
    return new Promise((done, failed) => {
      this.waiting.push({ sent, done, failed });
      if (!this.writing) void this.writeAll();
    });
  }

  private async writeAll(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const items = this.waiting.splice(0);
        try {
          const results = await settleOutcomes(this.context, items.map((item) => item.sent));
          items.forEach((item, index) => item.done(results[index]!));
        } catch (error) {
          items.forEach((item) => item.failed(error));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
