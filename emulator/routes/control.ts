// The control API (`/_emulator/...`): what tests, demos and benchmarks use to set the scene and to act
// as everyone who is not Partner Desk: a colleague editing a customer, a customer accepting an
// invitation, Microsoft sending a referral, a flaky network. No token needed; JSON in and out.
// Changes go through the same operations as the API, so the activity log records them too.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { OFFERS } from '../seed/names';
import type { EmulatorContext } from '../context';
import {
  acceptInvitationSchema,
  addSubscriptionSchema,
  changeBillingSchema,
  clockSchema,
  createReferralSchema,
  faultPlanSchema,
  removeRelationshipRequestSchema,
  renameSchema,
  resetRequestSchema,
  seedRequestSchema,
  throttleSchema,
  tokenRequestSchema,
  type EmulatorState,
  type SeedResponse,
  type TokenResponse,
} from '../control-api';
import { readBody } from '../http/request-body';
import { ANOTHER_USER } from '../partner-center/actors';
import { changeBillingAsAnotherUser, customerOrFault, removeRelationship, renameCustomer, suspendSubscriptions } from '../partner-center/customer-operations';
import { toBillingProfile, toCustomer } from '../partner-center/customer-resource';
import { acceptInvitation, INVITATIONS_ACCEPTED_KEY } from '../partner-center/invitation-operations';
import { expireReferral, recordNewReferral, referralOrFault } from '../partner-center/referral-operations';
import { installPartnerWorld } from '../seed/partner-world';
import { SeededRandom } from '../seed/prng';
import { generateReferral } from '../seed/referral-generator';
import { seedCustomers } from '../seed/seed-customers';
import { newEtag } from '../store/etag';
import { toSubscription } from '../store/subscriptions';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { EmulatorErrorCode } from '../../shared/partner-center';
import { randomInt, randomUUID } from 'node:crypto';

type WithCustomer = { Params: { customerId: string } };
const DAY_MS = 86_400_000;

/** Control bodies may be omitted where every field is optional. */
function controlBody<S extends z.ZodType>(raw: unknown, schema: S): z.output<S> {
  return readBody(raw === undefined || raw === '' ? '{}' : raw, schema);
}

export function seedWorld(context: EmulatorContext, customers: number, seed: number, referrals?: number): SeedResponse {
  const result = seedCustomers(context.store, customers, seed);
  const referralCount = referrals ?? Math.min(25, Math.ceil(customers / 20));
  const random = new SeededRandom(seed ^ 0x5eed);
  const now = context.clock.now().getTime();
  context.store.write(() => {
    for (let index = 0; index < referralCount; index += 1) {
      // Spread over the last 13 days so none has expired yet and the inbox has an order to sort by.
      const arrived = new Date(now - random.int(13 * DAY_MS));
      recordNewReferral(context.store, generateReferral(random, arrived), 'microsoft-referrals-service');
    }
  });
  return { ...result, referrals: referralCount };
}

export function resetWorld(context: EmulatorContext): void {
  context.store.clear();
  context.clock.reset();
  context.faults.clear();
  context.throttle.reset();
  installPartnerWorld(context.store);
}

