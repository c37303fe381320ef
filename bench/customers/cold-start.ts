// Cold start of the window: a reload gives a new document, a new JS heap, a fresh Dexie
// connection and an empty customer list, as opening the app does; main and Chromium's browser
// process stay up, so their start-up is not in this figure (the hosted harness starts Chromium,
// which Electron would not have to do the same way). Timed inside the page from its navigation
// start (performance.timeOrigin) to the frame that paints the first customer rows: an init script
// watches the DOM from the first moment of the document and stamps the time after that paint.
import type { Page } from '@playwright/test';
import { rowSelector } from './list-page';

const initScript = (selector: string) => {
  const stamp = (globalThis as { __benchFirstRows?: Promise<number> });
  stamp.__benchFirstRows = new Promise<number>((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return false;
      // rAF runs before the frame's paint; a message posted from it is handled after that paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { subtree: true, childList: true });
  });
};

let installed = false;

/** Reloads the page and returns navigation start → first customer rows painted, in ms. */
export async function measureColdStart(page: Page): Promise<number> {
  if (!installed) {
    // tsx's keepNames wraps inner functions in a Node-only `__name`; the page gets a no-op one first.
    await page.addInitScript(`globalThis.__name = (target) => target; (${initScript.toString()})(${JSON.stringify(rowSelector)})`);
    installed = true;
  }
  await page.reload({ waitUntil: 'commit' });
  return page.evaluate(() => (globalThis as { __benchFirstRows?: Promise<number> }).__benchFirstRows!);
}
