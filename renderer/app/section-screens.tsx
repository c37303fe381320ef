// Which screen each top-level section shows.
import type { ReactElement } from 'react';
import { CustomersScreen } from '../customers/CustomersScreen';
import type { PartnerDeskDatabase } from '../data/database';
import { InvitationsScreen } from '../invitations/InvitationsScreen';
import { PartnersScreen } from '../partners/PartnersScreen';
import { ReferralsScreen } from '../referrals/ReferralsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import type { DeskStore } from './desk-store';
import type { Section } from './sections';

export function SectionScreen({ section, store, db }: { section: Section; store: DeskStore; db: PartnerDeskDatabase }): ReactElement {
  switch (section) {
    case 'customers':
      return <CustomersScreen db={db} store={store} />;
    case 'invitations':
      return <InvitationsScreen store={store} />;
    case 'referrals':
      return <ReferralsScreen db={db} store={store} />;
    case 'partners':
      return <PartnersScreen db={db} store={store} />;
    case 'settings':
      return <SettingsScreen store={store} />;
  }
}
