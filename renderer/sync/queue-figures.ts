// The status bar's queue figures (operations pending, those needing the user, a 401 pause, the
// last sync), read again after the outbox or those meta rows change: at once after a quiet moment,
// at most every quarter second while writes keep coming. A live query re-read them after every
// outbox commit, twice per operation while a queue drains: ~400 read transactions a second at 200
// operations a second, in every window, each holding up the engine's next write (ThrottledWatch).
import { covers, type IntervalNode } from '../data/changed-keys';
import type { PartnerDeskDatabase } from '../data/database';
import { ThrottledWatch } from '../data/throttled-watch';
import { metaKeys } from './pull';
import { pausedKey } from './push';
import { readQueueFigures, type QueueFigures } from './sync-status';

export const burstEveryMs = 250;

export function queueFiguresWatch(db: PartnerDeskDatabase): ThrottledWatch<QueueFigures> {
  const outboxPart = `idb://${db.name}/outbox/`;
  const metaPart = `idb://${db.name}/meta/`;
  return new ThrottledWatch(
    () => readQueueFigures(db),
    (parts) => {
      const meta = parts[metaPart] as IntervalNode | undefined;
      return parts[outboxPart] !== undefined || covers(meta, pausedKey) || covers(meta, metaKeys.lastSyncedAt);
    },
    burstEveryMs,
  );
}

const watches = new WeakMap<PartnerDeskDatabase, ThrottledWatch<QueueFigures>>();

/** One per database for the whole window. */
export function queueFiguresSource(db: PartnerDeskDatabase): ThrottledWatch<QueueFigures> {
  let watch = watches.get(db);
  if (!watch) {
    watch = queueFiguresWatch(db);
    watches.set(db, watch);
  }
  return watch;
}
