// What the customer list shows: the search text, filters, sort, the row the keyboard is on and
// where the list was scrolled. Components read it and dispatch these intents.
import { create } from 'zustand';
import type { RelationshipToPartner } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { DeskCallError } from '../../platform/desk-api';
import type { CustomerListQuery, SortColumn, SyncFilter } from './customer-list-index';
import { cachedResellerCustomers, fetchResellerCustomers } from './indirect-resellers';

export interface ResellerChoice {
  id: string;
  status: 'loading' | 'ready' | 'offline-cached' | 'offline-unknown' | 'failed';
  customerIds: ReadonlySet<string>;
  fetchedAt?: string;
  message?: string;
}

interface CustomerListState extends Omit<CustomerListQuery, 'reseller'> {
  reseller: ResellerChoice | null;
  activeId: string | null;
  scrollOffset: number;
  setSearch(search: string): void;
  setRelationship(relationship: RelationshipToPartner | 'all'): void;
  setSync(sync: SyncFilter): void;
  sortOn(column: SortColumn): void;
  chooseReseller(db: PartnerDeskDatabase, resellerId: string | null, online: boolean): Promise<void>;
  clearFilters(): void;
  setActive(customerId: string | null): void;
  rememberScroll(offset: number): void;
}

const noFilters = { search: '', relationship: 'all', sync: 'all', reseller: null } as const;

export const useCustomerList = create<CustomerListState>()((set, get) => ({
  ...noFilters,
  sortBy: 'name',
  direction: 'ascending',
  activeId: null,
  scrollOffset: 0,
  setSearch: (search) => set({ search, scrollOffset: 0 }),
  setRelationship: (relationship) => set({ relationship, scrollOffset: 0 }),
  setSync: (sync) => set({ sync, scrollOffset: 0 }),
  sortOn: (column) =>
    set((state) => ({
      sortBy: column,
      direction: state.sortBy === column && state.direction === 'ascending' ? 'descending' : 'ascending',
      scrollOffset: 0,
    })),
  async chooseReseller(db, resellerId, online) {
    if (resellerId === null) return set({ reseller: null, scrollOffset: 0 });
    const cached = await cachedResellerCustomers(db, resellerId);
    const fromCache = (status: ResellerChoice['status'], message?: string): ResellerChoice =>
      cached
        ? { id: resellerId, status, customerIds: new Set(cached.customerIds), fetchedAt: cached.fetchedAt, message }
        : { id: resellerId, status: status === 'offline-cached' ? 'offline-unknown' : status, customerIds: new Set(), message };
    if (!online) return set({ reseller: fromCache('offline-cached'), scrollOffset: 0 });
    set({ reseller: fromCache('loading'), scrollOffset: 0 });
    try {
      const fresh = await fetchResellerCustomers(db, resellerId);
      if (get().reseller?.id !== resellerId) return;
      set({ reseller: { id: resellerId, status: 'ready', customerIds: new Set(fresh.customerIds), fetchedAt: fresh.fetchedAt } });
    } catch (error) {
      if (get().reseller?.id !== resellerId) return;
      const offline = error instanceof DeskCallError && error.error.kind === 'offline';
      const message = error instanceof Error ? error.message : String(error);
      set({ reseller: fromCache(offline ? 'offline-cached' : 'failed', message) });
    }
  },
  clearFilters: () => set({ ...noFilters, scrollOffset: 0 }),
  setActive: (activeId) => set({ activeId }),
  rememberScroll: (scrollOffset) => set({ scrollOffset }),
}));

/** The part of the state that decides which rows show, for the in-memory index. */
export function listQueryOf(state: CustomerListState): CustomerListQuery {
  const { search, relationship, sync, sortBy, direction, reseller } = state;
  // The reseller choice itself, not a copy: useShallow compares by identity, and a new object on
  // every read re-renders without end (React error #185) as soon as a reseller is chosen.
  return { search, relationship, sync, sortBy, direction, reseller };
}
