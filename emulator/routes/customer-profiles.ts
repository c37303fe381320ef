// A customer's company profile (read only) and billing profile (read, and replace with If-Match).
import type { FastifyInstance } from 'fastify';
import { billingProfileUpdateSchema } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { readBody } from '../http/request-body';
import { commitWrite, sendAnswer } from '../idempotency';
import { API_USER } from '../partner-center/actors';
import { assertEtagMatches, customerOrFault, updateBillingProfile } from '../partner-center/customer-operations';
import { toBillingProfile, toCompanyProfile } from '../partner-center/customer-resource';
import { headerValue } from './query';

type WithCustomer = { Params: { customerId: string } };

export function registerCustomerProfileRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  app.get<WithCustomer>('/v1/customers/:customerId/profiles/company', async (request) => toCompanyProfile(customerOrFault(store, request.params.customerId)));

  app.get<WithCustomer>('/v1/customers/:customerId/profiles/billing', async (request, reply) => {
    const customer = customerOrFault(store, request.params.customerId);
    void reply.header('etag', `"${customer.billingEtag}"`);
    return toBillingProfile(customer);
  });

  app.put<WithCustomer>('/v1/customers/:customerId/profiles/billing', async (request, reply) => {
    const customer = customerOrFault(store, request.params.customerId);
    const update = readBody(request.body, billingProfileUpdateSchema);
    const answer = commitWrite(context, request, () => {
      const current = customerOrFault(store, customer.id);
      assertEtagMatches(headerValue(request, 'if-match'), current.billingEtag, 'billing profile');
      const saved = updateBillingProfile(store, current, update, API_USER);
      return { status: 200, body: toBillingProfile(saved), headers: { etag: `"${saved.billingEtag}"` } };
    });
    return sendAnswer(reply, answer);
  });
}
