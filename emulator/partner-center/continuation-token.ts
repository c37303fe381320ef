// The opaque MS-ContinuationToken: where the previous page stopped, and the search it belongs to,
// so the next page needs nothing but the token (as with Partner Center, the filter is not resent).
import { EmulatorErrorCode } from '../../shared/partner-center';
import { PartnerCenterFault } from '../http/partner-center-fault';

export interface PageCursor<F> {
  afterSeq: number;
  size: number;
  filter?: F;
}

const VERSION = 'pd1';

export function encodeCursor<F>(cursor: PageCursor<F>): string {
  return `${VERSION}.${Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url')}`;
}

export function decodeCursor<F>(token: string | undefined, isFilter: (value: unknown) => value is F): PageCursor<F> {
  const invalid = () => new PartnerCenterFault(400, EmulatorErrorCode.invalidContinuationToken, 'The MS-ContinuationToken header is missing or invalid; copy it unchanged from the previous page\'s links.next.headers.');
  if (!token || !token.startsWith(`${VERSION}.`)) throw invalid();
  try {
    const value = JSON.parse(Buffer.from(token.slice(VERSION.length + 1), 'base64url').toString('utf8')) as Record<string, unknown>;
    const { afterSeq, size, filter } = value;
    if (typeof afterSeq !== 'number' || !Number.isInteger(afterSeq) || afterSeq < 0) throw invalid();
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) throw invalid();
    if (filter !== undefined && !isFilter(filter)) throw invalid();
    return { afterSeq, size, ...(filter !== undefined ? { filter } : {}) };
  } catch (error) {
    if (error instanceof PartnerCenterFault) throw error;
    throw invalid();
  }
}
