// The first sync's progress follows the pass without reading it back after every page (each read
// would queue between two of the pass's page transactions) and tells the screens of its count at
// most twice a second; another window's pass, told as keys, is read at most once a second.
import 'fake-indexeddb/auto';
import { Dexie, RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PartnerDeskDatabase } from '../data/database';
import { countEveryMs, PassProgressSource, readAtMostEveryMs } from './pass-progress';
import { metaKeys, type ListPass } from './pull';

const pass = (applied: number): ListPass => ({ id: 'pass-1', kind: 'first-sync', startedAt: '2026-12-02T10:00:00.000Z', applied, startedEmpty: true });

let db: PartnerDeskDatabase;
beforeEach(async () => {
  db = new PartnerDeskDatabase(`pass-progress-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

/** A source someone is watching, once its first read is in. */
async function watched(): Promise<{ source: PassProgressSource; told: () => number }> {
  const source = new PassProgressSource(db);
  let told = 0;
  source.subscribe(() => (told += 1));
  await vi.waitFor(() => expect(source.getSnapshot()).toBeDefined());
  return { source, told: () => told };
}

describe('the list pass progress', () => {
  it("follows this window's pass page by page from its commits, reading nothing back", async () => {
    await db.meta.put({ key: metaKeys.pass, value: pass(0) });
    const { source, told } = await watched();
    expect(source.getSnapshot()).toEqual({ pass: pass(0), firstSyncDone: false });
    const reads = vi.spyOn(db.meta, 'get');
    const toldBefore = told();
    const started = performance.now();
    for (let page = 1; page <= 20; page += 1) {
      // As a page of the pass is written: customers and the cursor in one transaction.
      await db.transaction('rw', [db.customers, db.meta], async () => {
        await db.customers.add({ id: `customer-${page}`, companyName: `C${page}`, domain: `c${page}.example`, nameKey: `c${page}`, domainKey: `c${page}.example`, relationship: 'reseller', sync: 'synced' });
        await db.meta.put({ key: metaKeys.pass, value: pass(page * 500) });
      });
      expect(source.getSnapshot()?.pass?.applied).toBe(page * 500);
    }
    // The screens hear of the count at most every countEveryMs, not after each of the 20 pages.
    expect(told() - toldBefore).toBeLessThanOrEqual(Math.ceil((performance.now() - started) / countEveryMs) + 1);
    const toldBeforeEnd = told();
    await db.transaction('rw', db.meta, async () => {
      await db.meta.delete(metaKeys.pass);
      await db.meta.put({ key: metaKeys.firstSyncDone, value: true });
    });
    expect(source.getSnapshot()).toEqual({ pass: null, firstSyncDone: true });
    // ...and of the end at once.
    expect(told()).toBeGreaterThan(toldBeforeEnd);
    // Long enough for any read a commit might have asked for.
    await new Promise((resolve) => setTimeout(resolve, readAtMostEveryMs + 200));
    expect(reads).not.toHaveBeenCalled();
  });

  it("reads another window's pass, told as keys, at most once a second", async () => {
    const { source } = await watched();
    expect(source.getSnapshot()).toEqual({ pass: null, firstSyncDone: false });
    const reads = vi.spyOn(db.meta, 'get');
    // Another window writes the pass: straight into IndexedDB here (no commit of this window),
    // then its change arrives as Dexie's event does from the BroadcastChannel, as keys.
    const other = new Dexie(db.name);
    await other.open();
    const told = () => Dexie.on('storagemutated').fire({ [`idb://${db.name}/meta/`]: new RangeSet(metaKeys.pass) });
    const started = performance.now();
    for (let page = 1; page <= 12; page += 1) {
      await other.table('meta').put({ key: metaKeys.pass, value: pass(page * 500) });
      told();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await vi.waitFor(() => expect(source.getSnapshot()?.pass?.applied).toBe(6_000), { timeout: 3_000 });
    const elapsed = performance.now() - started;
    other.close();
    // Each read asks for two rows; no more reads than whole seconds went by, plus the first.
    expect(reads.mock.calls.length / 2).toBeLessThanOrEqual(Math.floor(elapsed / readAtMostEveryMs) + 1);
    expect(reads.mock.calls.length).toBeGreaterThan(0);
  });
});
