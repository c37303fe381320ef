// The activity log by date range, oldest first, paged like the customer list. It is how Partner Desk
// learns what changed since its last sync without rescanning 100,000 customers.
import type { FastifyInstance } from 'fastify';
import { CONTINUATION_TOKEN_HEADER, PartnerCenterErrorCode, type AuditRecord, type Collection } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { decodeCursor, encodeCursor, type PageCursor } from '../partner-center/continuation-token';
import { headerValue, isSeekNext, pageSize, queryParam } from './query';

interface DateRange {
  startDate: string;
  endDate: string;
}

function isDateRange(value: unknown): value is DateRange {
  return typeof value === 'object' && value !== null && typeof (value as DateRange).startDate === 'string' && typeof (value as DateRange).endDate === 'string';
}

function dateParam(raw: string | undefined, name: string, fallback?: string): string {
  if (raw === undefined || raw === '') {
    if (fallback !== undefined) return fallback;
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `${name} is required (an ISO 8601 date or date-time).`);
  }
  const time = Date.parse(raw);
  if (Number.isNaN(time)) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `${name} '${raw}' is not an ISO 8601 date or date-time.`);
  return new Date(time).toISOString();
}

export function registerAuditRecordRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.get('/v1/auditrecords', async (request): Promise<Collection<AuditRecord>> => {
    let cursor: PageCursor<DateRange>;
    if (isSeekNext(request)) {
      cursor = decodeCursor(headerValue(request, CONTINUATION_TOKEN_HEADER), isDateRange);
    } else {
      const startDate = dateParam(queryParam(request, 'startDate'), 'startDate');
      const endDate = dateParam(queryParam(request, 'endDate'), 'endDate', context.clock.iso());
      if (endDate < startDate) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, 'endDate must not be before startDate.');
      cursor = { afterSeq: 0, size: pageSize(request, 500, 500), filter: { startDate, endDate } };
    }
    const range = cursor.filter;
    if (!range) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, 'The continuation token carries no date range.');
    const entries = context.store.audit.query({ ...range, afterSeq: cursor.afterSeq, size: cursor.size + 1 });
    const page = entries.slice(0, cursor.size);
    const pageEnd = page.at(-1)?.seq;
    const collection: Collection<AuditRecord> = { totalCount: page.length, items: page.map((entry) => entry.record), links: { self: { uri: `/auditrecords?size=${cursor.size}`, method: 'GET', headers: [] } }, attributes: { objectType: 'Collection' } };
    if (entries.length > cursor.size && pageEnd !== undefined && collection.links) {
      collection.links.next = { uri: `/auditrecords?size=${cursor.size}&seekOperation=Next`, method: 'GET', headers: [{ key: CONTINUATION_TOKEN_HEADER, value: encodeCursor({ ...cursor, afterSeq: pageEnd }) }] };
    }
    return collection;
  });
}
