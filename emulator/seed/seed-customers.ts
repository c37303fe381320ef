// `POST /_emulator/seed`: adds N generated customers in one transaction with prepared statements, so
// 100,000 take a couple of seconds. Deterministic: the same seed on the same starting data gives the
// same customers. Each customer gets an `add_customer` activity record, so an app that already synced
// learns about seeded customers the same way it learns about any other new customer.
import { EMULATOR_SEED_USER } from '../partner-center/actors';
import type { EmulatorStore } from '../store/emulator-store';
import { DomainPrefixes, generateCustomer } from './customer-generator';
import { SeededRandom } from './prng';

export interface SeedResult {
  customers: number;
  subscriptions: number;
  elapsedMs: number;
}

export function seedCustomers(store: EmulatorStore, count: number, seed: number): SeedResult {
  const started = performance.now();
  const random = new SeededRandom(seed);
  const prefixes = new DomainPrefixes(store.customers.domains());
  const now = store.clock.now().getTime();
  let subscriptions = 0;
  store.write(() => {
    for (let index = 0; index < count; index += 1) {
      const generated = generateCustomer(random, prefixes, { now });
      store.customers.insert(generated.customer);
      for (const subscription of generated.subscriptions) store.subscriptions.insert(subscription);
      subscriptions += generated.subscriptions.length;
      store.audit.record({
        operationType: 'add_customer',
        resourceType: 'customer',
        customerId: generated.customer.id,
        customerName: generated.customer.companyName,
        newValue: { companyName: generated.customer.companyName, domain: generated.customer.domain },
        userPrincipalName: EMULATOR_SEED_USER,
      });
    }
  });
  return { customers: count, subscriptions, elapsedMs: Math.round(performance.now() - started) };
}
