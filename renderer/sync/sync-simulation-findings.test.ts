import 'fake-indexeddb/auto';
// Focused regression tests for what the property-based simulation (sync-simulation.test.ts)
// found in the engine: each replays the shortest story that broke an invariant, against a real
// emulator, so the bug stays fixed even on a day the random runs do not meet it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmulatorControl } from '../../emulator/control-client';
import { startEmulator } from '../../emulator/server';
import { createCustomer, removeRelationship } from '../customers/customer-mutations';
import { createIndexedDbMachine, createNodePort, eventually, openWindow, type NodeWindow } from './node-sync.test-support';
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
});

async function listDomains(): Promise<string[]> {
  const page = await createNodePort(emulator.url, { online: true }).port.listCustomers({ size: 10 });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.items.map((item) => item.companyProfile.domain);
}
