// The field rep's day: changes made offline survive a restart and reach Partner Center exactly
// once through a flaky connection; several windows share one database and only one of them sends.
// Changes are made through the app's own intents (window.partnerDeskDiagnostics, emulator cloud
// only); the customer screens' own stories live in e2e/customers*.spec.ts.
import type { Page } from '@playwright/test';
import type { NewCustomer } from '../shared/partner-center';
import { expect, test } from './fixtures';
import './partner-desk-global';

const newCustomer = (prefix: string): NewCustomer => ({
  companyProfile: { domain: prefix },
  billingProfile: {
    email: `admin@${prefix}.example`,
    culture: 'it-IT',
    language: 'it',
    companyName: `${prefix} S.r.l.`,
    defaultAddress: { firstName: 'Giulia', lastName: 'Bianchi', addressLine1: 'Via Roma 1', city: 'Milano', state: 'MI', postalCode: '20121', country: 'IT' },
  },
});

// Read by its data attributes even while a modal covers the window: each customer created here
// opens the dialog with its admin password, and a modal hides the rest of the page from roles.
const status = (page: Page) => page.locator('[role="status"][data-sync-state]');

/** After seeding, the app learns of the new customers from the activity log: wait until it has. */
async function hasCustomers(page: Page, count: number) {
  await expect.poll(() => page.evaluate(() => window.partnerDeskDiagnostics!.db.customers.count()), { timeout: 30_000 }).toBe(count);
}

async function outboxOf(page: Page) {
  return page.evaluate(async () => {
    const { db } = window.partnerDeskDiagnostics!;
    return (await db.outbox.orderBy('seq').toArray()).map((operation) => ({
      id: operation.id,
      requestIds: operation.requestIds,
      kind: operation.payload.kind,
      status: operation.status,
    }));
  });
}

test('changes made offline survive a restart and reach Partner Center once through a flaky connection', async ({ app }) => {
  // Full-jitter backoff after repeated faults can wait tens of seconds by design; a slow machine adds more.
  test.setTimeout(240_000);
  await app.emulator.control.reset({ customers: 20, seed: 21 });
  await app.restart();
  await hasCustomers(app.page, 20);

  // The rep opens one customer's billing profile while still online (the details screen keeps it).
  const customerId = await app.page.evaluate(async () => {
    const { db } = window.partnerDeskDiagnostics!;
    const customer = (await db.customers.orderBy('nameKey').first())!;
    const answer = await window.partnerDesk!.getBillingProfile({ customerId: customer.id });
    if (!answer.ok) throw new Error(answer.error.message);
    const { attributes: _attributes, ...fields } = answer.value;
    await db.billingProfiles.put({ customerId: customer.id, server: answer.value, current: fields });
    return customer.id;
  });

  await app.setOnline(false);
  await expect(status(app.page)).toHaveAttribute('data-sync-state', 'offline');
  await app.page.evaluate(
    async ({ customers, customerId }) => {
      const { db, intents } = window.partnerDeskDiagnostics!;
      for (const customer of customers) await intents.createCustomer(db, customer);
      const profile = (await db.billingProfiles.get(customerId))!;
      await intents.updateBillingProfile(db, customerId, { ...profile.current, email: 'finance@fieldvisit.example' });
    },
    { customers: [newCustomer('offlineone'), newCustomer('offlinetwo'), newCustomer('offlinethree')], customerId },
  );
  await expect(status(app.page)).toHaveAttribute('data-pending', '4');

  await app.restart();
  await expect(status(app.page)).toHaveAttribute('data-sync-state', 'offline');
  await expect(status(app.page)).toHaveAttribute('data-pending', '4');
  // Each new customer's row says so, to the eye and to a screen reader.
  const waiting = app.page.getByRole('row').filter({ hasText: 'offlineone' }).locator('[data-sync-badge]');
  await expect(waiting).toHaveText('Pending');
  await expect(waiting).toHaveAccessibleDescription('Waiting to be sent');
  const queued = await outboxOf(app.page);
  expect(queued.map((operation) => [operation.kind, operation.status])).toEqual([
    ['create-customer', 'queued'],
    ['create-customer', 'queued'],
    ['create-customer', 'queued'],
    ['update-billing-profile', 'queued'],
  ]);
  expect((await app.emulator.control.state()).customers).toBe(20);

  // Back online through a bad connection: 30% of Partner Center calls fail, some after taking effect.
  await app.emulator.control.setFaults({
    seed: 4,
    rules: [
      { path: '/v1/**', rate: 0.15, kind: 'status', status: 503 },
      { path: '/v1/**', rate: 0.1, kind: 'drop-after' },
      { path: '/v1/**', rate: 0.05, kind: 'drop-before' },
    ],
  });
  await app.setOnline(true);
  await expect(status(app.page)).toHaveAttribute('data-pending', '0', { timeout: 180_000 });
  await app.emulator.control.clearFaults();
  await expect(status(app.page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });

  const settled = await outboxOf(app.page);
  expect(settled.every((operation) => operation.status === 'acknowledged')).toBe(true);
  const log = await app.emulator.control.requests();
  for (const operation of settled) {
    const effects = log
      .filter((entry) => entry.requestId !== null && operation.requestIds.includes(entry.requestId))
      .reduce((sum, entry) => sum + entry.effects, 0);
    expect(effects, `${operation.kind} ${operation.id} took effect once`).toBe(1);
  }
  expect((await app.emulator.control.state()).customers).toBe(23);
  expect((await app.emulator.control.customer(customerId)).billingProfile?.email).toBe('finance@fieldvisit.example');
  const localIds = await app.page.evaluate(() => window.partnerDeskDiagnostics!.db.customers.filter((customer) => customer.id.startsWith('local:')).count());
  expect(localIds).toBe(0);
});

