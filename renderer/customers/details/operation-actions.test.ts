// What happens to a refused or conflicting change when the user acts on it: sent again (edited,
// with a new request id) or discarded (what Partner Center holds comes back on screen).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BillingProfile, NewCustomer } from '../../../shared/partner-center';
import { customerRecordKey } from '../../../shared/sync/operations';
import { flatten, threeWayMerge } from '../../../shared/sync/three-way-merge';
import { PartnerDeskDatabase } from '../../data/database';
import { billingUpdateBody, createCustomer, removeRelationship, updateBillingProfile } from '../customer-mutations';
import { resolveConflict } from './conflict-resolution';
import { discard, sendAgain } from './operation-actions';

const newCustomer: NewCustomer = {
  companyProfile: { domain: 'rossi' },
  billingProfile: {
    email: 'giulia@rossi.it',
    culture: 'it-IT',
    language: 'it',
    companyName: 'Rossi S.r.l.',
    defaultAddress: { firstName: 'Giulia', lastName: 'Rossi', addressLine1: 'Via Roma 1', city: 'Milano', postalCode: '20121', country: 'IT' },
  },
};

const serverProfile: BillingProfile = {
  id: 'bp-1',
  firstName: 'Marco',
  lastName: 'Verdi',
  email: 'marco@verdi.it',
  culture: 'it-IT',
  language: 'it',
  companyName: 'Verdi S.p.A.',
  defaultAddress: { firstName: 'Marco', lastName: 'Verdi', addressLine1: 'Via Po 2', city: 'Torino', postalCode: '10121', country: 'IT' },
  attributes: { objectType: 'CustomerBillingProfile', etag: 'e1' },
};

let db: PartnerDeskDatabase;

