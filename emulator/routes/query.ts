// Reading query parameters and headers the way every list route needs them.
import type { FastifyRequest } from 'fastify';
import { PartnerCenterErrorCode } from '../../shared/partner-center';
import { PartnerCenterFault } from '../http/partner-center-fault';

export function queryParam(request: FastifyRequest, name: string): string | undefined {
  const query = request.query as Record<string, string | string[] | undefined>;
  const match = Object.keys(query).find((key) => key.toLowerCase() === name.toLowerCase());
  const value = match === undefined ? undefined : query[match];
  return Array.isArray(value) ? value[0] : value;
}

export function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Page size: 1 or more; above `max` it is clamped to `max` (Partner Center's "up to 500 is safe"). */
export function pageSize(request: FastifyRequest, fallback: number, max: number): number {
  const raw = queryParam(request, 'size');
  if (raw === undefined || raw === '') return fallback;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `size must be a whole number of 1 or more (got '${raw}').`);
  return Math.min(size, max);
}

export function isSeekNext(request: FastifyRequest): boolean {
  return queryParam(request, 'seekOperation')?.toLowerCase() === 'next';
}
