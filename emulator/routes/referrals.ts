// The Referrals API (`/v1.0/engagements/referrals`): the lead inbox with OData $filter/$orderby/$top/$skip,
// one referral, and JSON Patch edits guarded by the referral's eTag.
import type { FastifyInstance } from 'fastify';
import { PartnerCenterErrorCode, referralPatchSchema, type ReferralPage } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { readBody } from '../http/request-body';
import { commitWrite, sendAnswer } from '../idempotency';
import { API_USER } from '../partner-center/actors';
import { assertEtagMatches } from '../partner-center/customer-operations';
import { parseReferralFilter, parseReferralOrder } from '../partner-center/odata-filter';
import { expireOverdueReferrals, patchReferral, referralOrFault } from '../partner-center/referral-operations';
import { headerValue, queryParam } from './query';

const MICROSOFT = 'microsoft-referrals-service';

function wholeNumber(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `${name} must be a whole number of 0 or more (got '${raw}').`);
  return Math.min(value, max);
}

export function registerReferralRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;
  // Expiry is Microsoft's doing, not the caller's: applied before every read, not counted as the read's effect.
  const applyExpiry = () => store.write(() => expireOverdueReferrals(store, MICROSOFT));

  app.get('/v1.0/engagements/referrals', async (request): Promise<ReferralPage> => {
    const rawFilter = queryParam(request, '$filter');
    const rawOrder = queryParam(request, '$orderby');
    const predicate = rawFilter ? parseReferralFilter(rawFilter) : () => true;
    const order = rawOrder ? parseReferralOrder(rawOrder) : parseReferralOrder('createdDateTime desc');
    const top = wholeNumber(queryParam(request, '$top'), '$top', 100, 500);
    const skip = wholeNumber(queryParam(request, '$skip'), '$skip', 0, Number.MAX_SAFE_INTEGER);
    applyExpiry();
    const matching = store.referrals.list().filter(predicate).sort(order);
    const page: ReferralPage = { value: matching.slice(skip, skip + top) };
    if (skip + top < matching.length) {
      // OData keeps `$` literal in option names; only values are encoded.
      const next = Object.entries({ ...(rawFilter ? { $filter: rawFilter } : {}), ...(rawOrder ? { $orderby: rawOrder } : {}), $top: String(top), $skip: String(skip + top) })
        .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
        .join('&');
      page['@odata.nextLink'] = `/v1.0/engagements/referrals?${next}`;
    }
    return page;
  });

  app.get<{ Params: { id: string } }>('/v1.0/engagements/referrals/:id', async (request, reply) => {
    applyExpiry();
    const referral = referralOrFault(store, request.params.id);
    void reply.header('etag', `"${referral.eTag}"`);
    return referral;
  });

  app.patch<{ Params: { id: string } }>('/v1.0/engagements/referrals/:id', async (request, reply) => {
    applyExpiry();
    referralOrFault(store, request.params.id);
    const operations = readBody(request.body, referralPatchSchema);
    const representation = /return=representation/i.test(headerValue(request, 'prefer') ?? '');
    const answer = commitWrite(context, request, () => {
      const current = referralOrFault(store, request.params.id);
      assertEtagMatches(headerValue(request, 'if-match'), current.eTag, 'referral');
      const saved = patchReferral(store, current, operations, API_USER);
      const headers = { etag: `"${saved.eTag}"`, ...(representation ? { 'preference-applied': 'return=representation' } : {}) };
      return representation ? { status: 200, body: saved, headers } : { status: 204, headers };
    });
    return sendAnswer(reply, answer);
  });
}
