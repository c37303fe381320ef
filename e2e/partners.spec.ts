// The Partners section, as a partner uses it: an indirect provider opens one reseller's customers
// from the list of its resellers; the organization profile is edited offline and reaches Partner
// Center once; a colleague's edit of the same field is shown side by side and settled; a refused
// change is sent again; and the section reads well in English and Italian, by keyboard and to axe.
import { seriousAxeViolations } from './accessibility';
import type { Page } from '@playwright/test';
import { DEMO_TOKEN } from '../emulator/server';
import type { OrganizationProfile } from '../shared/partner-center';
import { customerRows } from './customers/customer-world';
import { expect, test, type DeskApp } from './fixtures';

const api = (app: DeskApp, path: string, init: RequestInit = {}) =>
  fetch(`${app.emulator.url}${path}`, { ...init, headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json', ...init.headers } });

/** The organization profile as Partner Center holds it. */
async function partnerCenterProfile(app: DeskApp): Promise<OrganizationProfile> {
  return (await (await api(app, '/v1/profiles/organization')).json()) as OrganizationProfile;
}

/** A colleague edits the organization profile in Partner Center; its etag moves. */
async function colleagueEditsProfile(app: DeskApp, change: Partial<OrganizationProfile>): Promise<void> {
  const before = await partnerCenterProfile(app);
  const answer = await api(app, '/v1/profiles/organization', { method: 'PUT', headers: { 'if-match': `"${before.attributes.etag}"` }, body: JSON.stringify({ ...before, ...change }) });
  expect(answer.status).toBe(200);
}

/** Partner Center's own answer to "customers of this reseller". */
async function customersOfReseller(app: DeskApp, resellerId: string): Promise<string[]> {
  const filter = encodeURIComponent(JSON.stringify({ Field: 'IndirectReseller', Value: resellerId, Operator: 'starts_with' }));
  const body = (await (await api(app, `/v1/customers?size=500&filter=${filter}`)).json()) as { items: { companyProfile: { companyName: string } }[] };
  return body.items.map((item) => item.companyProfile.companyName);
}

async function resellersAtPartnerCenter(app: DeskApp): Promise<{ id: string; name: string }[]> {
  const body = (await (await api(app, '/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf')).json()) as { items: { id: string; name: string }[] };
  return body.items;
}

const profilePuts = async (app: DeskApp) => (await app.emulator.control.requests()).filter((request) => request.method === 'PUT' && request.path === '/v1/profiles/organization');
const status = (page: Page) => page.getByRole('status');

async function openPartners(page: Page, name = 'Partners') {
  await page.getByRole('navigation').getByRole('tab', { name }).click();
}

async function openProfileTab(page: Page) {
  await openPartners(page);
  await page.getByRole('tab', { name: 'Organization profile' }).click();
  await expect(page.getByTestId('profile-company-name')).toHaveText('Lakeside Cloud Services S.r.l.', { timeout: 30_000 });
}

test('a provider filters customers by reseller', async ({ app }) => {
  const { page } = app;
  await app.emulator.control.reset({ customers: 150, seed: 7 });
  await page.reload();
  await expect(page.getByTestId('customer-counts')).toHaveAttribute('data-total', '150', { timeout: 30_000 });

  const resellers = await resellersAtPartnerCenter(app);
  const counted = await Promise.all(resellers.map(async (reseller) => ({ ...reseller, customers: await customersOfReseller(app, reseller.id) })));
  const reseller = counted.find((candidate) => candidate.customers.length > 0)!;
  expect(reseller).toBeDefined();

  await openPartners(page);
  const resellerTable = page.getByRole('table', { name: 'Your indirect resellers' });
  await expect(resellerTable.getByRole('row')).toHaveCount(resellers.length + 1, { timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Your indirect providers' }).getByRole('row')).toHaveCount(3);
  const row = resellerTable.getByRole('row').filter({ hasText: reseller.name });
  await expect(row).toContainText('Active');
  await expect(row).toContainText(/\d{7}/);

  await row.getByRole('button', { name: `Show customers of ${reseller.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByLabel('Indirect reseller')).toHaveValue(reseller.id);
  await expect(page.getByTestId('customer-counts')).toHaveAttribute('data-shown', String(reseller.customers.length));
  for (const name of reseller.customers.slice(0, 10)) await expect(customerRows(page).filter({ hasText: name })).toHaveCount(1);
});

test('the organization profile edited offline reaches Partner Center once when back online', async ({ app }) => {
  const { page } = app;
  await openProfileTab(page);

  await app.setOnline(false);
  await expect(status(page)).toHaveAttribute('data-sync-state', 'offline');
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByRole('textbox', { name: 'Company name' }).fill('Lakeside Cloud S.r.l.');
  await page.getByRole('textbox', { name: 'Email' }).fill('partners@lakesidecloud.it');
  await page.getByRole('textbox', { name: 'Postal code' }).fill('20121');
  await page.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByTestId('partners-message')).toContainText('It reaches Partner Center when you are back online');
  await expect(page.getByTestId('profile-sync-badge')).toHaveText('Waiting to be sent');
  await expect(page.getByTestId('profile-company-name')).toHaveText('Lakeside Cloud S.r.l.');
  await expect(status(page)).toHaveAttribute('data-pending', '1');

  // The laptop is closed and opened again, still offline: the change is still there, still waiting.
  await app.restart();
  await openPartners(app.page);
  await app.page.getByRole('tab', { name: 'Organization profile' }).click();
  await expect(app.page.getByTestId('profile-company-name')).toHaveText('Lakeside Cloud S.r.l.');
  await expect(app.page.getByTestId('profile-sync-badge')).toHaveText('Waiting to be sent');
  expect(await profilePuts(app)).toHaveLength(0);

  await app.setOnline(true);
  await expect(app.page.getByTestId('profile-sync-badge')).toHaveCount(0, { timeout: 30_000 });
  await expect(status(app.page)).toHaveAttribute('data-pending', '0');
  const profile = await partnerCenterProfile(app);
  expect(profile).toMatchObject({ companyName: 'Lakeside Cloud S.r.l.', email: 'partners@lakesidecloud.it', defaultAddress: { postalCode: '20121', city: 'Milano' } });
  const puts = await profilePuts(app);
  expect(puts).toHaveLength(1);
  expect(puts[0]!.status).toBe(200);
});

test('a colleague’s conflicting profile edit is shown and resolved', async ({ app }) => {
  const { page } = app;
  await openProfileTab(page);

  await app.setOnline(false);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByRole('textbox', { name: 'Company name' }).fill('Lakeside Cloud Italia S.r.l.');
  await page.getByRole('textbox', { name: 'Email' }).fill('office@lakesidecloud.it');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-sync-badge')).toHaveText('Waiting to be sent');

  // Meanwhile a colleague renames the company in Partner Center and switches its language.
  await colleagueEditsProfile(app, { companyName: 'Lakeside Cloud Services Italia S.r.l.', language: 'en' });
  await app.setOnline(true);

  const conflict = page.getByRole('table', { name: 'Resolve the conflict' });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('profile-sync-badge')).toHaveText('Conflict');
  const row = conflict.getByRole('row').filter({ hasText: 'Company name' });
  await expect(conflict.getByRole('row')).toHaveCount(2);
  await expect(row).toContainText('Lakeside Cloud Services S.r.l.');
  await expect(row).toContainText('Lakeside Cloud Italia S.r.l.');
  await expect(row).toContainText('Lakeside Cloud Services Italia S.r.l.');
  await expect(page.getByRole('button', { name: 'Edit profile' })).toBeDisabled();
  expect((await partnerCenterProfile(app)).companyName).toBe('Lakeside Cloud Services Italia S.r.l.');

  await page.screenshot({ path: test.info().outputPath('en-US-profile-conflict.png') });
  await row.getByRole('radiogroup', { name: 'What to keep for Company name' }).getByRole('radio', { name: 'Keep mine' }).check();
  await page.getByRole('button', { name: 'Apply and send' }).click();

  await expect(page.getByTestId('profile-sync-badge')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('profile-company-name')).toHaveText('Lakeside Cloud Italia S.r.l.');
  const profile = await partnerCenterProfile(app);
  // Mine where I chose it, mine where only I changed, theirs where only they changed.
  expect(profile).toMatchObject({ companyName: 'Lakeside Cloud Italia S.r.l.', email: 'office@lakesidecloud.it', language: 'en' });
  expect((await profilePuts(app)).filter((put) => put.status === 200)).toHaveLength(2); // the colleague's and ours
});

test('a change Partner Center refuses is shown in its words and sent again', async ({ app }) => {
  const { page } = app;
  await openProfileTab(page);
  await app.emulator.control.setFaults({ seed: 1, rules: [{ method: 'PUT', path: '/v1/profiles/organization', rate: 1, kind: 'status', status: 400, times: 1 }] });

  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill('hello@lakesidecloud.it');
  await page.getByRole('button', { name: 'Save profile' }).click();

  const refused = page.getByTestId('profile-refused');
  await expect(refused).toContainText('Partner Center refused your change', { timeout: 30_000 });
  await expect(refused).toContainText('the emulator answered 400 on purpose');
  await page.screenshot({ path: test.info().outputPath('en-US-profile-refused.png') });
  await expect(page.getByTestId('profile-sync-badge')).toHaveText('Refused');
  await refused.getByRole('button', { name: 'Send again', exact: true }).click();

  await expect(page.getByTestId('profile-sync-badge')).toHaveCount(0, { timeout: 30_000 });
  expect((await partnerCenterProfile(app)).email).toBe('hello@lakesidecloud.it');
});

test('the form says what to fix before saving, and the tabs work by keyboard', async ({ app }) => {
  const { page } = app;
  await openProfileTab(page);
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
  await page.getByRole('textbox', { name: 'Postal code' }).fill('ABC');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Some fields need attention before the profile can be saved.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();
  await expect(page.getByText('This postal code does not fit the country’s format.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await profilePuts(app)).toHaveLength(0);

  await page.getByRole('tab', { name: 'Organization profile' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Indirect partners' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Indirect partners' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Indirect partners' })).toBeVisible();
});

for (const [osLocale, names] of [
  ['en-US', { section: 'Partners', indirect: 'Indirect partners', profile: 'Organization profile', resellers: 'Your indirect resellers', open: 'Open business profile' }],
  ['it-IT', { section: 'Partner', indirect: 'Partner indiretti', profile: 'Profilo dell’organizzazione', resellers: 'I tuoi rivenditori indiretti', open: 'Apri il profilo aziendale' }],
] as const) {
  test.describe(`on a ${osLocale} computer`, () => {
    test.use({ osLocale });
    test('both tabs read well and pass axe', async ({ app }) => {
      const { page } = app;
      await app.emulator.control.reset({ customers: 40, seed: 3 });
      await page.reload();
      await expect(status(page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });
      await openPartners(page, names.section);
      await expect(page.getByRole('table', { name: names.resellers }).getByRole('row')).toHaveCount(7, { timeout: 30_000 });
      await expect(page.getByRole('tab', { name: names.indirect })).toHaveAttribute('aria-selected', 'true');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`${osLocale}-indirect.png`), fullPage: true });

      await page.getByRole('tab', { name: names.profile }).click();
      await expect(page.getByTestId('profile-company-name')).toHaveText('Lakeside Cloud Services S.r.l.');
      await expect(page.getByRole('button', { name: new RegExp(`^${names.open}`) })).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`${osLocale}-profile.png`), fullPage: true });

      await page.getByRole('button', { name: osLocale === 'en-US' ? 'Edit profile' : 'Modifica profilo' }).click();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`${osLocale}-profile-form.png`), fullPage: true });
      await page.getByRole('button', { name: osLocale === 'en-US' ? 'Save profile' : 'Salva profilo' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`${osLocale}-profile-form-end.png`) });
    });
  });
}
