// Metric 2: a sync right after the first one, with nothing changed on either side. The engine is
// asked for a pull as the app's timers would ask; the sync is done when the pull stamps a new
// lastSyncedAt. Rows written come from the pull's own count (meta lastRowsWritten). If the
// activity log made the engine fall back to a full pass, that is reported, since it rewrites rows.
import type { Page } from '@playwright/test';
import { metaKeys } from '../../renderer/sync/pull';
import './page-globals';

export interface SecondSyncSample {
  ms: number;
  rowsWritten: number | null;
  /** The engine ran a full list pass instead of the activity-log pull. */
  fullPass: boolean;
}

export async function measureSecondSync(page: Page, timeoutMs: number): Promise<SecondSyncSample> {
  return page.evaluate(
    async ({ keys, timeoutMs }) => {
      const { db, engine } = window.partnerDeskDiagnostics!;
      const before = (await db.meta.get(keys.lastSyncedAt))?.value;
      const started = performance.now();
      engine.requestPull();
      let fullPass = false;
      for (;;) {
        const [synced, pass] = await Promise.all([db.meta.get(keys.lastSyncedAt), db.meta.get(keys.pass)]);
        if (pass) fullPass = true;
        if (synced?.value !== before && !pass) break;
        if (performance.now() - started > timeoutMs) throw new Error(`The second sync did not finish within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const ms = performance.now() - started;
      const written = (await db.meta.get(keys.lastRowsWritten))?.value;
      return { ms, rowsWritten: typeof written === 'number' && !fullPass ? written : null, fullPass };
    },
    { keys: metaKeys, timeoutMs },
  );
}
