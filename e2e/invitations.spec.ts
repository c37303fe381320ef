// Invitations, as a partner uses them to bring existing customers in: written offline, mailed once
// from their own mailbox when the connection returns, accepted by the customer in the Microsoft 365
// admin center (played by the emulator's control API) and seen as accepted after a sync; cancelled
// before they leave; left to the user when the connection broke while the mail was being sent.
import { seriousAxeViolations } from './accessibility';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const rows = (page: Page) => page.getByTestId('invitation-row');
const syncStatus = (page: Page) => page.locator('[role="status"][data-sync-state]');

interface Recipient {
  name: string;
  email: string;
  company: string;
  domain: string;
  note?: string;
}

const fabrikam: Recipient = { name: 'Anna Rossi', email: 'anna.rossi@fabrikam.example', company: 'Fabrikam S.p.A.', domain: 'fabrikam.example', note: 'Glad we met at the Milan partner day.' };
const tailspin: Recipient = { name: 'Marco Neri', email: 'marco.neri@tailspin.example', company: 'Tailspin Toys S.r.l.', domain: 'tailspin.example' };
const northwind: Recipient = { name: 'Giulia Bianchi', email: 'giulia@northwind.example', company: 'Northwind Traders', domain: 'northwind.example' };

async function openInvitations(page: Page, name = 'Invitations') {
  await page.getByRole('navigation').getByRole('tab', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function synced(page: Page) {
  await expect(syncStatus(page)).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });
}

async function writeInvitation(page: Page, recipient: Recipient) {
  await page.getByRole('button', { name: 'New invitation' }).click();
  await page.getByRole('textbox', { name: 'Recipient name' }).fill(recipient.name);
  await page.getByRole('textbox', { name: 'Recipient email' }).fill(recipient.email);
  await page.getByRole('textbox', { name: 'Company name' }).fill(recipient.company);
  await page.getByRole('textbox', { name: 'Expected domain' }).fill(recipient.domain);
  if (recipient.note) await page.getByRole('textbox', { name: 'Personal note' }).fill(recipient.note);
}

test('an invitation written offline is mailed once when online, the customer accepts it and the app marks it accepted', async ({ app }) => {
  const { page } = app;
  await synced(page);
  await openInvitations(page);

  await app.setOnline(false);
  await writeInvitation(page, fabrikam);
  await expect(page.getByTestId('preview-body')).toContainText('Glad we met at the Milan partner day.');
  await page.getByRole('button', { name: 'Send' }).click();

  const row = rows(page).filter({ hasText: 'Fabrikam S.p.A.' });
  await expect(row).toHaveAttribute('data-status', 'pending');
  await expect(row.getByTestId('invitation-status')).toHaveText('Waiting to be sent');
  await expect(page.getByTestId('invitations-message')).toContainText('it is sent from your mailbox when you are online');
  expect(await app.emulator.control.mail()).toEqual([]);

  await app.setOnline(true);
  await expect(row).toHaveAttribute('data-status', 'sent', { timeout: 30_000 });
  await expect(row.getByTestId('invitation-status')).toHaveText('Sent');
  await expect(row).toContainText('from your mailbox');
  const mail = await app.emulator.control.mail();
  expect(mail).toHaveLength(1);
  expect(mail[0]!.to).toEqual(['anna.rossi@fabrikam.example']);
  expect(mail[0]!.subject).toBe('Lakeside Cloud Services S.r.l. invites Fabrikam S.p.A. to a reseller relationship');
  expect(mail[0]!.body).toMatch(/https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=ResellerRelationship&partnerId=[0-9a-f-]+&msppId=0&DAP=true/);
  expect(mail[0]!.body).toContain('Glad we met at the Milan partner day.');
  expect(mail[0]!.body).not.toContain('{');

  // The customer's Global admin accepts while the partner works in the customer list: the notice
  // comes wherever the partner is, once the sync sees the customer arrive.
  const customer = await app.emulator.control.acceptInvitation('fabrikam.example', { companyName: 'Fabrikam S.p.A.' });
  await page.getByRole('navigation').getByRole('tab', { name: 'Customers' }).click();
  await page.getByRole('button', { name: 'Check everything now' }).click();
  await expect(page.getByTestId('invitation-accepted-toast')).toContainText('Fabrikam S.p.A. accepted your invitation and is now your customer.', { timeout: 30_000 });
  await openInvitations(page);
  await expect(row).toHaveAttribute('data-status', 'accepted');
  await expect(row.getByTestId('invitation-status')).toHaveText('Accepted');
  await expect(row).toContainText('in your customer list as Fabrikam S.p.A.');
  await expect(page.getByTestId('invitation-counts')).toContainText('1 accepted');
  // Accepted is the end of the road: no resend, no cancel.
  await expect(row.getByRole('button')).toHaveCount(0);
  expect(await app.emulator.control.mail()).toHaveLength(1);
  expect(await page.evaluate(() => window.partnerDeskDiagnostics!.db.invitations.toArray())).toMatchObject([{ customerId: customer.id }]);
});

