// A partner's work on customer accounts, through the screens: adding a customer (online and on
// the road), the admin password shown once, editing a billing profile, settling a conflict with a
// colleague's edit, ending a relationship, and exporting the list. Each story checks what the
// partner sees and what Partner Center (the emulator) ends up holding.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { effectiveCalls, openCustomer, openResellerWithBillingProfile, partnerCenterCustomers, resellerCustomer, seedPartnerCenter } from './customers/customer-world';

const status = (page: Page) => page.getByRole('status');

interface NewCompany {
  name: string;
  prefix: string;
  email: string;
}

/** Walks the add-customer steps with a valid US customer; stops at the review. */
async function fillNewCustomer(page: Page, company: NewCompany) {
  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.getByRole('textbox', { name: 'Company name' }).fill(company.name);
  await page.getByRole('textbox', { name: 'Domain prefix' }).fill(company.prefix);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'First name' }).fill('Dana');
  await page.getByRole('textbox', { name: 'Last name' }).fill('Reyes');
  await page.getByRole('textbox', { name: 'Email' }).fill(company.email);
  await page.getByRole('textbox', { name: 'Phone' }).fill('+1 206 555 0100');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('combobox', { name: 'Country' }).selectOption('US');
  await page.getByRole('textbox', { name: 'Address line 1' }).fill('1 Microsoft Way');
  await page.getByRole('textbox', { name: 'City' }).fill('Redmond');
  await page.getByRole('combobox', { name: 'State' }).selectOption('WA');
  await page.getByRole('textbox', { name: 'Postal code' }).fill('98052');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'The customer has accepted the Microsoft Customer Agreement' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
}

test('adds a customer, shows the admin password once, and Partner Center creates it once', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 5);
  await fillNewCustomer(page, { name: 'Northwind Traders LLC', prefix: 'northwindtraders', email: 'dana@northwind.example' });
  await page.getByRole('button', { name: 'Save' }).click();

  const dialog = page.getByRole('alertdialog', { name: 'Admin account of Northwind Traders LLC' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const userName = await dialog.getByTestId('admin-user-name').inputValue();
  expect(userName).toMatch(/@northwindtraders\.onmicrosoft\.com$/);
  expect(await dialog.getByTestId('admin-password').inputValue()).not.toBe('');
  await dialog.getByRole('button', { name: 'I have saved them' }).click();
  await expect(dialog).toBeHidden();

  const created = (await partnerCenterCustomers(app)).find((customer) => customer.domain === 'northwindtraders.onmicrosoft.com')!;
  expect(created.companyName).toBe('Northwind Traders LLC');
  await expect(page.getByTestId('customer-details')).toHaveAttribute('data-customer-id', created.id);
  await expect(page.getByTestId('microsoft-id')).toHaveText(created.id);
  expect(await effectiveCalls(app, 'POST', '/v1/customers')).toBe(1);

  // Confirmed means erased: the password is not offered again after a restart.
  await app.restart();
  await expect(app.page.getByTestId('customer-counts')).toHaveAttribute('data-total', '6');
  await expect(app.page.getByRole('alertdialog')).toHaveCount(0);
});

