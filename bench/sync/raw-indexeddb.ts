// Metric 1, the baseline: how long this Chromium takes to put the very rows the first sync
// stored, with no Dexie, no network and no app, into a separate database with the same customer
// indexes as the app's schema, in transactions of the pull's page size. The first sync's time over this
// one is the overhead the app adds on top of IndexedDB itself.
import type { Page } from '@playwright/test';
import { schemaV3 } from '../../renderer/data/database';
import { pageSize } from '../../renderer/sync/pull';
import './page-globals';

/** Index names of the customers store in the app's current schema (everything after the primary key). */
export const customerIndexes = schemaV3.customers.split(',').map((part) => part.trim()).slice(1);

/** Copies the app's customer rows into page memory once, so every raw run writes the same objects. */
export async function loadRowsForRawWrite(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const rows = await window.partnerDeskDiagnostics!.db.customers.toArray();
    (globalThis as { benchRawRows?: unknown[] }).benchRawRows = rows;
    return rows.length;
  });
}

export async function dropRowsForRawWrite(page: Page): Promise<void> {
  await page.evaluate(() => delete (globalThis as { benchRawRows?: unknown[] }).benchRawRows);
}

/** One raw write of the loaded rows into a fresh database; returns milliseconds. */
export async function measureRawWrite(page: Page, run: number): Promise<number> {
  return page.evaluate(
    async ({ name, indexes, batch }) => {
      const rows = (globalThis as { benchRawRows?: unknown[] }).benchRawRows;
      if (!rows) throw new Error('loadRowsForRawWrite first');
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      await request(indexedDB.deleteDatabase(name));
      const opening = indexedDB.open(name, 1);
      opening.onupgradeneeded = () => {
        const store = opening.result.createObjectStore('customers', { keyPath: 'id' });
        for (const index of indexes) store.createIndex(index, index);
      };
      const raw = await request(opening);
      const started = performance.now();
      for (let offset = 0; offset < rows.length; offset += batch) {
        await new Promise<void>((resolve, reject) => {
          const transaction = raw.transaction('customers', 'readwrite');
          const store = transaction.objectStore('customers');
          for (const row of rows.slice(offset, offset + batch)) store.put(row);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error);
        });
      }
      const elapsed = performance.now() - started;
      raw.close();
      await request(indexedDB.deleteDatabase(name));
      return elapsed;
    },
    { name: `bench-raw-customers-${run}`, indexes: customerIndexes, batch: pageSize },
  );
}
