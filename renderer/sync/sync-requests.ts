// What a user can ask of the sync from any window: check everything with Partner Center now
// (a full reconcile), or try again after a pause. The request is written to IndexedDB, where the
// leader (which may be another window) watches for it.
import type { PartnerDeskDatabase } from '../data/database';
import { pausedKey } from './push';

export const fullSyncRequestKey = 'sync.fullSyncRequested';

export async function requestFullSync(db: PartnerDeskDatabase): Promise<void> {
  await db.meta.put({ key: fullSyncRequestKey, value: new Date().toISOString() });
}

/** Lifts a pause after a 401: the next push tries with whatever sign-in there is now. */
export async function resumeSync(db: PartnerDeskDatabase): Promise<void> {
  await db.meta.delete(pausedKey);
}
