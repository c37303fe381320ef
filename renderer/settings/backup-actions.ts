// Settings' data-safety intents: back up now, list backups, restore one. The screen dispatches
// these; they talk to Dexie and main.
import { create } from 'zustand';
import type { BackupInfo } from '../../shared/ipc/contract';
import { backUpDatabase, restoreBackup } from '../data/backup';
import type { PartnerDeskDatabase } from '../data/database';
import { deskApi, unwrap } from '../platform/desk-api';

interface BackupState {
  backups: BackupInfo[];
  progressRows: number | null;
  lastResult: { kind: 'saved'; file: string } | { kind: 'failed'; message: string } | null;
  restoreFailure: string | null;
  refresh(): Promise<void>;
  backUpNow(db: PartnerDeskDatabase): Promise<void>;
  restore(db: PartnerDeskDatabase, backup: BackupInfo): Promise<void>;
}

export const useBackups = create<BackupState>()((set, get) => ({
  backups: [],
  progressRows: null,
  lastResult: null,
  restoreFailure: null,
  async refresh() {
    try {
      set({ backups: await unwrap(deskApi().listBackups()) });
    } catch {
      set({ backups: [] });
    }
  },
  async backUpNow(db) {
    set({ progressRows: 0, lastResult: null });
    try {
      const { fileName } = await backUpDatabase(db, 'on-demand', deskApi(), (progress) => set({ progressRows: progress.completedRows }));
      set({ lastResult: { kind: 'saved', file: fileName } });
    } catch (error) {
      set({ lastResult: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
    } finally {
      set({ progressRows: null });
      await get().refresh();
    }
  },
  async restore(db, backup) {
    set({ restoreFailure: null });
    try {
      await restoreBackup(db, deskApi(), backup);
      window.location.reload();
    } catch (error) {
      set({ restoreFailure: error instanceof Error ? error.message : String(error) });
    }
  },
}));
