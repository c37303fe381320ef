// Which screen each top-level section shows. Features not built yet say so plainly.
import type { ReactElement } from 'react';
import { SettingsScreen } from '../settings/SettingsScreen';
import { ComingScreen } from './ComingScreen';
import type { DeskStore } from './desk-store';
import type { Section } from './sections';

export function SectionScreen({ section, store }: { section: Section; store: DeskStore }): ReactElement {
  switch (section) {
    case 'customers':
      return <ComingScreen titleKey="nav.customers" bodyKey="coming.customers" />;
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
