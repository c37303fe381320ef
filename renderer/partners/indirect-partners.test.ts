// The Partners screen lists indirect partners by the role the partner plays.
import { describe, expect, it } from 'vitest';
import type { PartnerRelationship } from '../../shared/partner-center';
import { groupIndirectPartners, knownState, locationName } from './indirect-partners';

const partner = (name: string, relationshipType: PartnerRelationship['relationshipType']): PartnerRelationship => ({
  id: name,
  name,
  relationshipType,
  state: 'Active',
  mpnId: '1',
  location: 'IT',
  attributes: { objectType: 'PartnerRelationship' },
});

describe('indirect partners by role', () => {
  it('lists a provider its resellers, sorted by name whatever the case', () => {
    const groups = groupIndirectPartners([partner('zeta', 'IsIndirectCloudSolutionProviderOf'), partner('Alfa', 'IsIndirectCloudSolutionProviderOf')], 'en');
    expect(groups.map((group) => group.role)).toEqual(['provider']);
    expect(groups[0]!.partners.map((p) => p.name)).toEqual(['Alfa', 'zeta']);
  });

  it('lists a reseller its providers', () => {
    const groups = groupIndirectPartners([partner('Northgate', 'IsIndirectResellerOf')], 'en');
    expect(groups).toEqual([{ role: 'reseller', relationshipType: 'IsIndirectResellerOf', partners: [expect.objectContaining({ name: 'Northgate' })] }]);
  });

  it('shows both lists, resellers first, for a partner that plays both roles', () => {
    const groups = groupIndirectPartners([partner('Northgate', 'IsIndirectResellerOf'), partner('Adriatica', 'IsIndirectCloudSolutionProviderOf')], 'it');
    expect(groups.map((group) => group.role)).toEqual(['provider', 'reseller']);
  });

  it('has nothing to show without indirect partners', () => {
    expect(groupIndirectPartners([], 'en')).toEqual([]);
  });
});

describe('how a partner reads', () => {
  it('names known states and leaves others as Partner Center gave them', () => {
    expect(knownState('Active')).toBe('active');
    expect(knownState('terminated')).toBe('inactive');
    expect(knownState('Something new')).toBeNull();
  });

  it('names the country in the user language', () => {
    expect(locationName('IT', 'en')).toBe('Italy');
    expect(locationName('DE', 'it')).toBe('Germania');
    expect(locationName('Milano, Italia', 'en')).toBe('Milano, Italia');
  });
});
