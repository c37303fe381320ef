// Contract: the invitation link, indirect partners, country rules and address validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryValidationRulesSchema, partnerRelationshipSchema, relationshipRequestSchema } from '../../shared/partner-center';
import { expectPartnerCenterError, startTestEmulator, type TestEmulator } from './emulator-fixture';

let pc: TestEmulator;
beforeAll(async () => {
  pc = await startTestEmulator();
});
afterAll(async () => {
  await pc.emulator.stop();
});

describe('invitation link', () => {
  it('is one link carrying the partner id, with delegated admin by default and without on request', async () => {
    const withDap = relationshipRequestSchema.parse((await pc.call('GET', '/v1/customers/relationshiprequests')).body);
    const { partnerId } = await pc.control.state();
    expect(withDap.url).toBe(`https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${partnerId}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`);
    const again = (await pc.call('GET', '/v1/customers/relationshiprequests')).body;
    expect(again.url).toBe(withDap.url);
    const withoutDap = (await pc.call('GET', '/v1/customers/relationshiprequests?delegatedAdmin=false')).body;
    expect(withoutDap.url).toContain('DAP=false');
  });
});

describe('indirect partners', () => {
  it('lists resellers for the provider view and providers for the reseller view', async () => {
    const resellers = await pc.call('GET', '/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf');
    const providers = await pc.call('GET', '/v1/relationships?relationship_type=IsIndirectResellerOf');
    expect(resellers.body.items.length).toBeGreaterThan(0);
    expect(providers.body.items.length).toBeGreaterThan(0);
    for (const item of resellers.body.items) expect(partnerRelationshipSchema.parse(item).relationshipType).toBe('IsIndirectCloudSolutionProviderOf');
    for (const item of providers.body.items) expect(partnerRelationshipSchema.parse(item).relationshipType).toBe('IsIndirectResellerOf');
  });

  it('refuses a missing or unknown relationship_type', async () => {
    expect(expectPartnerCenterError(await pc.call('GET', '/v1/relationships'), 400).code).toBe(3000);
    expectPartnerCenterError(await pc.call('GET', '/v1/relationships?relationship_type=IsFriendOf'), 400);
  });
});

describe('country validation rules', () => {
  const required = ['IT', 'US', 'GB', 'DE', 'FR', 'ES', 'NL', 'BE', 'AT', 'CH', 'PL', 'SE', 'IE', 'PT', 'BR', 'MX', 'CA', 'IN', 'JP', 'AU', 'RU', 'HU', 'UA', 'KZ', 'AM'];
  it.each(required)('answers rules for %s', async (country) => {
    const answer = await pc.call('GET', `/v1/countryvalidationrules/${country}`);
    expect(answer.status).toBe(200);
    const rules = countryValidationRulesSchema.parse(answer.body);
    expect(rules.iso2Code).toBe(country);
    expect(rules.supportedCultures).toContain(rules.defaultCulture);
  });

  it('says which countries need states and phone numbers', async () => {
    const us = (await pc.call('GET', '/v1/countryvalidationrules/us')).body;
    expect(us.isStateRequired).toBe(true);
    expect(us.states).toContain('WA');
    expect((await pc.call('GET', '/v1/countryvalidationrules/IT')).body.isStateRequired).toBe(false);
    expect((await pc.call('GET', '/v1/countryvalidationrules/RU')).body.isPhoneNumberRequired).toBe(true);
  });

  it('refuses UK (the code is GB) and anything not a country', async () => {
    const error = expectPartnerCenterError(await pc.call('GET', '/v1/countryvalidationrules/UK'), 404);
    expect(error.description).toContain('GB');
    expectPartnerCenterError(await pc.call('GET', '/v1/countryvalidationrules/ITA'), 404);
  });
});

describe('address validation', () => {
  it('accepts a valid address', async () => {
    const answer = await pc.call('POST', '/v1/validations/address', { body: { AddressLine1: '1 Main Street', City: 'Seattle', State: 'WA', PostalCode: '98101', Country: 'US' } });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('Verified');
  });

  it.each([
    ['a wrong postal code', { addressLine1: '1 Main Street', city: 'Seattle', state: 'WA', postalCode: '9810', country: 'US' }, 'PostalCode'],
    ['a missing state', { addressLine1: '1 Main Street', city: 'Seattle', postalCode: '98101', country: 'US' }, 'State'],
    ['a missing city', { addressLine1: 'Via Roma 1', postalCode: '00184', country: 'IT' }, 'City'],
    ['the country UK', { addressLine1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'UK' }, 'GB'],
    ['a missing phone in Kazakhstan', { addressLine1: 'pr. Abaya 10', city: 'Almaty', postalCode: '050000', country: 'KZ' }, 'PhoneNumber'],
    ['an empty first line', { addressLine1: '', city: 'Roma', postalCode: '00184', country: 'IT' }, 'AddressLine1'],
  ])('refuses %s with a description that names it', async (_what, address, mention) => {
    const error = expectPartnerCenterError(await pc.call('POST', '/v1/validations/address', { body: address }), 400);
    expect(error.description).toContain(mention);
  });

  it('refuses malformed JSON', async () => {
    expect(expectPartnerCenterError(await pc.call('POST', '/v1/validations/address', { rawBody: '{{' }), 400).code).toBe('MalformedJson');
  });
});
