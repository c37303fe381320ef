// The referral lifecycle: accept, decline, win, lose through JSON Patch, only along the documented
// transitions; unanswered leads expire after 14 days (Microsoft's doing, applied when read).
// Each change is audited and gets a new eTag.
import {
  EmulatorErrorCode,
  PartnerCenterErrorCode,
  allowedReferralTargets,
  isAllowedReferralTransition,
  referralPatchValueSchemas,
  type Referral,
  type ReferralPatchOperation,
} from '../../shared/partner-center';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { describeIssues } from '../http/request-body';
import type { EmulatorStore } from '../store/emulator-store';
import { newEtag } from '../store/etag';

const VALID_PAIRS = new Set(['New/Pending', 'New/Received', 'Active/Accepted', 'Closed/Won', 'Closed/Lost', 'Closed/Declined', 'Closed/Expired']);

export function referralOrFault(store: EmulatorStore, id: string): Referral {
  const referral = store.referrals.get(id);
  if (!referral) throw new PartnerCenterFault(404, EmulatorErrorCode.referralNotFound, `Referral '${id}' was not found.`);
  return referral;
}

export function recordNewReferral(store: EmulatorStore, referral: Referral, actor: string): void {
  store.referrals.insert(referral);
  store.audit.record({ operationType: 'create_referral', resourceType: 'referral', customerName: referral.customerProfile.name, newValue: { id: referral.id, name: referral.name }, userPrincipalName: actor, customizedData: { ReferralId: referral.id } });
}

function saveChange(store: EmulatorStore, before: Referral, after: Referral, actor: string): Referral {
  const saved = { ...after, updatedDateTime: store.clock.iso(), eTag: newEtag() };
  store.referrals.save(saved);
  store.audit.record({
    operationType: 'update_referral',
    resourceType: 'referral',
    customerName: saved.customerProfile.name,
    oldValue: { status: before.status, substatus: before.substatus },
    newValue: { status: saved.status, substatus: saved.substatus },
    userPrincipalName: actor,
    customizedData: { ReferralId: saved.id },
  });
  return saved;
}

/** Closes a New referral as Expired (the control API's "expire", and the 14-day rule). */
export function expireReferral(store: EmulatorStore, referral: Referral, actor: string): Referral {
  if (referral.status !== 'New') {
    throw new PartnerCenterFault(400, EmulatorErrorCode.invalidTransition, `Only a New referral can expire; '${referral.id}' is ${referral.status}/${referral.substatus}.`);
  }
  return saveChange(store, referral, { ...referral, status: 'Closed', substatus: 'Expired', statusReason: 'Expired' }, actor);
}

/** Applies the 14-day rule to every referral that passed its expiration date unanswered. */
export function expireOverdueReferrals(store: EmulatorStore, actor: string): void {
  const now = store.clock.iso();
  for (const referral of store.referrals.list()) {
    if (referral.status === 'New' && referral.expirationDateTime <= now) expireReferral(store, referral, actor);
  }
}

function applyOperation(draft: Referral, operation: ReferralPatchOperation, index: number): void {
  const valueCheck = referralPatchValueSchemas[operation.path].safeParse(operation.value);
  if (!valueCheck.success) {
    const { description } = describeIssues(valueCheck.error.issues, operation.value);
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `Operation ${index} (${operation.op} ${operation.path}) has an invalid value. ${description.replace(/^The request is invalid\. /, '')}`);
  }
  const value = valueCheck.data as never;
  if (operation.path === '/team/-') {
    if (operation.op !== 'add') throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `Operation ${index}: /team/- only takes 'add'.`);
    draft.team = [...draft.team, value];
    return;
  }
  const [, first, second] = operation.path.split('/');
  if (first === 'details' && second) (draft.details as Record<string, unknown>)[second] = value;
  else if (first) (draft as unknown as Record<string, unknown>)[first] = value;
}

export function patchReferral(store: EmulatorStore, referral: Referral, operations: ReferralPatchOperation[], actor: string): Referral {
  if (referral.status === 'Closed') {
    throw new PartnerCenterFault(400, EmulatorErrorCode.invalidTransition, `Referral '${referral.id}' is closed (${referral.substatus}) and can no longer be changed.`);
  }
  const draft: Referral = structuredClone(referral);
  operations.forEach((operation, index) => applyOperation(draft, operation, index));
  const target = `${draft.status}/${draft.substatus}`;
  if (!VALID_PAIRS.has(target)) {
    throw new PartnerCenterFault(400, EmulatorErrorCode.invalidTransition, `${target} is not a valid status/substatus pair; set both, e.g. Active/Accepted or Closed/Declined.`);
  }
  if (!isAllowedReferralTransition(referral, draft)) {
    const allowed = allowedReferralTargets(referral);
    throw new PartnerCenterFault(400, EmulatorErrorCode.invalidTransition, `A referral cannot move from ${referral.status}/${referral.substatus} to ${target}. Allowed: ${allowed.length ? allowed.join(', ') : 'none'}.`);
  }
  if (target === 'Active/Accepted' && `${referral.status}/${referral.substatus}` !== target) {
    const missing = [
      draft.name.trim() === '' ? 'name (engagement name)' : null,
      draft.details.dealValue === undefined ? 'details.dealValue (estimated deal value)' : null,
      draft.details.closingDateTime === undefined ? 'details.closingDateTime (estimated close date)' : null,
    ].filter((item): item is string => item !== null);
    if (missing.length) throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, `Accepting a referral needs ${missing.join(', ')}.`);
  }
  if (target === 'Closed/Declined' && !draft.statusReason?.trim()) {
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, 'Declining a referral needs a reason: set /statusReason.');
  }
  return saveChange(store, referral, draft, actor);
}
