// Contract: the activity log records every change (API and control API alike) by date range with
// paging, and the control API sets the scene: reset, state, seed, invitations accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecordSchema } from '../../shared/partner-center';
import { expectPartnerCenterError, newCustomerBody, startTestEmulator, type TestEmulator, type Json } from './emulator-fixture';

let pc: TestEmulator;
beforeAll(async () => {
  pc = await startTestEmulator();
});
afterAll(async () => {
  await pc.emulator.stop();
});

async function activitySince(startDate: string, size = 500) {
  const records: Json[] = [];
  let answer = await pc.call('GET', `/v1/auditrecords?startDate=${encodeURIComponent(startDate)}&size=${size}`);
  expect(answer.status).toBe(200);
  for (;;) {
    records.push(...answer.body.items);
    const next = answer.body.links?.next;
    if (!next) return records;
    answer = await pc.call('GET', `/v1/auditrecords?seekOperation=Next`, { headers: { 'MS-ContinuationToken': next.headers[0].value } });
  }
}

describe('activity log', () => {
  it('records API changes and control-API changes, oldest first, with customer ids', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const created = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('auditedcustomer') })).body;
    await pc.control.rename(created.id, 'Audited Renamed S.r.l.');
    await pc.control.changeBilling(created.id, { email: 'colleague.change@audited.it' });
    await pc.control.addSubscription(created.id);
    await pc.control.suspendSubscriptions(created.id);
    await pc.control.removeRelationship(created.id);
    const accepted = await pc.control.acceptInvitation('acceptedcustomer.onmicrosoft.com', { companyName: 'Accepted Customer GmbH', country: 'DE' });
    const records = await activitySince(since);
    for (const record of records) auditRecordSchema.parse(record);
    const mine = records.filter((record) => record.customerId === created.id).map((record) => record.operationType);
    expect(mine).toEqual(['add_customer', 'update_customer_partner_contract_company_name', 'update_customer_billing_profile', 'update_subscription', 'update_subscription', 'remove_partner_customer_relationship']);
    expect(records.find((record) => record.customerId === accepted.id)?.operationType).toBe('accept_reseller_relationship');
    const dates = records.map((record) => record.operationDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('keeps the MS-CorrelationId of the call behind each record, and none for changes made elsewhere', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const correlationId = crypto.randomUUID();
    const created = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('correlatedcustomer'), headers: { 'MS-CorrelationId': correlationId } })).body;
    await pc.control.rename(created.id, 'Renamed By A Colleague S.r.l.');
    const records = (await activitySince(since)).filter((record) => record.customerId === created.id);
    expect(records.map((record) => [record.operationType, record.originalCorrelationId])).toEqual([
      ['add_customer', correlationId],
      ['update_customer_partner_contract_company_name', undefined],
    ]);
  });

  it('pages with a continuation token and honours endDate', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = (await pc.control.state()).now;
    await pc.control.seed({ customers: 7, seed: 2, referrals: 0 });
    const paged = await activitySince(since, 3);
    expect(paged.filter((record) => record.operationType === 'add_customer')).toHaveLength(7);
    const before = await pc.call('GET', `/v1/auditrecords?startDate=2020-01-01&endDate=2020-12-31`);
    expect(before.body.items).toHaveLength(0);
  });

  it('refuses a missing or malformed date range', async () => {
    expectPartnerCenterError(await pc.call('GET', '/v1/auditrecords'), 400);
    expectPartnerCenterError(await pc.call('GET', '/v1/auditrecords?startDate=yesterday'), 400);
    expectPartnerCenterError(await pc.call('GET', '/v1/auditrecords?startDate=2026-11-20&endDate=2026-11-01'), 400);
  });
});

