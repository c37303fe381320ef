// What the Partners screen shows and the intents it dispatches: which tab is open, the profile
// form while it is being edited, the last outcome to announce, and the actions (open a reseller's
// customers, save / send again / discard / resolve the profile, open the business profile page).
// Components read it and dispatch these intents; they never call IPC or write IndexedDB.
import { create } from 'zustand';
import { useSectionNavigation } from '../app/section-navigation';
import { useCustomersNavigation } from '../customers/customers-navigation';
import type { FieldChoice } from '../customers/details/conflict-resolution';
import { useCustomerList } from '../customers/list/customer-list-store';
import type { PartnerDeskDatabase } from '../data/database';
import type { RecordSyncState } from '../data/records';
import { deskApi } from '../platform/desk-api';
import { checkProfile, tidyProfile, type OrganizationProfileFields, type ProfileProblems } from './organization-profile';
import {
  discardProfileChange,
  ProfileChangeRefused,
  resolveProfileConflict,
  sendProfileAgain,
  updateOrganizationProfile,
} from './organization-profile-mutations';
import { failureMessage } from '../data/failure-message';

/**
 * Partner Center's page for the parts of the profile it offers no API for (description, website,
 * industries, locations). Opened in the system browser; main allows only partner.microsoft.com and
 * a few other Microsoft hosts (electron/main/security/navigation-policy.ts). The portal moves its
 * pages now and then; the account settings root redirects to wherever they are.
 */
export const businessProfileUrl = 'https://partner.microsoft.com/dashboard/account/v3/organization/legalinfo';

export type PartnersTab = 'indirect' | 'profile';

/** An outcome to announce, as a key under `partners.` with its values. */
export interface PartnersMessage {
  intent: 'success' | 'info' | 'warning' | 'error';
  key: string;
  values?: Record<string, string>;
}

interface PartnersState {
  tab: PartnersTab;
  /** The profile form's fields while it is open; null when the profile is only shown. */
  draft: OrganizationProfileFields | null;
  problems: ProfileProblems;
  /** Set after a save attempt, so problems show only once the user tried. */
  triedToSave: boolean;
  message: PartnersMessage | null;
  busy: boolean;
  selectTab(tab: PartnersTab): void;
  showResellerCustomers(db: PartnerDeskDatabase, resellerId: string, online: boolean): void;
  startEdit(fields: OrganizationProfileFields): void;
  changeDraft(change: (draft: OrganizationProfileFields) => OrganizationProfileFields): void;
  cancelEdit(): void;
  saveDraft(db: PartnerDeskDatabase, online: boolean): Promise<boolean>;
  sendAgain(db: PartnerDeskDatabase, operationId: string): Promise<void>;
  discard(db: PartnerDeskDatabase, operationId: string): Promise<void>;
  resolveConflict(db: PartnerDeskDatabase, operationId: string, choices: Record<string, FieldChoice>): Promise<void>;
  openBusinessProfile(): Promise<void>;
  /** The profile's sync state moved: a "saved" notice about a change now settled is out of date. */
  profileStateChanged(previous: RecordSyncState, next: RecordSyncState): void;
  dismissMessage(): void;
}

const failure = (error: unknown): PartnersMessage =>
  error instanceof ProfileChangeRefused
    ? { intent: 'error', key: `profile.errors.${error.reason}` }
    : { intent: 'error', key: 'profile.errors.failed', values: { message: failureMessage(error) } };

export const usePartners = create<PartnersState>()((set, get) => ({
  tab: 'indirect',
  draft: null,
  problems: {},
  triedToSave: false,
  message: null,
  busy: false,

  selectTab: (tab) => set({ tab }),

  showResellerCustomers(db, resellerId, online) {
    const list = useCustomerList.getState();
    list.clearFilters();
    void list.chooseReseller(db, resellerId, online);
    useCustomersNavigation.getState().openList();
    useSectionNavigation.getState().open('customers');
  },

  startEdit: (fields) => set({ draft: structuredClone(fields), problems: {}, triedToSave: false, message: null }),

  changeDraft(change) {
    const draft = get().draft;
    if (!draft) return;
    const next = change(draft);
    set({ draft: next, problems: get().triedToSave ? checkProfile(next) : {} });
  },

  cancelEdit: () => set({ draft: null, problems: {}, triedToSave: false }),

  async saveDraft(db, online) {
    const draft = get().draft;
    if (!draft || get().busy) return false;
    const problems = checkProfile(draft);
    if (Object.keys(problems).length > 0) {
      set({ problems, triedToSave: true, message: null });
      return false;
    }
    set({ busy: true });
    try {
      const saved = await updateOrganizationProfile(db, tidyProfile(draft));
      set({
        draft: null,
        problems: {},
        triedToSave: false,
        message: saved ? { intent: 'success', key: online ? 'profile.saved' : 'profile.savedOffline' } : { intent: 'info', key: 'profile.noChanges' },
      });
      return true;
    } catch (error) {
      set({ message: failure(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  },

  async sendAgain(db, operationId) {
    try {
      await sendProfileAgain(db, operationId);
      set({ message: { intent: 'success', key: 'profile.sentAgain' } });
    } catch (error) {
      set({ message: failure(error) });
    }
  },

  async discard(db, operationId) {
    try {
      await discardProfileChange(db, operationId);
      set({ draft: null, message: { intent: 'info', key: 'profile.discarded' } });
    } catch (error) {
      set({ message: failure(error) });
    }
  },

  async resolveConflict(db, operationId, choices) {
    try {
      await resolveProfileConflict(db, operationId, choices);
      set({ message: { intent: 'success', key: 'profile.conflict.resolved' } });
    } catch (error) {
      set({ message: failure(error) });
    }
  },

  async openBusinessProfile() {
    const answer = await deskApi().openExternal({ url: businessProfileUrl });
    set({
      message: answer.ok
        ? { intent: 'info', key: 'profile.business.opened' }
        : { intent: 'error', key: 'profile.business.failed', values: { message: answer.error.message } },
    });
  },

  profileStateChanged(previous, next) {
    const message = get().message;
    if (previous !== 'pending' || previous === next || !message) return;
    const aboutTheChange = ['profile.saved', 'profile.savedOffline', 'profile.sentAgain', 'profile.conflict.resolved'].includes(message.key);
    if (!aboutTheChange) return;
    // Arrived: say so. Refused or in conflict: the banner below says what happened instead.
    set({ message: next === 'synced' ? { intent: 'success', key: 'profile.reached' } : null });
  },

  dismissMessage: () => set({ message: null }),
}));
