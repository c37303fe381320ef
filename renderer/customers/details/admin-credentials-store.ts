// The admin user name and password Partner Center returns once, when it creates a customer. Main
// keeps them in the OS keychain (architecture §4); the renderer asks for them only to show them,
// never stores them, and tells main to erase them once the user confirms they saved them.
import { create } from 'zustand';
import type { UserCredentials } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { deskApi } from '../../platform/desk-api';
import { clearCredentialsWaiting } from '../credentials-waiting';

type Shown = { status: 'loading' } | { status: 'shown'; credentials: UserCredentials } | { status: 'gone' };

interface AdminCredentialsState {
  customerId: string | null;
  shown: Shown;
  show(customerId: string): Promise<void>;
  /** The user saved them (or they are gone): erase them in main and stop offering them. */
  confirm(db: PartnerDeskDatabase): Promise<void>;
}

export const useAdminCredentials = create<AdminCredentialsState>()((set, get) => ({
  customerId: null,
  shown: { status: 'loading' },

  async show(customerId) {
    if (get().customerId === customerId) return;
    set({ customerId, shown: { status: 'loading' } });
    const answer = await deskApi().takeCustomerCredentials({ customerId });
    if (get().customerId !== customerId) return;
    set({ shown: answer.ok && answer.value ? { status: 'shown', credentials: answer.value } : { status: 'gone' } });
  },

  async confirm(db) {
    const { customerId } = get();
    if (!customerId) return;
    await deskApi().forgetCustomerCredentials({ customerId });
    await clearCredentialsWaiting(db, customerId);
    set({ customerId: null, shown: { status: 'loading' } });
  },
}));
