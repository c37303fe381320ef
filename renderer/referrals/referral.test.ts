// Referral answers: only the documented transitions, the patch each sends, and the form rules.
import { describe, expect, it } from 'vitest';
import { acceptPatch, allowedAnswers, checkAccept, checkDecline, closePatch, declinePatch, inboxOf, isValidPatch, parseAmount, timeLeftMs } from './referral';

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
});
