// What the referral screens need to know about a lead, pure so it is tested without a screen:
// which inbox it sits in, how long it has left, the JSON Patch each answer sends (only the
// documented transitions: shared/partner-center/referral.ts) and the rules a form must pass.
import {
  isAllowedReferralTransition,
  referralPatchValueSchemas,
  type Referral,
  type ReferralPatchOperation,
  type ReferralSubstatus,
} from '../../shared/partner-center';
import type { FieldConflict, FlatRecord } from '../../shared/sync/three-way-merge';

export type Inbox = 'new' | 'active' | 'closed';
export const inboxes: readonly Inbox[] = ['new', 'active', 'closed'];

export function inboxOf(referral: Pick<Referral, 'status'>): Inbox {
  return referral.status === 'New' ? 'new' : referral.status === 'Active' ? 'active' : 'closed';
}

/** Time left to answer a New referral before Microsoft closes it as Expired; null once answered. */
export function timeLeftMs(referral: Pick<Referral, 'status' | 'expirationDateTime'>, now: number): number | null {
  if (referral.status !== 'New') return null;
  return Math.max(0, Date.parse(referral.expirationDateTime) - now);
}

export type Answer = 'accept' | 'decline' | 'won' | 'lost';

const targets: Record<Answer, { status: Referral['status']; substatus: ReferralSubstatus }> = {
  accept: { status: 'Active', substatus: 'Accepted' },
  decline: { status: 'Closed', substatus: 'Declined' },
  won: { status: 'Closed', substatus: 'Won' },
  lost: { status: 'Closed', substatus: 'Lost' },
};

export function targetOf(answer: Answer) {
  return targets[answer];
}

/** The answers a referral in its current state allows, in the order the screen offers them. */
export function allowedAnswers(referral: Pick<Referral, 'status' | 'substatus'>): Answer[] {
  return (Object.keys(targets) as Answer[]).filter((answer) => {
    const target = targets[answer];
    return !(target.status === referral.status && target.substatus === referral.substatus) && isAllowedReferralTransition(referral, target);
  });
}

export interface AcceptForm {
  name: string;
  dealValue: string;
  currency: string;
  closeDate: string;
  notes: string;
}

export interface DeclineForm {
  reason: string;
  notes: string;
}

export interface CloseForm {
  notes: string;
}

export type FormProblem =
  | 'nameRequired'
  | 'nameTooLong'
  | 'dealValueRequired'
  | 'dealValueInvalid'
  | 'currencyInvalid'
  | 'closeDateRequired'
  | 'closeDateInvalid'
  | 'closeDatePast'
  | 'reasonRequired'
  | 'notesTooLong';

export const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'CAD', 'AUD', 'NZD', 'JPY', 'INR', 'BRL', 'MXN'] as const;

/** Reasons offered when declining; kept as these codes in `statusReason`, shown in the user's words. */
export const declineReasons = ['NotAFit', 'NoCapacity', 'OutsideOurArea', 'AlreadyEngaged', 'CustomerNotReachable', 'Other'] as const;

