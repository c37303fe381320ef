// What the benchmarks watch on the Customers page: the rows of the virtualized grid
// (data-customer-id), the live counts (data-shown / data-total) and the search box the user types in.
import type { Page } from '@playwright/test';

export const rowSelector = '[role="grid"] [data-customer-id]';
export const countsSelector = '[data-testid="customer-counts"]';

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search customers' });

/** Waits until the in-memory list holds every customer (the counts show the full total). */
export async function waitForFullList(page: Page, customers: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ countsSelector, customers }) => Number(document.querySelector<HTMLElement>(countsSelector)?.dataset.total ?? 0) >= customers,
    { countsSelector, customers },
    { timeout: timeoutMs, polling: 100 },
  );
}
