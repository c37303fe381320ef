// Customer accounts on Partner Center v1: the list (paged by continuation token, searchable by
// prefix), one customer, adding one, and ending the relationship.
import type { FastifyInstance } from 'fastify';
import {
  CONTINUATION_TOKEN_HEADER,
  customerFilterSchema,
  EmulatorErrorCode,
  newCustomerSchema,
  removeRelationshipSchema,
  type Collection,
  type CustomerFilter,
  type CustomerListItem,
} from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { describeIssues, matchKeysToSchema, readBody } from '../http/request-body';
import { commitWrite, sendAnswer } from '../idempotency';
import { API_USER } from '../partner-center/actors';
import { decodeCursor, encodeCursor, type PageCursor } from '../partner-center/continuation-token';
import { createCustomer, customerOrFault, removeRelationship } from '../partner-center/customer-operations';
import { toCustomer, toCustomerListItem } from '../partner-center/customer-resource';
import { headerValue, isSeekNext, pageSize, queryParam } from './query';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

function isCustomerFilter(value: unknown): value is CustomerFilter {
  return customerFilterSchema.safeParse(value).success;
}

/** `filter=` is URL-encoded JSON like {"Field":"CompanyName","Value":"con","Operator":"starts_with"}. */
function parseFilter(raw: string): CustomerFilter {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new PartnerCenterFault(400, EmulatorErrorCode.invalidFilter, `The filter is not valid JSON. Send {"Field":"CompanyName"|"Domain"|"IndirectReseller","Value":"...","Operator":"starts_with"}, URL-encoded.`);
  }
  const keyed = matchKeysToSchema(json, customerFilterSchema);
  const result = customerFilterSchema.safeParse(keyed);
  if (!result.success) {
    const { description, data } = describeIssues(result.error.issues, keyed);
    throw new PartnerCenterFault(400, EmulatorErrorCode.invalidFilter, `The filter is invalid. ${description.replace(/^The request is invalid\. /, '')}`, data);
  }
  return result.data;
}

export function registerCustomerRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  app.get('/v1/customers', async (request) => {
    let cursor: PageCursor<CustomerFilter>;
    if (isSeekNext(request)) {
      cursor = decodeCursor(headerValue(request, CONTINUATION_TOKEN_HEADER), isCustomerFilter);
    } else {
      const rawFilter = queryParam(request, 'filter');
      const filter = rawFilter === undefined ? undefined : parseFilter(rawFilter);
      cursor = { afterSeq: 0, size: pageSize(request, DEFAULT_PAGE, MAX_PAGE), ...(filter ? { filter } : {}) };
    }
    const rows = store.customers.list({
      afterSeq: cursor.afterSeq,
      size: cursor.size + 1,
      ...(cursor.filter ? { filter: { field: cursor.filter.field, prefix: cursor.filter.value } } : {}),
    });
    const page = rows.slice(0, cursor.size);
    const last = page.at(-1);
    const collection: Collection<CustomerListItem> = {
      totalCount: page.length,
      items: page.map(toCustomerListItem),
      links: { self: { uri: `/customers?size=${cursor.size}`, method: 'GET', headers: [] } },
      attributes: { objectType: 'Collection' },
    };
    if (rows.length > cursor.size && last && collection.links) {
      collection.links.next = {
        uri: `/customers?size=${cursor.size}&seekOperation=Next`,
        method: 'GET',
        headers: [{ key: CONTINUATION_TOKEN_HEADER, value: encodeCursor({ ...cursor, afterSeq: last.seq }) }],
      };
    }
    return collection;
  });

  app.get<{ Params: { customerId: string } }>('/v1/customers/:customerId', async (request) => toCustomer(customerOrFault(store, request.params.customerId)));

  app.post('/v1/customers', async (request, reply) => {
    const input = readBody(request.body, newCustomerSchema);
    const answer = commitWrite(context, request, () => {
      const { customer, credentials } = createCustomer(store, input, API_USER);
      return { status: 201, body: toCustomer(customer, credentials), headers: { location: `/v1/customers/${customer.id}` } };
    });
    return sendAnswer(reply, answer);
  });

  app.patch<{ Params: { customerId: string } }>('/v1/customers/:customerId', async (request, reply) => {
    const customer = customerOrFault(store, request.params.customerId);
    readBody(request.body, removeRelationshipSchema);
    const answer = commitWrite(context, request, () => ({ status: 200, body: toCustomer(removeRelationship(store, customer, API_USER)) }));
    return sendAnswer(reply, answer);
  });
}