/** Parses "12,500.50", "12.500,50", "1,234,567" or "12500" into a number, or null. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0'’]/g, '');
  if (!/^\d[\d.,]*$/.test(compact) || /[.,]$/.test(compact)) return null;
  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  let decimalMark: ',' | '.' | null;
  if (commas > 0 && dots > 0) decimalMark = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
  else if (commas + dots === 0) decimalMark = null;
  else {
    const mark = commas > 0 ? ',' : '.';
    // One mark followed by exactly three digits, or the same mark repeated, separates thousands.
    const thousands = commas + dots > 1 || compact.length - compact.lastIndexOf(mark) - 1 === 3;
    decimalMark = thousands ? null : mark;
  }
  const [whole, fraction] = decimalMark ? [compact.slice(0, compact.lastIndexOf(decimalMark)), compact.slice(compact.lastIndexOf(decimalMark) + 1)] : [compact, ''];
  if (fraction.includes(',') || fraction.includes('.')) return null;
  const value = Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

export function checkAccept(form: AcceptForm, now: number): Partial<Record<keyof AcceptForm, FormProblem>> {
  const problems: Partial<Record<keyof AcceptForm, FormProblem>> = {};
  const name = form.name.trim();
  if (!name) problems.name = 'nameRequired';
  else if (name.length > 255) problems.name = 'nameTooLong';
  if (!form.dealValue.trim()) problems.dealValue = 'dealValueRequired';
  else {
    const value = parseAmount(form.dealValue);
    if (value === null || value < 0) problems.dealValue = 'dealValueInvalid';
  }
  if (!/^[A-Z]{3}$/.test(form.currency)) problems.currency = 'currencyInvalid';
  if (!form.closeDate) problems.closeDate = 'closeDateRequired';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(form.closeDate) || Number.isNaN(Date.parse(form.closeDate))) problems.closeDate = 'closeDateInvalid';
  else if (form.closeDate < today(now)) problems.closeDate = 'closeDatePast';
  if (form.notes.length > 5_000) problems.notes = 'notesTooLong';
  return problems;
}

export function checkDecline(form: DeclineForm): Partial<Record<keyof DeclineForm, FormProblem>> {
  const problems: Partial<Record<keyof DeclineForm, FormProblem>> = {};
  if (!form.reason.trim()) problems.reason = 'reasonRequired';
  if (form.notes.length > 5_000) problems.notes = 'notesTooLong';
  return problems;
}

export function checkClose(form: CloseForm): Partial<Record<keyof CloseForm, FormProblem>> {
  return form.notes.length > 5_000 ? { notes: 'notesTooLong' } : {};
}

const replace = (path: ReferralPatchOperation['path'], value: unknown): ReferralPatchOperation => ({ op: 'replace', path, value });

function statusChange(answer: Answer): ReferralPatchOperation[] {
  const target = targets[answer];
  return [replace('/status', target.status), replace('/substatus', target.substatus)];
}

export function acceptPatch(form: AcceptForm): ReferralPatchOperation[] {
  return [
    ...statusChange('accept'),
    replace('/name', form.name.trim()),
    replace('/details/dealValue', parseAmount(form.dealValue)),
    replace('/details/currency', form.currency),
    replace('/details/closingDateTime', form.closeDate),
    ...(form.notes.trim() ? [replace('/details/notes', form.notes.trim())] : []),
  ];
}

export function declinePatch(form: DeclineForm): ReferralPatchOperation[] {
  return [...statusChange('decline'), replace('/statusReason', form.reason), ...(form.notes.trim() ? [replace('/details/notes', form.notes.trim())] : [])];
}

export function closePatch(answer: 'won' | 'lost', form: CloseForm): ReferralPatchOperation[] {
  return [...statusChange(answer), ...(form.notes.trim() ? [replace('/details/notes', form.notes.trim())] : [])];
}

/** True when every value is one the Referrals API accepts for its path (the emulator checks the same). */
export function isValidPatch(patch: readonly ReferralPatchOperation[]): boolean {
  return patch.every((change) => referralPatchValueSchemas[change.path].safeParse(change.value).success);
}

/** The referral as the user sees it once the patch is applied (optimistic, until Partner Center answers). */
export function applyPatch<R extends Referral>(referral: R, patch: readonly ReferralPatchOperation[], now: number): R {
  const next: R = { ...referral, details: { ...referral.details }, updatedDateTime: new Date(now).toISOString() };
  for (const change of patch) {
    const [, first, second] = change.path.split('/');
    if (first === 'details' && second) (next.details as Record<string, unknown>)[second] = change.value;
    else if (first === 'team') continue;
    else (next as Record<string, unknown>)[first!] = change.value;
  }
  return next;
}

