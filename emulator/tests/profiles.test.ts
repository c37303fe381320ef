// Contract: billing profile (etag in attributes, If-Match required, stale etag refused), company
// profile, and the partner's organization profile, with another user editing in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billingProfileSchema, organizationProfileSchema } from '../../shared/partner-center';
import { expectPartnerCenterError, newCustomerBody, startTestEmulator, type TestEmulator, type Json } from './emulator-fixture';

let pc: TestEmulator;
let customerId: string;
beforeAll(async () => {
  pc = await startTestEmulator();
  customerId = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('profilecustomer') })).body.id;
});
afterAll(async () => {
  await pc.emulator.stop();
});

async function billing() {
  const answer = await pc.call('GET', `/v1/customers/${customerId}/profiles/billing`);
  expect(answer.status).toBe(200);
  return billingProfileSchema.parse(answer.body);
}

describe('billing profile', () => {
  it('carries its etag in attributes (and the ETag header)', async () => {
    const answer = await pc.call('GET', `/v1/customers/${customerId}/profiles/billing`);
    expect(answer.body.attributes.objectType).toBe('CustomerBillingProfile');
    expect(answer.headers.get('etag')).toBe(`"${answer.body.attributes.etag}"`);
  });

  it('is replaced with a matching If-Match: 200 and a new etag', async () => {
    const profile = await billing();
    const answer = await pc.call('PUT', `/v1/customers/${customerId}/profiles/billing`, {
      body: { ...profile, email: 'new.contact@profilecustomer.it', defaultAddress: { ...profile.defaultAddress, addressLine1: 'Via Po 3' } },
      headers: { 'if-match': `"${profile.attributes.etag}"` },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.email).toBe('new.contact@profilecustomer.it');
    expect(answer.body.attributes.etag).not.toBe(profile.attributes.etag);
    expect((await billing()).defaultAddress.addressLine1).toBe('Via Po 3');
  });

  it('refuses a stale etag after another user changed the profile: 412 with code 2055, data unchanged', async () => {
    const mine = await billing();
    const theirs = await pc.control.changeBilling(customerId, { firstName: 'Paola', defaultAddress: { city: 'Milano', postalCode: '20121' } });
    expect(theirs.attributes.etag).not.toBe(mine.attributes.etag);
    const answer = await pc.call('PUT', `/v1/customers/${customerId}/profiles/billing`, { body: { ...mine, email: 'mine@profilecustomer.it' }, headers: { 'if-match': `"${mine.attributes.etag}"` } });
    const error = expectPartnerCenterError(answer, 412);
    expect(error.code).toBe(2055);
    expect(error.description).toContain('Etag is no longer valid');
    const now = await billing();
    expect(now.defaultAddress.city).toBe('Milano');
    expect(now.firstName).toBe('Paola');
    expect(now.email).not.toBe('mine@profilecustomer.it');
  });

  it('requires If-Match', async () => {
    const profile = await billing();
    expect(expectPartnerCenterError(await pc.call('PUT', `/v1/customers/${customerId}/profiles/billing`, { body: profile }), 400).code).toBe('IfMatchRequired');
  });

  it('refuses bad bodies with 400 and keeps the profile', async () => {
    const profile = await billing();
    const ifMatch = { 'if-match': `"${profile.attributes.etag}"` };
    const cases = [
      { rawBody: '{"email":' },
      { body: { ...profile, email: 12 } },
      { body: { ...profile, defaultAddress: { ...profile.defaultAddress, addressLine2: 'y'.repeat(201) } } },
      { body: { ...profile, defaultAddress: { ...profile.defaultAddress, postalCode: '1' } } },
      { body: { ...profile, defaultAddress: { ...profile.defaultAddress, country: 'FR', postalCode: '75001', city: 'Paris' } } },
      { body: { ...profile, companyName: undefined } },
    ];
    for (const request of cases) expectPartnerCenterError(await pc.call('PUT', `/v1/customers/${customerId}/profiles/billing`, { ...request, headers: ifMatch }), 400);
    expect(await billing()).toEqual(profile);
  });

  it('accepts a PascalCase PUT body', async () => {
    const profile = await billing();
    const answer = await pc.call('PUT', `/v1/customers/${customerId}/profiles/billing`, {
      body: { Email: profile.email, Culture: 'it-IT', Language: 'it', CompanyName: 'Profile Customer S.p.A.', DefaultAddress: { FirstName: 'Giulia', LastName: 'Rossi', AddressLine1: 'Via Po 3', City: 'Torino', PostalCode: '10123', Country: 'IT' } },
      headers: { 'if-match': `"${profile.attributes.etag}"` },
    });
    expect(answer.status).toBe(200);
    expect((await pc.call('GET', `/v1/customers/${customerId}/profiles/company`)).body.companyName).toBe('Profile Customer S.p.A.');
  });

  it('a rename by another user moves the etag and shows in the list and company profile', async () => {
    const before = await billing();
    await pc.control.rename(customerId, 'Renamed By Colleague S.r.l.');
    const after = await billing();
    expect(after.attributes.etag).not.toBe(before.attributes.etag);
    expect(after.companyName).toBe('Renamed By Colleague S.r.l.');
    const list = await pc.call('GET', '/v1/customers?size=500');
    expect(list.body.items.find((item: Json) => item.id === customerId).companyProfile.companyName).toBe('Renamed By Colleague S.r.l.');
  });
});

describe('organization profile', () => {
  it('reads and replaces with If-Match; a stale etag is refused', async () => {
    const answer = await pc.call('GET', '/v1/profiles/organization');
    expect(answer.status).toBe(200);
    const profile = organizationProfileSchema.parse(answer.body);
    const updated = await pc.call('PUT', '/v1/profiles/organization', { body: { ...profile, companyName: 'Lakeside Cloud Services S.p.A.' }, headers: { 'if-match': `"${profile.attributes.etag}"` } });
    expect(updated.status).toBe(200);
    expect(updated.body.companyName).toBe('Lakeside Cloud Services S.p.A.');
    expect(updated.body.tenantId).toBe(profile.tenantId);
    const stale = await pc.call('PUT', '/v1/profiles/organization', { body: { ...profile, companyName: 'Stale' }, headers: { 'if-match': `"${profile.attributes.etag}"` } });
    expect(expectPartnerCenterError(stale, 412).code).toBe(2055);
    expectPartnerCenterError(await pc.call('PUT', '/v1/profiles/organization', { body: { ...profile, email: 'nope' }, headers: { 'if-match': `"${updated.body.attributes.etag}"` } }), 400);
    expect((await pc.call('GET', '/v1/profiles/organization')).body.companyName).toBe('Lakeside Cloud Services S.p.A.');
  });
});
