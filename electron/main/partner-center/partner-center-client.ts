// Main's client of Partner Center, the Referrals API and Graph: one method per call Partner Desk
// makes, each answering an envelope (architecture §1, "the network lives in main"). The renderer
// reaches it through IPC; the sync simulation calls it directly from Node.
import { z } from 'zod';
import { ok, type Envelope } from '../../../shared/ipc/envelope';
import {
  auditRecordSchema,
  billingProfileSchema,
  collectionSchema,
  CONTINUATION_TOKEN_HEADER,
  countryValidationRulesSchema,
  customerListItemSchema,
  customerSchema,
  customerSummaryOf,
  organizationProfileSchema,
  partnerRelationshipSchema,
  referralSchema,
  relationshipRequestSchema,
  subscriptionSchema,
  type BillingProfile,
  type BillingProfileUpdate,
  type Customer,
  type CustomerFilter,
  type CustomerSummary,
  type Link,
  type NewCustomer,
  type OrganizationProfileUpdate,
  type PartnerRelationshipType,
  type ReferralPatchOperation,
  type SendMailRequest,
} from '../../../shared/partner-center';
import type { Page } from '../../../shared/partner-center-calls';
import { httpCall, type HttpCall, type HttpCallDeps } from './http-call';

function continuationOf(next: Link | undefined): string | undefined {
  return next?.headers.find((header) => header.key.toLowerCase() === CONTINUATION_TOKEN_HEADER.toLowerCase())?.value;
}

async function value<T>(deps: HttpCallDeps, call: HttpCall<T>): Promise<Envelope<T>> {
  const answer = await httpCall(deps, call);
  return answer.ok ? ok(answer.value.value) : answer;
}

async function page<T extends z.ZodType>(
  deps: HttpCallDeps,
  item: T,
  path: string,
  query: Record<string, string | number | undefined>,
  continuationToken: string | undefined,
): Promise<Envelope<Page<z.output<T>>>> {
  const answer = await httpCall(deps, {
    api: 'partnerCenter',
    method: 'GET',
    path,
    query: continuationToken ? { ...query, seekOperation: 'Next' } : query,
    headers: continuationToken ? { [CONTINUATION_TOKEN_HEADER]: continuationToken } : undefined,
    schema: collectionSchema(item),
  });
  if (!answer.ok) return answer;
  const collection = answer.value.value;
  const serverTime = serverTimeOf(answer.value.headers);
  return ok({ items: collection.items, continuationToken: continuationOf(collection.links?.next), ...(serverTime ? { serverTime } : {}) });
}

