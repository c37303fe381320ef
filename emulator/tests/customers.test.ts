// Contract: the customer list, one customer, adding a customer and ending a relationship, as the API
// page describes them, including every bad input a client can send.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerListItemSchema, customerSchema, collectionSchema, subscriptionSchema } from '../../shared/partner-center';
import { expectPartnerCenterError, newCustomerBody, startTestEmulator, type TestEmulator, type Json } from './emulator-fixture';

let pc: TestEmulator;
beforeAll(async () => {
  pc = await startTestEmulator({ customers: 120, seed: 11 });
});
afterAll(async () => {
  await pc.emulator.stop();
});

describe('customer list', () => {
  it('pages through every customer with MS-ContinuationToken, no duplicates, no links.next on the last page', async () => {
    const seen = new Set<string>();
    let answer = await pc.call('GET', '/v1/customers?size=50');
    expect(answer.status).toBe(200);
    collectionSchema(customerListItemSchema).parse(answer.body);
    let pages = 1;
    for (;;) {
      for (const item of answer.body.items) seen.add(item.id);
      const next = answer.body.links?.next;
      if (!next) break;
      const token = next.headers.find((h: { key: string }) => h.key === 'MS-ContinuationToken').value;
      answer = await pc.call('GET', '/v1/customers?size=50&seekOperation=Next', { headers: { 'MS-ContinuationToken': token } });
      expect(answer.status).toBe(200);
      pages += 1;
    }
    const state = await pc.control.state();
    expect(seen.size).toBe(state.customers);
    expect(pages).toBe(Math.ceil(state.customers / 50));
  });

  it('lists light items: no billing profile and no allowDelegatedAccess', async () => {
    const answer = await pc.call('GET', '/v1/customers?size=1');
    const item = answer.body.items[0];
    expect(item.billingProfile).toBeUndefined();
    expect(item.allowDelegatedAccess).toBeUndefined();
    expect(item.companyProfile.tenantId).toBe(item.id);
    expect(answer.body.attributes).toEqual({ objectType: 'Collection' });
  });

  it('clamps sizes above 500 and refuses a size that is not a positive whole number', async () => {
    const big = await pc.call('GET', '/v1/customers?size=5000');
    expect(big.status).toBe(200);
    expect(big.body.links.self.uri).toContain('size=500');
    expectPartnerCenterError(await pc.call('GET', '/v1/customers?size=-3'), 400);
    expectPartnerCenterError(await pc.call('GET', '/v1/customers?size=abc'), 400);
  });

  it('searches by case-insensitive CompanyName prefix and keeps the filter across pages', async () => {
    const first = (await pc.call('GET', '/v1/customers?size=1')).body.items[0];
    const prefix = first.companyProfile.companyName.slice(0, 3).toUpperCase();
    const filter = encodeURIComponent(JSON.stringify({ Field: 'CompanyName', Value: prefix, Operator: 'starts_with' }));
    let answer = await pc.call('GET', `/v1/customers?size=1&filter=${filter}`);
    const names: string[] = [];
    for (;;) {
      names.push(...answer.body.items.map((item: Json) => item.companyProfile.companyName));
      const next = answer.body.links?.next;
      if (!next) break;
      answer = await pc.call('GET', '/v1/customers?size=1&seekOperation=Next', { headers: { 'MS-ContinuationToken': next.headers[0].value } });
    }
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase().startsWith(prefix.toLowerCase())).toBe(true);
    expect(names).toContain(first.companyProfile.companyName);
  });

  it('searches by Domain prefix and by IndirectReseller', async () => {
    const first = (await pc.call('GET', '/v1/customers?size=1')).body.items[0];
    const domainFilter = encodeURIComponent(JSON.stringify({ Field: 'Domain', Value: first.companyProfile.domain.slice(0, 6), Operator: 'starts_with' }));
    const byDomain = await pc.call('GET', `/v1/customers?size=500&filter=${domainFilter}`);
    expect(byDomain.body.items.map((item: Json) => item.id)).toContain(first.id);

    const resellers = await pc.call('GET', '/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf');
    let total = 0;
    for (const reseller of resellers.body.items) {
      const filter = encodeURIComponent(JSON.stringify({ Field: 'IndirectReseller', Value: reseller.id, Operator: 'starts_with' }));
      const answer = await pc.call('GET', `/v1/customers?size=500&filter=${filter}`);
      expect(answer.status).toBe(200);
      for (const item of answer.body.items) {
        expect((await pc.call('GET', `/v1/customers/${item.id}`)).body.associatedPartnerId).toBe(reseller.id);
      }
      total += answer.body.items.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it('refuses filters that are not JSON or not the documented shape', async () => {
    for (const filter of ['{not json', JSON.stringify({ Field: 'Country', Value: 'IT', Operator: 'starts_with' }), JSON.stringify({ Field: 'CompanyName', Value: 'a', Operator: 'contains' }), JSON.stringify({ Field: 'CompanyName', Operator: 'starts_with' })]) {
      const error = expectPartnerCenterError(await pc.call('GET', `/v1/customers?filter=${encodeURIComponent(filter)}`), 400);
      expect(error.code).toBe('InvalidFilter');
    }
  });

  it('refuses a missing or forged continuation token', async () => {
    expectPartnerCenterError(await pc.call('GET', '/v1/customers?seekOperation=Next'), 400);
    expectPartnerCenterError(await pc.call('GET', '/v1/customers?seekOperation=Next', { headers: { 'MS-ContinuationToken': 'garbage' } }), 400);
    expectPartnerCenterError(await pc.call('GET', '/v1/customers?seekOperation=Next', { headers: { 'MS-ContinuationToken': `pd1.${Buffer.from('{"afterSeq":-1}').toString('base64url')}` } }), 400);
  });
});

describe('customer by id', () => {
  it('returns the full customer with billing profile, allowDelegatedAccess and never userCredentials', async () => {
    const id = (await pc.call('GET', '/v1/customers?size=1')).body.items[0].id;
    const answer = await pc.call('GET', `/v1/customers/${id}`);
    expect(answer.status).toBe(200);
    const customer = customerSchema.parse(answer.body);
    expect(customer.billingProfile?.attributes.etag).toBeTruthy();
    expect(typeof customer.allowDelegatedAccess).toBe('boolean');
    expect(customer.userCredentials).toBeUndefined();
  });

  it('answers 400 900118 for a malformed id and 404 60003 for an unknown tenant', async () => {
    expect(expectPartnerCenterError(await pc.call('GET', '/v1/customers/not-a-guid'), 400).code).toBe(900118);
    expect(expectPartnerCenterError(await pc.call('GET', '/v1/customers/00000000-0000-4000-8000-000000000000'), 404).code).toBe(60003);
  });

  it('answers company profile, subscriptions and unknown-tenant errors on sub-resources', async () => {
    const id = (await pc.call('GET', '/v1/customers?size=1')).body.items[0].id;
    const company = await pc.call('GET', `/v1/customers/${id}/profiles/company`);
    expect(company.status).toBe(200);
    expect(company.body.tenantId).toBe(id);
    expect(company.body.attributes.objectType).toBe('CustomerCompanyProfile');
    const subscriptions = await pc.call('GET', `/v1/customers/${id}/subscriptions`);
    expect(subscriptions.status).toBe(200);
    collectionSchema(subscriptionSchema).parse(subscriptions.body);
    expect(expectPartnerCenterError(await pc.call('GET', '/v1/customers/00000000-0000-4000-8000-000000000000/subscriptions'), 404).code).toBe(60003);
    expect(expectPartnerCenterError(await pc.call('GET', '/v1/customers/00000000-0000-4000-8000-000000000000/profiles/company'), 404).code).toBe(60003);
  });
});

describe('adding a customer', () => {
  it('creates from a PascalCase body: 201, userCredentials once, then listed and findable by domain', async () => {
    const answer = await pc.call('POST', '/v1/customers', { body: newCustomerBody('torinoingegneria') });
    expect(answer.status).toBe(201);
    const customer = customerSchema.parse(answer.body);
    expect(customer.userCredentials?.userName).toBe('admin@torinoingegneria.onmicrosoft.com');
    expect(customer.userCredentials?.password.length).toBeGreaterThanOrEqual(8);
    expect(customer.relationshipToPartner).toBe('reseller');
    const again = await pc.call('GET', `/v1/customers/${customer.id}`);
    expect(again.body.userCredentials).toBeUndefined();
    expect(again.body.companyProfile.domain).toBe('torinoingegneria.onmicrosoft.com');
    expect((await pc.call('HEAD', '/v1/domains/torinoingegneria.onmicrosoft.com')).status).toBe(200);
  });

  it('creates from a camelCase body with a bare domain prefix and an indirect reseller', async () => {
    const reseller = (await pc.call('GET', '/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf')).body.items[0].id;
    const answer = await pc.call('POST', '/v1/customers', {
      body: {
        companyProfile: { domain: 'LakeSideBakery' },
        billingProfile: { email: 'emma@lakeside.co.uk', culture: 'en-GB', language: 'en', companyName: 'Lakeside Bakery Ltd', defaultAddress: { firstName: 'Emma', lastName: 'Hughes', addressLine1: '3 Mill Lane', city: 'Leeds', postalCode: 'LS1 4AB', country: 'gb' } },
        associatedPartnerId: reseller,
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.companyProfile.domain).toBe('lakesidebakery.onmicrosoft.com');
    expect(answer.body.associatedPartnerId).toBe(reseller);
    expect(answer.body.billingProfile.defaultAddress.country).toBe('GB');
  });

  it('requires a phone number and a registration number in Russia, Hungary and the other listed countries', async () => {
    const body = newCustomerBody('budapestdental', { country: 'HU', address: { City: 'Budapest', PostalCode: '1051' } });
    expect(expectPartnerCenterError(await pc.call('POST', '/v1/customers', { body }), 400).code).toBe(600049);
    const withPhone = newCustomerBody('budapestdental', { country: 'HU', address: { City: 'Budapest', PostalCode: '1051', PhoneNumber: '+36 1 234 5678' } });
    expect(expectPartnerCenterError(await pc.call('POST', '/v1/customers', { body: withPhone }), 400).code).toBe(600002);
    const complete = { ...withPhone, CompanyProfile: { Domain: 'budapestdental', OrganizationRegistrationNumber: '01-09-123456' } };
    expect((await pc.call('POST', '/v1/customers', { body: complete })).status).toBe(201);
  });

  it('refuses a domain that is already taken with 409 and creates nothing', async () => {
    const before = (await pc.control.state()).customers;
    const error = expectPartnerCenterError(await pc.call('POST', '/v1/customers', { body: newCustomerBody('torinoingegneria') }), 409);
    expect(error.code).toBe('DomainAlreadyExists');
    expect((await pc.control.state()).customers).toBe(before);
  });

  const badBodies: [string, () => { raw?: string; body?: unknown; contentType?: string }, string | number][] = [
    ['malformed JSON', () => ({ raw: '{"CompanyProfile": {' }), 'MalformedJson'],
    ['an empty body', () => ({ raw: '' }), 'MalformedJson'],
    ['a JSON array', () => ({ body: [] }), 3000],
    ['a missing BillingProfile', () => ({ body: { CompanyProfile: { Domain: 'nobilling' } } }), 3000],
    ['a number where the email goes', () => ({ body: { ...newCustomerBody('wrongtype'), BillingProfile: { ...newCustomerBody('wrongtype').BillingProfile, Email: 42 } } }), 3000],
    ['an invalid email', () => ({ body: { ...newCustomerBody('bademail'), BillingProfile: { ...newCustomerBody('bademail').BillingProfile, Email: 'not-an-email' } } }), 3000],
    ['AddressLine1 over 200 characters', () => ({ body: newCustomerBody('longline', { address: { AddressLine1: 'x'.repeat(201) } }) }), 3000],
    ['an empty AddressLine1', () => ({ body: newCustomerBody('emptyline', { address: { AddressLine1: '' } }) }), 3000],
    ['FirstName over 50 characters', () => ({ body: newCustomerBody('longname', { address: { FirstName: 'G'.repeat(51) } }) }), 3000],
    ['a missing LastName', () => ({ body: newCustomerBody('nolastname', { address: { LastName: undefined } }) }), 3000],
    ['a three-letter country', () => ({ body: newCustomerBody('threeletters', { country: 'ITA' }) }), 3000],
    ['the unknown country UK', () => ({ body: newCustomerBody('ukcountry', { country: 'UK', address: { PostalCode: 'SW1A 1AA' } }) }), 3000],
    ['a postal code that does not fit the country', () => ({ body: newCustomerBody('badpostal', { address: { PostalCode: 'ABCDE' } }) }), 3000],
    ['a US address without a state', () => ({ body: newCustomerBody('nostate', { country: 'US', address: { City: 'Seattle', PostalCode: '98101' } }) }), 3000],
    ['a US state that does not exist', () => ({ body: newCustomerBody('badstate', { country: 'US', address: { City: 'Seattle', PostalCode: '98101', State: 'XX' } }) }), 3000],
    ['a state longer than 2 characters where no states are listed', () => ({ body: newCustomerBody('longstate', { address: { State: 'TOR' } }) }), 3000],
    ['domain characters other than letters and digits', () => ({ body: newCustomerBody('my-company') }), 3000],
    ['a domain with an underscore', () => ({ body: newCustomerBody('my_company') }), 3000],
    ['a domain prefix of 28 characters', () => ({ body: newCustomerBody('a'.repeat(28)) }), 3000],
    ['an unknown indirect reseller', () => ({ body: newCustomerBody('unknownreseller', { extra: { AssociatedPartnerId: '00000000-0000-4000-8000-000000000000' } }) }), 3000],
  ];
  for (const [what, make, code] of badBodies) {
    it(`refuses ${what} with a Partner Center 400 and creates nothing`, async () => {
      const before = (await pc.control.state()).customers;
      const { raw, body } = make();
      const answer = await pc.call('POST', '/v1/customers', raw !== undefined ? { rawBody: raw } : { body });
      const error = expectPartnerCenterError(answer, 400);
      expect(error.code).toBe(code);
      expect((await pc.control.state()).customers).toBe(before);
    });
  }

  it('accepts a domain prefix of exactly 27 letters and digits', async () => {
    expect((await pc.call('POST', '/v1/customers', { body: newCustomerBody(`a${'1'.repeat(26)}`) })).status).toBe(201);
  });

  it('names the failing field in the description', async () => {
    const error = expectPartnerCenterError(await pc.call('POST', '/v1/customers', { body: newCustomerBody('longline2', { address: { AddressLine1: 'x'.repeat(201) } }) }), 400);
    expect(error.description).toContain('BillingProfile.DefaultAddress.AddressLine1');
    expect(error.description).toContain('200');
  });
});

describe('domain check', () => {
  it('answers 404 with no body for a free domain, 200 for a taken one, and accepts a bare prefix', async () => {
    const free = await pc.call('HEAD', '/v1/domains/surelyfreedomain123.onmicrosoft.com');
    expect(free.status).toBe(404);
    expect(free.text).toBe('');
    const taken = (await pc.call('GET', '/v1/customers?size=1')).body.items[0].companyProfile.domain;
    expect((await pc.call('HEAD', `/v1/domains/${taken}`)).status).toBe(200);
    expect((await pc.call('HEAD', `/v1/domains/${taken.replace('.onmicrosoft.com', '')}`)).status).toBe(200);
  });

  it('answers 400 for a prefix with characters a domain cannot have', async () => {
    expect((await pc.call('HEAD', '/v1/domains/bad_prefix')).status).toBe(400);
  });
});

describe('ending a relationship', () => {
  async function customerWith(active: boolean): Promise<string> {
    const created = await pc.call('POST', '/v1/customers', { body: newCustomerBody(active ? `withsubs${Date.now()}` : `nosubs${Date.now()}`) });
    if (active) await pc.control.addSubscription(created.body.id, { offerName: 'Azure plan' });
    return created.body.id;
  }
  const removal = { relationshipToPartner: 'none', attributes: { objectType: 'Customer' } };

  it('is refused while a subscription (an Azure plan) is active, and changes nothing', async () => {
    const id = await customerWith(true);
    const error = expectPartnerCenterError(await pc.call('PATCH', `/v1/customers/${id}`, { body: removal }), 400);
    expect(error.code).toBe('ActiveSubscriptionsExist');
    expect(error.description).toMatch(/suspend/i);
    expect((await pc.call('GET', `/v1/customers/${id}`)).body.relationshipToPartner).toBe('reseller');
  });

  it('works once subscriptions are suspended: 200 with relationship none, then the customer leaves the list', async () => {
    const id = await customerWith(true);
    await pc.control.suspendSubscriptions(id);
    const subscriptions = await pc.call('GET', `/v1/customers/${id}/subscriptions`);
    expect(subscriptions.body.items.every((item: Json) => item.status !== 'active')).toBe(true);
    const answer = await pc.call('PATCH', `/v1/customers/${id}`, { body: removal });
    expect(answer.status).toBe(200);
    expect(answer.body.relationshipToPartner).toBe('none');
    expect(expectPartnerCenterError(await pc.call('GET', `/v1/customers/${id}`), 403).code).toBe(20002);
    const domain = answer.body.companyProfile.domain;
    const filter = encodeURIComponent(JSON.stringify({ Field: 'Domain', Value: domain, Operator: 'starts_with' }));
    expect((await pc.call('GET', `/v1/customers?filter=${filter}`)).body.items).toHaveLength(0);
  });

  it('refuses any other change in the PATCH body, and an unknown customer', async () => {
    const id = await customerWith(false);
    expectPartnerCenterError(await pc.call('PATCH', `/v1/customers/${id}`, { body: { relationshipToPartner: 'advisor' } }), 400);
    expectPartnerCenterError(await pc.call('PATCH', `/v1/customers/${id}`, { rawBody: 'none' }), 400);
    expect((await pc.call('GET', `/v1/customers/${id}`)).body.relationshipToPartner).toBe('reseller');
    expect(expectPartnerCenterError(await pc.call('PATCH', '/v1/customers/00000000-0000-4000-8000-000000000000', { body: removal }), 404).code).toBe(60003);
  });
});
