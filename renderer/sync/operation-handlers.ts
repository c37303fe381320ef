// What sending each kind of outbox operation means: the calls to make and, on success, what to
// write locally. A handler talks to the network and describes the outcome; `push.ts` writes
// the outcome in one transaction, so a crash never leaves an operation half-settled. The only
// write a handler makes itself is a new request id before it is sent (rememberRequest).
import type { IpcError } from '../../shared/ipc/envelope';
import type { BillingProfile, BillingProfileUpdate, OrganizationProfile, OrganizationProfileUpdate } from '../../shared/partner-center';
import type { OutboxOperation } from '../../shared/sync/operations';
import { flatten, threeWayMerge, unflatten, type FlatRecord } from '../../shared/sync/three-way-merge';
import { billingUpdateBody } from '../customers/customer-mutations';
import { recordMailSent } from '../invitations/invitation-actions';
import type { ConflictRecord } from '../data/records';
import { applyServerBillingProfile } from './server-billing-profile';
import { settleCreatedCustomer } from './remap-customer-id';
import type { SyncContext } from './sync-context';

export type HandlerOutcome =
  | { kind: 'acknowledged'; apply: () => Promise<void>; changedOperation?: Partial<OutboxOperation> }
  /** Writes the settled operation itself, with everything it changes, and returns it as written. */
  | { kind: 'acknowledged'; settle: (acknowledged: OutboxOperation) => Promise<OutboxOperation>; changedOperation?: Partial<OutboxOperation> }
  | { kind: 'failed'; failure: IpcError; changedOperation?: Partial<OutboxOperation> }
  | { kind: 'conflict'; conflict: Omit<ConflictRecord, 'operationId' | 'recordKey' | 'createdAt'>; apply?: () => Promise<void> }
  | { kind: 'delivery-unknown'; failure: IpcError };

const failed = (failure: IpcError, changedOperation?: Partial<OutboxOperation>): HandlerOutcome => ({ kind: 'failed', failure, changedOperation });

/**
 * Profiles edited offline (billing, organization): fresh GET, three-way merge against the base
 * the user edited from, PUT with If-Match. Same-field changes on both sides become a conflict.
 * A PUT whose answer was lost is recognised on the retry: the server already holds "mine".
 */
async function mergeAndPut<P extends { attributes: { etag: string } }>(
  operation: OutboxOperation,
  base: FlatRecord,
  mine: FlatRecord,
  calls: {
    get: () => Promise<{ ok: true; value: P } | { ok: false; error: IpcError }>;
    fields: (profile: P) => Record<string, unknown>;
    put: (requestId: string, etag: string, body: Record<string, unknown>) => Promise<{ ok: true; value: P } | { ok: false; error: IpcError }>;
    applyServer: (server: P) => Promise<void>;
    /** Saves changes to the operation before the request goes out (see rememberRequest). */
    remember: (changes: Partial<OutboxOperation>) => Promise<void>;
    /**
     * Fields Partner Center owns (a profile's own id): never the user's edit, so they always take
     * the server's value. A customer created offline learns its profile id only after the edit
     * was queued, and that must not read as a conflict (found by the simulation).
     */
    serverOwned?: readonly string[];
  },
): Promise<HandlerOutcome> {
  const fresh = await calls.get();
  if (!fresh.ok) return failed(fresh.error);
  const theirs = flatten(calls.fields(fresh.value));
  for (const field of calls.serverOwned ?? []) {
    if (!(field in theirs)) continue;
    base = { ...base, [field]: theirs[field]! };
    mine = { ...mine, [field]: theirs[field]! };
  }
  const merge = threeWayMerge(base, mine, theirs);
  if (merge.conflicts.length > 0) {
    return {
      kind: 'conflict',
      conflict: { fields: merge.conflicts, base, mine, theirs, theirsEtag: fresh.value.attributes.etag },
      apply: () => calls.applyServer(fresh.value),
    };
  }
  if (merge.changedFromTheirs.length === 0) {
    return { kind: 'acknowledged', apply: () => calls.applyServer(fresh.value) };
  }
  const etag = fresh.value.attributes.etag;
  // Partner Center refuses a reused MS-RequestId with a different body: a merge over a newer
  // server profile is a new request; a plain retry against the same etag keeps its id.
  let changedOperation: Partial<OutboxOperation> | undefined;
  let requestId = operation.requestId;
  if (operation.sentWithEtag !== undefined && operation.sentWithEtag !== etag) {
    requestId = crypto.randomUUID();
    changedOperation = { requestId, requestIds: [...operation.requestIds, requestId], sentWithEtag: etag };
  } else if (operation.sentWithEtag === undefined) {
    changedOperation = { sentWithEtag: etag };
  }
  if (changedOperation) await calls.remember(changedOperation);
  const put = await calls.put(requestId, etag, unflatten(merge.merged));
  if (!put.ok) {
    // The profile moved between our GET and PUT: not the user's conflict yet; the retry re-merges.
    const failure: IpcError = put.error.kind === 'conflict' ? { ...put.error, kind: 'server', retryAfterMs: 0 } : put.error;
    return failed(failure, changedOperation);
  }
  return { kind: 'acknowledged', apply: () => calls.applyServer(put.value), changedOperation };
}

