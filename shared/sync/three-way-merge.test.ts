import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, threeWayMerge, unflatten, type FlatRecord } from './three-way-merge';

describe('threeWayMerge', () => {
  const base = { email: 'a@contoso.com', 'defaultAddress.city': 'Milano', 'defaultAddress.postalCode': '20121', firstName: 'Anna' };

  it('takes my change where only I changed, theirs where only they changed', () => {
    const result = threeWayMerge(base, { ...base, email: 'anna@contoso.com' }, { ...base, 'defaultAddress.city': 'Roma' });
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({ ...base, email: 'anna@contoso.com', 'defaultAddress.city': 'Roma' });
    expect(result.changedFromTheirs).toEqual(['email']);
  });

  it('reports a conflict only where both changed the same field differently', () => {
    const result = threeWayMerge(base, { ...base, firstName: 'Annamaria', email: 'x@c.com' }, { ...base, firstName: 'Anne', email: 'x@c.com' });
    expect(result.conflicts).toEqual([{ field: 'firstName', base: 'Anna', mine: 'Annamaria', theirs: 'Anne' }]);
    expect(result.merged.firstName).toBe('Anne');
    expect(result.changedFromTheirs).toEqual([]);
  });

  it('never loses a change: every field is mine, theirs, or in conflict (property)', () => {
    const value = fc.constantFrom('a', 'b', 'c', undefined);
    const record = fc.record({ f1: value, f2: value, f3: value });
    fc.assert(
      fc.property(record, record, record, (b, m, t) => {
        const { merged, conflicts } = threeWayMerge(b as FlatRecord, m as FlatRecord, t as FlatRecord);
        for (const field of ['f1', 'f2', 'f3'] as const) {
          const inConflict = conflicts.some((conflict) => conflict.field === field);
          const mineChanged = (m[field] ?? null) !== (b[field] ?? null);
          if (mineChanged && !inConflict) expect(merged[field] ?? null).toBe(m[field] ?? null);
          if (!mineChanged) expect(merged[field] ?? null).toBe(t[field] ?? null);
        }
        // Merging is symmetric in who is "mine", up to which side a conflict shows first.
        expect(threeWayMerge(b as FlatRecord, t as FlatRecord, m as FlatRecord).conflicts.map((c) => c.field)).toEqual(conflicts.map((c) => c.field));
      }),
    );
  });
});

describe('flatten', () => {
  it('round-trips a billing profile, leaving attributes out', () => {
    const profile = { firstName: 'Anna', defaultAddress: { city: 'Milano', country: 'IT' }, attributes: { etag: 'x' } };
    const flat = flatten(profile);
    expect(flat).toEqual({ firstName: 'Anna', 'defaultAddress.city': 'Milano', 'defaultAddress.country': 'IT' });
    expect(unflatten(flat)).toEqual({ firstName: 'Anna', defaultAddress: { city: 'Milano', country: 'IT' } });
  });
});
