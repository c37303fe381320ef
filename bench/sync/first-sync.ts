// Metric 1, first half: the app's first sync of every customer into IndexedDB on a fresh profile,
// timed inside the page from the moment the engine started its list pass (its own `startedAt`)
// until the pass marked the first sync done. The time from a moment the caller gives (the app
// going online) is reported too.
//
// The page is not polled. Every read transaction on `meta` opened while the pass runs queues
// between two of its page transactions (they write `meta` too, and IndexedDB runs overlapping
// transactions in the order they were opened), and holds the next one until the renderer has taken
// the read's answer: a poll every 50 ms cost the pass it was timing. Dexie's own change event says
// which meta keys a commit wrote, so the pass row is read once, when it first appears, and the
// end is seen the moment firstSyncDone is committed.
import type { Page } from '@playwright/test';
import type { Dexie, ObservabilitySet } from 'dexie';
import { metaKeys } from '../../renderer/sync/pull';
import './page-globals';

export interface FirstSyncFigures {
  /** From the pass's own start stamp to firstSyncDone being committed. */
  passMs: number;
  /** From `since` (Date.now() in Node, just before the app was let online) to firstSyncDone being committed. */
  fromSinceMs: number;
  customers: number;
}

export async function measureFirstSync(page: Page, since: number, timeoutMs: number): Promise<FirstSyncFigures> {
  const seen = await page.evaluate(
    async ({ keys, timeoutMs }) => {
      const { db } = window.partnerDeskDiagnostics!;
      const events = (db.constructor as unknown as typeof Dexie).on;
      const metaPart = `idb://${db.name}/meta/`;
      type Node = { from?: unknown; to?: unknown; l?: Node | null; r?: Node | null };
      // Dexie's interval tree of the keys a commit wrote, walked by hand.
      const touches = (node: Node | null | undefined, key: string): boolean =>
        !!node && 'from' in node && ((String(node.from) <= key && key <= String(node.to)) || touches(node.l, key) || touches(node.r, key));
      const read = () => db.transaction('r', db.meta, () => Promise.all([db.meta.get(keys.pass), db.meta.get(keys.firstSyncDone)]));
      return new Promise<{ doneAt: number; passStartedAt: number | null; customers: number }>((resolve, reject) => {
        let passStartedAt: number | null = null;
        let finished = false;
        const check = async (doneAt: number) => {
          const [pass, done] = await read();
          if (pass && passStartedAt === null) passStartedAt = Date.parse((pass.value as { startedAt: string }).startedAt);
          if (done?.value !== true || finished) return;
          finished = true;
          events('storagemutated').unsubscribe(onChange);
          clearTimeout(timer);
          resolve({ doneAt, passStartedAt, customers: await db.customers.count() });
        };
        const onChange = (parts: ObservabilitySet) => {
          const changed = parts[metaPart] as Node | undefined;
          if (!changed) return;
          if (touches(changed, keys.firstSyncDone)) void check(Date.now()).catch(reject);
          else if (passStartedAt === null && touches(changed, keys.pass)) void check(Number.NaN).catch(reject);
        };
        const timer = setTimeout(() => {
          events('storagemutated').unsubscribe(onChange);
          reject(new Error(`The first sync did not finish within ${timeoutMs} ms`));
        }, timeoutMs);
        events('storagemutated', onChange);
        // It may have begun, or even ended, before this listened.
        void check(Date.now()).catch(reject);
      });
    },
    { keys: metaKeys, timeoutMs },
  );
  if (seen.passStartedAt === null) throw new Error('The first sync finished before its pass was ever seen; nothing to time from.');
  return { passMs: seen.doneAt - seen.passStartedAt, fromSinceMs: seen.doneAt - since, customers: seen.customers };
}
