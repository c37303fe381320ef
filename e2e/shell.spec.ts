// Smoke stories of the foundation: the shell, its languages, IPC, settings that survive a
// restart, and the security walls (sender checks, CSP, navigation).
import { expect, test } from './fixtures';
import { decodeAnswer } from './harness/json-crossing';
import { readFileSync } from 'node:fs';

const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const sections = { en: ['Customers', 'Invitations', 'Referrals', 'Partners', 'Settings'], it: ['Clienti', 'Inviti', 'Segnalazioni', 'Partner', 'Impostazioni'] };

test('shows the shell in English with every section and a machine-readable sync status', async ({ app }) => {
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const name of sections.en) await expect(nav.getByRole('tab', { name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('data-sync-state', 'synced');
  await expect(status).toHaveAttribute('data-pending', '0');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('on an Italian computer', () => {
  test.use({ osLocale: 'it-IT' });
  test('shows the shell in Italian', async ({ app }) => {
    const nav = app.page.getByRole('navigation', { name: 'Navigazione principale' });
    for (const name of sections.it) await expect(nav.getByRole('tab', { name })).toBeVisible();
    await expect(app.page.getByRole('heading', { level: 1, name: 'Clienti' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'it');
  });
});

test('shows the app info that main reports over IPC', async ({ app }) => {
  const { page } = app;
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByTestId('app-version')).toHaveText(packageVersion);
  await expect(page.getByTestId('app-cloud')).toHaveText('Partner Center emulator (demo)');
  const info = await page.evaluate(() => window.partnerDesk!.getAppInfo());
  expect(info).toMatchObject({ ok: true, value: { version: packageVersion, cloud: 'emulator', osLocale: 'en-US' } });
});

test('keeps the chosen language after a restart', async ({ app }) => {
  await app.page.getByRole('tab', { name: 'Settings' }).click();
  await app.page.getByLabel('Language').selectOption('it');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
  await app.restart();
  await expect(app.page.getByRole('tab', { name: 'Clienti' })).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'it');
});

test('refuses a setting change that fails its schema or that only IT may make', async ({ app }) => {
  const answers = await app.page.evaluate(async () => {
    const api = window.partnerDesk!;
    const call = api.setSetting as (request: unknown) => Promise<unknown>;
    return {
      badValue: await call({ key: 'locale', value: 'fr' }),
      unknownKey: await call({ key: 'colour', value: 'red' }),
      itOnly: await call({ key: 'partnerCenterBaseUrl', value: 'https://evil.example' }),
    };
  });
  expect(answers.badValue).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
  expect(answers.unknownKey).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
  expect(answers.itOnly).toMatchObject({ ok: false, error: { kind: 'locked' } });
});

test('refuses IPC from a page that is not a Partner Desk window', async ({ app }) => {
  const foreign = await app.page.context().newPage();
  await foreign.goto(`${app.emulator.url}/_emulator/state`);
  const answer = decodeAnswer(
    await foreign.evaluate(() => (window as unknown as { __pdHostedInvoke: (c: string, a: unknown[]) => Promise<unknown> }).__pdHostedInvoke('pd:app.info', [])),
  );
  expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  await foreign.close();
});

test('refuses IPC from a subframe of an app window', async ({ app }) => {
  await app.page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>inner</p>';
    frame.id = 'inner';
    document.body.append(frame);
  });
  const frame = await (await app.page.waitForSelector('#inner')).contentFrame();
  await frame!.waitForLoadState();
  const answer = decodeAnswer(
    await frame!.evaluate(() => (window as unknown as { __pdHostedInvoke: (c: string, a: unknown[]) => Promise<unknown> }).__pdHostedInvoke('pd:app.info', [])),
  );
  expect(answer).toMatchObject({ ok: false, error: { kind: 'forbidden', message: expect.stringContaining('subframe') } });
  // The preload never runs in a subframe, so the API is not there either.
  expect(await frame!.evaluate(() => 'partnerDesk' in window)).toBe(false);
});

test('blocks an inline script through the Content-Security-Policy', async ({ app }) => {
  const outcome = await app.page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    return { directive: await violation, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});

test('keeps the window on the app when a page tries to navigate away', async ({ app }) => {
  const appUrl = app.page.url();
  await app.page.evaluate(() => {
    window.location.href = 'https://example.com/phish';
  });
  await app.page.waitForTimeout(500);
  expect(app.page.url()).toBe(appUrl);
  await expect(app.page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('shows the offline state and back when the network goes and returns', async ({ app }) => {
  const status = app.page.getByRole('status');
  await app.setOnline(false);
  await expect(status).toHaveAttribute('data-sync-state', 'offline');
  await expect(status).toContainText('Offline');
  await app.setOnline(true);
  await expect(status).toHaveAttribute('data-sync-state', 'synced');
});

test('opens a second window with the same shell from the menu', async ({ app }) => {
  const second = await app.newWindow();
  await expect(second.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(await second.evaluate(() => window.partnerDesk!.getConnectivity())).toMatchObject({ ok: true });
});

test.describe('with a malformed office settings file', () => {
  test.use({ officePolicyText: '{ "values": { "cloud": "emulator", ' });
  test('runs on the remaining layers and names the file and the fault', async ({ app }) => {
    const banner = app.page.getByTestId('office-config-problem');
    await expect(banner).toContainText('Your office’s settings file could not be used');
    await expect(banner).toContainText('office.json');
    await expect(banner).toContainText('not valid JSON');
    const info = await app.page.evaluate(() => window.partnerDesk!.getAppInfo());
    expect(info).toMatchObject({ ok: true, value: { cloud: 'global' } });
  });
});

test.describe('with an office file that sets an unknown cloud', () => {
  test.use({ officePolicyText: JSON.stringify({ values: { cloud: 'mars' }, locked: [] }) });
  test('reports the invalid value and keeps running', async ({ app }) => {
    await expect(app.page.getByTestId('office-config-problem')).toContainText('values.cloud');
  });
});

test.describe('with an office that locks the language to Italian', () => {
  test.use({ officePolicyText: JSON.stringify({ values: { locale: 'it' }, locked: ['locale'] }) });
  test('shows Italian and does not let the user change it', async ({ app }) => {
    await app.page.getByRole('tab', { name: 'Impostazioni' }).click();
    await expect(app.page.getByLabel('Lingua')).toBeDisabled();
    await expect(app.page.getByText('Impostato dal tuo ufficio')).toBeVisible();
    const refused = await app.page.evaluate(() => window.partnerDesk!.setSetting({ key: 'locale', value: 'en' }));
    expect(refused).toMatchObject({ ok: false, error: { kind: 'locked' } });
  });
});


test('follows the computer’s light or dark appearance', async ({ app }) => {
  const provider = app.page.locator('[data-theme]').first();
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect(provider).toHaveAttribute('data-theme', 'dark');
  await app.page.emulateMedia({ colorScheme: 'light' });
  await expect(provider).toHaveAttribute('data-theme', 'light');
});
