// Contract: what keeps Partner Desk's outbox honest: MS-RequestId idempotency, injected faults
// (deterministic by seed), the request log, bearer tokens and the get-customer throttle.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectPartnerCenterError, newCustomerBody, startTestEmulator, type TestEmulator } from './emulator-fixture';

let pc: TestEmulator;
beforeAll(async () => {
  pc = await startTestEmulator({ customers: 5, seed: 3 });
});
afterAll(async () => {
  await pc.emulator.stop();
});
afterEach(async () => {
  await pc.control.clearFaults();
});

const logFor = async (requestId: string) => (await pc.control.requests()).filter((entry) => entry.requestId === requestId);

describe('idempotency', () => {
  it('a retried create with the same MS-RequestId returns the first answer and creates one customer', async () => {
    const requestId = randomUUID();
    const before = (await pc.control.state()).customers;
    const first = await pc.call('POST', '/v1/customers', { body: newCustomerBody('retriedonce'), requestId });
    const second = await pc.call('POST', '/v1/customers', { body: newCustomerBody('retriedonce'), requestId });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('ms-requestid')).toBe(requestId);
    expect((await pc.control.state()).customers).toBe(before + 1);
    expect((await logFor(requestId)).map((entry) => [entry.status, entry.effects, entry.replayed])).toEqual([
      [201, 1, false],
      [201, 0, true],
    ]);
  });

  it('the same JSON with different whitespace and key order counts as the same request', async () => {
    const requestId = randomUUID();
    const body = newCustomerBody('reorderedjson');
    await pc.call('POST', '/v1/customers', { body, requestId });
    const reordered = JSON.stringify({ BillingProfile: body.BillingProfile, CompanyProfile: body.CompanyProfile }, null, 2);
    expect((await pc.call('POST', '/v1/customers', { rawBody: reordered, requestId })).status).toBe(201);
  });

  it('the same MS-RequestId with a different body is refused with 409 and changes nothing', async () => {
    const requestId = randomUUID();
    await pc.call('POST', '/v1/customers', { body: newCustomerBody('firstbody'), requestId });
    const before = (await pc.control.state()).customers;
    const error = expectPartnerCenterError(await pc.call('POST', '/v1/customers', { body: newCustomerBody('secondbody'), requestId }), 409);
    expect(error.code).toBe('RequestIdReused');
    expect((await pc.call('HEAD', '/v1/domains/secondbody')).status).toBe(404);
    expect((await pc.control.state()).customers).toBe(before);
  });

  it('a refused request is not remembered: after fixing the cause, the same id succeeds', async () => {
    const requestId = randomUUID();
    const customer = (await pc.call('POST', '/v1/customers', { body: newCustomerBody('retryafterfix') })).body;
    await pc.control.addSubscription(customer.id);
    const removal = { relationshipToPartner: 'none' };
    expect((await pc.call('PATCH', `/v1/customers/${customer.id}`, { body: removal, requestId })).status).toBe(400);
    await pc.control.suspendSubscriptions(customer.id);
    expect((await pc.call('PATCH', `/v1/customers/${customer.id}`, { body: removal, requestId })).status).toBe(200);
  });

  it('without MS-RequestId every create is a new request', async () => {
    const first = await pc.call('POST', '/v1/customers', { body: newCustomerBody('noidtwice') });
    const second = await pc.call('POST', '/v1/customers', { body: newCustomerBody('noidtwice') });
    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
  });
});

