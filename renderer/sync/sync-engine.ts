// The sync engine: in the leader window, push the outbox and pull Partner Center's changes,
// waking on new operations, on reconnection, and when a retry comes due (architecture §1).
// Everything it knows lives in IndexedDB, so any window can take over after a crash or close.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { ConnectivityState } from '../../shared/ipc/contract';
import { covers, type IntervalNode } from '../data/changed-keys';
import type { OutboxOperation } from '../../shared/sync/operations';
import type { LeaderLock } from './leader-lock';
import { metaKeys, runAuditPull, runListPass } from './pull';
import { nextDueAt, pausedKey, readyOperations, releaseClaims, sendClaimed, settleAndClaim, type Claim, type Round, type Sent } from './push';
import { pullPartnerData } from './pull-partner-data';
import { InFlightLimit } from './in-flight-limit';
import type { SyncContext } from './sync-context';
import { fullSyncRequestKey } from './sync-requests';

export interface SyncEngineOptions {
  /** At most this many operations in flight at once, across records (see InFlightLimit). */
  parallel: number;
  /** How many in flight to start with; the default is a few. */
  parallelStart?: number;
  /** How often to read the activity log while online. */
  pullEveryMs: number;
  /** A full reconcile this often. */
  reconcileEveryMs: number;
  /** Also pull referrals, indirect partners, the profile and the invitation link (pull-partner-data.ts). */
  partnerData?: boolean;
  /** The cloud has invitations (US Government has none): only then is the invitation link pulled. Default true. */
  invitations?: boolean;
}

/** How many ready operations per parallel slot one read of the outbox fetches. */
const readyBatchPerSlot = 16;

