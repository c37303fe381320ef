// The sync status every window shows, read from IndexedDB so it is the same in all of them:
// queued operations, those needing the user, a 401 pause and the last sync. First-sync progress
// comes from PassProgressSource, which does not re-read it after every page.
import type { ConnectivityState } from '../../shared/ipc/contract';
import type { PartnerDeskDatabase } from '../data/database';
import type { PassProgress } from './pass-progress';
import { metaKeys, type ListPass } from './pull';
import { pausedKey } from './push';

export type SyncState = 'synced' | 'syncing' | 'offline' | 'degraded' | 'paused';

export interface QueueFigures {
  pending: number;
  conflicts: number;
  rejected: number;
  deliveryUnknown: number;
  paused: { reason: string; since: string } | null;
  lastSyncedAt: string | null;
}

export type SyncFigures = QueueFigures & PassProgress;

/**
 * Every window's status bar re-reads this after outbox writes and writes of the meta rows it
 * reads (at most every quarter second while a queue drains: QueueFiguresSource), so it touches
 * only small index ranges and single rows: no count of the customers table, which takes ~150 ms at
 * 100,000 customers in Chromium. It leaves out the list pass, whose row changes with every page of
 * a first sync (PassProgressSource).
 */
export async function readQueueFigures(db: PartnerDeskDatabase): Promise<QueueFigures> {
  // One read transaction, not one per figure: nine transactions after every commit each held up
  // the sync's next write to the outbox or meta until the renderer had taken its answer.
  const [queued, inFlight, conflicts, rejected, deliveryUnknown, paused, lastSyncedAt] = await db.transaction('r', [db.outbox, db.meta], () => Promise.all([
    // Two index counts, not `anyOf(...).count()`: Dexie counts an anyOf by walking a cursor over
    // every matching operation, and this runs after every outbox commit, so a 1,000-operation
    // queue was walked a thousand times while it drained, holding up the next commit each time.
    db.outbox.where('status').equals('queued').count(),
    db.outbox.where('status').equals('in-flight').count(),
    db.outbox.where('status').equals('conflict').count(),
    db.outbox.where('status').equals('rejected').count(),
    db.outbox.where('status').equals('delivery-unknown').count(),
    db.meta.get(pausedKey),
    db.meta.get(metaKeys.lastSyncedAt),
  ]));
  return {
    pending: queued + inFlight,
    conflicts,
    rejected,
    deliveryUnknown,
    paused: (paused?.value as QueueFigures['paused']) ?? null,
    lastSyncedAt: (lastSyncedAt?.value as string | undefined) ?? null,
  };
}

/** Everything at once, the pass included, for diagnostics and tests. */
export async function readSyncFigures(db: PartnerDeskDatabase): Promise<SyncFigures> {
  return db.transaction('r', [db.outbox, db.meta], async () => {
    const [queue, pass, firstSyncDone] = await Promise.all([readQueueFigures(db), db.meta.get(metaKeys.pass), db.meta.get(metaKeys.firstSyncDone)]);
    return { ...queue, pass: (pass?.value as ListPass | undefined) ?? null, firstSyncDone: firstSyncDone?.value === true };
  });
}

export function syncStateOf(connectivity: ConnectivityState, figures: SyncFigures): SyncState {
  if (connectivity === 'offline') return 'offline';
  if (figures.paused) return 'paused';
  if (connectivity === 'degraded') return 'degraded';
  if (figures.pending > 0 || figures.pass !== null || !figures.firstSyncDone) return 'syncing';
  return 'synced';
}
