// What the invitation screens show and the intents they dispatch: the list filter, the draft being
// written (kept when the user leaves the section and comes back), and the three ways to deliver
// it. An intent that fails keeps the draft and says what to do, as a text key with its values.
import { create } from 'zustand';
import type { PartnerDeskDatabase } from '../data/database';
import { deskApi } from '../platform/desk-api';
import { copyText } from './clipboard';
import { checkDraft, type DraftField, type DraftProblem, type Invitation, type InvitationDraft, type MailLanguage } from './invitation';
import {
  cancelInvitation,
  checkNotDuplicate,
  InvitationRefused,
  mailOf,
  markSent,
  readPartnerName,
  recordHandedOver,
  resendThroughGraph,
  saveInvitation,
  type Delivery,
} from './invitation-actions';
import { openMailDraft } from './mail-app';
import { fetchRelationshipLink, readRelationshipLink, type RelationshipLink } from './relationship-link';
import { mailTemplate } from './texts';
import { failureMessage } from '../data/failure-message';

export type InvitationFilter = 'open' | 'accepted' | 'cancelled' | 'all';

/** A sentence to show: a key under `invitations.` and its values. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
  intent: 'success' | 'error' | 'warning' | 'info';
}

/** Main's openMailDraft refuses longer bodies: a mailto: URL is cut beyond about 2,000 characters. */
export const mailAppBodyLimit = 1_500;

interface DeliverContext {
  online: boolean;
  /** Formats an ISO date for a sentence, in the user's language. */
  formatDate: (iso: string) => string;
}

interface InvitationsState {
  view: 'list' | 'compose';
  filter: InvitationFilter;
  draft: InvitationDraft;
  /** After the first delivery attempt, problems show under their fields. */
  problems: Partial<Record<DraftField, DraftProblem>>;
  busy: Delivery | null;
  /** The outcome of the last intent, shown at the top of the list or the form. */
  message: Message | null;
  /** Row being confirmed (resend or cancel). */
  confirming: { kind: 'resend' | 'cancel'; invitation: Invitation } | null;
  /** Back from the form: the list moves focus once (to the outcome or New invitation), then clears it. */
  returningFromForm: boolean;
  focusTaken(): void;
  setFilter(filter: InvitationFilter): void;
  openCompose(defaults: { delegatedAdminRequired: boolean; language: MailLanguage }): void;
  backToList(): void;
  update<K extends DraftField>(field: K, value: InvitationDraft[K]): void;
  setLanguage(language: MailLanguage): void;
  resetTemplate(): void;
  deliver(db: PartnerDeskDatabase, via: Delivery, context: DeliverContext): Promise<void>;
  askResend(invitation: Invitation): void;
  askCancel(invitation: Invitation): void;
  closeConfirm(): void;
  resend(db: PartnerDeskDatabase, invitation: Invitation, context: DeliverContext): Promise<void>;
  cancel(db: PartnerDeskDatabase, invitation: Invitation, context: DeliverContext): Promise<void>;
  markSent(db: PartnerDeskDatabase, invitation: Invitation, context: DeliverContext): Promise<void>;
  dismissMessage(): void;
}

export function emptyDraft(language: MailLanguage, delegatedAdmin = true): InvitationDraft {
  const template = mailTemplate(language);
  return { recipientName: '', recipientEmail: '', companyName: '', expectedDomain: '', delegatedAdmin, language, note: '', subject: template.subject, body: template.body };
}

/** After a new invitation is saved, the list shows it: a tab that would hide it gives way to All. */
const showsNew = (filter: InvitationFilter): InvitationFilter => (filter === 'open' || filter === 'all' ? filter : 'all');

const isStandardText = (draft: Pick<InvitationDraft, 'subject' | 'body'>) =>
  (['en', 'it'] as const).some((language) => mailTemplate(language).subject === draft.subject && mailTemplate(language).body === draft.body);