test('an edit in one window shows in the other, and only one window sends', async ({ app }) => {
  await app.emulator.control.reset({ customers: 8, seed: 2 });
  await app.restart();
  await hasCustomers(app.page, 8);
  const second = await app.newWindow();
  await expect(status(second)).toHaveAttribute('data-sync-state', 'synced', { timeout: 20_000 });

  const leaders = await Promise.all([app.page, second].map((page) => page.evaluate(() => window.partnerDeskDiagnostics!.engine.isLeader)));
  expect(leaders.filter(Boolean)).toHaveLength(1);

  await second.evaluate(async (customer) => {
    const { db, intents } = window.partnerDeskDiagnostics!;
    await intents.createCustomer(db, customer);
  }, newCustomer('secondwindow'));
  // The first window sees the new customer at once, pending, before any network round trip.
  await expect
    .poll(() => app.page.evaluate(() => window.partnerDeskDiagnostics!.db.customers.where('domainKey').equals('secondwindow.onmicrosoft.com').count()))
    .toBe(1);
  await expect(status(app.page)).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
  await expect(status(second)).toHaveAttribute('data-pending', '0');
  const posts = (await app.emulator.control.requests()).filter((entry) => entry.method === 'POST' && entry.path === '/v1/customers');
  expect(posts.reduce((sum, entry) => sum + entry.effects, 0)).toBe(1);
  expect(new Set(posts.map((entry) => entry.requestId)).size).toBe(1);

  // Both lists show it once, under the id Partner Center gave it: the leader took the rename from
  // the rows it wrote, the other window from the keys the leader's commit named.
  const tenantId = await app.page.evaluate(async () => (await window.partnerDeskDiagnostics!.db.customers.where('domainKey').equals('secondwindow.onmicrosoft.com').first())!.id);
  expect(tenantId).not.toMatch(/^local:/);
  for (const page of [app.page, second]) {
    await expect(page.getByTestId('customer-counts')).toContainText('9 customers');
    // Read from the DOM: the new customer's admin-account dialog, open in front, hides the list from the accessibility tree.
    const row = page.getByTestId('customer-rows').locator('[role="row"]', { hasText: 'secondwindow.onmicrosoft.com' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(tenantId);
  }
});
