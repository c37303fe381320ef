// Data safety story: a backup on demand, and restoring it after local data was lost.
// (A database that cannot be opened is covered by renderer/data/open-database.test.ts: Dexie 4
// opens and repairs every damaged schema we could write from a page, so the fault is injected there.)
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/** Counts rows straight from IndexedDB, as the app stored them. */
const countCustomers = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('partner-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('customers').objectStore('customers').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );

async function syncedWith(page: Page, customers: number) {
  await expect(page.getByRole('status')).toHaveAttribute('data-sync-state', 'synced', { timeout: 20_000 });
  await expect.poll(() => countCustomers(page)).toBe(customers);
}

test('backs up on demand and restores the backup after local data was lost', async ({ app }, testInfo) => {
  await app.emulator.control.reset({ customers: 30, seed: 11 });
  await app.restart();
  await syncedWith(app.page, 30);

  await app.page.getByRole('tab', { name: 'Settings' }).click();
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  await expect(app.page.getByTestId('backup-saved')).toContainText('Backup saved as partner-desk-backup-');
  const folder = testInfo.outputPath('app', 'user-data', 'backups');
  const [file] = readdirSync(folder).filter((name) => name.endsWith('-on-demand.json'));
  const exported = JSON.parse(readFileSync(path.join(folder, file!), 'utf8')) as { data: { data: { tableName: string; rows: unknown[] }[] } };
  expect(exported.data.data.find((table) => table.tableName === 'customers')?.rows).toHaveLength(30);

  // Something wipes the customers table behind the app's back.
  await app.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('partner-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction('customers', 'readwrite');
          tx.objectStore('customers').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  expect(await countCustomers(app.page)).toBe(0);

  await app.page.getByRole('button', { name: /^Restore / }).first().click();
  await app.page.getByRole('button', { name: 'Restore backup' }).click();
  await app.page.waitForEvent('load');
  await expect.poll(() => countCustomers(app.page)).toBe(30);
});
