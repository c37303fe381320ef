// axe-core over the page as the user sees it once it has settled. Shared by every spec that
// checks a screen, so each applies the same exceptions and the same wait.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Waits until no finite animation or transition is running and, when no dialog is open, the app
 * root is no longer hidden from assistive technology. A dialog fading in has half-transparent
 * text (axe then reports color-contrast), and one fading out still hides the page behind it
 * (aria-hidden-focus on #root): both are moments, not what the user is left with. Endless
 * animations (spinners, indeterminate progress) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const moving = document.getAnimations().some((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity);
        const dialogOpen = document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
        const rootHidden = document.getElementById('root')?.getAttribute('aria-hidden') === 'true';
        return !moving && (dialogOpen || !rootHidden);
      },
      null,
      { timeout: 5_000, polling: 50 },
    )
    // A page that never settles is still scanned: axe then names what is wrong with it.
    .catch(() => undefined);
}

/**
 * Serious and critical axe findings, one line each. Fluent's focus manager (Tabster) puts
 * focusable `aria-hidden` sentinels (`data-tabster-dummy`) around dialogs and arrow-key groups;
 * they only hand focus on and must stay silent to screen readers. Fluent calls axe's
 * aria-hidden-focus finding on them by design (microsoft/tabster#288, microsoft/fluentui#27517,
 * the same exception Accessibility Insights makes), so they alone are left out of the scan.
 */
export async function seriousAxeViolations(page: Page, screen?: string): Promise<string[]> {
  await settled(page);
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${screen ? `${screen}: ` : ''}${violation.id} (${violation.impact}) on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
