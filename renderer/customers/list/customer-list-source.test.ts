// The in-memory list follows IndexedDB while a sync writes into it: a bulk write reloads it once,
// and single changes that land during that reload are neither lost nor a reason to reload again
// (a reload of 100,000 customers takes seconds, and a sync writes a page every second).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PartnerDeskDatabase, searchKey } from '../../data/database';
import type { CustomerRecord } from '../../data/records';
import { CustomerListIndex } from './customer-list-index';
import { CustomerListSource } from './customer-list-source';

const customer = (n: number, companyName = `Company ${String(n).padStart(6, '0')}`): CustomerRecord => ({
  id: `customer-${n}`,
  companyName,
  domain: `company${n}.onmicrosoft.com`,
  nameKey: searchKey(companyName),
  domainKey: `company${n}.onmicrosoft.com`,
  relationship: 'reseller',
  sync: 'synced',
});

const everything = { search: '', relationship: 'all', sync: 'all', reseller: null, sortBy: 'name', direction: 'ascending' } as const;
const listed = (source: CustomerListSource) => {
  const { index } = source.getSnapshot();
  return Array.from(index.query(everything), (slot) => index.row(slot).companyName);
};
const settle = async (source: CustomerListSource, expected: string[]) =>
  vi.waitFor(() => expect(listed(source)).toEqual(expected), { timeout: 20_000, interval: 50 });

let db: PartnerDeskDatabase;
beforeEach(async () => {
  db = new PartnerDeskDatabase(`list-source-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('the customer list source', () => {
  it('keeps every single change made while a bulk write reloads the list, and reloads only once for it', async () => {
    const count = 6_000;
    await db.customers.bulkPut(Array.from({ length: count }, (_, n) => customer(n)));
    const source = new CustomerListSource(db);
    const unsubscribe = source.subscribe(() => undefined);
    await source.ready();
    const loads = vi.spyOn(CustomerListIndex.prototype, 'setDomainOrder');

    // A sync page written as one range (Dexie reports a clear-and-refill as the whole table)...
    await db.transaction('rw', db.customers, async () => {
      await db.customers.where('id').between('customer-0', 'customer-1~').delete();
    });
    // ...and a colleague's edits arriving one by one, before, during and after the reload.
    const renamed: string[] = [];
    for (let step = 0; step < 40; step += 1) {
      const n = 2_000 + step;
      renamed.push(`Renamed ${String(step).padStart(2, '0')}`);
      await db.customers.put(customer(n, renamed.at(-1)));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }

    const expected = (await db.customers.toArray()).sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : 1)).map((row) => row.companyName);
    await settle(source, expected);
    expect(expected).toEqual(expect.arrayContaining(renamed));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(listed(source)).toEqual(expected);
    expect(loads.mock.calls.length).toBe(1);
    unsubscribe();
  }, 60_000);

  it('shows a customer edited in this window before its transaction commits, and takes it back if it fails', async () => {
    await db.customers.bulkPut(Array.from({ length: 50 }, (_, n) => customer(n)));
    const source = new CustomerListSource(db);
    const unsubscribe = source.subscribe(() => undefined);
    await source.ready();

    let seenBeforeCommit: string[] = [];
    await db.transaction('rw', db.customers, async () => {
      await db.customers.put(customer(7, 'Aardvark Consulting'));
      seenBeforeCommit = listed(source).slice(0, 1);
    });
    expect(seenBeforeCommit).toEqual(['Aardvark Consulting']);

    await expect(
      db.transaction('rw', db.customers, async () => {
        await db.customers.put(customer(8, 'Abandoned Edit'));
        expect(listed(source)[1]).toBe('Abandoned Edit');
        throw new Error('the user cancelled');
      }),
    ).rejects.toThrow('the user cancelled');
    await vi.waitFor(() => expect(listed(source)).not.toContain('Abandoned Edit'));
    expect(listed(source)).toContain('Company 000008');
    unsubscribe();
  });

  it('takes a page the sync writes from the rows written, without reading them back', async () => {
    await db.customers.bulkPut(Array.from({ length: 50 }, (_, n) => customer(n)));
    const source = new CustomerListSource(db);
    const unsubscribe = source.subscribe(() => undefined);
    await source.ready();
    const readBack = vi.spyOn(db.customers, 'bulkGet');

    // A sync page: 500 new customers and a renamed one, written as the sync writes (in the
    // background), then a customer removed in a transaction of its own.
    await db.transaction('rw', db.customers, async () => {
      db.markBackground();
      await db.customers.bulkPut([...Array.from({ length: 500 }, (_, n) => customer(1_000 + n)), customer(3, 'Zeta Renamed')]);
    });
    await db.customers.delete('customer-4');
    // A write that fails to commit shows nothing.
    await expect(
      db.transaction('rw', db.customers, async () => {
        db.markBackground();
        await db.customers.bulkPut(Array.from({ length: 30 }, (_, n) => customer(5_000 + n)));
        throw new Error('the page could not be stored');
      }),
    ).rejects.toThrow('the page could not be stored');

    const expected = (await db.customers.toArray()).sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : 1)).map((row) => row.companyName);
    expect(expected).toHaveLength(549);
    await settle(source, expected);
    expect(readBack).not.toHaveBeenCalled();
    unsubscribe();
  });
});
