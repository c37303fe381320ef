// Which screen each top-level section shows. Features not built yet say so plainly.
import type { ReactElement } from 'react';
import { CustomersScreen } from '../customers/CustomersScreen';
import type { PartnerDeskDatabase } from '../data/database';
import { SettingsScreen } from '../settings/SettingsScreen';
import { ComingScreen } from './ComingScreen';
import type { DeskStore } from './desk-store';
import type { Section } from './sections';

export function SectionScreen({ section, store, db }: { section: Section; store: DeskStore; db: PartnerDeskDatabase }): ReactElement {
  switch (section) {
    case 'customers':
      return <CustomersScreen db={db} store={store} />;
    case 'invitations':
      return <ComingScreen titleKey="nav.invitations" bodyKey="coming.invitations" />;
    case 'referrals':
      return <ComingScreen titleKey="nav.referrals" bodyKey="coming.referrals" />;
    case 'partners':
      return <ComingScreen titleKey="nav.partners" bodyKey="coming.partners" />;
    case 'settings':
      return <SettingsScreen store={store} />;
  }
}
