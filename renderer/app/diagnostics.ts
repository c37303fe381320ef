// Against the emulator only (a demo and test cloud that never holds a real customer), the page
// exposes its database, sync engine and intents on `window.partnerDeskDiagnostics`, so benchmarks
// and support scripts can drive and measure the real app without a debug build.
import type { CloudId } from '../../shared/clouds';
import { createCustomer, removeRelationship, updateBillingProfile } from '../customers/customer-mutations';
import type { PartnerDeskDatabase } from '../data/database';
import type { SyncEngine } from '../sync/sync-engine';
import { readSyncFigures } from '../sync/sync-status';

export interface PartnerDeskDiagnostics {
  db: PartnerDeskDatabase;
  engine: SyncEngine;
  intents: { createCustomer: typeof createCustomer; updateBillingProfile: typeof updateBillingProfile; removeRelationship: typeof removeRelationship };
  readSyncFigures: typeof readSyncFigures;
}

export function exposeDiagnostics(cloud: CloudId, db: PartnerDeskDatabase, engine: SyncEngine): void {
  if (cloud !== 'emulator') return;
  const diagnostics: PartnerDeskDiagnostics = {
    db,
    engine,
    intents: { createCustomer, updateBillingProfile, removeRelationship },
    readSyncFigures,
  };
  Object.defineProperty(window, 'partnerDeskDiagnostics', { value: Object.freeze(diagnostics) });
}
