// What an invitation is to Partner Desk: the stored record plus the message the partner wrote,
// the rules a draft must pass, and how the message becomes a mail. Pure, so the rules are tested
// without a screen. Partner Center keeps no list of invitations (partner-center-api.md §1): this
// record is the only trace of one, so it keeps everything needed to resend it word for word.
import type { InvitationRecord, InvitationStatus } from '../data/records';

/** Where the relationship link goes in a message; replaced by the real link only when delivered. */
export const linkPlaceholder = '{link}';

export const placeholders = ['{recipientName}', '{companyName}', '{partnerName}', '{delegatedAdmin}', '{note}', linkPlaceholder] as const;

export type MailLanguage = 'en' | 'it';

/**
 * The stored record with what the screens and the sync need beyond the shared record shape.
 * Fields after `InvitationRecord` are optional on disk (rows written before they existed) and
 * filled with defaults by `invitationOf`.
 */
export interface Invitation extends InvitationRecord {
  /** The subject and body as the partner edited them, placeholders included. */
  subject: string;
  body: string;
  /** Queued for Graph before the relationship link was ever fetched: sync queues it once it is known. */
  waitingForLink: boolean;
  /** How many times it was handed over (sent, opened in the mail app, copied). */
  deliveries: number;
  lastDeliveredAt?: string;
  cancelledAt?: string;
  /** The accepted notice was shown; a notice is announced once. */
  acceptanceAnnounced: boolean;
  /** The customer's company name as Partner Center lists it once accepted. */
  acceptedCompanyName?: string;
}

export function invitationOf(record: InvitationRecord & Partial<Invitation>): Invitation {
  return {
    ...record,
    subject: record.subject ?? '',
    body: record.body ?? '',
    waitingForLink: record.waitingForLink ?? false,
    deliveries: record.deliveries ?? (record.sentAt ? 1 : 0),
    acceptanceAnnounced: record.acceptanceAnnounced ?? record.status === 'accepted',
  };
}

/** Statuses of invitations still waiting for the customer. */
export const openStatuses: readonly InvitationStatus[] = ['pending', 'sent', 'delivery-unknown'];

export const isOpen = (invitation: Pick<InvitationRecord, 'status'>) => openStatuses.includes(invitation.status);

export interface InvitationDraft {
  recipientName: string;
  recipientEmail: string;
  companyName: string;
  expectedDomain: string;
  delegatedAdmin: boolean;
  language: MailLanguage;
  note: string;
  subject: string;
  body: string;
}

export type DraftField = keyof InvitationDraft;

/** Why a draft cannot go yet; each problem names a text key under `invitations.errors.` */
export type DraftProblem =
  | 'recipientNameRequired'
  | 'recipientNameTooLong'
  | 'recipientEmailRequired'
  | 'recipientEmailInvalid'
  | 'companyNameRequired'
  | 'companyNameTooLong'
  | 'expectedDomainRequired'
  | 'expectedDomainInvalid'
  | 'noteTooLong'
  | 'subjectRequired'
  | 'subjectTooLong'
  | 'bodyRequired'
  | 'bodyNeedsLink'
  | 'bodyTooLong';

export const draftLimits = { recipientName: 100, companyName: 255, note: 1_000, subject: 255, body: 5_000 } as const;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const domainPattern = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The domain as the customer list stores it: lower case, without a leading @, scheme or www. */
export function normaliseDomain(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^@/, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

export function checkDraft(draft: InvitationDraft): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const name = draft.recipientName.trim();
  if (!name) problems.recipientName = 'recipientNameRequired';
  else if (name.length > draftLimits.recipientName) problems.recipientName = 'recipientNameTooLong';
  const email = draft.recipientEmail.trim();
  if (!email) problems.recipientEmail = 'recipientEmailRequired';
  else if (!emailPattern.test(email)) problems.recipientEmail = 'recipientEmailInvalid';
  const company = draft.companyName.trim();
  if (!company) problems.companyName = 'companyNameRequired';
  else if (company.length > draftLimits.companyName) problems.companyName = 'companyNameTooLong';
  const domain = normaliseDomain(draft.expectedDomain);
  if (!domain) problems.expectedDomain = 'expectedDomainRequired';
  else if (!domainPattern.test(domain)) problems.expectedDomain = 'expectedDomainInvalid';
  if (draft.note.length > draftLimits.note) problems.note = 'noteTooLong';
  if (!draft.subject.trim()) problems.subject = 'subjectRequired';
  else if (draft.subject.length > draftLimits.subject) problems.subject = 'subjectTooLong';
  if (!draft.body.trim()) problems.body = 'bodyRequired';
  else if (!draft.body.includes(linkPlaceholder)) problems.body = 'bodyNeedsLink';
  else if (draft.body.length > draftLimits.body) problems.body = 'bodyTooLong';
  return problems;
}

/**
 * The link for this invitation. Partner Center gives one link per partner with the delegated-admin
 * flag in its `DAP` parameter (partner-center-api.md §2); the same link with `DAP=false` is the
 * portal's "without delegated admin" variant, so it is derived here rather than fetched again.
 */
export function invitationLink(partnerLink: string, delegatedAdmin: boolean): string {
  let url: URL;
  try {
    url = new URL(partnerLink);
  } catch {
    return partnerLink;
  }
  const key = [...url.searchParams.keys()].find((name) => name.toLowerCase() === 'dap') ?? 'DAP';
  url.searchParams.set(key, delegatedAdmin ? 'true' : 'false');
  return url.toString();
}

export interface MailWords {
  /** The sentence for {delegatedAdmin}, in the mail's language. */
  delegatedAdminSentence: string;
  /** Stands in for {partnerName} when the partner profile is not known yet. */
  partnerFallback: string;
}

export interface RenderedMail {
  subject: string;
  body: string;
}

/** Fills the placeholders. Lines left empty by an empty note collapse, so no gap shows. */
export function renderMail(
  invitation: Pick<Invitation, 'subject' | 'body' | 'recipientName' | 'companyName' | 'note' | 'delegatedAdmin'>,
  context: { link: string; partnerName?: string; words: MailWords },
): RenderedMail {
  const values: Record<string, string> = {
    '{recipientName}': invitation.recipientName.trim(),
    '{companyName}': invitation.companyName.trim(),
    '{partnerName}': context.partnerName?.trim() || context.words.partnerFallback,
    '{delegatedAdmin}': invitation.delegatedAdmin ? context.words.delegatedAdminSentence : '',
    '{note}': invitation.note.trim(),
    [linkPlaceholder]: context.link,
  };
  const fill = (text: string) => text.replace(/\{(recipientName|companyName|partnerName|delegatedAdmin|note|link)\}/g, (token) => values[token] ?? token);
  const body = fill(invitation.body)
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { subject: fill(invitation.subject).replace(/\s+/g, ' ').trim(), body };
}
