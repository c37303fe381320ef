// A user's database from version 1, holding customers, an invitation and operations still
// waiting to be sent, opens under the current schema with nothing lost and the new indexes filled.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PartnerDeskDatabase, schemaV1, schemaV2 } from './database';
import { operationsOfRecord } from './outbox';

describe('database upgrade', () => {
  it('upgrades version 1 with data and pending operations to the current version, losing nothing', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    await v1.table('customers').bulkAdd([
      { id: 'c1', companyName: 'Contoso Caffè S.r.l.', domain: 'ContosoCaffe.onmicrosoft.com', relationship: 'reseller', sync: 'synced' },
      { id: 'local:n1', companyName: 'Fabrikam GmbH', domain: 'fabrikam.onmicrosoft.com', relationship: 'reseller', sync: 'pending' },
    ]);
    await v1.table('invitations').add({ id: 'i1', expectedDomain: 'Northwind.onmicrosoft.com', status: 'pending' });
    await v1.table('outbox').bulkAdd([
      { id: 'op1', requestId: 'op1', recordKey: 'customer:local:n1', status: 'queued', attempts: 2, notBefore: 0, payload: { kind: 'create-customer' } },
      { id: 'op2', requestId: 'op2', recordKey: 'customer:c1', status: 'rejected', attempts: 1, notBefore: 0, payload: { kind: 'remove-relationship' } },
    ]);
    v1.close();

    const db = new PartnerDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.customers.count()).toBe(2);
    expect(await db.customers.where('nameKey').startsWith('contoso').first()).toMatchObject({ id: 'c1', domainKey: 'contosocaffe.onmicrosoft.com' });
    expect(await db.customers.where('domainKey').equals('fabrikam.onmicrosoft.com').first()).toMatchObject({ id: 'local:n1', sync: 'pending' });
    expect(await db.invitations.where('expectedDomainKey').equals('northwind.onmicrosoft.com').count()).toBe(1);
    const operations = await db.outbox.orderBy('seq').toArray();
    expect(operations.map((operation) => [operation.id, operation.status, operation.attempts, operation.requestIds])).toEqual([
      ['op1', 'queued', 2, ['op1']],
      ['op2', 'rejected', 1, ['op2']],
    ]);
    expect(await db.outbox.where('[recordKey+seq]').between(['customer:local:n1', Dexie.minKey], ['customer:local:n1', Dexie.maxKey]).count()).toBe(1);
    db.close();
  });

  it('upgrades version 2 to version 3, dropping the unused customer and outbox indexes and keeping every row', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(schemaV2);
    await v2.table('customers').bulkAdd([
      { id: 'c1', companyName: 'Contoso', domain: 'contoso.onmicrosoft.com', nameKey: 'contoso', domainKey: 'contoso.onmicrosoft.com', relationship: 'reseller', sync: 'pending', associatedPartnerId: 'p1' },
      { id: 'c2', companyName: 'Fabrikam', domain: 'fabrikam.onmicrosoft.com', nameKey: 'fabrikam', domainKey: 'fabrikam.onmicrosoft.com', relationship: 'none', sync: 'synced' },
    ]);
    await v2.table('outbox').add({ id: 'op1', requestId: 'op1', requestIds: ['op1'], recordKey: 'customer:c1', status: 'queued', attempts: 0, notBefore: 0, payload: { kind: 'remove-relationship' } });
    v2.close();

    const db = new PartnerDeskDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const store = db.backendDB().transaction('customers').objectStore('customers');
    expect([...store.indexNames].sort()).toEqual(['associatedPartnerId', 'domainKey', 'nameKey']);
    expect([...db.backendDB().transaction('outbox').objectStore('outbox').indexNames].sort()).toEqual(['[recordKey+seq]', 'id', 'status']);
    expect(await db.customers.orderBy('id').toArray()).toEqual([
      expect.objectContaining({ id: 'c1', relationship: 'reseller', sync: 'pending', associatedPartnerId: 'p1' }),
      expect.objectContaining({ id: 'c2', relationship: 'none', sync: 'synced' }),
    ]);
    expect(await db.customers.where('associatedPartnerId').equals('p1').primaryKeys()).toEqual(['c1']);
    expect((await db.outbox.toArray()).map((operation) => [operation.id, operation.status])).toEqual([['op1', 'queued']]);
    expect(await operationsOfRecord(db, 'customer:c1').primaryKeys()).toHaveLength(1);
    db.close();
  });
});
