// The status bar's queue figures follow the outbox: a change after a quiet moment is read at once,
// a burst of them (a queue draining) at most every quarter second, and the last of a burst is
// never missed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { customerRecordKey } from '../../shared/sync/operations';
import { PartnerDeskDatabase } from '../data/database';
import { newOperation } from '../data/outbox';
import { burstEveryMs, queueFiguresWatch } from './queue-figures';

let db: PartnerDeskDatabase;
beforeEach(async () => {
  db = new PartnerDeskDatabase(`queue-figures-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const queue = (n: number) => db.outbox.add(newOperation(customerRecordKey(`customer-${n}`), { kind: 'remove-relationship', customerId: `customer-${n}`, previousRelationship: 'reseller' }));

describe('the queue figures', () => {
  it('reads a change after a quiet moment at once, and a burst at most every quarter second', async () => {
    const source = queueFiguresWatch(db);
    source.subscribe(() => undefined);
    await vi.waitFor(() => expect(source.getSnapshot()?.pending).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, burstEveryMs));
    // Each read counts five statuses through the outbox's status index.
    const reads = vi.spyOn(db.outbox, 'where');

    await queue(0);
    await vi.waitFor(() => expect(source.getSnapshot()?.pending).toBe(1), { timeout: 100, interval: 5 });

    await new Promise((resolve) => setTimeout(resolve, burstEveryMs));
    const before = reads.mock.calls.length;
    const started = performance.now();
    for (let n = 1; n <= 40; n += 1) {
      await queue(n);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const elapsed = performance.now() - started;
    await vi.waitFor(() => expect(source.getSnapshot()?.pending).toBe(41), { timeout: 2 * burstEveryMs });
    expect((reads.mock.calls.length - before) / 5).toBeLessThanOrEqual(Math.ceil(elapsed / burstEveryMs) + 1);
  });
});
