// The referral inbox in IndexedDB, without a network: a refresh that read Partner Center before an
// answer was acknowledged never puts the old copy back, and the screen learns each referral's
// open answer (and, after a conflict, Partner Center's side).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Referral } from '../../shared/partner-center';
import { PartnerDeskDatabase } from '../data/database';
import { acceptPatch, applyPatch } from './referral';
import { answerReferral, applyServerReferrals, readOpenAnswers } from './referral-store';

const lead: Referral = {
  id: 'ref-1',
  engagementId: 'eng-1',
  name: 'Contoso - Teams Phone',
  createdDateTime: '2026-03-01T09:00:00.000Z',
  updatedDateTime: '2026-03-01T09:00:00.000Z',
  expirationDateTime: '2026-03-15T09:00:00.000Z',
  status: 'New',
  substatus: 'Pending',
  type: 'Independent',
  qualification: 'SalesQualified',
  customerProfile: { name: 'Contoso Pharma', address: { country: 'IT' }, team: [] },
  consent: { consentToShareReferralWithMicrosoftSellers: false, consentToContact: true },
  details: { dealValue: 12_000, currency: 'EUR' },
  team: [],
  eTag: 'etag-1',
};

const now = Date.parse('2026-03-02T10:00:00Z');
const accept = acceptPatch({ name: 'Teams rollout', dealValue: '48,500', currency: 'EUR', closeDate: '2026-05-31', notes: '' });

let db: PartnerDeskDatabase;
beforeEach(async () => {
  db = new PartnerDeskDatabase(`referrals-${crypto.randomUUID()}`);
  await db.open();
  await applyServerReferrals(db, [lead], now);
});
afterEach(() => db.delete());

describe('the referral inbox on this computer', () => {
  it('never steps an acknowledged answer back to a copy read before it', async () => {
    // Partner Center's answer to the PATCH, already applied by the push.
    const accepted: Referral = { ...applyPatch(lead, accept, now), updatedDateTime: '2026-03-02T10:00:01.000Z', eTag: 'etag-2' };
    await db.referrals.put({ ...accepted, sync: 'synced' });
    // A list read that left before the PATCH lands afterwards.
    await applyServerReferrals(db, [lead], now + 1_000);
    expect(await db.referrals.get(lead.id)).toMatchObject({ status: 'Active', substatus: 'Accepted', eTag: 'etag-2' });
    // A newer copy (Microsoft closed it, say) still comes in.
    await applyServerReferrals(db, [{ ...accepted, status: 'Closed', substatus: 'Lost', updatedDateTime: '2026-03-03T08:00:00.000Z', eTag: 'etag-3' }], now + 2_000);
    expect(await db.referrals.get(lead.id)).toMatchObject({ status: 'Closed', substatus: 'Lost', eTag: 'etag-3' });
  });

  it('tells the screen which answers wait and, after a conflict, what Partner Center holds', async () => {
    await answerReferral(db, lead.id, 'accept', accept, now);
    let answers = await readOpenAnswers(db);
    expect(answers.get(lead.id)?.operation.status).toBe('queued');
    expect(answers.get(lead.id)?.theirs).toBeUndefined();

    // The push met a changed referral (what push.ts writes for a 412), then a pull saw theirs.
    const operation = answers.get(lead.id)!.operation;
    await db.outbox.update(operation.seq!, { status: 'conflict' });
    await db.conflicts.put({ operationId: operation.id, recordKey: operation.recordKey, fields: [], base: {}, mine: {}, theirs: {}, createdAt: new Date(now).toISOString() });
    const expired: Referral = { ...lead, status: 'Closed', substatus: 'Expired', updatedDateTime: '2026-03-02T11:00:00.000Z', eTag: 'etag-9' };
    await applyServerReferrals(db, [expired], now + 5_000);

    answers = await readOpenAnswers(db);
    const open = answers.get(lead.id)!;
    expect(open.theirs).toMatchObject({ status: 'Closed', substatus: 'Expired' });
    expect(open.conflict?.fields.find((field) => field.field === '/substatus')).toMatchObject({ mine: 'Accepted', theirs: 'Expired' });
    // What the user sees stays their answer until they decide.
    expect(await db.referrals.get(lead.id)).toMatchObject({ status: 'Active', sync: 'pending' });
  });
});