export const defaultEngineOptions: SyncEngineOptions = { parallel: 32, parallelStart: 4, pullEveryMs: 60_000, reconcileEveryMs: 24 * 60 * 60_000, partnerData: true };

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
  private readonly limit: InFlightLimit;
  private unwatch: (() => void) | null = null;
  private wakeAfterPaintPending = false;
  private releaseLeadership: (() => void) | null = null;
  /** Resolves when this engine stopped leading (for tests). */
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: SyncContext,
    private readonly lock: LeaderLock,
    private readonly options: SyncEngineOptions = defaultEngineOptions,
  ) {
    this.limit = new InFlightLimit(options.parallelStart ?? 4, options.parallel);
  }

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
          this.unwatch = this.watch();
          void this.loop().finally(() => {
            this.leading = false;
            this.unwatch?.();
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

  /**
   * Any window's change to the outbox, the pause or a full-sync request wakes the leader (Dexie
   * carries changes between windows). Told by Dexie's change event, not a live query: one re-read
   * the queue after every outbox commit, the engine's own included, and each such read queued
   * between two of the engine's writes, holding the next until this window took its answer.
   */
  private watch(): () => void {
    const { db } = this.context;
    const outboxPart = `idb://${db.name}/outbox/`;
    const metaPart = `idb://${db.name}/meta/`;
    const takeFullSyncRequest = async () => {
      try {
        if (!(await db.meta.get(fullSyncRequestKey))) return;
        this.reconcileRequested = true;
        this.pullRequested = true;
        await db.meta.delete(fullSyncRequestKey);
        this.wake();
      } catch (error) {
        this.context.log(`sync: reading a full-sync request failed: ${String(error)}`);
      }
    };
    const onMutated = (parts: ObservabilitySet) => {
      const meta = parts[metaPart] as IntervalNode | undefined;
      if (covers(meta, fullSyncRequestKey)) void takeFullSyncRequest();
      if (parts[outboxPart] || covers(meta, pausedKey)) this.wakeAfterPaint();
    };
    Dexie.on('storagemutated', onMutated);
    // As it stood before this window led: a request may be waiting, and so may operations.
    void takeFullSyncRequest();
    this.wake();
    return () => Dexie.on('storagemutated').unsubscribe(onMutated);
  }

  /**
   * Wakes the loop once the page has painted. A change to the outbox is most often the user's own
   * edit, whose row the list has just re-rendered; claiming and sending its operation at once kept
   * the renderer busy when that frame was due, and the edit showed a frame late. A push a frame
   * later is not noticed. A hidden window paints no frames: it wakes the loop straight away, and a
   * timer stands in should the window be hidden before its frame.
   */
  private wakeAfterPaint(): void {
    if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState !== 'visible') return this.wake();
    // One wake per frame however many commits land in it (a draining queue commits hundreds a second).
    if (this.wakeAfterPaintPending) return;
    this.wakeAfterPaintPending = true;
    const wake = () => {
      if (!this.wakeAfterPaintPending) return;
      this.wakeAfterPaintPending = false;
      clearTimeout(fallback);
      this.wake();
    };
    const fallback = setTimeout(wake, 100);
    requestAnimationFrame(() => setTimeout(wake, 0));
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
          if (this.options.partnerData) await pullPartnerData(this.context, { requested: requested && failure === null, invitations: this.options.invitations });
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
   * Sends every ready operation, several records at a time (as many as the in-flight limit
   * allows, which grows while Partner Center keeps up), until none is ready. The push goes in
   * rounds, one transaction each (settleAndClaim): the answers that came in while the last round
   * was being written are settled, and operations are claimed for the free places and, beyond
   * them, a few ahead, so a place that frees up between rounds takes the next claimed operation at
   * once instead of waiting for the next round's commit. An operation waiting to be settled has
   * left its place to the next, and stays in `inFlight` until settled, so no later operation of
   * the same record can start before it is.
   */
  private async pushReady(): Promise<void> {
    const reconnectedAt = this.reconnectedAt;
    // Operations that only waited for the network go at once on reconnection, not after their backoff.
    const ignoreBackoffFor = (operation: OutboxOperation) =>
      reconnectedAt > 0 && operation.lastError?.kind === 'offline' && Date.parse(operation.updatedAt) <= reconnectedAt;
    const { limit } = this;
    const answers: Sent[] = [];
    const sending = new Set<Promise<void>>();
    /** Claimed and waiting for a free place. */
    const ahead: Claim[] = [];
    let answered: () => void = () => undefined;
    let paused = await this.paused();
    const halted = () => paused || this.stopped || this.connectivity === 'offline';
    const send = (claim: Claim) => {
      const task: Promise<void> = sendClaimed(this.context, claim).then((outcome) => {
        sending.delete(task);
        limit.answered(outcome);
        answers.push({ claimed: claim.operation, outcome });
        fillPlaces();
        answered();
      });
      sending.add(task);
    };
    const fillPlaces = () => {
      while (!halted() && sending.size < limit.value && ahead.length > 0) send(ahead.shift()!);
    };
    // Ready heads are read a batch at a time: reading the whole open outbox again for every single
    // operation made a long queue drain in quadratic time. A batch holds at most one operation per
    // record, so per-record order holds; one that went stale meanwhile is left out at its claim.
    let batch: OutboxOperation[] = [];
    try {
      for (;;) {
        if (halted() && ahead.length > 0) await this.release(ahead.splice(0));
        const places = limit.value;
        // Negative when more are claimed ahead than places are free: then nothing more is claimed.
        const free = halted() ? 0 : places - sending.size - ahead.length;
        const wanted = halted() ? 0 : free + places;
        if (wanted > 0 && batch.length === 0) {
          batch = await readyOperations(this.context, { exclude: this.inFlight, limit: this.options.parallel * readyBatchPerSlot, ignoreBackoffFor });
        }
        const next = takeNext(batch, free, wanted);
        const toSettle = answers.splice(0);
        if (next.length === 0 && toSettle.length === 0) {
          if (sending.size === 0) break;
          await new Promise<void>((resolve) => (answered = resolve));
          continue;
        }
        for (const operation of next) this.inFlight.add(operation.id);
        let round: Round;
        try {
          round = await settleAndClaim(this.context, toSettle, next);
        } catch (error) {
          // Nothing was settled or claimed: all of them may be picked again.
          for (const operation of next) this.inFlight.delete(operation.id);
          for (const item of toSettle) this.inFlight.delete(item.claimed.id);
          throw error;
        }
        const claimedIds = new Set(round.claims.map((claim) => claim.operation.id));
        // Those not claimed (changed meanwhile, or the queue paused) may be picked again later.
        for (const operation of next) if (!claimedIds.has(operation.id)) this.inFlight.delete(operation.id);
        toSettle.forEach((item, index) => {
          this.inFlight.delete(item.claimed.id);
          if (round.results[index] === 'retry' && item.claimed.lastError?.kind === 'offline') this.reconnectedAt = 0;
        });
        if (round.paused) {
          paused = true;
          batch = [];
        }
        ahead.push(...round.claims);
        fillPlaces();
      }
    } finally {
      // On a failed round, the requests still out are waited for, and their operations freed to
      // be picked again (they are in flight in the database, so they go again with the same id).
      await Promise.all(sending);
      for (const item of answers) this.inFlight.delete(item.claimed.id);
      // Claims never sent go back as they were: one left in flight would read, after a restart, as
      // sent (for a mail, "delivery unknown").
      await this.release(ahead.splice(0)).catch((error: unknown) => this.context.log(`push: giving back unsent claims failed: ${String(error)}`));
    }
  }

  /** Claimed operations that will not be sent now go back to waiting, as they were. */
  private async release(claims: Claim[]): Promise<void> {
    try {
      await releaseClaims(this.context, claims);
    } finally {
      for (const claim of claims) this.inFlight.delete(claim.operation.id);
    }
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
 * Takes from the batch the operations to claim: up to `free` of any kind, for the places free
 * now, and up to `wanted` in all. Beyond the free places only operations that may safely be
 * claimed early: a mail found claimed after a crash counts as possibly sent (Graph does not
 * de-duplicate), so a mail is claimed only when it leaves at once.
 */
function takeNext(batch: OutboxOperation[], free: number, wanted: number): OutboxOperation[] {
  const taken: OutboxOperation[] = [];
  const kept: OutboxOperation[] = [];
  for (const operation of batch) {
    const fits = taken.length < free || (taken.length < wanted && operation.payload.kind !== 'send-mail');
    (fits ? taken : kept).push(operation);
  }
  batch.splice(0, batch.length, ...kept);
  return taken;
}
