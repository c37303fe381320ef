// The sync state the status bar announces. Until the sync engine exists (it will feed this with
// its queue length and progress), the only truthful states are the connection's: nothing is
// queued, so "synced" when online.
import type { Connectivity } from '../../shared/ipc/contract';

export type SyncState = 'synced' | 'syncing' | 'offline' | 'degraded' | 'paused';

export interface SyncStatus {
  state: SyncState;
  pending: number;
}

export function syncStatusFrom(connectivity: Connectivity, pending: number): SyncStatus {
  if (connectivity.state === 'offline') return { state: 'offline', pending };
  if (connectivity.state === 'degraded') return { state: 'degraded', pending };
  return { state: pending > 0 ? 'syncing' : 'synced', pending };
}
