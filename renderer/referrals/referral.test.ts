// Referral answers: only the documented transitions, the patch each sends, and the form rules.
import { describe, expect, it } from 'vitest';
import { acceptFormFor, acceptPatch, allowedAnswers, checkAccept, checkDecline, closePatch, declinePatch, formsFromPatch, inboxOf, isUrgent, isValidPatch, parseAmount, timeLeftMs, timeLeftOf } from './referral';

const now = Date.parse('2026-03-10T12:00:00Z');

describe('referral answers', () => {
  it('offers only the documented transitions', () => {
    expect(allowedAnswers({ status: 'New', substatus: 'Pending' })).toEqual(['accept', 'decline']);
    expect(allowedAnswers({ status: 'New', substatus: 'Received' })).toEqual(['accept', 'decline']);
    expect(allowedAnswers({ status: 'Active', substatus: 'Accepted' })).toEqual(['won', 'lost']);
    expect(allowedAnswers({ status: 'Closed', substatus: 'Expired' })).toEqual([]);
  });

  it('sorts referrals into the inboxes and counts the time left to answer', () => {
    expect(inboxOf({ status: 'New' })).toBe('new');
    expect(inboxOf({ status: 'Closed' })).toBe('closed');
    expect(timeLeftMs({ status: 'New', expirationDateTime: '2026-03-12T12:00:00Z' }, now)).toBe(2 * 86_400_000);
    expect(timeLeftMs({ status: 'Active', expirationDateTime: '2026-03-12T12:00:00Z' }, now)).toBeNull();
  });

  it('builds the accept, decline and close patches the Referrals API accepts', () => {
    const accept = acceptPatch({ name: ' Contoso rollout ', dealValue: '12.500,50', currency: 'EUR', closeDate: '2026-04-30', notes: '' });
    expect(accept).toEqual([
      { op: 'replace', path: '/status', value: 'Active' },
      { op: 'replace', path: '/substatus', value: 'Accepted' },
      { op: 'replace', path: '/name', value: 'Contoso rollout' },
      { op: 'replace', path: '/details/dealValue', value: 12_500.5 },
      { op: 'replace', path: '/details/currency', value: 'EUR' },
      { op: 'replace', path: '/details/closingDateTime', value: '2026-04-30' },
    ]);
    expect(isValidPatch(accept)).toBe(true);
    expect(declinePatch({ reason: 'NoCapacity', notes: 'Full until June' }).map((change) => change.path)).toEqual(['/status', '/substatus', '/statusReason', '/details/notes']);
    expect(closePatch('won', { notes: '' })).toEqual([
      { op: 'replace', path: '/status', value: 'Closed' },
      { op: 'replace', path: '/substatus', value: 'Won' },
    ]);
  });

  it('reads amounts written the English or the Italian way', () => {
    expect(parseAmount('12,500.50')).toBe(12_500.5);
    expect(parseAmount('12.500,50')).toBe(12_500.5);
    expect(parseAmount('1,234,567')).toBe(1_234_567);
    expect(parseAmount('12500')).toBe(12_500);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('12 500')).toBe(12_500);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });

  it('names what an accept or decline form still needs', () => {
    expect(checkAccept({ name: '', dealValue: 'ten', currency: 'EURO', closeDate: '2026-03-01', notes: '' }, now)).toEqual({
      name: 'nameRequired',
      dealValue: 'dealValueInvalid',
      currency: 'currencyInvalid',
      closeDate: 'closeDatePast',
    });
    expect(checkAccept({ name: 'Deal', dealValue: '100', currency: 'EUR', closeDate: '2026-03-10', notes: '' }, now)).toEqual({});
    expect(checkDecline({ reason: '', notes: '' })).toEqual({ reason: 'reasonRequired' });
  });

  it('says the time left the way a person would', () => {
    const expiring = (iso: string) => ({ status: 'New' as const, expirationDateTime: iso });
    expect(timeLeftOf(expiring('2026-03-24T12:00:00Z'), now)).toEqual({ unit: 'days', count: 14 });
    expect(timeLeftOf(expiring('2026-03-24T11:59:00Z'), now)).toEqual({ unit: 'days', count: 14 });
    expect(timeLeftOf(expiring('2026-03-12T11:00:00Z'), now)).toEqual({ unit: 'hours', count: 47 });
    expect(timeLeftOf(expiring('2026-03-10T12:30:00Z'), now)).toEqual({ unit: 'underAnHour' });
    expect(timeLeftOf(expiring('2026-03-10T11:00:00Z'), now)).toEqual({ unit: 'due' });
    expect(timeLeftOf({ status: 'Closed', expirationDateTime: '2026-03-24T12:00:00Z' }, now)).toBeNull();
    expect(isUrgent(expiring('2026-03-12T11:00:00Z'), now)).toBe(true);
    expect(isUrgent(expiring('2026-03-13T11:00:00Z'), now)).toBe(false);
  });

  it('opens the accept form with the lead’s own figures, and a refused answer back in its form', () => {
    expect(acceptFormFor({ name: 'Contoso - Teams', details: { dealValue: 12_000, currency: 'GBP' } })).toEqual({ name: 'Contoso - Teams', dealValue: '12000', currency: 'GBP', closeDate: '', notes: '' });
    expect(acceptFormFor({ name: 'Lead', details: {} }).currency).toBe('EUR');
    // Shown the way the user writes numbers, and read back the same.
    const italian = acceptFormFor({ name: 'Lead', details: { dealValue: 12_500.5 } }, (value) => new Intl.NumberFormat('it-IT').format(value));
    expect(italian.dealValue).toBe('12.500,5');
    expect(parseAmount(italian.dealValue)).toBe(12_500.5);
    const refused = formsFromPatch(acceptPatch({ name: 'Rollout', dealValue: '12.500,50', currency: 'EUR', closeDate: '2026-04-30', notes: 'Kick-off' }));
    expect(refused.answer).toBe('accept');
    expect(refused.accept).toEqual({ name: 'Rollout', dealValue: '12500.5', currency: 'EUR', closeDate: '2026-04-30', notes: 'Kick-off' });
    expect(formsFromPatch(declinePatch({ reason: 'NoCapacity', notes: '' }))).toMatchObject({ answer: 'decline', decline: { reason: 'NoCapacity', notes: '' } });
  });
});
