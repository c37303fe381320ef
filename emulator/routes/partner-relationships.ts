// Indirect partners: as a provider, my resellers; as a reseller, my providers.
import type { FastifyInstance } from 'fastify';
import { PARTNER_RELATIONSHIP_TYPES, PartnerCenterErrorCode, partnerRelationshipTypeSchema, type Collection, type PartnerRelationship } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { queryParam } from './query';

export function registerPartnerRelationshipRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.get('/v1/relationships', async (request): Promise<Collection<PartnerRelationship>> => {
    const raw = queryParam(request, 'relationship_type');
    const parsed = partnerRelationshipTypeSchema.safeParse(raw);
    if (!parsed.success) {
      throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `relationship_type must be one of ${PARTNER_RELATIONSHIP_TYPES.join(', ')} (got '${raw ?? ''}').`);
    }
    const items = context.store.partners.list(parsed.data);
    return { totalCount: items.length, items, attributes: { objectType: 'Collection' } };
  });
}