/** The Date header as an ISO time; undefined when missing or not a date. */
function serverTimeOf(headers: Headers): string | undefined {
  const time = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const customerPath = (customerId: string) => `/v1/customers/${encodeURIComponent(customerId)}`;

export function createPartnerCenterClient(deps: HttpCallDeps) {
  return {
    async listCustomers(request: { size: number; continuationToken?: string; filter?: CustomerFilter }): Promise<Envelope<Page<CustomerSummary>>> {
      const filter = request.filter
        ? JSON.stringify({ Field: request.filter.field, Value: request.filter.value, Operator: request.filter.operator })
        : undefined;
      const listed = await page(deps, customerListItemSchema, '/v1/customers', { size: request.size, filter }, request.continuationToken);
      return listed.ok ? ok({ ...listed.value, items: listed.value.items.map(customerSummaryOf) }) : listed;
    },

    getCustomer({ customerId }: { customerId: string }) {
      return value(deps, { api: 'partnerCenter', method: 'GET', path: customerPath(customerId), schema: customerSchema });
    },

    createCustomer({ requestId, customer }: { requestId: string; customer: NewCustomer }): Promise<Envelope<Customer>> {
      return value(deps, { api: 'partnerCenter', method: 'POST', path: '/v1/customers', requestId, body: customer, schema: customerSchema });
    },

    isDomainTaken({ domain }: { domain: string }): Promise<Envelope<boolean>> {
      return value(deps, {
        api: 'partnerCenter',
        method: 'HEAD',
        path: `/v1/domains/${encodeURIComponent(domain)}`,
        statusValues: { 200: true, 404: false },
      });
    },

    getBillingProfile({ customerId }: { customerId: string }): Promise<Envelope<BillingProfile>> {
      return value(deps, { api: 'partnerCenter', method: 'GET', path: `${customerPath(customerId)}/profiles/billing`, schema: billingProfileSchema });
    },

    updateBillingProfile({ requestId, customerId, etag, profile }: { requestId: string; customerId: string; etag: string; profile: BillingProfileUpdate }): Promise<Envelope<BillingProfile>> {
      return value(deps, {
        api: 'partnerCenter',
        method: 'PUT',
        path: `${customerPath(customerId)}/profiles/billing`,
        requestId,
        headers: { 'If-Match': etag.startsWith('"') ? etag : `"${etag}"` },
        body: profile,
        schema: billingProfileSchema,
      });
    },

    removeRelationship({ requestId, customerId }: { requestId: string; customerId: string }): Promise<Envelope<Customer>> {
      return value(deps, {
        api: 'partnerCenter',
        method: 'PATCH',
        path: customerPath(customerId),
        requestId,
        body: { relationshipToPartner: 'none', attributes: { objectType: 'Customer' } },
        schema: customerSchema,
      });
    },

    async listSubscriptions({ customerId }: { customerId: string }) {
      const answer = await value(deps, {
        api: 'partnerCenter',
        method: 'GET',
        path: `${customerPath(customerId)}/subscriptions`,
        schema: collectionSchema(subscriptionSchema),
      });
      return answer.ok ? ok(answer.value.items) : answer;
    },

    listAuditRecords(request: { startDate: string; endDate?: string; size: number; continuationToken?: string }) {
      return page(deps, auditRecordSchema, '/v1/auditrecords', { startDate: request.startDate, endDate: request.endDate, size: request.size }, request.continuationToken);
    },

    getRelationshipRequest() {
      return value(deps, { api: 'partnerCenter', method: 'GET', path: '/v1/customers/relationshiprequests', schema: relationshipRequestSchema });
    },

    async listIndirectPartners({ relationshipType }: { relationshipType: PartnerRelationshipType }) {
      const answer = await value(deps, {
        api: 'partnerCenter',
        method: 'GET',
        path: '/v1/relationships',
        query: { relationship_type: relationshipType },
        schema: collectionSchema(partnerRelationshipSchema),
      });
      return answer.ok ? ok(answer.value.items) : answer;
    },

    getCountryRules({ country }: { country: string }) {
      return value(deps, { api: 'partnerCenter', method: 'GET', path: `/v1/countryvalidationrules/${encodeURIComponent(country)}`, schema: countryValidationRulesSchema });
    },

    getOrganizationProfile() {
      return value(deps, { api: 'partnerCenter', method: 'GET', path: '/v1/profiles/organization', schema: organizationProfileSchema });
    },

    updateOrganizationProfile({ requestId, etag, profile }: { requestId: string; etag: string; profile: OrganizationProfileUpdate }) {
      return value(deps, {
        api: 'partnerCenter',
        method: 'PUT',
        path: '/v1/profiles/organization',
        requestId,
        headers: { 'If-Match': etag.startsWith('"') ? etag : `"${etag}"` },
        body: profile,
        schema: organizationProfileSchema,
      });
    },

    async listReferrals(request: { status?: string }) {
      const answer = await value(deps, {
        api: 'referrals',
        method: 'GET',
        path: '/v1.0/engagements/referrals',
        query: { $filter: request.status ? `status eq '${request.status}'` : undefined, $orderby: 'updatedDateTime desc' },
        schema: z.object({ value: z.array(referralSchema) }),
      });
      return answer.ok ? ok(answer.value.value) : answer;
    },

    patchReferral({ requestId, referralId, etag, patch }: { requestId: string; referralId: string; etag: string; patch: ReferralPatchOperation[] }) {
      return value(deps, {
        api: 'referrals',
        method: 'PATCH',
        path: `/v1.0/engagements/referrals/${encodeURIComponent(referralId)}`,
        requestId,
        headers: { 'If-Match': etag, Prefer: 'return=representation' },
        body: patch,
        schema: referralSchema,
      });
    },

    /** Not idempotent: a failure without an answer must not be retried automatically. */
    async sendMail({ requestId, mail }: { requestId: string; mail: SendMailRequest }): Promise<Envelope<null>> {
      const answer = await value(deps, { api: 'graph', method: 'POST', path: '/v1.0/me/sendMail', requestId, body: mail, statusValues: { 202: null } });
      return answer.ok ? ok(null) : answer;
    },
  };
}

export type PartnerCenterClient = ReturnType<typeof createPartnerCenterClient>;
