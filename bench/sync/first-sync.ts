// Metric 1, first half: the app's first sync of every customer into IndexedDB on a fresh profile,
// timed inside the page from the moment the engine started its list pass (its own `startedAt`)
// until the pass marked the first sync done. The time from launching the app is reported too.
import type { Page } from '@playwright/test';
import { metaKeys } from '../../renderer/sync/pull';
import './page-globals';

export interface FirstSyncFigures {
  /** From the pass's own start stamp to firstSyncDone being seen. */
  passMs: number;
  /** From just before launching the app to firstSyncDone being seen. */
  fromLaunchMs: number;
  customers: number;
}

export async function measureFirstSync(page: Page, launchedAt: number, timeoutMs: number): Promise<FirstSyncFigures> {
  const seen = await page.evaluate(
    async ({ keys, timeoutMs }) => {
      const { db } = window.partnerDeskDiagnostics!;
      const deadline = Date.now() + timeoutMs;
      let passStartedAt: number | null = null;
      // Two meta rows read every 50 ms, in one transaction, need no app hook. Read more often, or
      // each in its own transaction, they held up the pass's own writes to meta they overlap.
      for (;;) {
        const [pass, done] = await db.transaction('r', db.meta, () => Promise.all([db.meta.get(keys.pass), db.meta.get(keys.firstSyncDone)]));
        if (pass && passStartedAt === null) passStartedAt = Date.parse((pass.value as { startedAt: string }).startedAt);
        if (done?.value === true) return { doneAt: Date.now(), passStartedAt, customers: await db.customers.count() };
        if (Date.now() > deadline) throw new Error(`The first sync did not finish within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    { keys: metaKeys, timeoutMs },
  );
  if (seen.passStartedAt === null) throw new Error('The first sync finished before its pass was ever seen; nothing to time from.');
  return { passMs: seen.doneAt - seen.passStartedAt, fromLaunchMs: seen.doneAt - launchedAt, customers: seen.customers };
}
