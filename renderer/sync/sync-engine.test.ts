// The sync engine against a real emulator over HTTP, with IndexedDB from fake-indexeddb:
// first sync, local-first changes, offline queueing, remap, conflicts, rejections.
// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { startEmulator } from '../../emulator/server';
import type { NewCustomer } from '../../shared/partner-center';
import { createCustomer, removeRelationship, updateBillingProfile } from '../customers/customer-mutations';
import { createLocalLeaderLock } from './leader-lock';
import { createIndexedDbMachine, createNodePort, eventually, openWindow, type Network, type NodeWindow } from './node-sync.test-support';
import { metaKeys } from './pull';
import { requestFullSync } from './sync-requests';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
});
afterAll(async () => emulator.stop());

const newCustomer = (prefix: string): NewCustomer => ({
  companyProfile: { domain: prefix },
  billingProfile: {
    email: `admin@${prefix}.example`,
    culture: 'it-IT',
    language: 'it',
    companyName: `${prefix} S.r.l.`,
    defaultAddress: { firstName: 'Giulia', lastName: 'Bianchi', addressLine1: 'Via Roma 1', city: 'Milano', state: 'MI', postalCode: '20121', country: 'IT' },
  },
});

describe('sync engine against the emulator', () => {
  let network: Network;
  let window: NodeWindow;

  beforeEach(async () => {
    await control.reset({ customers: 1_203, seed: 7 });
    network = { online: true };
    const machine = createIndexedDbMachine();
    window = openWindow(machine, createNodePort(emulator.url, network).port, undefined, { log: (line) => process.env.SYNC_DEBUG && console.log(line) });
    return () => window.close();
  });

  it('pulls every customer page by page on the first sync', async () => {
    window.engine.start();
    await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
    expect(await window.db.customers.count()).toBe(1_203);
    expect(await window.db.meta.get(metaKeys.pass)).toBeUndefined();
    const requests = await control.requests();
    expect(requests.filter((request) => request.path.startsWith('/v1/customers') && request.method === 'GET').length).toBe(3);
  });

  it('queues a customer created offline and creates it once when online, under its tenant id', async () => {
    network.online = false;
    window.engine.setConnectivity('offline');
    window.engine.start();
    const local = await createCustomer(window.db, newCustomer('fieldrep1'));
    expect(local.id).toMatch(/^local:/);
    expect((await window.db.customers.get(local.id))?.sync).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await control.state()).customers).toBe(1_203);

    network.online = true;
    window.engine.setConnectivity('online');
    const created = await eventually(async () => {
      const found = await window.db.customers.where('domainKey').equals('fieldrep1.onmicrosoft.com').first();
      return found && !found.id.startsWith('local:') && found.sync === 'synced' ? found : null;
    }, 'the customer under its tenant id');
    expect(await window.db.customers.get(local.id)).toBeUndefined();
    const server = await control.customer(created.id);
    expect(server.companyProfile.domain).toBe('fieldrep1.onmicrosoft.com');
    const posts = (await control.requests()).filter((request) => request.method === 'POST' && request.path === '/v1/customers');
    expect(posts.reduce((sum, request) => sum + request.effects, 0)).toBe(1);
  });

  it('gives back the operations it claimed ahead when the network drops, and sends each once when it returns', async () => {
    // Three places, three operations claimed ahead of them; slow answers keep them waiting.
    window.close();
    window = openWindow(createIndexedDbMachine(), createNodePort(emulator.url, network).port, undefined, { parallel: 3 });
    network.online = false;
    window.engine.setConnectivity('offline');
    window.engine.start();
    for (let index = 0; index < 9; index += 1) await createCustomer(window.db, newCustomer(`ahead${index}`));
    await control.setFaults({ seed: 1, rules: [{ method: 'POST', path: '/v1/customers', rate: 1, kind: 'latency', latencyMs: 400 }] });
    network.online = true;
    window.engine.setConnectivity('online');
    await eventually(async () => (await window.db.outbox.where('status').equals('in-flight').count()) === 6, 'three sent and three claimed ahead');
    network.online = false;
    window.engine.setConnectivity('offline');
    await eventually(async () => (await window.db.outbox.where('status').equals('in-flight').count()) === 0, 'nothing left in flight');
    const operations = await window.db.outbox.toArray();
    const posted = new Set((await control.requests()).filter((request) => request.method === 'POST').map((request) => request.requestId));
    // Claimed but never sent: back to waiting, as if never claimed.
    for (const operation of operations.filter((operation) => !posted.has(operation.requestId))) expect([operation.status, operation.attempts]).toEqual(['queued', 0]);
    expect(posted.size).toBe(3);

    await control.clearFaults();
    network.online = true;
    window.engine.setConnectivity('online');
    await eventually(async () => (await window.db.outbox.where('status').equals('acknowledged').count()) === 9, 'all nine acknowledged');
    const posts = (await control.requests()).filter((request) => request.method === 'POST' && request.path === '/v1/customers');
    expect(posts.reduce((sum, request) => sum + request.effects, 0)).toBe(9);
  });

  it('merges a billing edit with another user’s change to a different field', async () => {
    window.engine.start();
    await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
    const [customer] = await window.db.customers.limit(1).toArray();
    const profile = await window.context.port.getBillingProfile({ customerId: customer!.id });
    if (!profile.ok) throw new Error(profile.error.message);
    const { attributes: _a, ...fields } = profile.value;
    await window.db.billingProfiles.put({ customerId: customer!.id, server: profile.value, current: fields });

    await control.changeBilling(customer!.id, { defaultAddress: { city: 'Torino' } });
    await updateBillingProfile(window.db, customer!.id, { ...fields, email: 'new.admin@example.com' });
    await eventually(async () => (await window.db.customers.get(customer!.id))?.sync === 'synced', 'billing edit acknowledged');
    const server = await control.customer(customer!.id);
    expect(server.billingProfile?.email).toBe('new.admin@example.com');
    expect(server.billingProfile?.defaultAddress.city).toBe('Torino');
    expect((await window.db.billingProfiles.get(customer!.id))?.current.defaultAddress.city).toBe('Torino');
  });

  it('records a conflict when both sides changed the same field, and sends nothing', async () => {
    window.engine.start();
    await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
    const [customer] = await window.db.customers.offset(5).limit(1).toArray();
    const profile = await window.context.port.getBillingProfile({ customerId: customer!.id });
    if (!profile.ok) throw new Error(profile.error.message);
    const { attributes: _a, ...fields } = profile.value;
    await window.db.billingProfiles.put({ customerId: customer!.id, server: profile.value, current: fields });

    await control.changeBilling(customer!.id, { email: 'theirs@example.com' });
    await updateBillingProfile(window.db, customer!.id, { ...fields, email: 'mine@example.com' });
    const conflict = await eventually(async () => (await window.db.conflicts.where('customerId').equals(customer!.id).first()) ?? null, 'conflict');
    expect(conflict.fields).toEqual([{ field: 'email', base: fields.email, mine: 'mine@example.com', theirs: 'theirs@example.com' }]);
    expect((await window.db.customers.get(customer!.id))?.sync).toBe('conflict');
    expect((await control.customer(customer!.id)).billingProfile?.email).toBe('theirs@example.com');
  });

  it('parks a refused relationship removal with Partner Center’s words and keeps draining others', async () => {
    window.engine.start();
    await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
    const withSubscriptions = await findCustomerWithActiveSubscription(window);
    await removeRelationship(window.db, withSubscriptions);
    await createCustomer(window.db, newCustomer('stilldrains'));
    const parked = await eventually(
      async () => (await window.db.outbox.filter((op) => op.status === 'rejected').first()) ?? null,
      'rejected operation',
    );
    expect(parked.lastError?.message).toMatch(/subscription/i);
    expect((await window.db.customers.get(withSubscriptions))?.sync).toBe('rejected');
    // The removal did not happen: the record shows the relationship Partner Center still has.
    const kept = (await control.customer(withSubscriptions)).relationshipToPartner;
    expect(kept).not.toBe('none');
    expect((await window.db.customers.get(withSubscriptions))?.relationship).toBe(kept);
    await eventually(async () => (await window.db.customers.where('domainKey').equals('stilldrains.onmicrosoft.com').first())?.sync === 'synced', 'other record drained');
  });
});

