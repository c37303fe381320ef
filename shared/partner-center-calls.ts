// The Partner Center, Referrals and Graph calls the renderer may ask main to make, with their
// request and answer shapes. The IPC contract exposes each as `pd:pc.<name>`; main's client
// implements them; the sync engine depends on nothing else.
import type {
  AuditRecord,
  BillingProfile,
  BillingProfileUpdate,
  CountryValidationRules,
  Customer,
  CustomerFilter,
  CustomerSummary,
  NewCustomer,
  OrganizationProfile,
  OrganizationProfileUpdate,
  PartnerRelationship,
  PartnerRelationshipType,
  Referral,
  ReferralPatchOperation,
  RelationshipRequest,
  SendMailRequest,
  Subscription,
} from './partner-center';
import type { Envelope } from './ipc/envelope';

/** One page of a paged list, with the token for the next page when there is one. */
export interface Page<T> {
  items: T[];
  continuationToken?: string;
  /**
   * Partner Center's clock when it answered (its Date header), absent if it sent none. Cursors
   * into the activity log are kept in this time: a laptop whose clock runs ahead would otherwise
   * ask from a time Partner Center has not reached yet, and miss what happens until it does.
   */
  serverTime?: string;
}

/** A created customer as the renderer sees it: the admin credentials stay in main's vault. */
export type CreatedCustomer = Omit<Customer, 'userCredentials'> & { credentialsKept: boolean };

export interface PartnerCenterCalls {
  listCustomers: { request: { size: number; continuationToken?: string; filter?: CustomerFilter }; response: Page<CustomerSummary> };
  getCustomer: { request: { customerId: string }; response: Customer };
  createCustomer: { request: { requestId: string; customer: NewCustomer }; response: CreatedCustomer };
  isDomainTaken: { request: { domain: string }; response: boolean };
  getBillingProfile: { request: { customerId: string }; response: BillingProfile };
  updateBillingProfile: {
    request: { requestId: string; customerId: string; etag: string; profile: BillingProfileUpdate };
    response: BillingProfile;
  };
  removeRelationship: { request: { requestId: string; customerId: string }; response: Customer };
  listSubscriptions: { request: { customerId: string }; response: Subscription[] };
  listAuditRecords: { request: { startDate: string; endDate?: string; size: number; continuationToken?: string }; response: Page<AuditRecord> };
  getRelationshipRequest: { request: undefined; response: RelationshipRequest };
  listIndirectPartners: { request: { relationshipType: PartnerRelationshipType }; response: PartnerRelationship[] };
  getCountryRules: { request: { country: string }; response: CountryValidationRules };
  getOrganizationProfile: { request: undefined; response: OrganizationProfile };
  updateOrganizationProfile: { request: { requestId: string; etag: string; profile: OrganizationProfileUpdate }; response: OrganizationProfile };
  listReferrals: { request: { status?: string }; response: Referral[] };
  patchReferral: { request: { requestId: string; referralId: string; etag: string; patch: ReferralPatchOperation[] }; response: Referral };
  sendMail: { request: { requestId: string; mail: SendMailRequest }; response: null };
}

export type PartnerCenterCall = keyof PartnerCenterCalls;

export const partnerCenterCallNames = [
  'listCustomers',
  'getCustomer',
  'createCustomer',
  'isDomainTaken',
  'getBillingProfile',
  'updateBillingProfile',
  'removeRelationship',
  'listSubscriptions',
  'listAuditRecords',
  'getRelationshipRequest',
  'listIndirectPartners',
  'getCountryRules',
  'getOrganizationProfile',
  'updateOrganizationProfile',
  'listReferrals',
  'patchReferral',
  'sendMail',
] as const satisfies readonly PartnerCenterCall[];

/** Something that makes these calls and answers envelopes: main's client, or window.partnerDesk. */
export type PartnerCenterPort = {
  [K in PartnerCenterCall]: PartnerCenterCalls[K]['request'] extends undefined
    ? () => Promise<Envelope<PartnerCenterCalls[K]['response']>>
    : (request: PartnerCenterCalls[K]['request']) => Promise<Envelope<PartnerCenterCalls[K]['response']>>;
};
