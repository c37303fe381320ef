// The list pass's progress for a screen: shared by every screen of the window, read as described
// in PassProgressSource (this window's own pass is never read back).
import { useSyncExternalStore } from 'react';
import type { PartnerDeskDatabase } from '../data/database';
import { passProgressSource, type PassProgress } from '../sync/pass-progress';

/** Undefined until it is first known. */
export function usePassProgress(db: PartnerDeskDatabase): PassProgress | undefined {
  const source = passProgressSource(db);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
