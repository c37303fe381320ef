// Puts 100,000 customers into the app's IndexedDB the quick way: the emulator's own seeded
// customers (realistic names and domains, the ones a first sync would bring) are read from Node
// and written through the page's database in bulk, with the sync metadata a finished first sync
// leaves behind, so the app then starts as a partner's app does on any later day. A first sync
// through the hosted harness would take many minutes of IPC crossing for the same end state.
import type { Page } from '@playwright/test';
import { CONTINUATION_TOKEN_HEADER, collectionSchema, customerListItemSchema, type CustomerListItem } from '../../shared/partner-center';
import { metaKeys } from '../../renderer/sync/pull';
import type { CustomerRecord } from '../../renderer/data/records';
import '../sync/page-globals';

/** Every customer the emulator lists, read straight from Node. */
export async function readEmulatorCustomers(emulatorUrl: string, token: string): Promise<CustomerListItem[]> {
  const schema = collectionSchema(customerListItemSchema);
  const items: CustomerListItem[] = [];
  let continuationToken: string | undefined;
  do {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (continuationToken) headers[CONTINUATION_TOKEN_HEADER] = continuationToken;
    const response = await fetch(`${emulatorUrl}/v1/customers?size=500${continuationToken ? '&seekOperation=Next' : ''}`, { headers });
    if (!response.ok) throw new Error(`GET /v1/customers answered ${response.status}`);
    const body = schema.parse(await response.json());
    items.push(...body.items);
    continuationToken = body.links?.next?.headers.find((header) => header.key.toLowerCase() === CONTINUATION_TOKEN_HEADER.toLowerCase())?.value;
  } while (continuationToken);
  return items;
}

/** The record a first sync writes for a list item (renderer/sync/pull.ts applyServerCustomers). */
function recordOf(item: CustomerListItem): CustomerRecord {
  const lower = (text: string) => text.toLocaleLowerCase('en-US');
  return {
    id: item.id,
    companyName: item.companyProfile.companyName,
    domain: item.companyProfile.domain,
    relationship: item.relationshipToPartner,
    nameKey: lower(item.companyProfile.companyName),
    domainKey: lower(item.companyProfile.domain),
    sync: 'synced',
  };
}

/** Writes the customers in chunks (a JSON string crosses into the page far faster than objects). */
export async function writeLocalCustomers(page: Page, items: readonly CustomerListItem[]): Promise<void> {
  const chunk = 10_000;
  for (let offset = 0; offset < items.length; offset += chunk) {
    const json = JSON.stringify(items.slice(offset, offset + chunk).map(recordOf));
    await page.evaluate(async (json) => {
      await window.partnerDeskDiagnostics!.db.customers.bulkPut(JSON.parse(json) as CustomerRecord[]);
    }, json);
  }
  const now = new Date().toISOString();
  await page.evaluate(
    async ({ keys, now }) => {
      const { db } = window.partnerDeskDiagnostics!;
      await db.transaction('rw', db.meta, async () => {
        await db.meta.delete(keys.pass);
        await db.meta.bulkPut([
          { key: keys.firstSyncDone, value: true },
          { key: keys.lastSyncedAt, value: now },
          { key: keys.lastReconcileAt, value: now },
          { key: keys.auditCursor, value: now },
        ]);
      });
    },
    { keys: metaKeys, now },
  );
}
