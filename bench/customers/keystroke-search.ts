// A keystroke in the search box until the matching rows are painted. The clock starts at the
// keydown event's own timestamp (when Chromium received the key) and stops after the frame that
// first paints a grid in which every row matches what is now typed (prefix of the company name or
// the domain, case-insensitive, as the list searches) and whose rows or counts differ from before
// the key. A key that changes nothing on screen (the same rows still match) has nothing to paint
// and is counted apart rather than timed.
import type { Page } from '@playwright/test';
import { countsSelector, rowSelector, searchBox } from './list-page';

export type KeystrokeSample = number | 'unchanged';

async function armWatch(page: Page, expected: string): Promise<void> {
  await page.evaluate(
    ({ expected, rowSelector, countsSelector }) => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Search customers"]')!;
      const section = input.closest('section')!;
      const signature = () =>
        `${document.querySelector<HTMLElement>(countsSelector)?.dataset.shown}|${[...section.querySelectorAll<HTMLElement>(rowSelector)].map((row) => row.dataset.customerId).join(',')}`;
      const before = signature();
      const query = expected.trim().toLocaleLowerCase('en-US');
      const matches = () => {
        if (input.value !== expected) return false;
        const rows = [...section.querySelectorAll<HTMLElement>(rowSelector)];
        if (rows.length === 0) return section.querySelector('[data-testid="customers-empty"]') !== null;
        return rows.every((row) => {
          const [name, domain] = [...row.querySelectorAll('[role="gridcell"]')].map((cell) => (cell.textContent ?? '').toLocaleLowerCase('en-US'));
          return (name ?? '').startsWith(query) || (domain ?? '').startsWith(query);
        });
      };
      let keyAt = 0;
      const watch = new Promise<number | 'unchanged'>((resolve) => {
        const observer = new MutationObserver(() => {
          if (keyAt === 0 || signature() === before || !matches()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - keyAt);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve('unchanged');
        }, 3_000);
      });
      input.addEventListener('keydown', (event) => (keyAt = event.timeStamp), { capture: true, once: true });
      (globalThis as { __benchKeystroke?: Promise<number | 'unchanged'> }).__benchKeystroke = watch;
    },
    { expected, rowSelector, countsSelector },
  );
}

/** Types `text` one key at a time into an empty search box; one sample per key. */
export async function typeAndMeasure(page: Page, text: string): Promise<KeystrokeSample[]> {
  const box = searchBox(page);
  await box.focus();
  const samples: KeystrokeSample[] = [];
  for (let length = 1; length <= text.length; length += 1) {
    await armWatch(page, text.slice(0, length));
    await page.keyboard.type(text[length - 1]!);
    samples.push(await page.evaluate(() => (globalThis as { __benchKeystroke?: Promise<number | 'unchanged'> }).__benchKeystroke!));
  }
  return samples;
}

/** Empties the search box and waits until the whole list is shown again. */
export async function clearSearch(page: Page, total: number): Promise<void> {
  const box = searchBox(page);
  await box.fill('');
  await page.waitForFunction(
    ({ countsSelector, total }) => Number(document.querySelector<HTMLElement>(countsSelector)?.dataset.shown ?? 0) >= total,
    { countsSelector, total },
    { timeout: 30_000 },
  );
}
