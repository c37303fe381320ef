import 'fake-indexeddb/auto';
// Focused regression tests for what the property-based simulation (sync-simulation.test.ts)
// found in the engine: each replays the shortest story that broke an invariant, against a real
// emulator, so the bug stays fixed even on a day the random runs do not meet it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { startEmulator } from '../../emulator/server';
import type { Envelope } from '../../shared/ipc/envelope';
import { partnerCenterCallNames, type PartnerCenterPort } from '../../shared/partner-center-calls';
import { createCustomer, removeRelationship, updateBillingProfile } from '../customers/customer-mutations';
import { createIndexedDbMachine, createNodePort, eventually, openWindow, type NodeWindow } from './node-sync.test-support';
import { metaKeys } from './pull';
import { newCustomerBody } from './sync-simulation.test-support';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let control: EmulatorControl;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  control = new EmulatorControl(emulator.url);
});
afterAll(async () => emulator.stop());

describe('what the sync simulation found', () => {
  let window: NodeWindow;

  beforeEach(async () => {
    await control.reset({ customers: 5, seed: 3 });
    window = openWindow(createIndexedDbMachine(), createNodePort(emulator.url, { online: true }).port);
    return () => window.close();
  });

  it('a new customer whose domain turned out to be taken keeps showing the conflict when the user also ends the relationship', async () => {
    // The list has not synced yet, so only Partner Center can say the domain is taken.
    const [taken] = await listDomains();
    window.engine.setConnectivity('offline');
    window.engine.start();
    const local = await createCustomer(window.db, newCustomerBody(taken!.replace('.onmicrosoft.com', '')));
    window.engine.setConnectivity('online');
    await eventually(async () => (await window.db.customers.get(local.id))?.sync === 'conflict', 'the creation to meet the taken domain');

    await removeRelationship(window.db, local.id);

    expect((await window.db.customers.get(local.id))?.sync).toBe('conflict');
  });

  it('a customer created and ended offline still shows as ended once Partner Center has created it', async () => {
    let releaseRemoval: () => void = () => undefined;
    const removalHeld = new Promise<void>((resolve) => (releaseRemoval = resolve));
    const held = openWindow(
      createIndexedDbMachine(),
      portWithHooks({ before: async (name) => void (name === 'removeRelationship' && (await removalHeld)) }),
    );
    try {
      held.engine.setConnectivity('offline');
      held.engine.start();
      const local = await createCustomer(held.db, newCustomerBody('createdthenended'));
      await removeRelationship(held.db, local.id);
      held.engine.setConnectivity('online');

      const created = await eventually(async () => {
        const found = await held.db.customers.where('domainKey').equals('createdthenended.onmicrosoft.com').first();
        return found && !found.id.startsWith('local:') ? found : null;
      }, 'the creation to be acknowledged');
      // The removal has not gone out yet: the list must not offer to end the relationship again.
      expect(created.relationship).toBe('none');
      await expect(removeRelationship(held.db, created.id)).rejects.toMatchObject({ reason: 'relationship-already-ended' });

      releaseRemoval();
      await eventually(async () => (await held.db.customers.get(created.id))?.sync === 'synced', 'the removal to be acknowledged');
      expect((await control.customer(created.id)).relationshipToPartner).toBe('none');
    } finally {
      releaseRemoval();
      await held.close();
    }
  });

  it('billing edits made while a new customer was being created reach Partner Center without a conflict on the profile id', async () => {
    let releaseCreate: () => void = () => undefined;
    const createHeld = new Promise<void>((resolve) => (releaseCreate = resolve));
    let createSent = false;
    const held = openWindow(
      createIndexedDbMachine(),
      portWithHooks({
        before: async (name) => {
          if (name !== 'createCustomer') return;
          createSent = true;
          await createHeld;
        },
      }),
    );
    try {
      held.engine.start();
      const local = await createCustomer(held.db, newCustomerBody('editedwhilecreating'));
      await eventually(async () => createSent, 'the creation to go out');
      // The creation is in flight, so this edit queues behind it, made when the profile had no id yet.
      const before = (await held.db.billingProfiles.get(local.id))!.current;
      await updateBillingProfile(held.db, local.id, { ...before, email: 'first@example.com' });
      releaseCreate();
      const created = await eventually(async () => {
        const found = await held.db.customers.where('domainKey').equals('editedwhilecreating.onmicrosoft.com').first();
        return found && !found.id.startsWith('local:') ? found : null;
      }, 'the creation to be acknowledged');
      const after = (await held.db.billingProfiles.get(created.id))!.current;
      await updateBillingProfile(held.db, created.id, { ...after, email: 'second@example.com' });

      await eventually(async () => (await held.db.customers.get(created.id))?.sync === 'synced', 'both edits to be acknowledged');
      expect(await held.db.conflicts.count()).toBe(0);
      const server = (await control.customer(created.id)).billingProfile!;
      expect(server.email).toBe('second@example.com');
      expect((await held.db.billingProfiles.get(created.id))!.current.id).toBe(server.id);
    } finally {
      releaseCreate();
      await held.close();
    }
  });

  it('a refused removal shows the relationship Partner Center kept, and no second removal queues behind it', async () => {
    // Seed 151286784: the refused removal showed "ended" until the user acted; once it showed
    // what Partner Center kept, a second removal was accepted and queued behind the refused one,
    // showing "ended" again, never to be sent.
    window.engine.start();
    await eventually(async () => (await window.db.customers.count()) === 5, 'the first sync');
    const [customer] = await window.db.customers.filter((candidate) => candidate.relationship === 'reseller').toArray();
    await control.addSubscription(customer!.id);
    // This computer has not read the subscriptions: only Partner Center can refuse.
    await removeRelationship(window.db, customer!.id);
    await eventually(async () => (await window.db.customers.get(customer!.id))?.sync === 'rejected', 'Partner Center to refuse the removal');
    expect((await window.db.customers.get(customer!.id))?.relationship).toBe('reseller');

    await expect(removeRelationship(window.db, customer!.id)).rejects.toMatchObject({ reason: 'removal-refused-waiting' });
    expect(await window.db.outbox.filter((operation) => operation.payload.kind === 'remove-relationship').count()).toBe(1);
    expect((await control.customer(customer!.id)).relationshipToPartner).toBe('reseller');
  });

  it('a new customer Partner Center created while its answer was lost shows once, not beside its own pending row', async () => {
    // Seed 967346622: the creation timed out after Partner Center made the customer; a pull found
    // it and stored it beside the pending row, and the user's edits to each met as a conflict.
    window.engine.start();
    await eventually(async () => (await window.db.customers.count()) === 5, 'the first sync');
    await control.setFaults({ seed: 1, rules: [{ method: 'POST', path: '/v1/customers', rate: 1, kind: 'drop-after' }] });
    const local = await createCustomer(window.db, newCustomerBody('answerlost'));
    await eventually(async () => (await control.state()).customers === 6, 'Partner Center to create it');
    await eventually(async () => ((await window.db.outbox.toArray()).find((operation) => operation.payload.kind === 'create-customer')?.attempts ?? 0) > 0, 'the creation to have been sent');

    const pulledBefore = (await window.db.meta.get(metaKeys.lastSyncedAt))?.value;
    window.engine.requestPull();
    await eventually(async () => (await window.db.meta.get(metaKeys.lastSyncedAt))?.value !== pulledBefore, 'a pull while the answer is lost');
    const shown = await window.db.customers.where('domainKey').equals('answerlost.onmicrosoft.com').toArray();
    expect(shown.map((customer) => customer.id)).toEqual([local.id]);

    await control.clearFaults();
    const created = await eventually(async () => {
      const rows = await window.db.customers.where('domainKey').equals('answerlost.onmicrosoft.com').toArray();
      return rows.length === 1 && !rows[0]!.id.startsWith('local:') && rows[0]!.sync === 'synced' ? rows[0]! : null;
    }, 'the retry to bring the answer');
    expect((await control.customer(created.id)).companyProfile.domain).toBe('answerlost.onmicrosoft.com');
  });

  it('a billing edit re-merged under a new request id and cut off by a crash still accounts for its one change', async () => {
    const machine = createIndexedDbMachine();
    const [customer] = await listIds();
    await control.setFaults({ seed: 1, rules: [{ method: 'PUT', rate: 1, kind: 'status', status: 500, times: 1 }] });
    let gets = 0;
    let crashed: NodeWindow | undefined;
    const first: NodeWindow = openWindow(
      machine,
      portWithHooks({
        before: async (name) => {
          // (The first read is the user opening the profile.) Between the first attempt (500) and the retry, a colleague edits another field: the retry's body differs.
          if (name === 'getBillingProfile' && ++gets === 3) await control.changeBilling(customer!, { defaultAddress: { city: 'Torino' } });
        },
        after: (name, answer) => {
          // The PUT under the new request id lands; the computer dies before the answer is written down.
          if (name === 'updateBillingProfile' && answer.ok && !crashed) {
            crashed = first;
            void first.engine.stop();
            first.db.close();
          }
        },
      }),
      undefined,
      { random: () => 0 },
    );
    const profile = await first.context.port.getBillingProfile({ customerId: customer! });
    if (!profile.ok) throw new Error(profile.error.message);
    const { attributes: _attributes, ...fields } = profile.value;
    await first.db.customers.put({ id: customer!, companyName: fields.companyName, domain: 'x.onmicrosoft.com', nameKey: 'x', domainKey: 'x.onmicrosoft.com', relationship: 'reseller', sync: 'synced' });
    await first.db.billingProfiles.put({ customerId: customer!, server: profile.value, current: fields });
    await updateBillingProfile(first.db, customer!, { ...fields, email: 'mine@example.com' });
    first.engine.start();
    await eventually(async () => crashed !== undefined, 'the crash after the second PUT');

    const second = openWindow(machine, createNodePort(emulator.url, { online: true }).port, undefined, { random: () => 0 });
    second.engine.start();
    try {
      const operation = await eventually(async () => (await second.db.outbox.filter((op) => op.status === 'acknowledged').first()) ?? null, 'the edit to be acknowledged');
      const requests = await control.requests();
      const puts = requests.filter((request) => request.method === 'PUT' && request.effects > 0);
      expect(puts).toHaveLength(1);
      expect(operation.requestIds.map((id) => id.toLowerCase())).toContain(puts[0]!.requestId!.toLowerCase());
      expect((await control.customer(customer!)).billingProfile?.email).toBe('mine@example.com');
    } finally {
      await second.close();
    }
  });
});

/** The window's engine port, with a hook that may act before a call goes out or after its answer arrives. */
function portWithHooks(hooks: { before?: (name: string) => Promise<void>; after?: (name: string, answer: Envelope<unknown>) => Promise<void> | void }): PartnerCenterPort {
  const base = createNodePort(emulator.url, { online: true }).port;
  const hooked: Record<string, (request: never) => Promise<Envelope<unknown>>> = {};
  for (const name of partnerCenterCallNames) {
    hooked[name] = async (request: never) => {
      await hooks.before?.(name);
      const answer = await (base[name] as (request: never) => Promise<Envelope<unknown>>)(request);
      await hooks.after?.(name, answer);
      return answer;
    };
  }
  return hooked as unknown as PartnerCenterPort;
}

async function listIds(): Promise<string[]> {
  const page = await createNodePort(emulator.url, { online: true }).port.listCustomers({ size: 10 });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.items.map((item) => item.id);
}

async function listDomains(): Promise<string[]> {
  const page = await createNodePort(emulator.url, { online: true }).port.listCustomers({ size: 10 });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.items.map((item) => item.domain);
}
