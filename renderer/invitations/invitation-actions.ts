// Local-first changes to invitations (architecture §1): each writes the invitation and, for a mail
// sent through Graph, its outbox operation in one transaction. Graph's sendMail is not idempotent,
// so an operation that may have gone out is never replaced silently: only the user's Resend or
// Mark as sent settles it.
import type { SendMailRequest } from '../../shared/partner-center';
import { invitationRecordKey, type OutboxOperation } from '../../shared/sync/operations';
import { searchKey, type PartnerDeskDatabase } from '../data/database';
import { newOperation, operationsOfRecord } from '../data/outbox';
import type { InvitationRecord } from '../data/records';
import { invitationLink, invitationOf, isOpen, normaliseDomain, renderMail, type Invitation, type InvitationDraft, type RenderedMail } from './invitation';
import { readRelationshipLink, type RelationshipLink } from './relationship-link';
import { mailTemplate } from './texts';

export type Delivery = InvitationRecord['delivery'];

/** A refusal the user can act on; `reason` picks the sentence in their language. */
export class InvitationRefused extends Error {
  constructor(
    readonly reason: 'already-customer' | 'already-invited' | 'not-found' | 'already-sending' | 'accepted',
    readonly details: Record<string, string> = {},
  ) {
    super(reason);
  }
}

/** The key under which the sync keeps the partner's own organization profile. */
export const organizationProfileKey = 'organizationProfile';

export async function readPartnerName(db: PartnerDeskDatabase): Promise<string | undefined> {
  const profile = (await db.meta.get(organizationProfileKey))?.value as { companyName?: string } | undefined;
  return profile?.companyName;
}

/** The mail as it goes out: placeholders filled in the mail's own language. */
export function mailOf(invitation: Invitation, link: string, partnerName: string | undefined): RenderedMail {
  return renderMail(invitation, { link: invitationLink(link, invitation.delegatedAdmin), partnerName, words: mailTemplate(invitation.language) });
}

export function sendMailRequestOf(invitation: Invitation, mail: RenderedMail): SendMailRequest {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'Text', content: mail.body },
      toRecipients: [{ emailAddress: { address: invitation.recipientEmail, name: invitation.recipientName } }],
    },
    saveToSentItems: true,
  };
}

/** Writes an invitation with its fields beyond the shared record shape. */
export function storeInvitation(db: PartnerDeskDatabase, invitation: Invitation): Promise<string> {
  return db.invitations.put(invitation);
}

const unsettled = (operation: OutboxOperation) => operation.status !== 'acknowledged' && operation.status !== 'discarded';

async function openOperations(db: PartnerDeskDatabase, invitationId: string): Promise<OutboxOperation[]> {
  return operationsOfRecord(db, invitationRecordKey(invitationId)).filter(unsettled).toArray();
}

/** Operations that wait for the user (refused, delivery unknown) or have not left yet are dropped. */
async function settleOpenOperations(db: PartnerDeskDatabase, invitationId: string, now: Date): Promise<void> {
  for (const operation of await openOperations(db, invitationId)) {
    if (operation.status === 'in-flight') throw new InvitationRefused('already-sending');
    await db.outbox.update(operation.seq!, { status: 'discarded', updatedAt: now.toISOString() });
  }
}

/**
 * Queues the Graph mail when the link and the partner's name are known; otherwise marks the
 * invitation to wait for the sync, which fetches both on its first pull online. Only the sync
 * (`unnamedAllowed`) lets a mail go without the name, after it tried to fetch the profile: a mail
 * signed "Your Microsoft partner" is better than none, but not when one pull would name it.
 */
async function queueGraphMail(
  db: PartnerDeskDatabase,
  invitation: Invitation,
  link: RelationshipLink | null,
  partnerName: string | undefined,
  now: Date,
  unnamedAllowed = false,
): Promise<Invitation> {
  if (!link || (!partnerName && !unnamedAllowed)) return { ...invitation, status: 'pending', delivery: 'graph', waitingForLink: true };
  const message = sendMailRequestOf(invitation, mailOf(invitation, link.url, partnerName));
  await db.outbox.add(newOperation(invitationRecordKey(invitation.id), { kind: 'send-mail', invitationId: invitation.id, message }, now));
  return { ...invitation, status: 'pending', delivery: 'graph', waitingForLink: false };
}