test('adds a customer offline: it shows at once as pending, keeps what was typed when a field is wrong, and is created when back online', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 5);
  await app.setOnline(false);
  await expect(status(page)).toHaveAttribute('data-sync-state', 'offline');

  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.getByRole('textbox', { name: 'Company name' }).fill('Fabrikam Field Office');
  await page.getByRole('textbox', { name: 'Domain prefix' }).fill('fabrikam-field');
  await page.getByRole('button', { name: 'Next' }).click();
  // A hyphen is refused, with a sentence saying what to do, and the text stays as typed.
  await expect(page.getByText('Use only letters (a-z) and digits (0-9) in the domain prefix')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Domain prefix' })).toHaveValue('fabrikam-field');
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('Fabrikam Field Office');
  await page.getByRole('textbox', { name: 'Domain prefix' }).fill('fabrikamfield');
  await expect(page.getByText('will be checked by Partner Center before the customer is created')).toBeVisible();
  await page.getByRole('button', { name: 'Back to customers' }).click();
  // Leaving and coming back keeps the draft.
  await page.getByRole('button', { name: 'Add customer' }).click();
  await expect(page.getByRole('textbox', { name: 'Domain prefix' })).toHaveValue('fabrikamfield');
  await page.getByRole('button', { name: 'Back to customers' }).click();

  await fillNewCustomer(page, { name: 'Fabrikam Field Office', prefix: 'fabrikamfield', email: 'dana@fabrikam.example' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('details-banner')).toContainText('waiting to be sent');
  await expect(page.getByText('Not yet created in Partner Center')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-pending', '1');
  expect((await app.emulator.control.state()).customers).toBe(5);

  await app.setOnline(true);
  await expect(page.getByRole('alertdialog', { name: 'Admin account of Fabrikam Field Office' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(status(page)).toHaveAttribute('data-sync-state', 'synced');
  await expect(page.getByTestId('operation-history').getByRole('listitem').first()).toHaveAttribute('data-operation-status', 'acknowledged');
  expect((await app.emulator.control.state()).customers).toBe(6);
  expect(await effectiveCalls(app, 'POST', '/v1/customers')).toBe(1);
});

test('customers added on the road each offer their admin account once, one after another, when back online', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 5);
  await app.setOnline(false);
  await expect(status(page)).toHaveAttribute('data-sync-state', 'offline');
  const companies = [
    { name: 'Alpine Ski House', prefix: 'alpineskihouse', email: 'dana@alpine.example' },
    { name: 'Coho Winery', prefix: 'cohowinery', email: 'dana@coho.example' },
  ];
  for (const company of companies) {
    await fillNewCustomer(page, company);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('details-banner')).toContainText('waiting to be sent');
    await page.getByRole('button', { name: 'Back to customers' }).click();
  }
  await expect(status(page)).toHaveAttribute('data-pending', '2');

  await app.setOnline(true);
  // Both are created while the partner looks at the first account: the second waits its turn
  // instead of replacing it, and comes once the first is confirmed.
  const offered: string[] = [];
  for (const _company of companies) {
    const dialog = page.getByRole('alertdialog', { name: /^Admin account of / });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    const company = (await dialog.getByRole('heading').first().textContent())!.replace(/^Admin account of /, '');
    const userName = await dialog.getByTestId('admin-user-name').inputValue();
    expect(offered).not.toContain(userName);
    offered.push(userName);
    expect(await dialog.getByTestId('admin-password').inputValue()).not.toBe('');
    // The status bar sits behind the modal dialog, out of the accessibility tree, so by its markup.
    await expect(page.locator('[role="status"][data-sync-state]')).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
    await dialog.getByRole('button', { name: 'I have saved them' }).click();
    // That customer's dialog goes; the next customer's, if any, opens under its own name.
    await expect(page.getByRole('alertdialog', { name: `Admin account of ${company}` })).toBeHidden();
  }
  expect(offered.map((userName) => userName.split('@')[1]).sort()).toEqual(['alpineskihouse.onmicrosoft.com', 'cohowinery.onmicrosoft.com']);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await effectiveCalls(app, 'POST', '/v1/customers')).toBe(2);

  // Each was offered once: none comes back after a restart.
  await app.restart();
  await expect(app.page.getByTestId('customer-counts')).toHaveAttribute('data-total', '7');
  await expect(app.page.getByRole('alertdialog')).toHaveCount(0);
});

test('edits a billing profile offline and Partner Center receives the edit once when back online', async ({ app }) => {
  const { page } = app;
  const customer = await openResellerWithBillingProfile(app, 12, 4);

  await app.setOnline(false);
  await page.getByRole('button', { name: 'Edit billing profile' }).click();
  const email = page.getByRole('textbox', { name: 'Email' });
  await email.fill('not an email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter an email address like name@company.com.')).toBeVisible();
  await expect(email).toHaveValue('not an email');
  await email.fill('accounts.payable@field.example');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByTestId('billing-email')).toHaveText('accounts.payable@field.example');
  await expect(page.getByTestId('billing-pending')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-pending', '1');

  await app.setOnline(true);
  await expect(page.getByTestId('billing-pending')).toBeHidden({ timeout: 20_000 });
  expect((await app.emulator.control.customer(customer.id)).billingProfile?.email).toBe('accounts.payable@field.example');
  expect(await effectiveCalls(app, 'PUT', `/v1/customers/${customer.id}/profiles/billing`)).toBe(1);
});