/** The value a referral holds at a patch path, for showing a conflict side by side. */
export function valueAt(referral: Referral, path: string): FlatRecord[string] {
  const [, first, second] = path.split('/');
  const value = first === 'details' && second ? (referral.details as Record<string, unknown>)[second] : (referral as Record<string, unknown>)[first!];
  return value === undefined || value === null || typeof value === 'object' ? null : (value as FlatRecord[string]);
}

/**
 * A referral changed in Partner Center while the user's answer waited: the fields the answer
 * touches, each with what the user sent and what Partner Center holds now.
 */
export function conflictFields(patch: readonly ReferralPatchOperation[], base: Referral | undefined, theirs: Referral): FieldConflict[] {
  return patch.map((change) => ({
    field: change.path,
    base: base ? valueAt(base, change.path) : null,
    mine: (change.value ?? null) as FlatRecord[string],
    theirs: valueAt(theirs, change.path),
  }));
}

/** Time left to answer, in the unit a person would say it: days, else hours, else "under an hour". */
export type TimeLeft = { unit: 'days' | 'hours'; count: number } | { unit: 'underAnHour' } | { unit: 'due' };

export function timeLeftOf(referral: Pick<Referral, 'status' | 'expirationDateTime'>, now: number): TimeLeft | null {
  const left = timeLeftMs(referral, now);
  if (left === null) return null;
  if (left <= 0) return { unit: 'due' };
  const hour = 3_600_000;
  // Days while two or more remain (a lead just received has "14 days left"); below that, hours,
  // so "1 day left" never hides that only 30 hours remain.
  if (left >= 2 * 24 * hour) return { unit: 'days', count: Math.round(left / (24 * hour)) };
  if (left >= hour) return { unit: 'hours', count: Math.floor(left / hour) };
  return { unit: 'underAnHour' };
}

/** Less than two days to answer: the inbox says so in a stronger colour. */
export function isUrgent(referral: Pick<Referral, 'status' | 'expirationDateTime'>, now: number): boolean {
  const left = timeLeftMs(referral, now);
  return left !== null && left < 2 * 86_400_000;
}

/** The accept form as it opens: the lead's own name, value and currency, the date still to choose. */
export function acceptFormFor(referral: Pick<Referral, 'name' | 'details'>, formatAmount: (value: number) => string = String): AcceptForm {
  const currency = referral.details.currency && /^[A-Z]{3}$/.test(referral.details.currency) ? referral.details.currency : 'EUR';
  return { name: referral.name, dealValue: referral.details.dealValue === undefined ? '' : formatAmount(referral.details.dealValue), currency, closeDate: '', notes: '' };
}

/** A refused answer back in its form, so the user corrects it instead of typing it again. */
export function formsFromPatch(patch: readonly ReferralPatchOperation[]): { answer: Answer | null; accept: Partial<AcceptForm>; decline: Partial<DeclineForm>; close: Partial<CloseForm> } {
  const value = (path: string) => patch.find((change) => change.path === path)?.value;
  const substatus = value('/substatus');
  const answer: Answer | null = substatus === 'Accepted' ? 'accept' : substatus === 'Declined' ? 'decline' : substatus === 'Won' ? 'won' : substatus === 'Lost' ? 'lost' : null;
  const text = (path: string) => (typeof value(path) === 'string' ? (value(path) as string) : undefined);
  const notes = text('/details/notes') ?? '';
  const dealValue = value('/details/dealValue');
  return {
    answer,
    accept: {
      ...(text('/name') !== undefined ? { name: text('/name') } : {}),
      ...(typeof dealValue === 'number' ? { dealValue: String(dealValue) } : {}),
      ...(text('/details/currency') !== undefined ? { currency: text('/details/currency') } : {}),
      ...(text('/details/closingDateTime') !== undefined ? { closeDate: text('/details/closingDateTime')!.slice(0, 10) } : {}),
      notes,
    },
    decline: { reason: text('/statusReason') ?? '', notes },
    close: { notes },
  };
}
