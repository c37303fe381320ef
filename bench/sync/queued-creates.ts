// Work for the push benchmarks: new customers queued through the app's own intent (one Dexie
// transaction writing the record and its outbox operation, as a user's "Add customer" does),
// and a wait, inside the page, until the outbox has nothing queued or in flight.
import type { Page } from '@playwright/test';
import type { NewCustomer } from '../../shared/partner-center';
import './page-globals';

/** A valid body; the domain prefix (letters and digits, at most 27) makes each one unique. */
export function newCustomerBody(domainPrefix: string): NewCustomer {
  return {
    companyProfile: { domain: domainPrefix },
    billingProfile: {
      email: `admin@${domainPrefix}.example`,
      culture: 'it-IT',
      language: 'it',
      companyName: `${domainPrefix} S.r.l.`,
      defaultAddress: { firstName: 'Giulia', lastName: 'Bianchi', addressLine1: 'Via Roma 1', city: 'Milano', state: 'MI', postalCode: '20121', country: 'IT' },
    },
  };
}

export interface QueuedCreates {
  /** The MS-RequestIds the operations were born with. */
  requestIds: string[];
  /** Time the page spent queueing them, one intent after another. */
  queueMs: number;
}

export async function queueCreates(page: Page, domainPrefixes: readonly string[]): Promise<QueuedCreates> {
  const bodies = domainPrefixes.map(newCustomerBody);
  return page.evaluate(async (bodies) => {
    const { db, intents } = window.partnerDeskDiagnostics!;
    const started = performance.now();
    const localIds = new Set<string>();
    for (const body of bodies) localIds.add((await intents.createCustomer(db, body)).id);
    const queueMs = performance.now() - started;
    const operations = await db.outbox.where('status').equals('queued').toArray();
    const requestIds = operations.filter((op) => op.payload.kind === 'create-customer' && localIds.has(op.payload.localId)).map((op) => op.requestId);
    if (requestIds.length !== bodies.length) throw new Error(`Queued ${bodies.length} creates but found ${requestIds.length} in the outbox`);
    return { requestIds, queueMs };
  }, bodies);
}

/**
 * Resolves with Date.now() in the page once the status bar says nothing is queued or in flight:
 * what the user sees, watched without reading IndexedDB. Asking the database every 20 ms, as
 * this did, added a read transaction on the outbox to every round of the push it was timing.
 */
export async function waitForEmptyOutbox(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate(
    (timeoutMs) =>
      new Promise<number>((resolve, reject) => {
        const status = document.querySelector('[role="status"][data-sync-state]');
        if (!status) return reject(new Error('No status bar to watch'));
        const done = () => {
          if (status.getAttribute('data-pending') !== '0') return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(Date.now());
        };
        const observer = new MutationObserver(done);
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${status.getAttribute('data-pending')} operations still queued after ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(status, { attributes: true, attributeFilter: ['data-pending'] });
        done();
      }),
    timeoutMs,
  );
}
