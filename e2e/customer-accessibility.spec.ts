// The customer screens for people who use a keyboard or a screen reader, in English and Italian:
// axe finds no serious or critical violation on the list, the add-customer form and the details.
import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './accessibility';
import { expect, test } from './fixtures';
import { openResellerWithBillingProfile, seedPartnerCenter } from './customers/customer-world';


async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

for (const { locale, names } of [
  { locale: 'en-US', names: { add: 'Add customer', next: 'Next', edit: 'Edit billing profile', city: 'City', save: 'Save', resolve: 'Resolve conflict', conflictTitle: 'Resolve the conflict' } },
  { locale: 'it-IT', names: { add: 'Aggiungi cliente', next: 'Avanti', edit: 'Modifica profilo di fatturazione', city: 'Città', save: 'Salva', resolve: 'Risolvi il conflitto', conflictTitle: 'Risolvi il conflitto' } },
]) {
  test.describe(`on a computer set to ${locale}`, () => {
    test.use({ osLocale: locale });

    test('the list and the add-customer form pass axe, with problems shown', async ({ app }) => {
      test.slow();
      const { page } = app;
      await seedPartnerCenter(app, 40, 9);
      expect(await seriousAxeViolations(page, 'list')).toEqual([]);
      await snapshot(page, `list-${locale}`);

      await page.getByRole('button', { name: names.add }).click();
      expect(await seriousAxeViolations(page, 'add: company')).toEqual([]);
      await page.getByRole('button', { name: names.next }).click();
      // Problems shown: still accessible, and focus lands on the first field to fix.
      await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true');
      expect(await seriousAxeViolations(page, 'add: company with problems')).toEqual([]);
      await snapshot(page, `add-${locale}`);
    });

    test('the customer details, the billing form and the conflict dialog pass axe', async ({ app }) => {
      test.slow();
      const { page } = app;
      const customer = await openResellerWithBillingProfile(app, 40, 9);
      expect(await seriousAxeViolations(page, 'details')).toEqual([]);
      await snapshot(page, `details-${locale}`);
      await page.getByRole('button', { name: names.edit }).click();
      expect(await seriousAxeViolations(page, 'details: billing form')).toEqual([]);
      await snapshot(page, `billing-form-${locale}`);

      // A colleague changes the same field while the edit waits offline: the conflict dialog.
      await app.setOnline(false);
      await page.getByRole('textbox', { name: names.city }).fill('Springfield');
      await page.getByRole('button', { name: names.save }).click();
      await app.emulator.control.changeBilling(customer.id, { defaultAddress: { city: 'Shelbyville' } });
      await app.setOnline(true);
      await page.getByRole('button', { name: names.resolve }).click({ timeout: 20_000 });
      await expect(page.getByRole('dialog', { name: names.conflictTitle })).toBeVisible();
      expect(await seriousAxeViolations(page, 'details: conflict dialog')).toEqual([]);
      await snapshot(page, `conflict-${locale}`);
    });
  });
}
