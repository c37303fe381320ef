// The customer list, as a partner uses it all day: find a customer by name or domain, sort,
// filter, move with the keyboard, and see plainly when there is nothing to show.
import { expect, test } from './fixtures';
import { customerRows, partnerCenterCustomers, seedPartnerCenter, shownRows } from './customers/customer-world';

test('lists every customer Partner Center has and finds one by the start of its name, whatever the case', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 240);
  await expect(page.getByTestId('customer-counts')).toContainText('240 customers');
  const target = (await partnerCenterCustomers(app)).find((customer) => customer.relationship === 'reseller')!;
  const prefix = target.companyName.slice(0, 5);

  await page.getByRole('searchbox', { name: 'Search customers' }).fill(prefix.toUpperCase());
  await expect(customerRows(page).filter({ hasText: target.companyName })).toHaveCount(1);
  const rows = await shownRows(page);
  for (const [name, domain] of rows) expect(name.toLowerCase().startsWith(prefix.toLowerCase()) || domain.startsWith(prefix.toLowerCase())).toBe(true);
  const row = customerRows(page).filter({ hasText: target.companyName });
  await expect(row).toContainText(target.domain);
  await expect(row).toContainText(target.id);
  await expect(row).toContainText('Reseller');
  await expect(page.getByTestId('customer-counts')).toContainText(`of 240 shown`);
});

test('each column label lines up with the text of its cells', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 30);
  await expect(customerRows(page)).not.toHaveCount(0);
  // Where the first letter of each header and of the first row's cells begins, column by column.
  const textLeft = (cells: Element[]) =>
    cells.map((cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
      const text = walker.nextNode();
      if (!text) return null;
      const range = document.createRange();
      range.selectNodeContents(text);
      return Math.round(range.getBoundingClientRect().left * 10) / 10;
    });
  const headers = await page.getByRole('grid').getByRole('columnheader').evaluateAll(textLeft);
  const cells = await customerRows(page).first().getByRole('gridcell').evaluateAll(textLeft);
  expect(headers).toHaveLength(5);
  headers.forEach((left, column) => {
    if (left === null || cells[column] === null) return;
    expect(Math.abs(left - cells[column]!), `column ${column + 1}: header text at ${left}px, cell text at ${cells[column]}px`).toBeLessThanOrEqual(1.5);
  });
});

test('finds a customer by the start of its domain and sorts by domain both ways', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 120);
  const customers = await partnerCenterCustomers(app);
  const target = customers[17]!;
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(target.domain.slice(0, 8));
  await expect(customerRows(page).filter({ hasText: target.domain })).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('');

  await page.getByRole('button', { name: 'Primary domain' }).click();
  const byDomain = [...customers].sort((a, b) => (a.domain < b.domain ? -1 : 1));
  await expect(customerRows(page).first()).toContainText(byDomain[0]!.domain);
  await expect(page.getByRole('columnheader', { name: 'Primary domain' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Primary domain' }).click();
  await expect(customerRows(page).first()).toContainText(byDomain.at(-1)!.domain);
  await expect(page.getByRole('columnheader', { name: 'Primary domain' })).toHaveAttribute('aria-sort', 'descending');
});

test('renders only the rows in view, and the keyboard moves through all of them', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 1_500, 3);
  expect(await customerRows(page).count()).toBeLessThan(80);
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '1501');

  await customerRows(page).first().focus();
  await page.keyboard.press('End');
  const last = page.locator(':focus');
  await expect(last).toHaveAttribute('aria-rowindex', '1501');
  await expect(last).toBeInViewport();
  expect(await customerRows(page).count()).toBeLessThan(80);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', '3');
  await page.keyboard.press('PageDown');
  expect(Number(await page.locator(':focus').getAttribute('aria-rowindex'))).toBeGreaterThan(8);

  // Far down the list, open a customer and come back: the list is where it was left, and the
  // keyboard goes on from the customer that was opened.
  await page.keyboard.press('End');
  const customerId = await page.locator(':focus').getAttribute('data-customer-id');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Back to customers' }).click();
  await expect(page.locator(`[data-customer-id="${customerId}"]`)).toBeInViewport();
  await expect(page.locator(':focus')).toHaveAttribute('data-customer-id', customerId!);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('aria-rowindex', '1500');
});

test('filters by relationship and says when no customer matches, with a way back', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 200, 5);
  const advisors = (await partnerCenterCustomers(app)).filter((customer) => customer.relationship === 'advisor');
  await page.getByLabel('Relationship').selectOption('advisor');
  await expect(page.getByTestId('customer-counts')).toHaveAttribute('data-shown', String(advisors.length));
  for (const advisor of advisors) await expect(customerRows(page).filter({ hasText: advisor.companyName })).toContainText('Advisor');

  await page.getByRole('searchbox', { name: 'Search customers' }).fill('zzzz-no-such');
  await expect(page.getByText('No customer matches')).toBeVisible();
  await expect(page.getByText('No company name or domain starts with “zzzz-no-such”')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByTestId('customer-counts')).toContainText('200 customers');
});

test('says there are no customers yet when Partner Center has none', async ({ app }) => {
  await expect(app.page.getByText('No customers yet')).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Add customer' })).toBeVisible();
});

test.describe('on an Italian computer', () => {
  test.use({ osLocale: 'it-IT' });
  test('shows the list in Italian', async ({ app }) => {
    const { page } = app;
    await app.emulator.control.reset({ customers: 30, seed: 2 });
    await page.reload();
    await expect(page.getByTestId('customer-counts')).toContainText('30 clienti', { timeout: 30_000 });
    await expect(page.getByRole('searchbox', { name: 'Cerca clienti' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aggiungi cliente' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Ragione sociale' })).toBeVisible();
  });
});
