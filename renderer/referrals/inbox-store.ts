// What the referral screens show and the intents they dispatch: which inbox is open, which lead
// is selected, the answer being written (kept as typed when it fails a check), and the outcome of
// the last intent as a text key. Writes go through referral-store.ts (local first, one outbox
// operation); the only call to main is a refresh of the inbox while the section is open.
import { create } from 'zustand';
import type { PartnerDeskDatabase } from '../data/database';
import type { ReferralRecord } from '../data/records';
import { deskApi } from '../platform/desk-api';
import {
  acceptFormFor,
  acceptPatch,
  allowedAnswers,
  checkAccept,
  checkClose,
  checkDecline,
  closePatch,
  declinePatch,
  formsFromPatch,
  inboxOf,
  type AcceptForm,
  type Answer,
  type CloseForm,
  type DeclineForm,
  type FormProblem,
  type Inbox,
} from './referral';
import { answerAgainOverTheirs, answerReferral, discardAnswer, pullReferrals, ReferralRefused, type OpenAnswer } from './referral-store';
import { failureMessage } from '../data/failure-message';

/** A sentence to show: a key under `referrals.` and its values. */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
  intent: 'success' | 'error' | 'warning' | 'info';
}

export type FormField = keyof AcceptForm | keyof DeclineForm;

interface InboxState {
  inbox: Inbox;
  selectedId: string | null;
  /** The answer being written, for the selected referral. */
  answering: Answer | null;
  accept: AcceptForm;
  decline: DeclineForm;
  close: CloseForm;
  /** After the first try, problems show under their fields and follow the typing. */
  problems: Partial<Record<FormField, FormProblem>>;
  busy: boolean;
  message: Message | null;
  refreshing: boolean;
  /** Why the last refresh failed (Partner Center's message), shown quietly above the inbox. */
  refreshFailed: string | null;
  showInbox(inbox: Inbox): void;
  select(referralId: string): void;
  /** `formatAmount` writes the lead's deal value the way the user writes numbers. */
  openAnswer(answer: Answer, referral: ReferralRecord, formatAmount?: (value: number) => string): void;
  cancelAnswer(): void;
  updateAccept<K extends keyof AcceptForm>(field: K, value: AcceptForm[K]): void;
  updateDecline<K extends keyof DeclineForm>(field: K, value: DeclineForm[K]): void;
  updateClose(notes: string): void;
  submit(db: PartnerDeskDatabase, referral: ReferralRecord, online: boolean): Promise<void>;
  keepTheirs(db: PartnerDeskDatabase, referral: ReferralRecord): Promise<void>;
  sendMineAgain(db: PartnerDeskDatabase, referral: ReferralRecord, online: boolean): Promise<void>;
  editAgain(db: PartnerDeskDatabase, referral: ReferralRecord, open: OpenAnswer): Promise<void>;
  refresh(db: PartnerDeskDatabase): Promise<void>;
  dismissMessage(): void;
}

const emptyAccept: AcceptForm = { name: '', dealValue: '', currency: 'EUR', closeDate: '', notes: '' };

function refusalMessage(error: unknown): Message {
  if (error instanceof ReferralRefused) return { key: `refused.${error.reason}`, intent: 'error' };
  return { key: 'refused.failed', values: { message: failureMessage(error) }, intent: 'error' };
}

function problemsOf(state: Pick<InboxState, 'answering' | 'accept' | 'decline' | 'close'>, now: number): Partial<Record<FormField, FormProblem>> {
  if (state.answering === 'accept') return checkAccept(state.accept, now);
  if (state.answering === 'decline') return checkDecline(state.decline);
  return checkClose(state.close);
}

