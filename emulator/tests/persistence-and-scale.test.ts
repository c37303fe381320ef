// A file database survives a restart, and the emulator holds 100,000 customers: seeded in one
// transaction, paged at 500 by keyset cursor. Timings are printed for the record, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { newCustomerBody, startTestEmulator } from './emulator-fixture';

const dir = mkdtempSync(join(tmpdir(), 'pc-emulator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps customers, etags, referrals and issued tokens across a restart on the same file', async () => {
    const dbPath = join(dir, 'restart.sqlite');
    const first = await startTestEmulator({ dbPath, customers: 20, seed: 4 });
    const created = (await first.call('POST', '/v1/customers', { body: newCustomerBody('survivesrestart') })).body;
    const token = (await first.control.token()).access_token;
    const referral = await first.control.createReferral();
    const list = (await first.call('GET', '/v1/customers?size=500')).body.items;
    await first.emulator.stop();

    const second = await startTestEmulator({ dbPath, customers: 20, seed: 4 });
    try {
      // Same list: restarting with the same --customers seeds nothing more.
      expect((await second.call('GET', '/v1/customers?size=500')).body.items).toEqual(list);
      const again = (await second.call('GET', `/v1/customers/${created.id}`, { token })).body;
      expect(again.billingProfile.attributes.etag).toBe(created.billingProfile.attributes.etag);
      expect((await second.call('GET', `/v1.0/engagements/referrals/${referral.id}`)).body.eTag).toBe(referral.eTag);
    } finally {
      await second.emulator.stop();
    }
  });

  it('opens a demo database kept from before audit records had a correlation id, and records it from then on', async () => {
    const dbPath = join(dir, 'older.sqlite');
    const older = new Database(dbPath);
    older.exec(`CREATE TABLE audit_records (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, operation_date TEXT NOT NULL, operation_type TEXT NOT NULL,
      resource_type TEXT NOT NULL, customer_id TEXT, customer_name TEXT, old_value TEXT, new_value TEXT, user_principal_name TEXT NOT NULL, customized_data TEXT NOT NULL)`);
    older.close();
    const pc = await startTestEmulator({ dbPath, customers: 0 });
    try {
      const since = new Date(Date.now() - 1000).toISOString();
      const correlationId = crypto.randomUUID();
      const created = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('afterupgrade'), headers: { 'MS-CorrelationId': correlationId } })).body;
      const records = (await pc.call('GET', `/v1/auditrecords?startDate=${encodeURIComponent(since)}&size=500`)).body.items;
      expect(records.find((record: { customerId?: string }) => record.customerId === created.id)?.originalCorrelationId).toBe(correlationId);
    } finally {
      await pc.emulator.stop();
    }
  });
});

describe('scale', () => {
  it('seeds 100,000 customers and pages through all of them at size 500', async () => {
    const pc = await startTestEmulator({ dbPath: join(dir, 'scale.sqlite') });
    try {
      const seeded = await pc.control.seed({ customers: 100_000, seed: 2026 });
      expect(seeded.customers).toBe(100_000);
      const started = performance.now();
      const ids = new Set<string>();
      let pages = 0;
      let answer = await pc.call('GET', '/v1/customers?size=500');
      for (;;) {
        pages += 1;
        for (const item of answer.body.items) ids.add(item.id);
        const next = answer.body.links?.next;
        if (!next) break;
        answer = await pc.call('GET', '/v1/customers?size=500&seekOperation=Next', { headers: { 'MS-ContinuationToken': next.headers[0].value } });
      }
      const pagedMs = Math.round(performance.now() - started);
      console.log(`[emulator scale] seeded 100,000 customers (${seeded.subscriptions} subscriptions) in ${seeded.elapsedMs} ms; paged ${pages} pages of 500 over HTTP in ${pagedMs} ms`);
      expect(ids.size).toBe(100_000);
      expect(pages).toBe(200);
    } finally {
      await pc.emulator.stop();
    }
  }, 120_000);
});
