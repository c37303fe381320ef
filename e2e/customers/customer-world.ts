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