describe('pulling changes made elsewhere', () => {
  /** A window on a fresh computer against `customers` seeded ones, past its first sync and its first activity-log pull. */
  async function settledWindow(customers: number, seed: number, options?: Parameters<typeof openWindow>[3]): Promise<NodeWindow> {
    await control.reset({ customers, seed });
    const window = openWindow(createIndexedDbMachine(), createNodePort(emulator.url, { online: true }).port, undefined, options);
    window.engine.start();
    await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
    // A first activity-log pull takes in what seeding logged (indirect resellers the light list
    // items do not carry), so the next one starts from a settled state.
    window.engine.requestPull();
    await eventually(async () => (await window.db.meta.get(metaKeys.lastRowsWritten)) !== undefined, 'a first activity-log pull');
    return window;
  }

  it('picks up another user’s rename from the activity log, writing only that row', async () => {
    const window = await settledWindow(40, 5);
    try {
      const [customer] = await window.db.customers.limit(1).toArray();
      await control.rename(customer!.id, 'Renamed Elsewhere S.p.A.');
      window.engine.requestPull();
      await eventually(async () => (await window.db.customers.get(customer!.id))?.companyName === 'Renamed Elsewhere S.p.A.', 'rename pulled');
      expect((await window.db.meta.get(metaKeys.lastRowsWritten))?.value).toBe(1);
      expect((await window.db.customers.get(customer!.id))?.nameKey).toBe('renamed elsewhere s.p.a.');
    } finally {
      await window.close();
    }
  });

  it.each([
    ['an hour ahead', 3_600_000],
    ['an hour behind', -3_600_000],
  ])('sees a colleague’s rename at the next pull on a computer whose clock is %s', async (_label, clockOffsetMs) => {
    const window = await settledWindow(30, 6, { clockOffsetMs });
    try {
      const [customer] = await window.db.customers.limit(1).toArray();
      await control.rename(customer!.id, 'Renamed While The Clock Was Off S.r.l.');
      window.engine.requestPull();
      await eventually(async () => (await window.db.customers.get(customer!.id))?.companyName === 'Renamed While The Clock Was Off S.r.l.', 'rename pulled', 5_000);
      // The cursor is kept in Partner Center's time, not the computer's.
      const cursor = Date.parse((await window.db.meta.get(metaKeys.auditCursor))?.value as string);
      expect(Math.abs(cursor - Date.now())).toBeLessThan(60_000);
    } finally {
      await window.close();
    }
  });

  it('takes this computer’s own creations from the activity log without fetching them again, and still fetches its billing edits', async () => {
    // No seeded customers: their creation records would sit in the window every pull re-reads.
    await control.reset({ customers: 0 });
    const window = openWindow(createIndexedDbMachine(), createNodePort(emulator.url, { online: true }).port);
    try {
      window.engine.start();
      await eventually(async () => (await window.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
      // Three customers created here, all settled with Partner Center's answers.
      const created = [];
      for (const prefix of ['ownchange1', 'ownchange2', 'ownchange3']) created.push(await createCustomer(window.db, newCustomer(prefix)));
      const settled = async () => (await window.db.outbox.where('status').notEqual('acknowledged').count()) === 0;
      await eventually(async () => (await settled()) && (await window.db.customers.filter((customer) => customer.id.startsWith('local:')).count()) === 0, 'all created');
      expect(await window.db.customers.bulkGet(created.map((customer) => customer.id))).toEqual([undefined, undefined, undefined]);
      const [renamed, edited, untouched] = await window.db.customers.where('domainKey').startsWith('ownchange').sortBy('domainKey');

      // The second one's billing company name is changed here, which Partner Center applies to the
      // customer too; a colleague renames the first in the portal.
      const profile = await window.db.billingProfiles.get(edited!.id);
      await updateBillingProfile(window.db, edited!.id, { ...profile!.current, companyName: 'Renamed Through Billing S.r.l.' });
      await eventually(async () => (await settled()) && (await window.db.outbox.count()) === 4, 'billing edit acknowledged');
      const before = (await control.requests()).length;
      await control.rename(renamed!.id, 'Renamed By A Colleague S.r.l.');
      window.engine.requestPull();
      await eventually(async () => (await window.db.customers.get(renamed!.id))?.companyName === 'Renamed By A Colleague S.r.l.', 'rename pulled');

      const fetched = (await control.requests())
        .slice(before)
        .filter((request) => request.method === 'GET' && /^\/v1\/customers\/[^/?]+$/.test(request.path))
        .map((request) => request.path);
      expect(new Set(fetched)).toEqual(new Set([`/v1/customers/${renamed!.id}`, `/v1/customers/${edited!.id}`]));
      expect((await control.customer(edited!.id)).companyProfile.companyName).toBe('Renamed Through Billing S.r.l.');
      expect((await window.db.customers.get(edited!.id))?.companyName).toBe('Renamed Through Billing S.r.l.');
      expect((await window.db.customers.get(untouched!.id))?.companyName).toBe('ownchange3 S.r.l.');
    } finally {
      await window.close();
    }
  });

  it('starts over with a full pass when Partner Center refuses where the activity log would start', async () => {
    const window = await settledWindow(12, 3);
    try {
      // A cursor an older version saved in the computer's own time, on a laptop an hour ahead.
      await window.db.meta.put({ key: metaKeys.auditCursor, value: new Date(Date.now() + 3_600_000).toISOString() });
      const reconciledBefore = (await window.db.meta.get(metaKeys.lastReconcileAt))?.value;
      window.engine.requestPull();
      await eventually(async () => (await window.db.meta.get(metaKeys.lastReconcileAt))?.value !== reconciledBefore, 'a full pass');
      const cursor = Date.parse((await window.db.meta.get(metaKeys.auditCursor))?.value as string);
      expect(Math.abs(cursor - Date.now())).toBeLessThan(60_000);
    } finally {
      await window.close();
    }
  });

  it('marks customers gone from the list as ended when any window asks for a full check', async () => {
    await control.reset({ customers: 25, seed: 9 });
    const machine = createIndexedDbMachine();
    const port = createNodePort(emulator.url, { online: true }).port;
    const lock = createLocalLeaderLock();
    const leader = openWindow(machine, port, lock);
    const other = openWindow(machine, port, lock);
    try {
      leader.engine.start();
      other.engine.start();
      await eventually(async () => (await leader.db.meta.get(metaKeys.firstSyncDone))?.value === true, 'first sync');
      expect(other.engine.isLeader).toBe(false);
      const [gone] = await leader.db.customers.filter((customer) => customer.relationship === 'reseller').limit(1).toArray();
      await control.removeRelationship(gone!.id, { force: true });
      await requestFullSync(other.db);
      await eventually(async () => (await other.db.customers.get(gone!.id))?.relationship === 'none', 'relationship ended locally');
      expect(await other.db.customers.filter((customer) => customer.relationship === 'none').count()).toBe(1);
    } finally {
      await other.close();
      await leader.close();
    }
  });
});

async function findCustomerWithActiveSubscription(window: NodeWindow): Promise<string> {
  for (const customer of await window.db.customers.limit(200).toArray()) {
    const subscriptions = await window.context.port.listSubscriptions({ customerId: customer.id });
    if (subscriptions.ok && subscriptions.value.some((subscription) => subscription.status === 'active')) return customer.id;
  }
  throw new Error('the seed has no customer with an active subscription among the first 200');
}
