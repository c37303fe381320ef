// Which top-level section the window shows, kept in a store so a screen can send the user to
// another section (the Partners screen opens the customer list filtered by a reseller).
import { create } from 'zustand';
import type { Section } from './sections';

interface SectionNavigation {
  section: Section;
  open(section: Section): void;
}

export const useSectionNavigation = create<SectionNavigation>()((set) => ({
  section: 'customers',
  open: (section) => set({ section }),
}));