function draftFields(draft: InvitationDraft) {
  const expectedDomain = normaliseDomain(draft.expectedDomain);
  return {
    recipientName: draft.recipientName.trim(),
    recipientEmail: draft.recipientEmail.trim(),
    companyName: draft.companyName.trim(),
    expectedDomain,
    expectedDomainKey: searchKey(expectedDomain),
    delegatedAdmin: draft.delegatedAdmin,
    language: draft.language,
    note: draft.note.trim(),
    subject: draft.subject,
    body: draft.body,
  };
}

/** Refuses an invitation to a company that is already a customer, or already has an open invitation. */
async function refuseDuplicates(db: PartnerDeskDatabase, expectedDomainKey: string): Promise<void> {
  const customer = await db.customers.where('domainKey').equals(expectedDomainKey).filter((row) => row.relationship === 'reseller').first();
  if (customer) throw new InvitationRefused('already-customer', { domain: customer.domain, company: customer.companyName });
  const open = await db.invitations.where('expectedDomainKey').equals(expectedDomainKey).filter(isOpen).first();
  if (open) throw new InvitationRefused('already-invited', { domain: open.expectedDomain, date: open.createdAt });
}

/**
 * Saves a new invitation. With `graph` it goes out through the outbox (now, or when online, or
 * once the link is known); with `mail-app` or `clipboard` the caller has already handed it over.
 */
export async function saveInvitation(db: PartnerDeskDatabase, draft: InvitationDraft, delivery: Delivery, now = new Date()): Promise<Invitation> {
  const fields = draftFields(draft);
  return db.transaction('rw', [db.invitations, db.customers, db.outbox, db.meta], async () => {
    await refuseDuplicates(db, fields.expectedDomainKey);
    const base: Invitation = invitationOf({
      id: crypto.randomUUID(),
      ...fields,
      delivery,
      status: 'pending',
      createdAt: now.toISOString(),
      waitingForLink: false,
      deliveries: 0,
      acceptanceAnnounced: false,
    });
    const invitation =
      delivery === 'graph'
        ? await queueGraphMail(db, base, await readRelationshipLink(db), await readPartnerName(db), now)
        : { ...base, status: 'sent' as const, sentAt: now.toISOString(), lastDeliveredAt: now.toISOString(), deliveries: 1 };
    await db.invitations.add(invitation);
    return invitation;
  });
}

/** Checks a new invitation against the list before the mail app or clipboard gets it. */
export async function checkNotDuplicate(db: PartnerDeskDatabase, expectedDomain: string): Promise<void> {
  await refuseDuplicates(db, searchKey(normaliseDomain(expectedDomain)));
}

async function readInvitation(db: PartnerDeskDatabase, id: string): Promise<Invitation> {
  const record = await db.invitations.get(id);
  if (!record) throw new InvitationRefused('not-found');
  return invitationOf(record);
}

/** Sends the same message again through Graph. Any earlier attempt waiting for the user is dropped. */
export async function resendThroughGraph(db: PartnerDeskDatabase, id: string, now = new Date()): Promise<Invitation> {
  return db.transaction('rw', [db.invitations, db.outbox, db.meta], async () => {
    const invitation = await readInvitation(db, id);
    if (invitation.status === 'accepted') throw new InvitationRefused('accepted');
    await settleOpenOperations(db, id, now);
    const next = await queueGraphMail(db, { ...invitation, cancelledAt: undefined }, await readRelationshipLink(db), await readPartnerName(db), now);
    await db.invitations.put(next);
    return next;
  });
}

/** The invitation went out by the mail app or the clipboard (first time or again). */
export async function recordHandedOver(db: PartnerDeskDatabase, id: string, delivery: Exclude<Delivery, 'graph'>, now = new Date()): Promise<Invitation> {
  return db.transaction('rw', [db.invitations, db.outbox], async () => {
    const invitation = await readInvitation(db, id);
    await settleOpenOperations(db, id, now);
    const next: Invitation = {
      ...invitation,
      delivery,
      status: invitation.status === 'accepted' ? 'accepted' : 'sent',
      waitingForLink: false,
      cancelledAt: undefined,
      sentAt: invitation.sentAt ?? now.toISOString(),
      lastDeliveredAt: now.toISOString(),
      deliveries: invitation.deliveries + 1,
    };
    await db.invitations.put(next);
    return next;
  });
}

