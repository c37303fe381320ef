// Contract: the Referrals API inbox (OData filter/order), JSON Patch along the documented lifecycle
// with eTag concurrency, expiry after 14 days, and Graph sendMail.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralSchema } from '../../shared/partner-center';
import { expectPartnerCenterError, startTestEmulator, type TestEmulator, type Json } from './emulator-fixture';

let pc: TestEmulator;
beforeAll(async () => {
  pc = await startTestEmulator({ customers: 40, seed: 5 });
});
afterAll(async () => {
  await pc.emulator.stop();
});

const base = '/v1.0/engagements/referrals';
const q = (params: Record<string, string>) => `${base}?${new URLSearchParams(params).toString()}`;
const accept = [
  { op: 'replace', path: '/status', value: 'Active' },
  { op: 'replace', path: '/substatus', value: 'Accepted' },
  { op: 'replace', path: '/name', value: 'Castello - M365 rollout' },
  { op: 'replace', path: '/details/dealValue', value: 12000 },
  { op: 'replace', path: '/details/closingDateTime', value: '2027-01-31T00:00:00Z' },
  { op: 'add', path: '/details/notes', value: 'Call back Monday' },
];
const patch = (id: string, body: unknown, etag: string | null, prefer = true) =>
  pc.call('PATCH', `${base}/${id}`, { body, headers: { ...(etag ? { 'if-match': `"${etag}"` } : {}), ...(prefer ? { prefer: 'return=representation' } : {}) } });