function refusalMessage(error: unknown, context: DeliverContext): Message {
  if (error instanceof InvitationRefused) {
    const values = { ...error.details };
    if (values.date) values.date = context.formatDate(values.date);
    const keys: Record<InvitationRefused['reason'], string> = {
      'already-customer': 'errors.alreadyCustomer',
      'already-invited': 'errors.alreadyInvited',
      'not-found': 'errors.notFound',
      'already-sending': 'errors.alreadySending',
      accepted: 'errors.alreadyAccepted',
    };
    return { key: keys[error.reason], values, intent: 'error' };
  }
  return { key: 'errors.saveFailed', values: { message: failureMessage(error) }, intent: 'error' };
}

/** The link from IndexedDB, or fetched now when online and never fetched before. */
async function linkFor(db: PartnerDeskDatabase, online: boolean): Promise<RelationshipLink | null> {
  const cached = await readRelationshipLink(db);
  if (cached || !online) return cached;
  const fetched = await fetchRelationshipLink(db, deskApi());
  return 'url' in fetched ? fetched : null;
}

/**
 * Hands a saved or new invitation to the mail app or the clipboard. Answers null when it went,
 * or the message saying why not.
 */
async function handOver(db: PartnerDeskDatabase, invitation: Invitation, via: Exclude<Delivery, 'graph'>, online: boolean): Promise<Message | null> {
  const link = await linkFor(db, online);
  if (!link) return { key: 'errors.linkUnknown', intent: 'error' };
  const mail = mailOf(invitation, link.url, await readPartnerName(db));
  if (via === 'clipboard') {
    const copied = await copyText(`${mail.subject}\n\n${mail.body}`);
    return copied ? null : { key: 'errors.clipboardFailed', intent: 'error' };
  }
  if (mail.body.length > mailAppBodyLimit) return { key: 'errors.mailAppTooLong', intent: 'error' };
  const opened = await openMailDraft({ to: invitation.recipientEmail, subject: mail.subject, body: mail.body });
  if (opened.ok) return null;
  if (opened.reason === 'not-available') return { key: 'errors.mailAppUnavailable', intent: 'error' };
  if (opened.reason === 'too-long') return { key: 'errors.mailAppTooLong', intent: 'error' };
  return { key: 'errors.mailAppFailed', values: { message: opened.message }, intent: 'error' };
}

/** A draft as an invitation not yet saved, for rendering its mail before it is stored. */
function unsavedInvitation(draft: InvitationDraft): Invitation {
  return {
    id: 'draft',
    ...draft,
    recipientName: draft.recipientName.trim(),
    recipientEmail: draft.recipientEmail.trim(),
    companyName: draft.companyName.trim(),
    expectedDomainKey: '',
    delivery: 'graph',
    status: 'pending',
    createdAt: new Date().toISOString(),
    waitingForLink: false,
    deliveries: 0,
    acceptanceAnnounced: false,
  };
}