describe('faults', () => {
  it('drop-after: the customer is created, the client gets no answer, and the retry returns the stored 201', async () => {
    await pc.control.setFaults({ seed: 1, rules: [{ method: 'POST', path: '/v1/customers', rate: 1, kind: 'drop-after', times: 1 }] });
    const requestId = randomUUID();
    await expect(pc.call('POST', '/v1/customers', { body: newCustomerBody('droppedafter'), requestId })).rejects.toThrow();
    expect((await pc.call('HEAD', '/v1/domains/droppedafter')).status).toBe(200);
    const retry = await pc.call('POST', '/v1/customers', { body: newCustomerBody('droppedafter'), requestId });
    expect(retry.status).toBe(201);
    expect(retry.body.companyProfile.domain).toBe('droppedafter.onmicrosoft.com');
    expect((await logFor(requestId)).map((entry) => [entry.status, entry.effects, entry.fault])).toEqual([
      [0, 1, 'drop-after'],
      [201, 0, null],
    ]);
  });

  it('drop-before: no answer and nothing created', async () => {
    await pc.control.setFaults({ seed: 1, rules: [{ method: 'POST', path: '/v1/customers', rate: 1, kind: 'drop-before' }] });
    const requestId = randomUUID();
    await expect(pc.call('POST', '/v1/customers', { body: newCustomerBody('droppedbefore'), requestId })).rejects.toThrow();
    await pc.control.clearFaults();
    expect((await pc.call('HEAD', '/v1/domains/droppedbefore')).status).toBe(404);
    expect((await logFor(requestId)).map((entry) => [entry.status, entry.effects, entry.fault])).toEqual([[0, 0, 'drop-before']]);
  });

  it('status: answers the given status in Partner Center shape, with Retry-After when asked, and changes nothing', async () => {
    await pc.control.setFaults({ seed: 1, rules: [{ path: '/v1/customers', method: 'POST', rate: 1, kind: 'status', status: 503, retryAfterSeconds: 7 }] });
    const answer = await pc.call('POST', '/v1/customers', { body: newCustomerBody('faultedstatus') });
    expect(expectPartnerCenterError(answer, 503).code).toBe('InjectedFault');
    expect(answer.headers.get('retry-after')).toBe('7');
    await pc.control.clearFaults();
    expect((await pc.call('HEAD', '/v1/domains/faultedstatus')).status).toBe(404);
  });

  it('throttle: 429 with the given Retry-After', async () => {
    await pc.control.setFaults({ seed: 1, rules: [{ path: '/v1/customers/**', rate: 1, kind: 'throttle', retryAfterSeconds: 42 }] });
    const answer = await pc.call('GET', '/v1/customers/00000000-0000-4000-8000-000000000000/subscriptions');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('42');
    expect(answer.body.message).toBe('Rate limit is exceeded. Try again in 42 seconds.');
  });

  it('latency: the answer comes, late', async () => {
    await pc.control.setFaults({ seed: 1, rules: [{ method: 'GET', path: '/v1/profiles/*', rate: 1, kind: 'latency', latencyMs: 300 }] });
    const started = performance.now();
    expect((await pc.call('GET', '/v1/profiles/organization')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('scopes rules by method and path glob', async () => {
    await pc.control.setFaults({ seed: 1, rules: [{ method: 'PUT', path: '/v1/profiles/*', rate: 1, kind: 'status', status: 500 }] });
    expect((await pc.call('GET', '/v1/profiles/organization')).status).toBe(200);
    expect((await pc.call('GET', '/v1/customers?size=1')).status).toBe(200);
    expect((await pc.call('PUT', '/v1/profiles/organization', { body: {} })).status).toBe(500);
  });

  it('is deterministic: the same seed and rate give the same sequence of outcomes', async () => {
    const run = async () => {
      await pc.control.setFaults({ seed: 99, rules: [{ path: '/v1/countryvalidationrules/*', rate: 0.5, kind: 'status', status: 502 }] });
      const statuses: number[] = [];
      for (let index = 0; index < 20; index += 1) statuses.push((await pc.call('GET', '/v1/countryvalidationrules/IT')).status);
      return statuses;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(502);
  });

  it('refuses a malformed fault plan', async () => {
    await expect(pc.control.setFaults({ seed: 1, rules: [{ rate: 2, kind: 'status' }] })).rejects.toThrow(/400/);
    await expect(pc.control.setFaults({ seed: 1, rules: [{ rate: 1, kind: 'explode' as never }] })).rejects.toThrow(/400/);
  });
});

describe('authentication', () => {
  it('refuses calls without a token or with an unknown one with 401 in Partner Center shape', async () => {
    const none = await pc.call('GET', '/v1/customers', { token: null });
    expect(expectPartnerCenterError(none, 401).code).toBe('Unauthorized');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expectPartnerCenterError(await pc.call('GET', '/v1/customers', { token: 'made-up' }), 401);
    expectPartnerCenterError(await pc.call('POST', '/v1.0/me/sendMail', { token: null, body: {} }), 401);
    expectPartnerCenterError(await pc.call('GET', '/v1.0/engagements/referrals', { token: null }), 401);
  });

  it('a refused create changes nothing', async () => {
    await pc.call('POST', '/v1/customers', { token: null, body: newCustomerBody('unauthorizedcreate') });
    expect((await pc.call('HEAD', '/v1/domains/unauthorizedcreate')).status).toBe(404);
  });

  it('accepts tokens issued by the control API until they expire or are revoked', async () => {
    const { access_token, token_type } = await pc.control.token();
    expect(token_type).toBe('Bearer');
    expect((await pc.call('GET', '/v1/customers?size=1', { token: access_token })).status).toBe(200);
    const shortLived = (await pc.control.token({ expiresInSeconds: 60 })).access_token;
    await pc.control.clock({ advanceMs: 61_000 });
    expect((await pc.call('GET', '/v1/customers?size=1', { token: shortLived })).status).toBe(401);
    expect((await pc.call('GET', '/v1/customers?size=1', { token: access_token })).status).toBe(200);
    await pc.control.revokeTokens();
    expect((await pc.call('GET', '/v1/customers?size=1', { token: access_token })).status).toBe(401);
    expect((await pc.call('GET', '/v1/customers?size=1')).status).toBe(200);
    await pc.control.clock({ reset: true });
  });
});

describe('throttling of get-customer-by-id', () => {
  it('answers 429 with Retry-After once the per-minute budget is spent, and again after the window', async () => {
    const limited = await startTestEmulator({ customers: 1, throttlePerMinute: 3 });
    try {
      const id = (await limited.call('GET', '/v1/customers?size=1')).body.items[0].id;
      for (let index = 0; index < 3; index += 1) expect((await limited.call('GET', `/v1/customers/${id}`)).status).toBe(200);
      const refused = await limited.call('GET', `/v1/customers/${id}`);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body.statusCode).toBe(429);
      expect(refused.body.message).toMatch(/^Rate limit is exceeded\. Try again in \d+ seconds\.$/);
      expect(refused.body.source).toBeTruthy();
      expect((await limited.call('GET', '/v1/customers?size=1')).status).toBe(200);
      await limited.control.clock({ advanceMs: 61_000 });
      expect((await limited.call('GET', `/v1/customers/${id}`)).status).toBe(200);
    } finally {
      await limited.emulator.stop();
    }
  });

  it('the limit is configurable through the control API', async () => {
    await pc.control.setThrottle(1);
    const id = (await pc.call('GET', '/v1/customers?size=1')).body.items[0].id;
    expect((await pc.call('GET', `/v1/customers/${id}`)).status).toBe(200);
    expect((await pc.call('GET', `/v1/customers/${id}`)).status).toBe(429);
    await pc.control.setThrottle(500);
    expect((await pc.call('GET', `/v1/customers/${id}`)).status).toBe(200);
  });
});