export const useReferralInbox = create<InboxState>()((set, get) => {
  /** Once shown, problems follow the typing: they go as the user fixes them. */
  const recheck = () => {
    const state = get();
    if (Object.keys(state.problems).length > 0) set({ problems: problemsOf(state, Date.now()) });
  };
  return {
    inbox: 'new',
    selectedId: null,
    answering: null,
    accept: emptyAccept,
    decline: { reason: '', notes: '' },
    close: { notes: '' },
    problems: {},
    busy: false,
    message: null,
    refreshing: false,
    refreshFailed: null,
    showInbox: (inbox) => set({ inbox }),
    select(referralId) {
      if (get().selectedId === referralId) return;
      set({ selectedId: referralId, answering: null, problems: {}, message: null });
    },
    openAnswer(answer, referral, formatAmount) {
      set({
        answering: answer,
        problems: {},
        message: null,
        accept: answer === 'accept' ? acceptFormFor(referral, formatAmount) : get().accept,
        decline: answer === 'decline' ? { reason: '', notes: '' } : get().decline,
        close: answer === 'won' || answer === 'lost' ? { notes: '' } : get().close,
      });
    },
    cancelAnswer: () => set({ answering: null, problems: {} }),
    updateAccept(field, value) {
      set({ accept: { ...get().accept, [field]: value } });
      recheck();
    },
    updateDecline(field, value) {
      set({ decline: { ...get().decline, [field]: value } });
      recheck();
    },
    updateClose(notes) {
      set({ close: { notes } });
      recheck();
    },
    async submit(db, referral, online) {
      const state = get();
      const answer = state.answering;
      if (!answer || state.busy) return;
      const problems = problemsOf(state, Date.now());
      if (Object.keys(problems).length > 0) {
        // What was typed stays; the form says how many fields need a change, each says what.
        set({ problems, message: null });
        return;
      }
      const patch = answer === 'accept' ? acceptPatch(state.accept) : answer === 'decline' ? declinePatch(state.decline) : closePatch(answer, state.close);
      set({ busy: true, problems: {}, message: null });
      try {
        const next = await answerReferral(db, referral.id, answer, patch);
        set({
          answering: null,
          inbox: inboxOf(next),
          message: { key: `queued.${answer}.${online ? 'online' : 'offline'}`, values: { name: referral.customerProfile.name }, intent: 'success' },
        });
      } catch (error) {
        set({ message: refusalMessage(error) });
      } finally {
        set({ busy: false });
      }
    },
    async keepTheirs(db, referral) {
      set({ message: null });
      try {
        await discardAnswer(db, referral.id);
        const now = await db.referrals.get(referral.id);
        set({ inbox: now ? inboxOf(now) : get().inbox, message: { key: 'problem.keptTheirs', values: { name: referral.customerProfile.name }, intent: 'info' } });
      } catch (error) {
        set({ message: refusalMessage(error) });
      }
    },
    async sendMineAgain(db, referral, online) {
      set({ message: null });
      try {
        await answerAgainOverTheirs(db, referral.id);
        set({ message: { key: online ? 'problem.sentAgain' : 'problem.sentAgainOffline', values: { name: referral.customerProfile.name }, intent: 'success' } });
      } catch (error) {
        set({ message: refusalMessage(error) });
      }
    },
    async editAgain(db, referral, open) {
      const refused = formsFromPatch(open.operation.payload.patch);
      set({ message: null });
      try {
        await discardAnswer(db, referral.id);
        const now = await db.referrals.get(referral.id);
        if (!now || !refused.answer) return;
        if (!allowedAnswers(now).includes(refused.answer)) {
          set({ inbox: inboxOf(now), message: { key: 'problem.noLongerPossible', values: { name: referral.customerProfile.name }, intent: 'warning' } });
          return;
        }
        set({
          inbox: inboxOf(now),
          answering: refused.answer,
          accept: { ...acceptFormFor(now), ...refused.accept },
          decline: { reason: '', notes: '', ...refused.decline },
          close: { notes: '', ...refused.close },
          problems: {},
        });
      } catch (error) {
        set({ message: refusalMessage(error) });
      }
    },
    async refresh(db) {
      if (get().refreshing) return;
      set({ refreshing: true });
      try {
        const failure = await pullReferrals(db, deskApi(), Date.now());
        set({ refreshFailed: failure && failure.kind !== 'offline' ? failure.message : null });
      } catch (error) {
        set({ refreshFailed: error instanceof Error ? error.message : String(error) });
      } finally {
        set({ refreshing: false });
      }
    },
    dismissMessage: () => set({ message: null }),
  };
});
