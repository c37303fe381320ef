// The open database for every screen, without threading it through each component.
import { createContext, useContext, type ReactNode } from 'react';
import type { PartnerDeskDatabase } from './database';

const DatabaseContext = createContext<PartnerDeskDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: PartnerDeskDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): PartnerDeskDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase needs a DatabaseProvider above it');
  return db;
}
