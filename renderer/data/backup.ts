// Backups of the local database (issue: before any upgrade, and on demand from Settings), with
// dexie-export-import. The export is streamed to main in text chunks, so a 100,000-customer
// database never crosses IPC in one piece; main decides where the file goes.
import { Dexie } from 'dexie';
import { exportDB, importInto, type ExportProgress } from 'dexie-export-import';
import type { BackupInfo, PartnerDeskApi } from '../../shared/ipc/contract';
import { unwrap } from '../platform/desk-api';

type BackupApi = Pick<PartnerDeskApi, 'beginBackup' | 'writeFile' | 'finishFile' | 'abortFile' | 'listBackups' | 'readBackup'>;

const chunkChars = 1024 * 1024;

export async function backUpDatabase(
  db: Dexie,
  reason: 'before-upgrade' | 'on-demand',
  api: BackupApi,
  onProgress?: (progress: ExportProgress) => void,
): Promise<{ fileName: string; bytes: number }> {
  const blob = await exportDB(db, {
    numRowsPerChunk: 2_000,
    progressCallback: (progress) => {
      onProgress?.(progress);
      return true;
    },
  });
  const { exportId, fileName } = await unwrap(api.beginBackup({ reason }));
  try {
    // TextDecoderStream keeps multi-byte characters whole across chunk boundaries.
    const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (value) pending += value;
      while (pending.length >= chunkChars || (done && pending.length > 0)) {
        await unwrap(api.writeFile({ exportId, chunk: pending.slice(0, chunkChars) }));
        pending = pending.slice(chunkChars);
      }
      if (done) break;
    }
    const { bytes } = await unwrap(api.finishFile({ exportId }));
    return { fileName, bytes };
  } catch (error) {
    await api.abortFile({ exportId });
    throw error;
  }
}

export async function readBackupFile(api: BackupApi, name: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const { base64, done } = await unwrap(api.readBackup({ name, offset, length: chunkChars }));
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    parts.push(bytes);
    offset += bytes.length;
    if (done || bytes.length === 0) break;
  }
  return new Blob(parts, { type: 'application/json' });
}

/** Replaces the whole local database with a backup's content. */
export async function restoreBackup(db: Dexie, api: BackupApi, backup: BackupInfo): Promise<void> {
  const blob = await readBackupFile(api, backup.name);
  await importInto(db, blob, { clearTablesBeforeImport: true, acceptVersionDiff: true, acceptMissingTables: true, acceptNameDiff: true });
}

/** The version the stored database has now, or 0 when there is none yet (read without upgrading it). */
export async function storedVersion(name: string): Promise<number> {
  if (!(await Dexie.exists(name))) return 0;
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/** Backs up a database that is about to be upgraded, opened as it is (dynamic mode, no schema). */
export async function backUpBeforeUpgrade(name: string, api: BackupApi): Promise<{ fileName: string } | null> {
  const stored = new Dexie(name);
  try {
    await stored.open();
    return await backUpDatabase(stored, 'before-upgrade', api);
  } finally {
    stored.close();
  }
}
