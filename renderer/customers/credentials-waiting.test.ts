// Admin credentials waiting for the user: one row per new customer, and the single list an earlier
// version kept is still honoured until each customer on it is confirmed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';
import { clearCredentialsWaiting, nextCustomerWithCredentialsWaiting, noteCredentialsWaiting } from './credentials-waiting';

const customer = (id: string): CustomerRecord => ({ id, companyName: id, domain: `${id}.onmicrosoft.com`, nameKey: id, domainKey: `${id}.onmicrosoft.com`, relationship: 'reseller', sync: 'synced', credentialsWaiting: true });

let db: PartnerDeskDatabase;
beforeEach(async () => {
  db = new PartnerDeskDatabase(`credentials-${crypto.randomUUID()}`);
  await db.customers.bulkPut(['alpha', 'bravo', 'charlie'].map(customer));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** What the dialog offers, one customer after the other, as the user confirms each. */
async function offeredInTurn(db: PartnerDeskDatabase): Promise<string[]> {
  const offered: string[] = [];
  for (let next = await nextCustomerWithCredentialsWaiting(db); next; next = await nextCustomerWithCredentialsWaiting(db)) {
    offered.push(next.id);
    await clearCredentialsWaiting(db, next.id);
  }
  return offered;
}

describe('admin credentials waiting', () => {
  it('offers customers noted together in one transaction, each until it is confirmed', async () => {
    await db.transaction('rw', db.meta, () => Promise.all([noteCredentialsWaiting(db, 'alpha'), noteCredentialsWaiting(db, 'bravo')]));
    expect((await nextCustomerWithCredentialsWaiting(db))?.id).toBe('alpha');
    await clearCredentialsWaiting(db, 'alpha');
    expect((await db.customers.get('alpha'))?.credentialsWaiting).toBe(false);
    expect(await offeredInTurn(db)).toEqual(['bravo']);
    expect(await nextCustomerWithCredentialsWaiting(db)).toBeNull();
  });

  it('finds the one customer still waiting behind many rows whose customers no longer wait', async () => {
    const ids = Array.from({ length: 21 }, (_, index) => `c${String(index).padStart(2, '0')}`);
    await db.customers.bulkPut(ids.map((id, index) => ({ ...customer(id), credentialsWaiting: index === 20 })));
    await db.transaction('rw', db.meta, () => Promise.all(ids.map((id) => noteCredentialsWaiting(db, id))));
    expect((await nextCustomerWithCredentialsWaiting(db))?.id).toBe('c20');
  });

  it('still offers the customers of the list an earlier version kept', async () => {
    await db.meta.put({ key: 'customers.credentialsWaiting', value: ['charlie'] });
    await noteCredentialsWaiting(db, 'alpha');
    expect(await offeredInTurn(db)).toEqual(['alpha', 'charlie']);
    expect((await db.meta.get('customers.credentialsWaiting'))?.value).toEqual([]);
  });
});