export function registerControlRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  app.post('/_emulator/reset', async (request) => {
    const body = controlBody(request.body, resetRequestSchema);
    resetWorld(context);
    const seeded = body.customers ? seedWorld(context, body.customers, body.seed ?? 1) : null;
    return { ok: true, seeded };
  });

  app.get('/_emulator/state', async (): Promise<EmulatorState> => ({
    customers: store.customers.count(),
    invitationsAccepted: store.meta.get<number>(INVITATIONS_ACCEPTED_KEY) ?? 0,
    mail: store.mailbox.count(),
    referrals: store.referrals.count(),
    subscriptions: store.subscriptions.count(),
    requests: store.requestLog.count(),
    faults: context.faults.list(),
    throttlePerMinute: context.throttle.limit(),
    now: context.clock.iso(),
    partnerId: store.partnerId,
  }));

  app.post('/_emulator/seed', async (request): Promise<SeedResponse> => {
    const body = controlBody(request.body, seedRequestSchema);
    return seedWorld(context, body.customers, body.seed, body.referrals);
  });

  app.post('/_emulator/token', async (request): Promise<TokenResponse> => {
    const body = controlBody(request.body, tokenRequestSchema);
    const expiresIn = body.expiresInSeconds ?? 3600;
    const token = store.tokens.issue(new Date(context.clock.now().getTime() + expiresIn * 1000));
    return { access_token: token, token_type: 'Bearer', expires_in: expiresIn };
  });

  app.post('/_emulator/tokens/revoke', async () => ({ revoked: store.tokens.revokeAll() }));

  app.get('/_emulator/faults', async () => ({ rules: context.faults.list() }));
  app.post('/_emulator/faults', async (request) => {
    const plan = controlBody(request.body, faultPlanSchema);
    context.faults.set(plan);
    return { rules: context.faults.list() };
  });
  app.delete('/_emulator/faults', async () => {
    context.faults.clear();
    return { rules: [] };
  });

  app.post('/_emulator/throttle', async (request) => {
    const body = controlBody(request.body, throttleSchema);
    context.throttle.setLimit(body.perMinute);
    return { perMinute: context.throttle.limit() };
  });

  app.post('/_emulator/clock', async (request) => {
    const body = controlBody(request.body, clockSchema);
    if (body.reset) context.clock.reset();
    if (body.now) context.clock.set(new Date(body.now));
    if (body.advanceMs) context.clock.advance(body.advanceMs);
    if (body.advanceDays) context.clock.advance(body.advanceDays * DAY_MS);
    return { now: context.clock.iso() };
  });

  app.get('/_emulator/requests', async () => store.requestLog.list());
  app.get('/_emulator/mail', async () => store.mailbox.list());

  app.post('/_emulator/invitations/accept', async (request) => {
    const body = controlBody(request.body, acceptInvitationSchema);
    const { result } = store.write(() => acceptInvitation(store, body));
    return toCustomer(result);
  });

  /** The customer as stored, whatever the relationship: lets a test check that a refusal changed nothing. */
  app.get<WithCustomer>('/_emulator/customers/:customerId', async (request) => {
    const customer = store.customers.get(request.params.customerId);
    if (!customer) throw new PartnerCenterFault(404, EmulatorErrorCode.notFound, `No customer '${request.params.customerId}'.`);
    return toCustomer(customer);
  });

  app.post<WithCustomer>('/_emulator/customers/:customerId/billing', async (request) => {
    const fields = controlBody(request.body, changeBillingSchema);
    const { result } = store.write(() => changeBillingAsAnotherUser(store, customerOrFault(store, request.params.customerId), fields));
    return toBillingProfile(result);
  });

  app.post<WithCustomer>('/_emulator/customers/:customerId/rename', async (request) => {
    const body = controlBody(request.body, renameSchema);
    const { result } = store.write(() => renameCustomer(store, customerOrFault(store, request.params.customerId), body.companyName, ANOTHER_USER));
    return toCustomer(result);
  });

  app.post<WithCustomer>('/_emulator/customers/:customerId/remove-relationship', async (request) => {
    const body = controlBody(request.body, removeRelationshipRequestSchema);
    const { result } = store.write(() => removeRelationship(store, customerOrFault(store, request.params.customerId), ANOTHER_USER, body.force ? { force: true } : {}));
    return toCustomer(result);
  });

  app.post<WithCustomer>('/_emulator/customers/:customerId/suspend-subscriptions', async (request) => {
    const { result } = store.write(() => suspendSubscriptions(store, customerOrFault(store, request.params.customerId), ANOTHER_USER));
    return { suspended: result };
  });

  app.post<WithCustomer>('/_emulator/customers/:customerId/subscriptions', async (request) => {
    const body = controlBody(request.body, addSubscriptionSchema);
    const customer = customerOrFault(store, request.params.customerId);
    const offer = OFFERS.find(([, name]) => name.toLowerCase() === (body.offerName ?? 'Microsoft 365 Business Premium').toLowerCase()) ?? OFFERS[0];
    if (!offer) throw new Error('no offers');
    const now = context.clock.now();
    const record = {
      id: randomUUID(),
      customerId: customer.id,
      offerId: offer[0],
      offerName: offer[1],
      quantity: body.quantity ?? 1,
      unitType: offer[2],
      status: body.status ?? 'active',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      autoRenew: true,
      createdAt: now.toISOString(),
      commitmentEnd: new Date(now.getTime() + 365 * DAY_MS).toISOString(),
      etag: newEtag(),
    } as const;
    store.write(() => {
      store.subscriptions.insert(record);
      store.audit.record({ operationType: 'update_subscription', resourceType: 'subscription', customerId: customer.id, customerName: customer.companyName, newValue: { id: record.id, status: record.status, offerName: record.offerName }, userPrincipalName: ANOTHER_USER, customizedData: { SubscriptionId: record.id } });
    });
    return toSubscription(record);
  });

  app.post('/_emulator/referrals', async (request) => {
    const body = controlBody(request.body, createReferralSchema);
    const referral = generateReferral(new SeededRandom(randomInt(0x7fffffff)), context.clock.now(), body);
    store.write(() => recordNewReferral(store, referral, 'microsoft-referrals-service'));
    return referral;
  });

  app.post<{ Params: { id: string } }>('/_emulator/referrals/:id/expire', async (request) => {
    const { result } = store.write(() => expireReferral(store, referralOrFault(store, request.params.id), 'microsoft-referrals-service'));
    return result;
  });
}
