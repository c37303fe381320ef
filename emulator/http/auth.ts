// Every API call needs a bearer token: the demo token given at start, or one the control API issued
// and that has not expired or been revoked. Anything else is a 401 in Partner Center's error shape.
import { EmulatorErrorCode } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from './partner-center-fault';

export function assertAuthorized(context: EmulatorContext, authorization: string | undefined): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  const unauthorized = (why: string) => new PartnerCenterFault(401, EmulatorErrorCode.unauthorized, why, [], { 'www-authenticate': 'Bearer error="invalid_token"' });
  if (!token) throw unauthorized('Authorization is required: send an Authorization: Bearer <token> header.');
  if (token === context.demoToken) return;
  if (!context.store.tokens.isValid(token, context.clock.now())) throw unauthorized('The access token is invalid or has expired. Sign in again.');
}