beforeEach(async () => {
  db = new PartnerDeskDatabase(`actions-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(() => db.delete());

async function refuse(status: 'rejected' | 'conflict', message = 'AddressLine1 is invalid') {
  const operation = (await db.outbox.toArray()).at(-1)!;
  await db.outbox.put({ ...operation, status, attempts: 1, lastError: { kind: 'invalid', message, status: 400 } });
  await db.customers.update(operation.recordKey.slice('customer:'.length), { sync: status });
  return operation;
}

async function seedCustomerWithProfile() {
  await db.customers.put({ id: 't-1', companyName: 'Verdi S.p.A.', domain: 'verdi.onmicrosoft.com', nameKey: 'verdi s.p.a.', domainKey: 'verdi.onmicrosoft.com', relationship: 'reseller', sync: 'synced' });
  const { attributes: _attributes, ...fields } = serverProfile;
  await db.billingProfiles.put({ customerId: 't-1', current: fields, server: serverProfile });
  return fields;
}

describe('a refused new customer', () => {
  it('goes out again, corrected, under a new request id, and the list shows the correction', async () => {
    const local = await createCustomer(db, newCustomer);
    const refused = await refuse('rejected');
    const corrected: NewCustomer = { ...newCustomer, companyProfile: { domain: 'rossiimpianti.onmicrosoft.com' } };
    await sendAgain(db, refused.id, { customer: corrected });
    const operation = await db.outbox.get(refused.seq!);
    expect(operation).toMatchObject({ status: 'queued', attempts: 0, lastError: undefined });
    expect(operation!.requestId).not.toBe(refused.requestId);
    expect(operation!.requestIds).toEqual([refused.requestId, operation!.requestId]);
    expect(operation!.payload).toMatchObject({ kind: 'create-customer', customer: { companyProfile: { domain: 'rossiimpianti.onmicrosoft.com' } } });
    expect(await db.customers.get(local.id)).toMatchObject({ domain: 'rossiimpianti.onmicrosoft.com', domainKey: 'rossiimpianti.onmicrosoft.com', sync: 'pending' });
  });

  it('leaves the list when discarded, with the changes queued behind it', async () => {
    const local = await createCustomer(db, newCustomer);
    const refused = await refuse('conflict', 'The domain is already taken');
    await db.outbox.add({ ...refused, seq: undefined, id: 'later', payload: { kind: 'remove-relationship', customerId: local.id, previousRelationship: 'reseller' }, status: 'queued' });
    await discard(db, refused.id);
    expect(await db.customers.get(local.id)).toBeUndefined();
    expect(await db.billingProfiles.get(local.id)).toBeUndefined();
    expect((await db.outbox.toArray()).map((operation) => operation.status)).toEqual(['discarded', 'discarded']);
  });
});

describe('a refused billing edit', () => {
  it('shows Partner Center’s profile again when discarded', async () => {
    const fields = await seedCustomerWithProfile();
    await updateBillingProfile(db, 't-1', { ...fields, email: 'wrong@' });
    const refused = await refuse('rejected', 'Email must be a valid email address');
    await discard(db, refused.id);
    expect((await db.billingProfiles.get('t-1'))!.current.email).toBe('marco@verdi.it');
    expect((await db.customers.get('t-1'))!.sync).toBe('synced');
  });

  it('goes out again with the corrected profile', async () => {
    const fields = await seedCustomerWithProfile();
    await updateBillingProfile(db, 't-1', { ...fields, email: 'wrong@' });
    const refused = await refuse('rejected');
    await sendAgain(db, refused.id, { billing: { ...fields, email: 'marco.verdi@verdi.it' } });
    const operation = await db.outbox.get(refused.seq!);
    expect(operation!.payload).toMatchObject({ kind: 'update-billing-profile', mine: { email: 'marco.verdi@verdi.it' } });
    expect((await db.billingProfiles.get('t-1'))!.current.email).toBe('marco.verdi@verdi.it');
    expect((await db.customers.get('t-1'))!.sync).toBe('pending');
  });
});

describe('a billing conflict', () => {
  it('goes out with the user’s choice per field, against what Partner Center holds now', async () => {
    const fields = await seedCustomerWithProfile();
    await updateBillingProfile(db, 't-1', { ...fields, email: 'mine@verdi.it', defaultAddress: { ...fields.defaultAddress, city: 'Milano' } });
    const operation = await refuse('conflict');
    const payload = operation.payload as { base: Record<string, string>; mine: Record<string, string> };
    const theirs = flatten(billingUpdateBody({ ...fields, email: 'theirs@verdi.it', defaultAddress: { ...fields.defaultAddress, city: 'Genova', addressLine1: 'Via Po 4' } }));
    const { conflicts } = threeWayMerge(payload.base, payload.mine, theirs);
    await db.conflicts.put({ operationId: operation.id, recordKey: customerRecordKey('t-1'), customerId: 't-1', fields: conflicts, base: payload.base, mine: payload.mine, theirs, theirsEtag: 'e2', createdAt: '' });

    await resolveConflict(db, operation.id, { email: { keep: 'mine' }, 'defaultAddress.city': { keep: 'merged', value: 'Milano (MI)' } });

    const resent = await db.outbox.get(operation.seq!);
    expect(resent).toMatchObject({ status: 'queued', payload: { base: theirs } });
    expect(resent!.payload).toMatchObject({ mine: { email: 'mine@verdi.it', 'defaultAddress.city': 'Milano (MI)', 'defaultAddress.addressLine1': 'Via Po 4' } });
    expect(await db.conflicts.count()).toBe(0);
    expect((await db.billingProfiles.get('t-1'))!.current).toMatchObject({ email: 'mine@verdi.it', defaultAddress: { city: 'Milano (MI)', addressLine1: 'Via Po 4' } });
    expect((await db.customers.get('t-1'))!.sync).toBe('pending');
  });
});

describe('a refused end of relationship', () => {
  it('gives the relationship back when discarded', async () => {
    await seedCustomerWithProfile();
    await removeRelationship(db, 't-1');
    expect((await db.customers.get('t-1'))!.relationship).toBe('none');
    const refused = await refuse('rejected', 'Suspend the active subscriptions first.');
    await discard(db, refused.id);
    expect(await db.customers.get('t-1')).toMatchObject({ relationship: 'reseller', sync: 'synced' });
  });

  it('is not queued a second time while the refused one waits for the user', async () => {
    await seedCustomerWithProfile();
    await removeRelationship(db, 't-1');
    await refuse('rejected', 'Suspend the active subscriptions first.');
    await db.customers.update('t-1', { relationship: 'reseller' });
    await expect(removeRelationship(db, 't-1')).rejects.toMatchObject({ reason: 'removal-refused-waiting' });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.customers.get('t-1'))!.relationship).toBe('reseller');
  });

  it('shows it ended again, waiting, when sent again under a new request id', async () => {
    await seedCustomerWithProfile();
    await removeRelationship(db, 't-1');
    const refused = await refuse('rejected', 'Suspend the active subscriptions first.');
    // As the push leaves it: the relationship Partner Center kept.
    await db.customers.update('t-1', { relationship: 'reseller' });
    await sendAgain(db, refused.id);
    expect(await db.customers.get('t-1')).toMatchObject({ relationship: 'none', sync: 'pending' });
    const again = (await db.outbox.toArray()).at(-1)!;
    expect(again).toMatchObject({ status: 'queued', id: refused.id });
    expect(again.requestId).not.toBe(refused.requestId);
  });
});

describe('Partner Center’s row of a customer this computer is still creating', () => {
  it('takes no change while the creation waits, so the customer is never changed twice', async () => {
    // The creation's answer was lost; a full pass listed the customer under its tenant id meanwhile.
    const local = await createCustomer(db, newCustomer);
    const { attributes: _attributes, ...fields } = serverProfile;
    await db.customers.put({ ...local, id: 't-rossi', sync: 'synced', relationship: 'reseller' });
    await db.billingProfiles.put({ customerId: 't-rossi', current: fields, server: serverProfile });

    await expect(updateBillingProfile(db, 't-rossi', { ...fields, email: 'twice@rossi.it' })).rejects.toMatchObject({ reason: 'creation-pending' });
    await expect(removeRelationship(db, 't-rossi')).rejects.toMatchObject({ reason: 'creation-pending' });
    expect((await db.outbox.toArray()).map((operation) => operation.payload.kind)).toEqual(['create-customer']);
    // The pending row itself still takes edits: they go out after the creation.
    await updateBillingProfile(db, local.id, { ...fields, email: 'after@rossi.it' });
  });
});
