// Opens the local database at start. An older version is backed up before it is upgraded; a
// database that cannot be opened is reported with the latest backup, so the user is offered to
// restore it instead of silently starting empty (and losing what was waiting to be sent).
import type { BackupInfo, PartnerDeskApi } from '../../shared/ipc/contract';
import { unwrap } from '../platform/desk-api';
import { backUpBeforeUpgrade, storedVersion } from './backup';
import { databaseName, PartnerDeskDatabase } from './database';

export type OpenOutcome =
  | { kind: 'open'; db: PartnerDeskDatabase; backedUpBeforeUpgrade: string | null }
  | { kind: 'failed'; error: string; latestBackup: BackupInfo | null };

type OpenApi = Pick<PartnerDeskApi, 'beginBackup' | 'writeFile' | 'finishFile' | 'abortFile' | 'listBackups' | 'readBackup'>;

export async function openDatabase(api: OpenApi, log: (line: string) => void = console.warn): Promise<OpenOutcome> {
  const db = new PartnerDeskDatabase();
  let backedUpBeforeUpgrade: string | null = null;
  try {
    const version = await storedVersion(databaseName);
    if (version > 0 && version < db.verno) {
      try {
        backedUpBeforeUpgrade = (await backUpBeforeUpgrade(databaseName, api))?.fileName ?? null;
      } catch (error) {
        // A failed backup (a full disk, say) must not lock the user out; the upgrade keeps every row anyway.
        log(`database: backup before upgrade failed: ${String(error)}`);
      }
    }
    await db.open();
    return { kind: 'open', db, backedUpBeforeUpgrade };
  } catch (error) {
    db.close();
    let latestBackup: BackupInfo | null = null;
    try {
      latestBackup = (await unwrap(api.listBackups()))[0] ?? null;
    } catch {
      // No backup list: the recovery screen offers to start empty only.
    }
    return { kind: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), latestBackup };
  }
}
