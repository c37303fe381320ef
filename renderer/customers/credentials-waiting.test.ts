// Admin credentials waiting for the user: one row per new customer, and the single list an earlier
// version kept is still honoured until each customer on it is confirmed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';
import { clearCredentialsWaiting, customersWithCredentialsWaiting, nextCustomerWithCredentialsWaiting, noteCredentialsWaiting } from './credentials-waiting';

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

describe('admin credentials waiting', () => {
  it('lists customers noted together in one transaction, and each until it is confirmed', async () => {
    await db.transaction('rw', db.meta, () => Promise.all([noteCredentialsWaiting(db, 'alpha'), noteCredentialsWaiting(db, 'bravo')]));
    expect((await customersWithCredentialsWaiting(db)).map((row) => row.id).sort()).toEqual(['alpha', 'bravo']);
    await clearCredentialsWaiting(db, 'alpha');
    expect((await customersWithCredentialsWaiting(db)).map((row) => row.id)).toEqual(['bravo']);
    expect((await nextCustomerWithCredentialsWaiting(db))?.id).toBe('bravo');
    expect((await db.customers.get('alpha'))?.credentialsWaiting).toBe(false);
    await clearCredentialsWaiting(db, 'bravo');
    expect(await nextCustomerWithCredentialsWaiting(db)).toBeNull();
  });

  it('still offers the customers of the list an earlier version kept', async () => {
    await db.meta.put({ key: 'customers.credentialsWaiting', value: ['charlie'] });
    await noteCredentialsWaiting(db, 'alpha');
    expect((await customersWithCredentialsWaiting(db)).map((row) => row.id).sort()).toEqual(['alpha', 'charlie']);
    await clearCredentialsWaiting(db, 'charlie');
    expect((await customersWithCredentialsWaiting(db)).map((row) => row.id)).toEqual(['alpha']);
    expect((await db.meta.get('customers.credentialsWaiting'))?.value).toEqual([]);
  });
});
