// What the sync engine's parts share: the database, the way to Partner Center, and a clock and
// random source that tests and the simulation can control.
import type { PartnerCenterPort } from '../../shared/partner-center-calls';
import type { PartnerDeskDatabase } from '../data/database';

export interface SyncContext {
  db: PartnerDeskDatabase;
  port: PartnerCenterPort;
  now: () => number;
  random: () => number;
  log: (message: string) => void;
}