test('an invitation is cancelled and never mailed', async ({ app }) => {
  const { page } = app;
  await synced(page);
  await openInvitations(page);
  await app.setOnline(false);
  await writeInvitation(page, tailspin);
  await page.getByRole('button', { name: 'Send' }).click();
  const row = rows(page).filter({ hasText: 'Tailspin Toys S.r.l.' });
  await expect(row).toHaveAttribute('data-status', 'pending');

  await row.getByRole('button', { name: 'Cancel invitation' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cancel the invitation to Tailspin Toys S.r.l.?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel invitation' }).click();
  await expect(row).toHaveAttribute('data-status', 'cancelled');
  await expect(row).toContainText('Cancelled on');
  await expect(syncStatus(page)).toHaveAttribute('data-pending', '0');

  await app.setOnline(true);
  await synced(page);
  await page.getByRole('button', { name: 'Check everything now' }).click();
  await synced(page);
  expect(await app.emulator.control.mail()).toEqual([]);
  expect((await app.emulator.control.requests()).filter((request) => request.path.includes('sendMail'))).toEqual([]);
  await page.getByRole('tab', { name: /^Cancelled/ }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'cancelled');
});

test('a mail whose connection broke after Graph took it is never sent again by itself; the user marks it sent', async ({ app }) => {
  const { page } = app;
  await synced(page);
  await openInvitations(page);
  await app.emulator.control.setFaults({ seed: 1, rules: [{ method: 'POST', path: '/v1.0/me/sendMail', rate: 1, kind: 'drop-after', times: 1 }] });
  await writeInvitation(page, northwind);
  await page.getByRole('button', { name: 'Send' }).click();

  const row = rows(page).filter({ hasText: 'Northwind Traders' });
  await expect(row).toHaveAttribute('data-status', 'delivery-unknown', { timeout: 30_000 });
  await expect(row.getByTestId('invitation-status')).toHaveText('Delivery unknown');
  await expect(row).toContainText('Look in your Sent Items');
  await page.screenshot({ path: test.info().outputPath('invitations-delivery-unknown-en.png') });
  expect(await app.emulator.control.mail()).toHaveLength(1);

  // Syncs come and go; the mail is not sent again.
  await page.getByRole('button', { name: 'Check everything now' }).click();
  await expect(syncStatus(page)).not.toHaveAttribute('data-sync-state', 'syncing', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Check everything now' }).click();
  await expect(syncStatus(page)).not.toHaveAttribute('data-sync-state', 'syncing', { timeout: 30_000 });
  expect(await app.emulator.control.mail()).toHaveLength(1);
  await expect(row).toHaveAttribute('data-status', 'delivery-unknown');

  // Resend asks first, because the first mail may have arrived; "Do not send" leaves it be.
  await row.getByRole('button', { name: 'Resend' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Send the invitation to Northwind Traders again?' });
  await expect(dialog).toContainText('Check your Sent Items first');
  await dialog.getByRole('button', { name: 'Do not send' }).click();
  await expect(dialog).toBeHidden();

  await row.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(row).toHaveAttribute('data-status', 'sent');
  await page.getByRole('button', { name: 'Check everything now' }).click();
  await synced(page);
  expect(await app.emulator.control.mail()).toHaveLength(1);
});

test('an invitation is written with the keyboard alone, without delegated admin, and copied with its link', async ({ app }) => {
  const { page } = app;
  await synced(page);
  await openInvitations(page);
  await page.getByRole('button', { name: 'New invitation' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Recipient name' })).toBeFocused();
  await page.keyboard.type('Anna Rossi');
  await page.keyboard.press('Tab');
  await page.keyboard.type('anna@contoso.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Contoso Italia S.r.l.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('contoso.example');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Include delegated admin' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Include delegated admin' })).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Email language' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Email language' }).selectOption('it');
  await expect(page.getByTestId('preview-body')).toContainText('Gentile Anna Rossi,');
  await expect(page.getByTestId('preview-body')).toContainText('DAP=false');
  await expect(page.getByTestId('preview-body')).not.toContainText('amministrazione delegata');

  // Removing the link from the text is refused: the customer could not accept.
  const body = page.getByRole('textbox', { name: 'Message text' });
  await body.fill((await body.inputValue()).replace('{link}', ''));
  await page.getByRole('button', { name: 'Copy' }).focus();
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await expect(page.getByText('Put {link} back into the text')).toBeVisible();
  await page.getByRole('button', { name: 'Use the standard text' }).focus();
  await page.keyboard.press('Enter');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy' }).focus();
  await page.keyboard.press('Enter');
  const row = rows(page).filter({ hasText: 'Contoso Italia S.r.l.' });
  await expect(row).toHaveAttribute('data-status', 'sent');
  await expect(row).toContainText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Gentile Anna Rossi,');
  expect(copied).toMatch(/invType=ResellerRelationship&partnerId=[0-9a-f-]+&msppId=0&DAP=false/);
  expect(await app.emulator.control.mail()).toEqual([]);

  // Resend hands it over the same way again; the row counts the second hand-over.
  await row.getByRole('button', { name: 'Resend' }).click();
  await expect(row).toContainText('(2 times)');

  // Another one goes to the user's own mail app as a draft, sent from there.
  await writeInvitation(page, northwind);
  await page.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(page.getByTestId('invitations-message')).toContainText('The invitation to Northwind Traders is open in your mail app.');
  await expect(rows(page).filter({ hasText: 'Northwind Traders' })).toContainText('opened in your mail app');
  expect(await app.emulator.control.mail()).toEqual([]);
});

/** Fills the list with one invitation in each state the user meets: accepted, sent, waiting, cancelled. */
async function listInEveryState(app: { page: Page; setOnline(online: boolean): Promise<void>; emulator: { control: { acceptInvitation(domain: string): Promise<unknown> } } }, words: { send: string; newInvitation: string; cancel: string; syncNow: string }) {
  const { page } = app;
  const fill = async (recipient: Recipient) => {
    await page.getByRole('button', { name: words.newInvitation }).click();
    const inputs = page.locator('form input');
    await inputs.nth(0).fill(recipient.name);
    await inputs.nth(1).fill(recipient.email);
    await inputs.nth(2).fill(recipient.company);
    await inputs.nth(3).fill(recipient.domain);
    await page.getByRole('button', { name: words.send, exact: true }).click();
  };
  await fill(fabrikam);
  await expect(rows(page).filter({ hasText: fabrikam.company })).toHaveAttribute('data-status', 'sent', { timeout: 30_000 });
  await app.emulator.control.acceptInvitation(fabrikam.domain);
  await fill(northwind);
  await expect(rows(page).filter({ hasText: northwind.company })).toHaveAttribute('data-status', 'sent', { timeout: 30_000 });
  await page.getByRole('button', { name: words.syncNow }).click();
  await expect(rows(page).filter({ hasText: fabrikam.company })).toHaveAttribute('data-status', 'accepted', { timeout: 30_000 });
  await app.setOnline(false);
  await fill(tailspin);
  await fill({ ...tailspin, company: 'Wide World Importers', domain: 'wideworld.example', email: 'luca@wideworld.example' });
  const cancelled = rows(page).filter({ hasText: tailspin.company });
  await cancelled.getByRole('button', { name: words.cancel }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: words.cancel }).click();
  await expect(cancelled).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByRole('alertdialog')).toBeHidden();
}

test('the list and the form pass axe and read well in English', async ({ app }) => {
  // Builds the list through the screens, one invitation per state, with four axe passes.
  test.setTimeout(180_000);
  const { page } = app;
  await synced(page);
  await openInvitations(page);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await listInEveryState(app, { send: 'Send', newInvitation: 'New invitation', cancel: 'Cancel invitation', syncNow: 'Check everything now' });
  await page.getByTestId('invitations-message').getByRole('button', { name: 'Dismiss' }).click();
  await page.screenshot({ path: test.info().outputPath('invitations-list-en.png'), fullPage: true });
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'New invitation' }).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('compose-message')).toContainText('Check the highlighted fields: 4 need your attention.');
  await page.screenshot({ path: test.info().outputPath('invitations-composer-errors-en.png') });
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test.describe('on an Italian computer', () => {
  test.use({ osLocale: 'it-IT' });
  test('the list and the form pass axe and read well in Italian', async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await synced(page);
    await openInvitations(page, 'Inviti');
    await expect(page.getByRole('button', { name: 'Nuovo invito' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await listInEveryState(app, { send: 'Invia', newInvitation: 'Nuovo invito', cancel: 'Annulla invito', syncNow: 'Controlla tutto ora' });
    await page.screenshot({ path: test.info().outputPath('invitations-list-it.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nuovo invito' }).click();
    await expect(page.getByRole('textbox', { name: 'Nome del destinatario' })).toBeFocused();
    await expect(page.getByRole('checkbox', { name: 'Includi amministrazione delegata' })).toBeChecked();
    await page.getByRole('textbox', { name: 'Nome del destinatario' }).fill('Anna Rossi');
    await page.screenshot({ path: test.info().outputPath('invitations-composer-it.png') });
    await page.getByRole('button', { name: 'Invia', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('invitations-composer-it-bottom.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('in Microsoft Cloud for US Government', () => {
  test.use({ officePolicyText: JSON.stringify({ values: { cloud: 'usgov' }, locked: ['cloud'] }) });
  test('says invitations do not exist there instead of offering them', async ({ app }) => {
    const { page } = app;
    await openInvitations(page);
    await expect(page.getByTestId('invitations-cloud-off')).toContainText('Not available in');
    await expect(page.getByTestId('invitations-cloud-off')).toContainText('no “invite an existing customer” scenario');
    await expect(page.getByRole('button', { name: 'New invitation' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('invitations-list-usgov.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe('in Microsoft Cloud Germany', () => {
  test.use({ officePolicyText: JSON.stringify({ values: { cloud: 'germany' }, locked: ['cloud'] }) });
  test('an invitation always includes delegated admin, and the form says why', async ({ app }) => {
    const { page } = app;
    await openInvitations(page);
    await page.getByRole('button', { name: 'New invitation' }).click();
    const delegatedAdmin = page.getByRole('checkbox', { name: 'Include delegated admin' });
    await expect(delegatedAdmin).toBeChecked();
    await expect(delegatedAdmin).toBeDisabled();
    await expect(page.getByText('an invitation always includes delegated admin')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('invitations-composer-germany.png') });
  });
});
