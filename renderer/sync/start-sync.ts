// Starts the sync engine in this window: it competes for leadership with the other windows and,
// when leading, follows main's connectivity. Every window may write; only the leader sends.
import type { PartnerCenterPort } from '../../shared/partner-center-calls';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';
import { deskApi } from '../platform/desk-api';
import { webLeaderLock } from './leader-lock';
import { defaultEngineOptions, SyncEngine } from './sync-engine';

export function startSync(db: PartnerDeskDatabase, store: DeskStore): SyncEngine {
  const port: PartnerCenterPort = deskApi();
  const engine = new SyncEngine(
    { db, port, now: () => Date.now(), random: Math.random, log: (line) => console.info(line) },
    webLeaderLock(),
    { ...defaultEngineOptions, invitations: store.getState().appInfo.cloudFeatures.invitations },
  );
  engine.setConnectivity(store.getState().connectivity.state);
  store.subscribe((state, previous) => {
    if (state.connectivity.state !== previous.connectivity.state) engine.setConnectivity(state.connectivity.state);
  });
  engine.start();
  window.addEventListener('pagehide', () => void engine.stop());
  return engine;
}
