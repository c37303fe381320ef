// The partner the emulator plays: its tenant, its organization profile and its indirect partners.
// Fixed (not seeded) so the invitation link and reseller ids stay the same across resets.
import type { OrganizationProfile, PartnerRelationship } from '../../shared/partner-center';
import { newEtag } from '../store/etag';
import type { EmulatorStore } from '../store/emulator-store';

export const PARTNER_TENANT_ID = '4f1b6a2e-7d3c-4e8a-9b5f-0c2d8e6a1b37';
export const ORGANIZATION_PROFILE_KEY = 'organization-profile';

export const DEFAULT_ORGANIZATION_PROFILE: Omit<OrganizationProfile, 'attributes'> = {
  id: PARTNER_TENANT_ID,
  companyName: 'Lakeside Cloud Services S.r.l.',
  defaultAddress: { addressLine1: 'Via Torino 48', city: 'Milano', postalCode: '20123', country: 'IT', firstName: 'Chiara', lastName: 'Colombo', phoneNumber: '+39 02 8901 2345' },
  tenantId: PARTNER_TENANT_ID,
  domain: 'lakesidecloud.onmicrosoft.com',
  email: 'partner.desk@lakesidecloud.it',
  language: 'it',
  culture: 'it-IT',
};

type IndirectPartner = Omit<PartnerRelationship, 'attributes' | 'state'>;

/** Resellers this partner supplies as an indirect provider (customers can be associated with them). */
export const INDIRECT_RESELLERS: readonly IndirectPartner[] = [
  { id: '0b7e2c14-5a9d-4f36-8e21-6c3f9a7d4b10', name: 'Adriatica Informatica S.r.l.', relationshipType: 'IsIndirectCloudSolutionProviderOf', mpnId: '5123401', location: 'IT' },
  { id: '1c8f3d25-6bae-4047-9f32-7d4a0b8e5c21', name: 'Brennero IT Solutions GmbH', relationshipType: 'IsIndirectCloudSolutionProviderOf', mpnId: '5123402', location: 'AT' },
  { id: '2d904e36-7cbf-4158-a043-8e5b1c9f6d32', name: 'Thames Valley Systems Ltd', relationshipType: 'IsIndirectCloudSolutionProviderOf', mpnId: '5123403', location: 'GB' },
  { id: '3ea15f47-8dc0-4269-b154-9f6c2da07e43', name: 'Iberia Nube S.L.', relationshipType: 'IsIndirectCloudSolutionProviderOf', mpnId: '5123404', location: 'ES' },
  { id: '4fb26058-9ed1-437a-8265-a07d3eb18f54', name: 'Rheinland Digital GmbH', relationshipType: 'IsIndirectCloudSolutionProviderOf', mpnId: '5123405', location: 'DE' },
  { id: '50c37169-afe2-448b-9376-b18e4fc29065', name: 'Seine Cloud Partenaires SAS', relationshipType: 'IsIndirectCloudSolutionProviderOf', mpnId: '5123406', location: 'FR' },
];

/** Providers (distributors) this partner buys from as an indirect reseller. */
export const INDIRECT_PROVIDERS: readonly IndirectPartner[] = [
  { id: '61d4827a-b0f3-459c-a487-c29f50d3a176', name: 'Northgate Distribution B.V.', relationshipType: 'IsIndirectResellerOf', mpnId: '4100201', location: 'NL' },
  { id: '72e5938b-c104-46ad-b598-d3a061e4b287', name: 'Via Cloud Distribuzione S.p.A.', relationshipType: 'IsIndirectResellerOf', mpnId: '4100202', location: 'IT' },
];

/** Puts the partner's own world in an empty database (after a reset or on first start). */
export function installPartnerWorld(store: EmulatorStore): void {
  store.db.transaction(() => {
    for (const partner of [...INDIRECT_RESELLERS, ...INDIRECT_PROVIDERS]) store.partners.insert(partner);
    if (!store.meta.get(ORGANIZATION_PROFILE_KEY)) {
      store.meta.set(ORGANIZATION_PROFILE_KEY, { ...DEFAULT_ORGANIZATION_PROFILE, attributes: { objectType: 'OrganizationProfile', etag: newEtag() } });
    }
  })();
}