export async function sendOperation(context: SyncContext, operation: OutboxOperation): Promise<HandlerOutcome> {
  const { db, port } = context;
  const payload = operation.payload;
  switch (payload.kind) {
    case 'create-customer': {
      const answer = await port.createCustomer({ requestId: operation.requestId, customer: payload.customer });
      if (!answer.ok) return failed(answer.error);
      const created = answer.value;
      return { kind: 'acknowledged', settle: (acknowledged) => settleCreatedCustomer(db, acknowledged, payload.localId, created) };
    }
    case 'update-billing-profile':
      return mergeAndPut<BillingProfile>(operation, payload.base, payload.mine, {
        get: () => port.getBillingProfile({ customerId: payload.customerId }),
        fields: (profile) => billingUpdateBody(profile),
        put: (requestId, etag, body) =>
          port.updateBillingProfile({ requestId, customerId: payload.customerId, etag, profile: body as BillingProfileUpdate }),
        applyServer: (server) => applyServerBillingProfile(context, payload.customerId, server),
        remember: (changes) => rememberRequest(context, operation, changes),
        serverOwned: ['id'],
      });
    case 'remove-relationship': {
      const answer = await port.removeRelationship({ requestId: operation.requestId, customerId: payload.customerId });
      if (!answer.ok) return failed(answer.error);
      return {
        kind: 'acknowledged',
        apply: async () => {
          await db.customers.update(payload.customerId, { relationship: answer.value.relationshipToPartner });
        },
      };
    }
    case 'send-mail': {
      const answer = await port.sendMail({ requestId: operation.requestId, mail: payload.message });
      if (answer.ok) {
        return {
          kind: 'acknowledged',
          apply: () => recordMailSent(db, payload.invitationId, new Date(context.now())),
        };
      }
      // Graph does not de-duplicate: after a call that may have gone through, only the user may resend.
      if (answer.error.kind === 'timeout' || answer.error.kind === 'server') return { kind: 'delivery-unknown', failure: answer.error };
      return failed(answer.error);
    }
    case 'patch-referral': {
      const answer = await port.patchReferral({ requestId: operation.requestId, referralId: payload.referralId, etag: payload.etag, patch: payload.patch });
      if (!answer.ok) {
        if (answer.error.kind === 'conflict') {
          const mine = Object.fromEntries(payload.patch.map((change) => [change.path, JSON.stringify(change.value)]));
          return { kind: 'conflict', conflict: { fields: [], base: {}, mine, theirs: {} } };
        }
        return failed(answer.error);
      }
      return { kind: 'acknowledged', apply: async () => void (await db.referrals.put({ ...answer.value, sync: 'synced' })) };
    }
    case 'update-organization-profile':
      return mergeAndPut<OrganizationProfile>(operation, payload.base, payload.mine, {
        get: () => port.getOrganizationProfile(),
        fields: ({ attributes: _attributes, id: _id, tenantId: _tenantId, ...fields }) => fields,
        put: (requestId, etag, body) => port.updateOrganizationProfile({ requestId, etag, profile: body as OrganizationProfileUpdate }),
        applyServer: async (server) => void (await db.meta.put({ key: 'organizationProfile', value: server })),
        remember: (changes) => rememberRequest(context, operation, changes),
      });
  }
}

/**
 * The one write a handler makes before its answer: a request id (and the etag its body was merged
 * against) is saved before the request leaves. Otherwise a crash between a PUT that landed and
 * the settling transaction loses the id the change was made under, and `requestIds` no longer
 * accounts for the operation's effect (found by the sync simulation). Written only while the
 * operation is still in flight, so it never touches one that is settled.
 */
async function rememberRequest(context: SyncContext, operation: OutboxOperation, changes: Partial<OutboxOperation>): Promise<void> {
  const { db } = context;
  await db.transaction('rw', db.outbox, async () => {
    const current = await db.outbox.get(operation.seq!);
    if (current?.status === 'in-flight') await db.outbox.update(operation.seq!, changes);
  });
}