export const useInvitations = create<InvitationsState>()((set, get) => ({
  view: 'list',
  filter: 'all',
  draft: emptyDraft('en'),
  problems: {},
  busy: null,
  message: null,
  confirming: null,
  returningFromForm: false,
  focusTaken: () => set({ returningFromForm: false }),
  setFilter: (filter) => set({ filter }),
  openCompose({ delegatedAdminRequired, language }) {
    const { draft } = get();
    const untouched = !draft.recipientName && !draft.recipientEmail && !draft.companyName && !draft.expectedDomain && !draft.note && isStandardText(draft);
    // A draft left half-written is kept; a fresh one starts in the user's language.
    const next = untouched ? emptyDraft(language) : draft;
    set({ view: 'compose', message: null, draft: delegatedAdminRequired ? { ...next, delegatedAdmin: true } : next });
  },
  backToList: () => set({ view: 'list', problems: {}, returningFromForm: true }),
  update(field, value) {
    const draft = { ...get().draft, [field]: value };
    const problems = get().problems;
    // Once shown, a problem follows the text as it is corrected.
    set({ draft, problems: Object.keys(problems).length > 0 ? checkDraft(draft) : problems });
  },
  setLanguage(language) {
    const { draft } = get();
    const template = mailTemplate(language);
    const next = isStandardText(draft) ? { ...draft, language, subject: template.subject, body: template.body } : { ...draft, language };
    set({ draft: next });
  },
  resetTemplate() {
    const { draft, problems } = get();
    const template = mailTemplate(draft.language);
    const next = { ...draft, subject: template.subject, body: template.body };
    set({ draft: next, problems: Object.keys(problems).length > 0 ? checkDraft(next) : problems });
  },
  async deliver(db, via, context) {
    const { draft, busy } = get();
    if (busy) return;
    const problems = checkDraft(draft);
    const count = Object.keys(problems).length;
    if (count > 0) {
      set({ problems, message: { key: 'compose.checkFields', values: { count }, intent: 'error' } });
      return;
    }
    set({ busy: via, problems: {}, message: null });
    try {
      if (via === 'graph') {
        const saved = await saveInvitation(db, draft, 'graph');
        const key = saved.waitingForLink ? 'compose.queuedWaitingLink' : context.online ? 'compose.queuedOnline' : 'compose.queuedOffline';
        set({ view: 'list', returningFromForm: true, filter: showsNew(get().filter), draft: emptyDraft(draft.language, draft.delegatedAdmin), message: { key, values: { company: saved.companyName }, intent: 'success' } });
        return;
      }
      await checkNotDuplicate(db, draft.expectedDomain);
      const refused = await handOver(db, unsavedInvitation(draft), via, context.online);
      if (refused) {
        set({ message: refused });
        return;
      }
      const saved = await saveInvitation(db, draft, via);
      const key = via === 'mail-app' ? 'compose.openedInMailApp' : 'compose.copied';
      set({ view: 'list', returningFromForm: true, filter: showsNew(get().filter), draft: emptyDraft(draft.language, draft.delegatedAdmin), message: { key, values: { company: saved.companyName, email: saved.recipientEmail }, intent: 'success' } });
    } catch (error) {
      set({ message: refusalMessage(error, context) });
    } finally {
      set({ busy: null });
    }
  },
  askResend: (invitation) => set({ confirming: { kind: 'resend', invitation } }),
  askCancel: (invitation) => set({ confirming: { kind: 'cancel', invitation } }),
  closeConfirm: () => set({ confirming: null }),
  async resend(db, invitation, context) {
    set({ confirming: null, message: null });
    try {
      if (invitation.delivery === 'graph') {
        const next = await resendThroughGraph(db, invitation.id);
        const key = next.waitingForLink ? 'compose.queuedWaitingLink' : context.online ? 'compose.queuedOnline' : 'compose.queuedOffline';
        set({ message: { key, values: { company: invitation.companyName }, intent: 'success' } });
        return;
      }
      const refused = await handOver(db, invitation, invitation.delivery, context.online);
      if (refused) {
        set({ message: refused });
        return;
      }
      await recordHandedOver(db, invitation.id, invitation.delivery);
      const key = invitation.delivery === 'mail-app' ? 'compose.openedInMailApp' : 'compose.copied';
      set({ message: { key, values: { company: invitation.companyName, email: invitation.recipientEmail }, intent: 'success' } });
    } catch (error) {
      set({ message: refusalMessage(error, context) });
    }
  },
  async cancel(db, invitation, context) {
    set({ confirming: null, message: null });
    try {
      await cancelInvitation(db, invitation.id);
      set({ message: { key: 'cancelled', values: { company: invitation.companyName }, intent: 'info' } });
    } catch (error) {
      set({ message: refusalMessage(error, context) });
    }
  },
  async markSent(db, invitation, context) {
    set({ message: null });
    try {
      await markSent(db, invitation.id);
    } catch (error) {
      set({ message: refusalMessage(error, context) });
    }
  },
  dismissMessage: () => set({ message: null }),
}));
