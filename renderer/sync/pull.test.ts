// The customer list pass against a real emulator, page by page: a first sync adds customers
// without reading each back first yet never overwrites one stored meanwhile; a page whose
// predecessor failed writes nothing, so the saved cursor is never ahead of the data; and only a
// pass that began with customers stored looks for those gone from the list.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { startEmulator } from '../../emulator/server';
import type { PartnerCenterPort } from '../../shared/partner-center-calls';
import { PartnerDeskDatabase, searchKey } from '../data/database';
import type { CustomerRecord } from '../data/records';
import { createNodePort } from './node-sync.test-support';
import { metaKeys, pageSize, runListPass, type ListPass } from './pull';
import type { SyncContext } from './sync-context';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let control: EmulatorControl;
let db: PartnerDeskDatabase;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
});
afterAll(async () => emulator.stop());
beforeEach(async () => {
  // Three pages and a bit.
  await control.reset({ customers: pageSize * 3 + 20, seed: 11 });
  db = new PartnerDeskDatabase(`pull-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** The real port, with something done as each page of the customer list is asked for. */
function contextWith(onPage: (page: number, request: Parameters<PartnerCenterPort['listCustomers']>[0]) => Promise<'poison' | void> = async () => undefined): SyncContext {
  const { port } = createNodePort(emulator.url, { online: true });
  let page = 0;
  const listCustomers: PartnerCenterPort['listCustomers'] = async (request) => {
    page += 1;
    const asked = page;
    const decision = await onPage(asked, request);
    const answer = await port.listCustomers(request);
    // A row the app cannot store (its name is no string): the page's transaction fails.
    if (decision === 'poison' && answer.ok) answer.value.items[0]!.companyName = Symbol('unstorable') as unknown as string;
    return answer;
  };
  return { db, port: { ...port, listCustomers }, now: () => Date.now(), random: Math.random, log: () => undefined };
}

const storedPass = async () => (await db.meta.get(metaKeys.pass))?.value as ListPass | undefined;

describe('the customer list pass', () => {
  it('keeps what a customer stored while the first sync runs already carries', async () => {
    let created: CustomerRecord | undefined;
    const context = contextWith(async (page) => {
      if (page !== 3) return;
      // Page 3 is asked for while page 2 is written; a customer on it is "created" meanwhile.
      const { port } = createNodePort(emulator.url, { online: true });
      const first = await port.listCustomers({ size: pageSize });
      const second = first.ok ? await port.listCustomers({ size: pageSize, continuationToken: first.value.continuationToken }) : null;
      const third = second?.ok ? await port.listCustomers({ size: pageSize, continuationToken: second.value.continuationToken }) : null;
      const item = third?.ok ? third.value.items[5]! : null;
      if (!item) throw new Error('the emulator has no third page');
      created = {
        id: item.id,
        companyName: item.companyName,
        domain: item.domain,
        nameKey: searchKey(item.companyName),
        domainKey: searchKey(item.domain),
        relationship: 'reseller',
        sync: 'pending',
        credentialsWaiting: true,
      };
      await db.customers.put(created);
    });

    expect(await runListPass(context, 'first-sync')).toBeNull();

    expect(await db.customers.count()).toBe(pageSize * 3 + 20);
    const after = await db.customers.get(created!.id);
    expect(after).toMatchObject({ credentialsWaiting: true, sync: 'pending', companyName: created!.companyName });
    expect((await db.meta.get(metaKeys.firstSyncDone))?.value).toBe(true);
  });

  it('stores nothing of a page whose predecessor failed, and resumes from the last page stored', async () => {
    const failing = contextWith(async (page) => (page === 2 ? 'poison' : undefined));
    await expect(runListPass(failing, 'first-sync')).rejects.toThrow();

    // Page 1 is stored and the cursor stands after it; page 3 was fetched and its transaction
    // opened while page 2 was written, but wrote nothing once page 2 failed.
    const pass = await storedPass();
    expect(pass?.applied).toBe(pageSize);
    expect(await db.customers.count()).toBe(pageSize);

    expect(await runListPass(contextWith(), 'first-sync')).toBeNull();
    expect(await db.customers.count()).toBe(pageSize * 3 + 20);
    expect(await storedPass()).toBeUndefined();
  });

  it('marks a customer gone from the list as ended only when the pass began with customers stored', async () => {
    const stale: CustomerRecord = {
      id: 'a0000000-0000-4000-8000-00000000dead',
      companyName: 'Gone Ltd',
      domain: 'gone.onmicrosoft.com',
      nameKey: 'gone ltd',
      domainKey: 'gone.onmicrosoft.com',
      relationship: 'reseller',
      sync: 'synced',
    };
    // A fresh install: nothing stored, so nothing is looked for at the end.
    expect(await runListPass(contextWith(), 'first-sync')).toBeNull();
    expect((await db.customers.toArray()).every((customer) => customer.relationship !== 'none')).toBe(true);

    // Stored from an earlier pass, and no longer on Partner Center's list.
    await db.customers.put(stale);
    expect(await runListPass(contextWith(), 'reconcile')).toBeNull();
    expect((await db.customers.get(stale.id))?.relationship).toBe('none');
    expect(await db.customers.filter((customer) => customer.relationship === 'none').count()).toBe(1);
  });
});

describe('the customer list as main hands it over', () => {
  it('carries each customer as a summary: the fields the app keeps, none of the envelope', async () => {
    const { port } = createNodePort(emulator.url, { online: true });
    const page = await port.listCustomers({ size: 5 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.items).toHaveLength(5);
    for (const item of page.value.items) {
      const server = await control.customer(item.id);
      expect(item).toStrictEqual({ id: server.id, companyName: server.companyProfile.companyName, domain: server.companyProfile.domain, relationship: server.relationshipToPartner });
    }
  });
});
