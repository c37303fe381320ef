// Where the user is inside the Customers section: the list, the add-customer steps, or one
// customer's details. Kept in a store so leaving for another section and coming back returns
// to the same place, with the list's search and scroll position intact.
import { create } from 'zustand';

export type CustomersPage = { page: 'list' } | { page: 'add' } | { page: 'details'; customerId: string };

interface CustomersNavigation {
  current: CustomersPage;
  openList(): void;
  openAdd(): void;
  openDetails(customerId: string): void;
}

export const useCustomersNavigation = create<CustomersNavigation>()((set) => ({
  current: { page: 'list' },
  openList: () => set({ current: { page: 'list' } }),
  openAdd: () => set({ current: { page: 'add' } }),
  openDetails: (customerId) => set({ current: { page: 'details', customerId } }),
}));