test('a colleague changed the same field: the conflict is shown side by side and the partner keeps their own', async ({ app }) => {
  const { page } = app;
  const customer = await openResellerWithBillingProfile(app, 12, 4);

  await app.setOnline(false);
  await page.getByRole('button', { name: 'Edit billing profile' }).click();
  await page.getByRole('textbox', { name: 'City' }).fill('Springfield');
  await page.getByRole('button', { name: 'Save' }).click();
  await app.emulator.control.changeBilling(customer.id, { defaultAddress: { city: 'Shelbyville' } });
  await app.setOnline(true);

  await expect(page.getByTestId('details-banner')).toContainText('conflicting change', { timeout: 20_000 });
  // The edit is not on its way any more: it waits for the partner's decision, and the card says so.
  await expect(page.getByTestId('billing-needs-you')).toHaveText('Needs your decision');
  await expect(page.getByTestId('billing-pending')).toHaveCount(0);
  await page.getByRole('button', { name: 'Resolve conflict' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resolve the conflict' });
  const city = dialog.locator('[data-conflict-field="defaultAddress.city"]');
  await expect(city).toContainText('Springfield');
  await expect(city).toContainText('Shelbyville');
  await city.getByRole('radio', { name: 'Keep mine' }).check();
  await dialog.getByRole('button', { name: 'Apply and send' }).click();

  await expect(status(page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 20_000 });
  await expect(page.getByTestId('billing-address')).toContainText('Springfield');
  expect((await app.emulator.control.customer(customer.id)).billingProfile?.defaultAddress.city).toBe('Springfield');
});

test('ends a relationship after the company name is typed, and Partner Center ends it', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 30, 8);
  const customer = await resellerCustomer(app, false);
  await openCustomer(page, customer);
  await expect(page.getByText('Partner Center lists no subscriptions for this customer.')).toBeVisible();

  await page.getByRole('button', { name: 'Remove relationship' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Remove the relationship with ${customer.companyName}?` });
  await expect(dialog).toContainText('ends your delegated admin access');
  await dialog.getByRole('textbox', { name: 'Type the company name to confirm' }).fill('Someone Else');
  await dialog.getByRole('button', { name: 'Remove relationship' }).click();
  await expect(dialog.getByText('The name does not match.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Type the company name to confirm' }).fill(customer.companyName);
  await dialog.getByRole('button', { name: 'Remove relationship' }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(async () => (await app.emulator.control.customer(customer.id)).relationshipToPartner, { timeout: 20_000 }).toBe('none');
  await expect(page.getByTestId('relationship-state')).toHaveText('The relationship with this customer has ended.');
});

test('a removal queued offline that Partner Center refuses is shown in its own words, and once subscriptions are known it is not offered', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 30, 8);
  const customer = await resellerCustomer(app, true);
  // On the road: this computer has never seen the customer's subscriptions.
  await app.setOnline(false);
  await openCustomer(page, customer);
  await expect(page.getByText('Subscriptions have not been checked yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove relationship' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('You are offline');
  await dialog.getByRole('textbox', { name: 'Type the company name to confirm' }).fill(customer.companyName.toUpperCase());
  await dialog.getByRole('button', { name: 'Remove relationship' }).click();
  await expect(page.getByTestId('relationship-state')).toHaveText('Ending the relationship is waiting to be sent to Partner Center.');

  await app.setOnline(true);
  await expect(page.getByTestId('details-banner')).toContainText('Partner Center refused a change', { timeout: 20_000 });
  await expect(page.getByTestId('operation-history')).toContainText('Partner Center said: “The relationship with');
  await expect(page.getByTestId('relationship-state')).toContainText('active subscriptions');
  // The removal did not happen: the company profile says what Partner Center still holds, the card
  // sends the user to the refused change instead of offering a second removal, and the list agrees.
  await expect(page.getByText('The relationship stays as it is in Partner Center.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove relationship' })).toHaveCount(0);
  await expect(page.locator('dt:text-is("Relationship") + dd')).toHaveText('Reseller');
  await page.getByRole('button', { name: 'Discard change' }).click();
  await expect(page.getByTestId('relationship-state')).toHaveText('Reseller');
  expect((await app.emulator.control.customer(customer.id)).relationshipToPartner).toBe('reseller');

  // Back online the page has read the subscriptions: the removal is not offered, and it says why.
  await expect(page.getByText(/Unavailable: this customer has \d+ active subscriptions?\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove relationship' })).toBeDisabled();
});

test('exports the whole list as CSV with the portal’s columns and the sync state', async ({ app }) => {
  const { page } = app;
  await seedPartnerCenter(app, 150, 2);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Whole list \(150 customers\)/ }).click();
  await expect(page.getByText(/Saved .+\.csv with 150 customers\./)).toBeVisible({ timeout: 20_000 });

  const folder = test.info().outputPath('app', 'user-data', 'exports');
  const fileName = (await page.getByText(/Saved .+\.csv/).textContent())!.match(/Saved (.+\.csv)/)![1]!;
  const lines = readFileSync(path.join(folder, fileName), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe('Microsoft ID,Company name,Primary domain name,Relationship,Sync state');
  expect(lines).toHaveLength(151);
  const listed = await partnerCenterCustomers(app);
  const one = listed[42]!;
  expect(lines.some((line) => line.startsWith(`${one.id},`) && line.includes(one.domain))).toBe(true);
});
