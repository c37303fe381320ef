// Explains metric 1: the time to fetch every customer page through the app's own door to main
// (window.partnerDesk.listCustomers: IPC, main's client, HTTP to the emulator, validation) and
// write nothing. The first sync cannot be faster than this plus the raw write; in the hosted
// harness the IPC crossing is Playwright's binding, which costs more than Electron's IPC would.
import type { Page } from '@playwright/test';
import { pageSize } from '../../renderer/sync/pull';
import './page-globals';

export async function measureListFetch(page: Page): Promise<{ ms: number; items: number; pages: number }> {
  return page.evaluate(async (size) => {
    const api = window.partnerDesk!;
    const started = performance.now();
    let items = 0;
    let pages = 0;
    let continuationToken: string | undefined;
    do {
      const answer = await api.listCustomers({ size, ...(continuationToken ? { continuationToken } : {}) });
      if (!answer.ok) throw new Error(`listCustomers failed: ${answer.error.message}`);
      items += answer.value.items.length;
      pages += 1;
      continuationToken = answer.value.continuationToken;
    } while (continuationToken);
    return { ms: performance.now() - started, items, pages };
  }, pageSize);
}
