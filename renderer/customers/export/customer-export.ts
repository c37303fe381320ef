// "Export": writes the current view or the whole list as CSV to a file the user picks in main's
// save dialog. Rows are sent in chunks (never 100,000 rows in one IPC message) with a pause
// between chunks so the window stays responsive, and progress is reported as it goes. A
// failure or a cancel aborts the file in main, which removes the half-written copy.
import { create } from 'zustand';
import { deskApi, DeskCallError, unwrap } from '../../platform/desk-api';
import type { ListedCustomer } from '../list/customer-list-index';
import { csvStart, customerCsvLine } from './customer-csv';

const rowsPerChunk = 2_000;

export type ExportScope = 'view' | 'all';

export interface ExportRows {
  count: number;
  rowAt(position: number): ListedCustomer;
}

interface ExportState {
  status: 'idle' | 'writing' | 'done' | 'failed' | 'cancelled';
  written: number;
  total: number;
  fileName: string | null;
  message: string | null;
  cancelRequested: boolean;
  start(scope: ExportScope, rows: () => Promise<ExportRows>): Promise<void>;
  cancel(): void;
  dismiss(): void;
}

export function suggestedFileName(scope: ExportScope, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return scope === 'all' ? `customers-${day}.csv` : `customers-view-${day}.csv`;
}

export const useCustomerExport = create<ExportState>()((set, get) => ({
  status: 'idle',
  written: 0,
  total: 0,
  fileName: null,
  message: null,
  cancelRequested: false,
  async start(scope, readRows) {
    if (get().status === 'writing') return;
    const api = deskApi();
    let exportId: string | null = null;
    try {
      const target = await unwrap(api.beginExport({ suggestedName: suggestedFileName(scope) }));
      if (!target) return; // the user closed the save dialog
      exportId = target.exportId;
      const rows = await readRows();
      set({ status: 'writing', written: 0, total: rows.count, fileName: target.fileName, message: null, cancelRequested: false });
      await unwrap(api.writeFile({ exportId, chunk: csvStart }));
      for (let from = 0; from < rows.count; from += rowsPerChunk) {
        if (get().cancelRequested) {
          await api.abortFile({ exportId });
          set({ status: 'cancelled' });
          return;
        }
        let chunk = '';
        const to = Math.min(rows.count, from + rowsPerChunk);
        for (let position = from; position < to; position++) chunk += customerCsvLine(rows.rowAt(position));
        await unwrap(api.writeFile({ exportId, chunk }));
        set({ written: to });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      await unwrap(api.finishFile({ exportId }));
      set({ status: 'done' });
    } catch (error) {
      if (exportId) await api.abortFile({ exportId }).catch(() => undefined);
      set({ status: 'failed', message: error instanceof DeskCallError ? error.error.message : String(error) });
    }
  },
  cancel: () => set({ cancelRequested: true }),
  dismiss: () => set({ status: 'idle', message: null }),
}));
