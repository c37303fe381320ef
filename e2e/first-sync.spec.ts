// The first sync on a new install: Partner Center does not say how many customers there are, so
// the app says how many have arrived so far, in the status bar and above the list, and both go
// once every customer is in. Partner Center's list pages are slowed so the progress can be seen.
import { seriousAxeViolations } from './accessibility';
import { expect, test } from './fixtures';
import './partner-desk-global';

const customers = 3_000;

test('a first sync says how many customers have arrived, and the progress goes when all are in', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('status')).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });
  await app.emulator.control.reset({ customers, seed: 11 });
  await app.emulator.control.setFaults({ seed: 1, rules: [{ method: 'GET', path: '/v1/customers', rate: 1, kind: 'latency', latencyMs: 600 }] });
  // A new install: nothing stored, no sync ever done.
  await page.evaluate(async () => {
    const { db } = window.partnerDeskDiagnostics!;
    await db.transaction('rw', db.customers, db.meta, async () => {
      await db.customers.clear();
      await db.meta.clear();
    });
  });
  await page.reload();

  const aboveList = page.getByTestId('first-sync-progress');
  const inStatusBar = page.getByRole('progressbar', { name: /^Getting your customers from Partner Center: \d+ so far$/ });
  await expect(aboveList).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('progressbar', { name: 'First sync progress' })).toBeVisible();
  await expect(inStatusBar).toBeVisible();
  expect(await seriousAxeViolations(page, 'first sync')).toEqual([]);
  // Both bars move in steps, a few frames a second, not at the display's rate: the CPU that
  // redrawing costs for a whole first sync belongs to IndexedDB (see ActivityProgressBar).
  const easings = await page.evaluate(() =>
    document
      .getAnimations()
      .map((animation) => animation.effect as KeyframeEffect)
      .filter((effect) => effect.target?.closest('[role="progressbar"]'))
      .map((effect) => effect.getTiming().easing),
  );
  expect(easings).toHaveLength(2);
  for (const easing of easings) expect(easing).toMatch(/^steps\(/);

  // The count grows page by page while the sync runs, and the list fills with it.
  await expect.poll(async () => Number(await aboveList.getAttribute('data-applied')), { timeout: 15_000 }).toBeGreaterThanOrEqual(1_000);
  const applied = Number(await aboveList.getAttribute('data-applied'));
  expect(applied).toBeLessThan(customers);
  await expect(aboveList).toContainText(`${applied.toLocaleString('en-US')}`);
  // The status bar counts the same pages (its own reading of the pass, told at most twice a second).
  const statusBarCount = async () => Number(/(\d+) so far$/.exec((await inStatusBar.getAttribute('aria-label')) ?? '')?.[1]);
  await expect.poll(statusBarCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(applied);

  await expect(page.getByTestId('customer-counts')).toHaveAttribute('data-total', String(customers), { timeout: 30_000 });
  await expect(page.getByRole('status')).toHaveAttribute('data-sync-state', 'synced', { timeout: 30_000 });
  await expect(aboveList).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});