describe('referral inbox', () => {
  it('lists seeded referrals in OData shape, newest first by default', async () => {
    const answer = await pc.call('GET', base);
    expect(answer.status).toBe(200);
    expect(answer.body.value.length).toBe(2);
    for (const referral of answer.body.value) referralSchema.parse(referral);
    const created = answer.body.value.map((referral: Json) => referral.createdDateTime);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('filters on status and substatus and orders by createdDateTime asc', async () => {
    const fresh = await pc.control.createReferral({ customerName: 'Filterable S.r.l.' });
    await patch(fresh.id, [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Declined' }, { op: 'replace', path: '/statusReason', value: 'Out of area' }], fresh.eTag);
    const open = await pc.call('GET', q({ $filter: "status eq 'New'", $orderby: 'createdDateTime asc' }));
    expect(open.status).toBe(200);
    expect(open.body.value.every((referral: Json) => referral.status === 'New')).toBe(true);
    const times = open.body.value.map((referral: Json) => referral.createdDateTime);
    expect([...times].sort()).toEqual(times);
    const declined = await pc.call('GET', q({ $filter: "status eq 'Closed' and (substatus eq 'Declined' or substatus eq 'Lost')" }));
    expect(declined.body.value.map((referral: Json) => referral.id)).toEqual([fresh.id]);
    const recent = await pc.call('GET', q({ $filter: `updatedDateTime ge ${new Date(Date.now() - 60_000).toISOString()}` }));
    expect(recent.body.value.map((referral: Json) => referral.id)).toContain(fresh.id);
  });

  it('pages with $top and @odata.nextLink', async () => {
    const first = await pc.call('GET', q({ $top: '1' }));
    expect(first.body.value).toHaveLength(1);
    expect(first.body['@odata.nextLink']).toContain('$skip=1');
    const second = await pc.call('GET', first.body['@odata.nextLink']);
    expect(second.body.value[0].id).not.toBe(first.body.value[0].id);
  });

  it('refuses an invalid $filter or $orderby with 400', async () => {
    for (const params of [{ $filter: "status eq New" } as Record<string, string>, { $filter: "colour eq 'red'" }, { $filter: "status like 'N'" }, { $filter: "(status eq 'New'" }, { $orderby: 'name desc' }, { $top: '-1' }]) {
      expectPartnerCenterError(await pc.call('GET', q(params)), 400);
    }
  });

  it('gets one referral, and 404 for an unknown id', async () => {
    const [one] = (await pc.call('GET', base)).body.value;
    const answer = await pc.call('GET', `${base}/${one.id}`);
    expect(answer.body).toEqual(one);
    expect(answer.headers.get('etag')).toBe(`"${one.eTag}"`);
    expectPartnerCenterError(await pc.call('GET', `${base}/${randomUUID()}`), 404);
  });
});

describe('referral lifecycle', () => {
  it('accepts a New referral with engagement name, deal value and close date; a new eTag comes back', async () => {
    const referral = await pc.control.createReferral();
    const answer = await patch(referral.id, accept, referral.eTag);
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('Active');
    expect(answer.body.substatus).toBe('Accepted');
    expect(answer.body.details.dealValue).toBe(12000);
    expect(answer.body.details.notes).toBe('Call back Monday');
    expect(answer.body.eTag).not.toBe(referral.eTag);
    const won = await patch(referral.id, [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Won' }], answer.body.eTag, false);
    expect(won.status).toBe(204);
    expect((await pc.call('GET', `${base}/${referral.id}`)).body.substatus).toBe('Won');
  });

  it('refuses to accept without a deal value or close date', async () => {
    const referral = await pc.control.createReferral({ dealValue: undefined });
    const stripped = await patch(referral.id, [{ op: 'replace', path: '/status', value: 'Active' }, { op: 'replace', path: '/substatus', value: 'Accepted' }], referral.eTag);
    expect(expectPartnerCenterError(stripped, 400).description).toContain('closingDateTime');
  });

  it('declining needs a reason', async () => {
    const referral = await pc.control.createReferral();
    const noReason = await patch(referral.id, [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Declined' }], referral.eTag);
    expectPartnerCenterError(noReason, 400);
    const withReason = await patch(referral.id, [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Declined' }, { op: 'add', path: '/statusReason', value: 'Not our region' }], referral.eTag);
    expect(withReason.status).toBe(200);
  });

  it.each([
    ['New to Closed/Won', [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Won' }]],
    ['New to Closed/Expired', [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Expired' }]],
    ['a mismatched pair Active/Pending', [{ op: 'replace', path: '/status', value: 'Active' }]],
    ['an unknown status', [{ op: 'replace', path: '/status', value: 'Sold' }]],
    ['a remove operation', [{ op: 'remove', path: '/details/notes' }]],
    ['a path that cannot be patched', [{ op: 'replace', path: '/id', value: 'x' }]],
    ['a wrong-typed deal value', [{ op: 'replace', path: '/details/dealValue', value: 'lots' }]],
    ['an empty patch', []],
    ['an object instead of an array', { op: 'replace', path: '/status', value: 'Active' }],
  ])('refuses %s with 400 and keeps the referral', async (_what, operations) => {
    const referral = await pc.control.createReferral();
    expectPartnerCenterError(await patch(referral.id, operations, referral.eTag), 400);
    expect((await pc.call('GET', `${base}/${referral.id}`)).body).toEqual(referral);
  });

  it('refuses malformed JSON', async () => {
    const referral = await pc.control.createReferral();
    const answer = await pc.call('PATCH', `${base}/${referral.id}`, { rawBody: '[{"op":', headers: { 'if-match': `"${referral.eTag}"` } });
    expect(expectPartnerCenterError(answer, 400).code).toBe('MalformedJson');
  });

  it('refuses a closed referral, a stale eTag (412) and a missing If-Match', async () => {
    const referral = await pc.control.createReferral();
    const accepted = await patch(referral.id, accept, referral.eTag);
    expect(expectPartnerCenterError(await patch(referral.id, [{ op: 'replace', path: '/details/notes', value: 'late edit' }], referral.eTag), 412).code).toBe(2055);
    expect(expectPartnerCenterError(await patch(referral.id, [{ op: 'replace', path: '/details/notes', value: 'x' }], null), 400).code).toBe('IfMatchRequired');
    const lost = await patch(referral.id, [{ op: 'replace', path: '/status', value: 'Closed' }, { op: 'replace', path: '/substatus', value: 'Lost' }], accepted.body.eTag);
    expect(lost.status).toBe(200);
    expectPartnerCenterError(await patch(referral.id, [{ op: 'replace', path: '/details/notes', value: 'x' }], lost.body.eTag), 400);
  });

  it('a referral nobody answers expires after 14 days', async () => {
    const referral = await pc.control.createReferral();
    await pc.control.clock({ advanceDays: 13 });
    expect((await pc.call('GET', `${base}/${referral.id}`)).body.status).toBe('New');
    await pc.control.clock({ advanceDays: 1.01 });
    const expired = (await pc.call('GET', `${base}/${referral.id}`)).body;
    expect([expired.status, expired.substatus]).toEqual(['Closed', 'Expired']);
    await pc.control.clock({ reset: true });
  });

  it('the control API expires a New referral and refuses to expire a closed one', async () => {
    const referral = await pc.control.createReferral();
    const expired = await pc.control.expireReferral(referral.id);
    expect(expired.substatus).toBe('Expired');
    await expect(pc.control.expireReferral(referral.id)).rejects.toThrow(/400/);
  });
});

describe('Graph sendMail', () => {
  const mail = (to: string) => ({
    message: { subject: 'Invitation to become your Microsoft partner', body: { contentType: 'HTML', content: '<p>Click <a href="https://admin.microsoft.com">here</a></p>' }, toRecipients: [{ emailAddress: { address: to, name: 'Giulia' } }] },
    saveToSentItems: true,
  });

  it('answers 202 with no body and keeps the mail for reading', async () => {
    const answer = await pc.call('POST', '/v1.0/me/sendMail', { body: mail('giulia@castello.it') });
    expect(answer.status).toBe(202);
    expect(answer.text).toBe('');
    const sent = await pc.control.mail();
    expect(sent.at(-1)).toMatchObject({ to: ['giulia@castello.it'], subject: 'Invitation to become your Microsoft partner', contentType: 'HTML' });
    expect(sent.at(-1)?.body).toContain('admin.microsoft.com');
  });

  it('is not idempotent: the same request twice delivers twice', async () => {
    const before = (await pc.control.mail()).length;
    const requestId = randomUUID();
    await pc.call('POST', '/v1.0/me/sendMail', { body: mail('twice@castello.it'), requestId });
    await pc.call('POST', '/v1.0/me/sendMail', { body: mail('twice@castello.it'), requestId });
    expect((await pc.control.mail()).length).toBe(before + 2);
  });

  it.each([
    ['malformed JSON', { rawBody: '{"message":' }],
    ['no recipients', { body: { message: { subject: 's', body: { contentType: 'Text', content: 'c' }, toRecipients: [] } } }],
    ['a bad address', { body: mail('not-an-address') }],
    ['a bad content type', { body: { message: { subject: 's', body: { contentType: 'Markdown', content: 'c' }, toRecipients: [{ emailAddress: { address: 'a@b.it' } }] } } }],
  ])('refuses %s with 400 and sends nothing', async (_what, request) => {
    const before = (await pc.control.mail()).length;
    const answer = await pc.call('POST', '/v1.0/me/sendMail', request);
    expectPartnerCenterError(answer, 400);
    expect(answer.body.error.message).toBeTruthy();
    expect((await pc.control.mail()).length).toBe(before);
  });
});
