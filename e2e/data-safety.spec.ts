// Data safety story: a backup on demand, and restoring it after local data was lost.
// (A database that cannot be opened is covered by renderer/data/open-database.test.ts: Dexie 4
// opens and repairs every damaged schema we could write from a page, so the fault is injected there.)
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openResellerWithBillingProfile } from './customers/customer-world';
import { expect, test } from './fixtures';
import './partner-desk-global';

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

/**
 * Makes every IndexedDB write in the page fail as a full disk does (QuotaExceededError), or stops.
 * A real full disk cannot be had here: Chromium's quota is a share of the machine's disk, and its
 * DevTools quota override (Storage.overrideQuotaForOrigin) changes nothing in this harness, not even
 * navigator.storage.estimate(). The failure is raised where the browser raises it, so Dexie, the
 * transaction and every screen above take their real paths.
 */
async function diskFull(page: Page, full: boolean) {
  await page.evaluate((full) => {
    const stores = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put']; realAdd?: IDBObjectStore['add'] };
    stores.realPut ??= stores.put;
    stores.realAdd ??= stores.add;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    stores.put = full ? refuse : stores.realPut;
    stores.add = full ? refuse : stores.realAdd;
  }, full);
}

test('with the disk full an edit is refused in words the user can act on, and nothing typed or queued is lost', async ({ app }) => {
  const { page } = app;
  const customer = await openResellerWithBillingProfile(app, 12, 4);

  // A change already waiting on this computer, then the disk fills up.
  await app.setOnline(false);
  await page.evaluate(async () => {
    const { db, intents } = window.partnerDeskDiagnostics!;
    await intents.createCustomer(db, {
      companyProfile: { domain: 'waitingbeforefull' },
      billingProfile: {
        email: 'admin@waitingbeforefull.example', culture: 'it-IT', language: 'it', companyName: 'Waiting Before Full S.r.l.',
        defaultAddress: { firstName: 'Giulia', lastName: 'Bianchi', addressLine1: 'Via Roma 1', city: 'Milano', state: 'MI', postalCode: '20121', country: 'IT' },
      },
    });
  });
  const status = page.locator('[role="status"][data-sync-state]');
  await expect(status).toHaveAttribute('data-pending', '1');
  await diskFull(page, true);

  await page.getByRole('button', { name: 'Edit billing profile' }).click();
  const city = page.getByRole('textbox', { name: 'City' });
  await city.fill('Full Disk City');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The billing profile was not saved: the disk is full. Free some disk space, then try again')).toBeVisible();
  await expect(city).toHaveValue('Full Disk City');
  await expect(status).toHaveAttribute('data-pending', '1');

  // Space freed: the same form saves, and both changes reach Partner Center once back online.
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('billing-address')).toContainText('Full Disk City');
  await expect(status).toHaveAttribute('data-pending', '2');
  await app.setOnline(true);
  await expect(status).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  expect((await app.emulator.control.customer(customer.id)).billingProfile?.defaultAddress.city).toBe('Full Disk City');
  expect((await app.emulator.control.state()).customers).toBe(13);
});