describe('control API', () => {
  it('accepting an invitation makes the customer appear in the list with relationship reseller', async () => {
    const before = await pc.control.state();
    const customer = await pc.control.acceptInvitation('castellowines');
    expect(customer.companyProfile.domain).toBe('castellowines.onmicrosoft.com');
    expect(customer.relationshipToPartner).toBe('reseller');
    const filter = encodeURIComponent(JSON.stringify({ Field: 'Domain', Value: 'castellowines', Operator: 'starts_with' }));
    const listed = (await pc.call('GET', `/v1/customers?filter=${filter}`)).body.items;
    expect(listed.map((item: Json) => [item.id, item.relationshipToPartner])).toEqual([[customer.id, 'reseller']]);
    const after = await pc.control.state();
    expect(after.invitationsAccepted).toBe(before.invitationsAccepted + 1);
    expect(after.customers).toBe(before.customers + 1);
  });

  it('a former customer who accepts again comes back with the same tenant id', async () => {
    const created = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('comesback') })).body;
    await pc.control.removeRelationship(created.id);
    expect((await pc.call('GET', `/v1/customers/${created.id}`)).status).toBe(403);
    const back = await pc.control.acceptInvitation('comesback.onmicrosoft.com');
    expect(back.id).toBe(created.id);
    expect((await pc.call('GET', `/v1/customers/${created.id}`)).body.relationshipToPartner).toBe('reseller');
  });

  it('another user cannot remove a relationship while subscriptions are active unless forced', async () => {
    const created = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('forcedremoval') })).body;
    await pc.control.addSubscription(created.id);
    await expect(pc.control.removeRelationship(created.id)).rejects.toThrow(/400/);
    expect((await pc.control.customer(created.id)).relationshipToPartner).toBe('reseller');
    expect((await pc.control.removeRelationship(created.id, { force: true })).relationshipToPartner).toBe('none');
  });

  it('refuses bad control input in Partner Center shape', async () => {
    await expect(pc.control.rename('00000000-0000-4000-8000-000000000000', 'x')).rejects.toThrow(/404/);
    await expect(pc.control.seed({ customers: -1 })).rejects.toThrow(/400/);
    await expect(pc.control.acceptInvitation('not a domain!')).rejects.toThrow(/400/);
    const created = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('badcolleague') })).body;
    await expect(pc.control.changeBilling(created.id, { email: 'broken' })).rejects.toThrow(/400/);
    const raw = await fetch(`${pc.url}/_emulator/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { code: string }).code).toBe('MalformedJson');
  });

  it('seeding is deterministic by seed, and reset empties everything but keeps the partner', async () => {
    const listAfterSeed = async () => {
      await pc.control.reset();
      const seeded = await pc.control.seed({ customers: 30, seed: 77 });
      expect(seeded.customers).toBe(30);
      return (await pc.call('GET', '/v1/customers?size=500')).body.items;
    };
    const first = await listAfterSeed();
    const second = await listAfterSeed();
    expect(second).toEqual(first);
    expect(new Set(first.map((item: Json) => item.companyProfile.domain)).size).toBe(30);
    const other = (await pc.control.reset({ customers: 30, seed: 78 }), (await pc.call('GET', '/v1/customers?size=500')).body.items);
    expect(other).not.toEqual(first);

    await pc.call('POST', '/v1.0/me/sendMail', { body: { message: { subject: 's', body: { contentType: 'Text', content: 'c' }, toRecipients: [{ emailAddress: { address: 'a@b.it' } }] } } });
    await pc.control.reset();
    const state = await pc.control.state();
    expect([state.customers, state.mail, state.referrals, state.invitationsAccepted, state.requests]).toEqual([0, 0, 0, 0, 0]);
    expect((await pc.call('GET', '/v1/relationships?relationship_type=IsIndirectResellerOf')).body.items.length).toBeGreaterThan(0);
    expect((await pc.call('GET', '/v1/profiles/organization')).status).toBe(200);
  });

  it('seeded customers are realistic: valid addresses for their country, some indirect, some with active subscriptions', async () => {
    await pc.control.reset({ customers: 60, seed: 9 });
    const items = (await pc.call('GET', '/v1/customers?size=500')).body.items;
    let indirect = 0;
    let withActive = 0;
    const countries = new Set<string>();
    for (const item of items) {
      const customer = (await pc.call('GET', `/v1/customers/${item.id}`)).body;
      countries.add(customer.billingProfile.defaultAddress.country);
      const { firstName: _f, lastName: _l, ...address } = customer.billingProfile.defaultAddress;
      expect((await pc.call('POST', '/v1/validations/address', { body: address })).status).toBe(200);
      if (customer.associatedPartnerId) indirect += 1;
      const subscriptions = (await pc.call('GET', `/v1/customers/${item.id}/subscriptions`)).body.items;
      if (subscriptions.some((subscription: Json) => subscription.status === 'active')) withActive += 1;
    }
    expect(countries.size).toBeGreaterThan(5);
    expect(indirect).toBeGreaterThan(0);
    expect(withActive).toBeGreaterThan(0);
  });
});
