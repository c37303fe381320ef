// `npm run start:hosted`: the same built app in the hosted harness (architecture §5). With a
// display it opens a Chromium window and runs until that window is closed; without one it runs
// headless, saves a screenshot of the first window and prints its path.
//   --locale it-IT   the OS locale the app sees (default: this machine's, else en-US)
//   --section NAME   open that section before the screenshot (customers, settings, ...)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchHostedApp } from '../e2e/harness/hosted-app';
import { sections, type Section } from '../renderer/app/sections';
import { demoRoot, repoRoot, startDemoEnvironment } from './demo-environment';

const { values } = parseArgs({ options: { locale: { type: 'string' }, section: { type: 'string' } } });
const osLocale = values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale ?? 'en-US';
const headless = process.platform === 'linux' ? !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY : false;

const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = await startDemoEnvironment();
const app = await launchHostedApp({
  userDataDir: demo.userDataDir,
  profileDir: path.join(demoRoot, `chromium-profile-${osLocale}`),
  officePolicyFile: demo.officePolicyFile,
  osLocale,
  headless,
  log: (line) => console.log(line),
});
const page = app.firstPage;
await page.locator('[role="status"][data-sync-state]').waitFor({ timeout: 20_000 });
// The first sync of the demo data takes a moment, and the list reads IndexedDB into its own index
// a moment after the sync wrote it; a screenshot of either half-done helps nobody. The window
// may reload once while it starts, so the whole condition is checked on whatever page is there.
async function firstSyncShown(): Promise<boolean> {
  return page
    .evaluate(async () => {
      // Runs in the page; this file is typed for Node, so the page's globals are described here.
      const page = globalThis as unknown as {
        partnerDeskDiagnostics?: { db: { customers: { count(): Promise<number> } } };
        document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
      };
      const synced = page.document.querySelector('[role="status"][data-sync-state="synced"]');
      const counts = page.document.querySelector('[data-testid="customer-counts"]');
      if (!page.partnerDeskDiagnostics || !synced || !counts) return false;
      return counts.getAttribute('data-total') === String(await page.partnerDeskDiagnostics.db.customers.count());
    })
    .catch(() => false);
}
const deadline = Date.now() + 45_000;
while (!(await firstSyncShown())) {
  if (Date.now() > deadline) {
    console.log('The first sync had not finished after 45 s; the screenshot shows it under way.');
    break;
  }
  await page.waitForTimeout(250);
}

if (headless) {
  if (values.section) {
    const index = sections.indexOf(values.section as Section);
    if (index < 0) throw new Error(`--section must be one of ${sections.join(', ')}`);
    await page.getByRole('navigation').getByRole('tab').nth(index).click();
    await page.waitForTimeout(400); // let the selection indicator finish moving
  }
  const folder = path.join(repoRoot, 'out', 'screenshots');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `hosted-${osLocale}${values.section ? `-${values.section}` : ''}.png`);
  await page.screenshot({ path: file });
  console.log(`No display here, so Partner Desk ran headless. Screenshot of the first window: ${file}`);
  await app.quit();
  await demo.stop();
} else {
  console.log('Partner Desk is running in Chromium. Close its window to stop.');
  app.context.on('close', () => void demo.stop().then(() => process.exit(0)));
  page.on('close', () => void app.quit().catch(() => undefined));
}