/** The user looked in Sent Items: the mail whose delivery was unknown did go out. */
export async function markSent(db: PartnerDeskDatabase, id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.invitations, db.outbox], async () => {
    const invitation = await readInvitation(db, id);
    await settleOpenOperations(db, id, now);
    if (invitation.status === 'accepted') return;
    await storeInvitation(db, { ...invitation, status: 'sent', sentAt: invitation.sentAt ?? now.toISOString(), lastDeliveredAt: now.toISOString(), deliveries: invitation.deliveries + 1 });
  });
}

/** Stops tracking an invitation; a mail not yet sent is not sent. */
export async function cancelInvitation(db: PartnerDeskDatabase, id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.invitations, db.outbox], async () => {
    const invitation = await readInvitation(db, id);
    if (invitation.status === 'accepted') throw new InvitationRefused('accepted');
    await settleOpenOperations(db, id, now);
    await storeInvitation(db, { ...invitation, status: 'cancelled', cancelledAt: now.toISOString(), waitingForLink: false });
  });
}

/**
 * Invitations sent with Graph before the link (or the partner's name) was ever fetched: now that
 * the sync has fetched them, each gets its mail queued, with the link, in the same transaction
 * that clears its wait. Run by the sync after its profile and link pulls.
 */
export async function releaseInvitationsWaitingForLink(db: PartnerDeskDatabase, now = new Date()): Promise<number> {
  return db.transaction('rw', [db.invitations, db.outbox, db.meta], async () => {
    const link = await readRelationshipLink(db);
    if (!link) return 0;
    const partnerName = await readPartnerName(db);
    const waiting = (await db.invitations.where('status').equals('pending').toArray()).map(invitationOf).filter((invitation) => invitation.waitingForLink);
    for (const invitation of waiting) await db.invitations.put(await queueGraphMail(db, invitation, link, partnerName, now, true));
    return waiting.length;
  });
}

/**
 * Graph answered 202: the mail left. Run by the sync inside the transaction that settles the
 * operation. An invitation the customer accepted while the mail was on its way stays accepted,
 * and one cancelled meanwhile stays cancelled, but either way the delivery is counted.
 */
export async function recordMailSent(db: PartnerDeskDatabase, id: string, now: Date): Promise<void> {
  const record = await db.invitations.get(id);
  if (!record) return;
  const invitation = invitationOf(record);
  const status = invitation.status === 'pending' || invitation.status === 'delivery-unknown' ? 'sent' : invitation.status;
  await storeInvitation(db, {
    ...invitation,
    status,
    delivery: 'graph',
    sentAt: invitation.sentAt ?? now.toISOString(),
    lastDeliveredAt: now.toISOString(),
    deliveries: invitation.deliveries + 1,
  });
}

/**
 * The connection broke after the mail was handed to Graph: it may have left. Graph does not
 * de-duplicate, so only the user decides (Resend or Mark as sent). Run by the sync; an invitation
 * accepted or cancelled meanwhile keeps its state.
 */
export async function recordDeliveryUnknown(db: PartnerDeskDatabase, id: string): Promise<void> {
  const record = await db.invitations.get(id);
  if (record && (record.status === 'pending' || record.status === 'sent')) await db.invitations.update(id, { status: 'delivery-unknown' });
}

/** Marks accepted invitations as announced and answers those this call claimed (one window announces). */
export async function claimAcceptanceNotices(db: PartnerDeskDatabase): Promise<Invitation[]> {
  return db.transaction('rw', db.invitations, async () => {
    const fresh = (await db.invitations.where('status').equals('accepted').toArray()).map(invitationOf).filter((invitation) => !invitation.acceptanceAnnounced);
    for (const invitation of fresh) await storeInvitation(db, { ...invitation, acceptanceAnnounced: true });
    return fresh;
  });
}
