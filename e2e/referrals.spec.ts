// The referral inbox as a partner works it: a lead arrives from Microsoft, the rep accepts it on
// the road without a network and Partner Center gets exactly that answer once; leads declined or
// won land in Closed. The inbox and the accept form are checked with axe in English and Italian.
import { seriousAxeViolations } from './accessibility';
import type { Page } from '@playwright/test';
import { DEMO_TOKEN } from '../emulator/server';
import type { Referral } from '../shared/partner-center';
import { expect, test, type DeskApp } from './fixtures';

const status = (page: Page) => page.getByRole('status');
const items = (page: Page) => page.getByTestId('referral-item');
const itemOf = (page: Page, company: string) => items(page).filter({ hasText: company });

/** Opens the Referrals section; opening it while online reads the inbox from Partner Center. */
async function openReferrals(page: Page, name = 'Referrals') {
  await page.getByRole('navigation').getByRole('tab', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Partner Center's copy of a referral, read the way any client of the Referrals API would. */
async function referralAtPartnerCenter(app: DeskApp, id: string): Promise<Referral> {
  const response = await fetch(`${app.emulator.url}/v1.0/engagements/referrals/${id}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  return (await response.json()) as Referral;
}

/** A calendar day some weeks ahead, as the date field takes it. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a referral accepted offline reaches Partner Center with the right status and details', async ({ app }) => {
  const { page } = app;
  const lead = await app.emulator.control.createReferral({ name: 'Contoso - Teams Phone', customerName: 'Contoso Pharma S.p.A.', country: 'IT', dealValue: 12_000, currency: 'EUR' });
  await openReferrals(page);
  const item = itemOf(page, 'Contoso Pharma S.p.A.');
  await expect(item).toContainText('€12,000.00');
  await expect(item).toContainText('14 days left');
  await expect(page.getByRole('tab', { name: 'New (1)' })).toHaveAttribute('aria-selected', 'true');

  // On the road: no network. The rep opens the lead and accepts it with the deal as agreed.
  await app.setOnline(false);
  await expect(status(page)).toHaveAttribute('data-sync-state', 'offline');
  await item.getByRole('button').click();
  const details = page.getByTestId('referral-details');
  await expect(details.getByRole('heading', { name: 'Contoso Pharma S.p.A.' })).toBeVisible();
  await expect(details).toContainText('Waiting for your answer');
  await details.getByRole('button', { name: 'Accept' }).click();

  const form = page.getByTestId('answer-form');
  await expect(form.getByLabel('Engagement name')).toBeFocused();
  await form.getByLabel('Engagement name').fill('Contoso Teams Phone rollout');
  await form.getByLabel('Deal value').fill('48,500.50');
  await form.getByLabel('Currency').selectOption('CHF');
  const closeDate = daysAhead(45);
  await form.getByLabel('Expected close date').fill(closeDate);
  await form.getByLabel('Notes').fill('Kick-off with their IT lead in May.');
  await form.getByRole('button', { name: 'Accept' }).click();

  // Shown at once as the user's answer, pending, in the Active inbox.
  await expect(page.getByTestId('referrals-message')).toContainText('waits on this computer and is sent when you are back online');
  await expect(page.getByRole('tab', { name: 'Active (1)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'New (0)' })).toBeVisible();
  await expect(item).toHaveAttribute('data-sync', 'pending');
  await expect(item).toContainText('Pending');
  await expect(item).toContainText('CHF');
  await expect(details.getByTestId('referral-status')).toHaveText('Active · Accepted');
  await expect(status(page)).toHaveAttribute('data-pending', '1');

  // The laptop is restarted before the network comes back: the answer is still waiting.
  await app.restart();
  await openReferrals(app.page);
  await app.page.getByRole('tab', { name: 'Active (1)' }).click();
  await expect(itemOf(app.page, 'Contoso Pharma S.p.A.')).toHaveAttribute('data-sync', 'pending');
  await expect((await referralAtPartnerCenter(app, lead.id)).status).toBe('New');

  await app.setOnline(true);
  await expect(itemOf(app.page, 'Contoso Pharma S.p.A.')).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });
  await expect(status(app.page)).toHaveAttribute('data-pending', '0');
  const atPartnerCenter = await referralAtPartnerCenter(app, lead.id);
  expect(atPartnerCenter).toMatchObject({
    status: 'Active',
    substatus: 'Accepted',
    name: 'Contoso Teams Phone rollout',
    details: { dealValue: 48_500.5, currency: 'CHF', closingDateTime: closeDate, notes: 'Kick-off with their IT lead in May.' },
  });
  const patches = (await app.emulator.control.requests()).filter((request) => request.method === 'PATCH' && request.path.includes(lead.id));
  expect(patches.filter((request) => request.effects > 0)).toHaveLength(1);
});

test('declining a new referral moves it to Closed', async ({ app }) => {
  const { page } = app;
  const lead = await app.emulator.control.createReferral({ customerName: 'Fabrikam Logistics GmbH', country: 'DE', dealValue: 5_000, currency: 'EUR' });
  await openReferrals(page);
  await itemOf(page, 'Fabrikam Logistics GmbH').getByRole('button').click();
  const details = page.getByTestId('referral-details');
  await details.getByRole('button', { name: 'Decline' }).click();
  const form = page.getByTestId('answer-form');

  // Sent without a reason: the form says what is missing and keeps the notes typed.
  await form.getByLabel('Notes').fill('Fully booked until autumn.');
  await form.getByRole('button', { name: 'Decline' }).click();
  await expect(form).toContainText('Choose why you decline.');
  await expect(form.getByLabel('Reason')).toBeFocused();
  await expect(form.getByLabel('Notes')).toHaveValue('Fully booked until autumn.');

  await form.getByLabel('Reason').selectOption('NoCapacity');
  await form.getByRole('button', { name: 'Decline' }).click();
  await expect(page.getByRole('tab', { name: 'Closed (1)' })).toHaveAttribute('aria-selected', 'true');
  const item = itemOf(page, 'Fabrikam Logistics GmbH');
  await expect(item).toContainText('Declined');
  await expect(item).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });
  await expect(details).toContainText('No capacity at the moment');
  await expect(details).toContainText('This referral is closed');
  expect(await referralAtPartnerCenter(app, lead.id)).toMatchObject({ status: 'Closed', substatus: 'Declined', statusReason: 'NoCapacity', details: { notes: 'Fully booked until autumn.' } });
});

test('an active referral is marked won', async ({ app }) => {
  const { page } = app;
  const lead = await app.emulator.control.createReferral({ customerName: 'Northwind Traders S.r.l.', country: 'IT', dealValue: 20_000, currency: 'EUR' });
  await openReferrals(page);
  await itemOf(page, 'Northwind Traders S.r.l.').getByRole('button').click();
  const details = page.getByTestId('referral-details');
  await details.getByRole('button', { name: 'Accept' }).click();
  const form = page.getByTestId('answer-form');
  // A date in the past is refused, and what was typed stays for correcting.
  await form.getByLabel('Expected close date').fill('2020-01-31');
  await form.getByRole('button', { name: 'Accept' }).click();
  await expect(form).toContainText('The expected close date cannot be in the past.');
  await expect(form.getByLabel('Engagement name')).not.toHaveValue('');
  await form.getByLabel('Expected close date').fill(daysAhead(30));
  await form.getByRole('button', { name: 'Accept' }).click();
  await expect(itemOf(page, 'Northwind Traders S.r.l.')).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });

  // Only the documented answers are offered for an active referral.
  await expect(details.getByRole('button', { name: 'Accept' })).toHaveCount(0);
  await expect(details.getByRole('button', { name: 'Decline' })).toHaveCount(0);
  await details.getByRole('button', { name: 'Mark won' }).click();
  await page.getByTestId('answer-form').getByLabel('Notes').fill('Signed on the first call.');
  await page.getByTestId('answer-form').getByRole('button', { name: 'Mark won' }).click();
  await expect(page.getByRole('tab', { name: 'Closed (1)' })).toHaveAttribute('aria-selected', 'true');
  await expect(itemOf(page, 'Northwind Traders S.r.l.')).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });
  await expect(itemOf(page, 'Northwind Traders S.r.l.')).toContainText('Won');
  expect(await referralAtPartnerCenter(app, lead.id)).toMatchObject({ status: 'Closed', substatus: 'Won', details: { notes: 'Signed on the first call.' } });
});

test('an answer that meets a changed referral is shown as a conflict, and keeping theirs settles it', async ({ app }) => {
  const { page } = app;
  const lead = await app.emulator.control.createReferral({ customerName: 'Alpine Ski Rentals AG', country: 'CH', dealValue: 3_000, currency: 'CHF' });
  await openReferrals(page);
  // The referral has arrived before the network goes: going offline first could cut the inbox's
  // refresh short, and the referral would never be on this computer to answer.
  await expect(itemOf(page, 'Alpine Ski Rentals AG')).toBeVisible();
  await app.setOnline(false);
  await itemOf(page, 'Alpine Ski Rentals AG').getByRole('button').click();
  await page.getByTestId('referral-details').getByRole('button', { name: 'Accept' }).click();
  await page.getByTestId('answer-form').getByLabel('Expected close date').fill(daysAhead(20));
  await page.getByTestId('answer-form').getByRole('button', { name: 'Accept' }).click();
  // Meanwhile the lead ran out of time in Partner Center.
  await app.emulator.control.expireReferral(lead.id);
  await app.setOnline(true);

  const problem = page.getByTestId('answer-problem');
  await expect(problem).toHaveAttribute('data-problem', 'conflict', { timeout: 30_000 });
  await expect(itemOf(page, 'Alpine Ski Rentals AG')).toContainText('Conflict');
  await expect(problem).toContainText('changed in Partner Center while your answer waited');
  await expect(problem.getByTestId('conflict-field').filter({ hasText: 'Substatus' })).toContainText('Expired', { timeout: 30_000 });
  await problem.screenshot({ path: test.info().outputPath('referrals-en-conflict.png') });
  await expect(problem.getByRole('button', { name: 'Send mine again' })).toHaveCount(0);
  await problem.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(page.getByRole('tab', { name: 'Closed (1)' })).toHaveAttribute('aria-selected', 'true');
  await expect(itemOf(page, 'Alpine Ski Rentals AG')).toContainText('Expired');
  await expect(status(page)).toHaveAttribute('data-pending', '0');
});

async function showInboxAndAcceptForm(app: DeskApp, names: { section: string; accept: string }, shots: string) {
  const { page } = app;
  await app.emulator.control.createReferral({ customerName: 'Contoso Pharma S.p.A.', country: 'IT', dealValue: 12_000, currency: 'EUR' });
  await app.emulator.control.createReferral({ customerName: 'Tailspin Toys Ltd', country: 'GB', dealValue: 7_500, currency: 'GBP', createdDateTime: new Date(Date.now() - 13 * 86_400_000).toISOString() });
  await app.emulator.control.createReferral({ customerName: 'Woodgrove Bank', country: 'US', dealValue: 90_000, currency: 'USD', createdDateTime: new Date(Date.now() - 3 * 86_400_000).toISOString() });
  await openReferrals(page, names.section);
  await expect(items(page)).toHaveCount(3);
  await items(page).first().getByRole('button').click();
  await expect(page.getByTestId('referral-details')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`referrals-${shots}-inbox.png`), fullPage: true });
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByTestId('referral-details').getByRole('button', { name: names.accept }).click();
  // Sent empty-dated, so the form shows its problems too.
  await page.getByTestId('answer-form').getByRole('button', { name: names.accept }).click();
  await expect(page.getByTestId('answer-form').locator('[aria-invalid="true"]').first()).toBeFocused();
  await page.screenshot({ path: test.info().outputPath(`referrals-${shots}-accept.png`), fullPage: true });
  await page.getByTestId('answer-form').screenshot({ path: test.info().outputPath(`referrals-${shots}-accept-form.png`) });
  expect(await seriousAxeViolations(page)).toEqual([]);
}

test('the inbox and the accept form pass axe in English', async ({ app }) => {
  await showInboxAndAcceptForm(app, { section: 'Referrals', accept: 'Accept' }, 'en');
});

test.describe('on an Italian computer', () => {
  test.use({ osLocale: 'it-IT' });
  test('the inbox and the accept form are in Italian and pass axe', async ({ app }) => {
    await showInboxAndAcceptForm(app, { section: 'Segnalazioni', accept: 'Accetta' }, 'it');
    await expect(app.page.getByRole('tab', { name: 'Nuove (3)' })).toBeVisible();
    await expect(app.page.getByTestId('answer-form').getByLabel('Data di chiusura prevista')).toBeVisible();
  });
});

test('the inbox works from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await app.emulator.control.createReferral({ customerName: 'Contoso Pharma S.p.A.', country: 'IT' });
  await app.emulator.control.createReferral({ customerName: 'Woodgrove Bank', country: 'US', createdDateTime: new Date(Date.now() - 86_400_000).toISOString() });
  await openReferrals(page);
  await expect(items(page)).toHaveCount(2);
  await items(page).first().getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await expect(items(page).nth(1).getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('referral-details').getByRole('heading', { name: 'Woodgrove Bank' })).toBeVisible();
  await expect(items(page).nth(1).getByRole('button')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('referral-details').getByRole('button', { name: 'Decline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('answer-form').getByLabel('Reason')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('answer-form')).toHaveCount(0);
  await expect(page.getByTestId('referral-details').getByRole('button', { name: 'Accept' })).toBeFocused();
});
