// EmulatorControl: the typed Node-side client of the emulator's control API, for tests (the e2e
// fixture's `app.emulator.control`), benchmarks and demo scripts. Every method is one HTTP call; a
// refusal throws EmulatorControlError carrying the Partner Center error body.
import type {
  AcceptInvitationRequest,
  AddSubscriptionRequest,
  BillingChange,
  BillingProfile,
  ClockRequest,
  CreateReferralRequest,
  Customer,
  EmulatorState,
  FaultRule,
  FaultsRequest,
  LoggedRequest,
  Referral,
  ResetRequest,
  SeedRequest,
  SeedResponse,
  SentMail,
  Subscription,
  TokenRequest,
  TokenResponse,
} from './control-api';
import type { PartnerCenterError } from '../shared/partner-center';

export type {
  AcceptInvitationRequest,
  AddSubscriptionRequest,
  BillingChange,
  ClockRequest,
  CreateReferralRequest,
  EmulatorState,
  FaultRule,
  FaultsRequest,
  LoggedRequest,
  ResetRequest,
  SeedRequest,
  SeedResponse,
  SentMail,
  TokenRequest,
  TokenResponse,
};

export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: PartnerCenterError | undefined,
    method: string,
    path: string,
  ) {
    super(`${method} ${path} answered ${status}: ${body?.description ?? 'no description'}`);
  }
}

export class EmulatorControl {
  private readonly base: string;

  /** `url` is the emulator's origin, e.g. http://127.0.0.1:4567. */
  constructor(url: string) {
    this.base = url.replace(/\/+$/, '');
  }

  private async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}/_emulator${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) throw new EmulatorControlError(response.status, json as PartnerCenterError | undefined, method, path);
    return json as T;
  }

  /** Empties everything (customers, referrals, mail, log, faults; issued tokens stay), optionally reseeding. */
  reset(request: ResetRequest = {}): Promise<{ ok: true; seeded: SeedResponse | null }> {
    return this.call('POST', '/reset', request);
  }

  state(): Promise<EmulatorState> {
    return this.call('GET', '/state');
  }

  seed(request: SeedRequest): Promise<SeedResponse> {
    return this.call('POST', '/seed', request);
  }

  /** Issues a bearer token (default one hour). */
  token(request: TokenRequest = {}): Promise<TokenResponse> {
    return this.call('POST', '/token', request);
  }

  /** Signs out every issued token (the demo token keeps working). */
  revokeTokens(): Promise<{ revoked: number }> {
    return this.call('POST', '/tokens/revoke', {});
  }

  setFaults(request: FaultsRequest): Promise<{ rules: FaultRule[] }> {
    return this.call('POST', '/faults', request);
  }

  faults(): Promise<{ rules: FaultRule[] }> {
    return this.call('GET', '/faults');
  }

  clearFaults(): Promise<{ rules: [] }> {
    return this.call('DELETE', '/faults');
  }

  /** Changes the get-customer-by-id budget per minute and starts a new window. */
  setThrottle(perMinute: number): Promise<{ perMinute: number }> {
    return this.call('POST', '/throttle', { perMinute });
  }

  /** Moves the emulator's clock (e.g. `{ advanceDays: 15 }` to let referrals expire). */
  clock(request: ClockRequest): Promise<{ now: string }> {
    return this.call('POST', '/clock', request);
  }

  requests(): Promise<LoggedRequest[]> {
    return this.call('GET', '/requests');
  }

  mail(): Promise<SentMail[]> {
    return this.call('GET', '/mail');
  }

  /** The customer's Global admin accepts the reseller invitation: the customer appears with relationship `reseller`. */
  acceptInvitation(domain: string, details: Omit<AcceptInvitationRequest, 'domain'> = {}): Promise<Customer> {
    return this.call('POST', '/invitations/accept', { ...details, domain });
  }

  /** The stored customer whatever its relationship (for checking that a refused call changed nothing). */
  customer(customerId: string): Promise<Customer> {
    return this.call('GET', `/customers/${encodeURIComponent(customerId)}`);
  }

  /** Another user edits the billing profile in the portal; its etag moves. */
  changeBilling(customerId: string, fields: BillingChange): Promise<BillingProfile> {
    return this.call('POST', `/customers/${encodeURIComponent(customerId)}/billing`, fields);
  }

  rename(customerId: string, companyName: string): Promise<Customer> {
    return this.call('POST', `/customers/${encodeURIComponent(customerId)}/rename`, { companyName });
  }

  /** Another user ends the relationship (refused with active subscriptions unless `force`). */
  removeRelationship(customerId: string, options: { force?: boolean } = {}): Promise<Customer> {
    return this.call('POST', `/customers/${encodeURIComponent(customerId)}/remove-relationship`, options);
  }

  suspendSubscriptions(customerId: string): Promise<{ suspended: number }> {
    return this.call('POST', `/customers/${encodeURIComponent(customerId)}/suspend-subscriptions`, {});
  }

  addSubscription(customerId: string, request: AddSubscriptionRequest = {}): Promise<Subscription> {
    return this.call('POST', `/customers/${encodeURIComponent(customerId)}/subscriptions`, request);
  }

  /** A new lead arrives in the referral inbox (New/Pending). */
  createReferral(request: CreateReferralRequest = {}): Promise<Referral> {
    return this.call('POST', '/referrals', request);
  }

  /** Closes a New referral as Expired, as 14 days without an answer would. */
  expireReferral(id: string): Promise<Referral> {
    return this.call('POST', `/referrals/${encodeURIComponent(id)}/expire`, {});
  }
}
