// The invitation link ("request a reseller relationship"). Partner Center sends nothing: it hands back
// one link per partner, carrying the partner id and the delegated-admin flag, nothing about the customer.
import type { FastifyInstance } from 'fastify';
import type { RelationshipRequest } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { queryParam } from './query';

export function invitationUrl(partnerId: string, delegatedAdmin: boolean): string {
  return `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${partnerId}&msppId=0&DAP=${delegatedAdmin ? 'true' : 'false'}#/BillingAccounts/partner-invitation`;
}

export function registerRelationshipRequestRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.get('/v1/customers/relationshiprequests', async (request): Promise<RelationshipRequest> => {
    // Unverified: the API has no documented switch for "without delegated admin"; the emulator takes ?delegatedAdmin=false.
    const delegatedAdmin = queryParam(request, 'delegatedAdmin')?.toLowerCase() !== 'false';
    return { url: invitationUrl(context.store.partnerId, delegatedAdmin), attributes: { objectType: 'RelationshipRequest' } };
  });
}
