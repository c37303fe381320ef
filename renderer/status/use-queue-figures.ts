// The queue figures for the status bar, shared by the window (see QueueFiguresSource).
import { useSyncExternalStore } from 'react';
import type { PartnerDeskDatabase } from '../data/database';
import { queueFiguresSource } from '../sync/queue-figures';
import type { QueueFigures } from '../sync/sync-status';

/** Undefined until first read. */
export function useQueueFigures(db: PartnerDeskDatabase): QueueFigures | undefined {
  const source = queueFiguresSource(db);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
