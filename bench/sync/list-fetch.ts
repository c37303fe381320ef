// Explains metric 1: the time to fetch every customer page through the app's own door to main
// (window.partnerDesk.listCustomers: IPC, main's client, HTTP to the emulator, validation) and
// write nothing; and the same pages fetched straight from Node (HTTP and the same schema check,
// no IPC). The difference is the IPC crossing. In the hosted harness that crossing is a
// Playwright binding whose serializer walks every value, which costs far more than Electron's
// structured-clone IPC would, so it is reported on its own rather than hidden in the ratio.
import type { Page } from '@playwright/test';
import { CONTINUATION_TOKEN_HEADER, collectionSchema, customerListItemSchema, customerSummaryOf } from '../../shared/partner-center';
import { pageSize } from '../../renderer/sync/pull';
import './page-globals';

export interface ListFetch {
  ms: number;
  items: number;
  pages: number;
}

export async function measureListFetch(page: Page): Promise<ListFetch> {
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

/** The same pages from Node: HTTP to the emulator, the schema main validates with and its summaries, no IPC. */
export async function measureDirectListFetch(emulatorUrl: string, token: string): Promise<ListFetch> {
  const schema = collectionSchema(customerListItemSchema);
  const started = performance.now();
  let items = 0;
  let pages = 0;
  let continuationToken: string | undefined;
  do {
    const url = `${emulatorUrl}/v1/customers?size=${pageSize}${continuationToken ? '&seekOperation=Next' : ''}`;
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (continuationToken) headers[CONTINUATION_TOKEN_HEADER] = continuationToken;
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET /v1/customers answered ${response.status}`);
    const body = schema.parse(await response.json());
    items += body.items.map(customerSummaryOf).length;
    pages += 1;
    continuationToken = body.links?.next?.headers.find((header) => header.key.toLowerCase() === CONTINUATION_TOKEN_HEADER.toLowerCase())?.value;
  } while (continuationToken);
  return { ms: performance.now() - started, items, pages };
}
