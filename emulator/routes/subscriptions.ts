// A customer's subscriptions: what Partner Desk checks before offering to end a relationship.
import type { FastifyInstance } from 'fastify';
import type { Collection, Subscription } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { customerOrFault } from '../partner-center/customer-operations';
import { toSubscription } from '../store/subscriptions';

export function registerSubscriptionRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.get<{ Params: { customerId: string } }>('/v1/customers/:customerId/subscriptions', async (request): Promise<Collection<Subscription>> => {
    const customer = customerOrFault(context.store, request.params.customerId);
    const items = context.store.subscriptions.list(customer.id).map(toSubscription);
    return { totalCount: items.length, items, links: { self: { uri: `/customers/${customer.id}/subscriptions`, method: 'GET', headers: [] } }, attributes: { objectType: 'Collection' } };
  });
}
