// `HEAD /v1/domains/{domain}`: is this onmicrosoft.com domain taken? 200 taken, 404 free, empty body.
import type { FastifyInstance } from 'fastify';
import { checkDomainPrefix, domainPrefixOf, fullOnMicrosoftDomain } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';

export function registerDomainRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.head<{ Params: { domain: string } }>('/v1/domains/:domain', async (request, reply) => {
    const asked = request.params.domain.trim().toLowerCase();
    // A bare prefix ("contoso") is checked as contoso.onmicrosoft.com; any other domain as given.
    const domain = asked.includes('.') ? asked : fullOnMicrosoftDomain(asked);
    const malformed = !asked.includes('.') && checkDomainPrefix(domainPrefixOf(asked)) !== null;
    const taken = !malformed && context.store.customers.getByDomain(domain) !== undefined;
    return reply.code(malformed ? 400 : taken ? 200 : 404).send();
  });
}
