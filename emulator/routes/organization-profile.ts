// The partner's own organization profile, replaced with If-Match like a billing profile.
import type { FastifyInstance } from 'fastify';
import { organizationProfileUpdateSchema, type OrganizationProfile } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { readBody } from '../http/request-body';
import { commitWrite, sendAnswer } from '../idempotency';
import { API_USER } from '../partner-center/actors';
import { assertAddressFitsCountry, assertEtagMatches } from '../partner-center/customer-operations';
import { newEtag } from '../store/etag';
import { ORGANIZATION_PROFILE_KEY } from '../seed/partner-world';
import { headerValue } from './query';

export function registerOrganizationProfileRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;
  const current = (): OrganizationProfile => {
    const profile = store.meta.get<OrganizationProfile>(ORGANIZATION_PROFILE_KEY);
    if (!profile) throw new Error('organization profile missing: partner world not installed');
    return profile;
  };

  app.get('/v1/profiles/organization', async (_request, reply) => {
    const profile = current();
    void reply.header('etag', `"${profile.attributes.etag}"`);
    return profile;
  });

  app.put('/v1/profiles/organization', async (request, reply) => {
    const update = readBody(request.body, organizationProfileUpdateSchema);
    const answer = commitWrite(context, request, () => {
      const before = current();
      assertEtagMatches(headerValue(request, 'if-match'), before.attributes.etag, 'organization profile');
      assertAddressFitsCountry(update.defaultAddress, 'DefaultAddress.');
      const after: OrganizationProfile = {
        ...before,
        companyName: update.companyName,
        defaultAddress: update.defaultAddress,
        email: update.email,
        language: update.language,
        culture: update.culture,
        attributes: { objectType: 'OrganizationProfile', etag: newEtag() },
      };
      store.meta.set(ORGANIZATION_PROFILE_KEY, after);
      store.audit.record({ operationType: 'update_partner_organization_profile', resourceType: 'organization_profile', oldValue: before, newValue: after, userPrincipalName: API_USER });
      return { status: 200, body: after, headers: { etag: `"${after.attributes.etag}"` } };
    });
    return sendAnswer(reply, answer);
  });
}
