// The in-memory customer list must answer exactly what a plain scan of the same customers would:
// checked on examples a partner would type and on random histories of arrivals, edits and removals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../../data/records';
import { searchKey } from '../../data/database';
import { CustomerListIndex, type CustomerListQuery } from './customer-list-index';

const customer = (id: string, companyName: string, domain: string, extra: Partial<CustomerRecord> = {}): CustomerRecord => ({
  id,
  companyName,
  domain,
  nameKey: searchKey(companyName),
  domainKey: searchKey(domain),
  relationship: 'reseller',
  sync: 'synced',
  ...extra,
});

const everything: CustomerListQuery = { search: '', relationship: 'all', sync: 'all', reseller: null, sortBy: 'name', direction: 'ascending' };

function shown(index: CustomerListIndex, query: Partial<CustomerListQuery>): string[] {
  return Array.from(index.query({ ...everything, ...query }), (slot) => index.row(slot).companyName);
}

function byNameOrder(records: CustomerRecord[]): CustomerRecord[] {
  return [...records].sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : 1));
}

describe('the customer list in memory', () => {
  const records = [
    customer('c1', 'Contoso S.p.A.', 'contoso.onmicrosoft.com'),
    customer('c2', 'Fabrikam GmbH', 'fabrikam.onmicrosoft.com', { sync: 'pending' }),
    customer('c3', 'Adatum Corp', 'cont-adatum.onmicrosoft.com', { relationship: 'advisor' }),
    customer('c4', 'Ècole Numérique', 'ecole.onmicrosoft.com', { sync: 'conflict', associatedPartnerId: 'r1' }),
    customer('c5', 'contoso Italia', 'contosoit.onmicrosoft.com', { sync: 'rejected' }),
  ];
  const loaded = () => {
    const index = new CustomerListIndex();
    index.appendInNameOrder(byNameOrder(records));
    return index;
  };

  it('finds customers by the start of their company name or domain, whatever the case', () => {
    const index = loaded();
    expect(shown(index, { search: 'CONT' })).toEqual(['Adatum Corp', 'contoso Italia', 'Contoso S.p.A.']);
    expect(shown(index, { search: 'èco' })).toEqual(['Ècole Numérique']);
    expect(shown(index, { search: 'soft' })).toEqual([]);
  });

  it('sorts by name or domain in either direction', () => {
    const index = loaded();
    expect(shown(index, { sortBy: 'domain' })).toEqual(['Adatum Corp', 'Contoso S.p.A.', 'contoso Italia', 'Ècole Numérique', 'Fabrikam GmbH']);
    expect(shown(index, { direction: 'descending' })[0]).toBe('Ècole Numérique');
  });

  it('filters by relationship, by sync state and by indirect reseller, and counts every state', () => {
    const index = loaded();
    expect(shown(index, { relationship: 'advisor' })).toEqual(['Adatum Corp']);
    expect(shown(index, { sync: 'needs-you' })).toEqual(['contoso Italia', 'Ècole Numérique']);
    expect(shown(index, { sync: 'pending' })).toEqual(['Fabrikam GmbH']);
    expect(shown(index, { reseller: { id: 'r1', customerIds: new Set(['c2']) } })).toEqual(['Fabrikam GmbH', 'Ècole Numérique']);
    expect(index.counts()).toEqual({
      total: 5,
      bySync: { synced: 2, pending: 1, conflict: 1, rejected: 1 },
      byRelationship: { reseller: 4, advisor: 1 },
    });
  });

  it('moves a renamed customer to its new place and forgets a removed one', () => {
    const index = loaded();
    index.upsert(customer('c2', 'Zeta Fabrikam', 'zeta.onmicrosoft.com'));
    index.remove('c3');
    index.upsert(customer('c9', 'Beta Srl', 'beta.onmicrosoft.com'));
    expect(shown(index, {})).toEqual(['Beta Srl', 'contoso Italia', 'Contoso S.p.A.', 'Zeta Fabrikam', 'Ècole Numérique']);
    expect(shown(index, { sortBy: 'domain', search: 'z' })).toEqual(['Zeta Fabrikam']);
    expect(index.size).toBe(5);
  });

  it('answers like a full scan after any history of arrivals, changes, pages of them and removals', () => {
    const name = fc.constantFrom('alpha', 'Alpha', 'beta', 'ÀLTO', 'gamma', 'al', 'b', 'zz');
    const record = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      name,
      domain: name,
      relationship: fc.constantFrom('reseller' as const, 'advisor' as const, 'none' as const),
      sync: fc.constantFrom('synced' as const, 'pending' as const, 'conflict' as const),
    });
    const step = fc.oneof(
      record.map((r) => ({ kind: 'put' as const, r })),
      fc.array(record, { maxLength: 5 }).map((rs) => ({ kind: 'put-many' as const, rs })),
      fc.constantFrom('a', 'b', 'c').map((id) => ({ kind: 'remove' as const, id })),
    );
    const query = fc.record({
      search: fc.constantFrom('', 'a', 'AL', 'b', 'à', 'zz', 'x'),
      relationship: fc.constantFrom('all' as const, 'reseller' as const, 'none' as const),
      sync: fc.constantFrom('all' as const, 'needs-you' as const, 'pending' as const),
      reseller: fc.constant(null),
      sortBy: fc.constantFrom('name' as const, 'domain' as const),
      direction: fc.constantFrom('ascending' as const, 'descending' as const),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.array(step, { maxLength: 12 }), query, (initial, steps, q) => {
        const truth = new Map<string, CustomerRecord>();
        for (const r of initial) if (!truth.has(r.id)) truth.set(r.id, customer(r.id, r.name, `${r.domain}.example`, r));
        const index = new CustomerListIndex();
        index.appendInNameOrder(byNameOrder([...truth.values()]));
        for (const s of steps) {
          if (s.kind === 'put') {
            const next = customer(s.r.id, s.r.name, `${s.r.domain}.example`, s.r);
            truth.set(next.id, next);
            index.upsert(next);
          } else if (s.kind === 'put-many') {
            const page = s.rs.map((r) => customer(r.id, r.name, `${r.domain}.example`, r));
            for (const next of page) truth.set(next.id, next);
            index.upsertMany(page);
          } else {
            truth.delete(s.id);
            index.remove(s.id);
          }
        }
        const search = searchKey(q.search);
        const key = (r: CustomerRecord) => (q.sortBy === 'name' ? r.nameKey : r.domainKey);
        const expected = [...truth.values()]
          .filter((r) => search === '' || r.nameKey.startsWith(search) || r.domainKey.startsWith(search))
          .filter((r) => q.relationship === 'all' || r.relationship === q.relationship)
          .filter((r) => q.sync === 'all' || (q.sync === 'needs-you' ? r.sync === 'conflict' || r.sync === 'rejected' : r.sync === q.sync))
          .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))
          .map((r) => r.id);
        if (q.direction === 'descending') expected.reverse();
        expect(Array.from(index.query(q), (slot) => index.row(slot).id)).toEqual(expected);
        expect(index.size).toBe(truth.size);
        const tally = <K extends string>(of: (r: CustomerRecord) => K) => {
          const counts: Partial<Record<K, number>> = {};
          for (const r of truth.values()) counts[of(r)] = (counts[of(r)] ?? 0) + 1;
          return counts;
        };
        expect(index.counts()).toEqual({
          total: truth.size,
          bySync: { synced: 0, pending: 0, conflict: 0, rejected: 0, ...tally((r) => r.sync) },
          byRelationship: tally((r) => r.relationship),
        });
      }),
      { numRuns: 400 },
    );
  });
});
