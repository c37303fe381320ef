// Which indirect partners the Partners screen lists, by the partner's role. Partner Center has no
// "role" field: an indirect provider is a partner that has resellers (`IsIndirectCloudSolutionProviderOf`),
// an indirect reseller one that has providers (`IsIndirectResellerOf`), the same test the customer
// list uses to offer its reseller filter. A partner can be both (the emulator's partner is), and
// then both lists show, resellers first since they are the ones with customers to open.
import type { PartnerRelationship, PartnerRelationshipType } from '../../shared/partner-center';

export type PartnerRole = 'provider' | 'reseller';

export interface IndirectPartnerGroup {
  role: PartnerRole;
  /** The relationship that lists these partners: a provider's resellers, a reseller's providers. */
  relationshipType: PartnerRelationshipType;
  partners: PartnerRelationship[];
}

const relationshipOfRole: Record<PartnerRole, PartnerRelationshipType> = {
  provider: 'IsIndirectCloudSolutionProviderOf',
  reseller: 'IsIndirectResellerOf',
};

/** The groups to show, one per role the partner plays, each sorted by name in the user's language. */
export function groupIndirectPartners(partners: readonly PartnerRelationship[], language: string): IndirectPartnerGroup[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const groups: IndirectPartnerGroup[] = [];
  for (const role of ['provider', 'reseller'] as const) {
    const relationshipType = relationshipOfRole[role];
    const members = partners.filter((partner) => partner.relationshipType === relationshipType).sort((a, b) => collator.compare(a.name, b.name));
    if (members.length > 0) groups.push({ role, relationshipType, partners: members });
  }
  return groups;
}

/** Partner Center's relationship states, as the screen names them; anything else shows as given. */
export type KnownPartnerState = 'active' | 'pending' | 'inactive';

export function knownState(state: string): KnownPartnerState | null {
  const lower = state.trim().toLowerCase();
  if (lower === 'active') return 'active';
  if (lower === 'pending') return 'pending';
  if (lower === 'inactive' || lower === 'terminated' || lower === 'suspended') return 'inactive';
  return null;
}

/** A location as the user reads it: the country's name in their language, or the text as given. */
export function locationName(location: string, language: string): string {
  if (!/^[A-Za-z]{2}$/.test(location)) return location;
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(location.toUpperCase()) ?? location;
  } catch {
    return location;
  }
}
