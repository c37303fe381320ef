// What the customer stories share: seeding Partner Center (the emulator) and waiting until the
// app shows it, and reading customers the way Partner Center lists them.
import type { Page } from '@playwright/test';
import { DEMO_TOKEN } from '../../emulator/server';
import type { DeskApp } from '../fixtures';
import { expect } from '../fixtures';

export interface ListedAtPartnerCenter {
  id: string;
  companyName: string;
  domain: string;
  relationship: string;
}

/** Seeds Partner Center with `customers` and reloads the app so its sync brings them in. */
export async function seedPartnerCenter(app: DeskApp, customers: number, seed = 7): Promise<void> {
  await app.emulator.control.reset({ customers, seed });
  await app.page.reload();
  await expect(app.page.getByTestId('customer-counts')).toHaveAttribute('data-total', String(customers), { timeout: 30_000 });
  await expect(app.page.getByRole('status')).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });
}

/** Partner Center's own customer list (first page), as the portal would show it. */
export async function partnerCenterCustomers(app: DeskApp, size = 500): Promise<ListedAtPartnerCenter[]> {
  const response = await fetch(`${app.emulator.url}/v1/customers?size=${size}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  const body = (await response.json()) as { items: { id: string; companyProfile: { companyName: string; domain: string }; relationshipToPartner: string }[] };
  return body.items.map((item) => ({ id: item.id, companyName: item.companyProfile.companyName, domain: item.companyProfile.domain, relationship: item.relationshipToPartner }));
}

export const customerRows = (page: Page) => page.getByTestId('customer-rows').getByRole('row');

/** The rows on screen, top to bottom, as [company name, domain]. */
export async function shownRows(page: Page): Promise<[string, string][]> {
  return customerRows(page).evaluateAll((rows) =>
    rows
      .map((row) => {
        const cells = row.querySelectorAll('[role="gridcell"]');
        return { top: row.getBoundingClientRect().top, cells: [cells[0]?.textContent ?? '', cells[1]?.textContent ?? ''] as [string, string] };
      })
      .sort((a, b) => a.top - b.top)
      .map((row) => row.cells),
  );
}

async function partnerCenterGet<T>(app: DeskApp, path: string): Promise<T> {
  const response = await fetch(`${app.emulator.url}${path}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** How many active subscriptions Partner Center lists for the customer. */
export async function activeSubscriptionsOf(app: DeskApp, customerId: string): Promise<number> {
  const body = await partnerCenterGet<{ items: { status: string }[] }>(app, `/v1/customers/${customerId}/subscriptions`);
  return body.items.filter((subscription) => subscription.status === 'active').length;
}

/** A customer with a reseller relationship and, as asked, with or without active subscriptions. */
export async function resellerCustomer(app: DeskApp, withActiveSubscriptions: boolean): Promise<ListedAtPartnerCenter> {
  for (const customer of await partnerCenterCustomers(app)) {
    if (customer.relationship !== 'reseller') continue;
    if ((await activeSubscriptionsOf(app, customer.id) > 0) === withActiveSubscriptions) return customer;
  }
  throw new Error(`no reseller customer ${withActiveSubscriptions ? 'with' : 'without'} active subscriptions in the seed`);
}

/** Opens a customer's page from the list, the way a partner does: search, then the row. */
export async function openCustomer(page: Page, customer: { companyName: string }): Promise<void> {
  // The one search box, whatever the language its name is in.
  await page.getByRole('searchbox').fill(customer.companyName);
  await customerRows(page).filter({ hasText: customer.companyName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: customer.companyName })).toBeVisible();
}

/** Successful calls that changed something at Partner Center, by method and path start. */
export async function effectiveCalls(app: DeskApp, method: string, pathStart: string): Promise<number> {
  const requests = await app.emulator.control.requests();
  return requests.filter((request) => request.method === method && request.path.startsWith(pathStart) && request.effects > 0).length;
}

/**
 * Seeds Partner Center, then opens the page of its first reseller customer with the billing profile
 * loaded (the details screen reads it while online): where every billing-edit story starts.
 */
export async function openResellerWithBillingProfile(app: DeskApp, customers: number, seed: number): Promise<ListedAtPartnerCenter> {
  await seedPartnerCenter(app, customers, seed);
  const customer = (await partnerCenterCustomers(app)).find((candidate) => candidate.relationship === 'reseller')!;
  await openCustomer(app.page, customer);
  await expect(app.page.getByTestId('billing-profile')).toBeVisible();
  return customer;
}
