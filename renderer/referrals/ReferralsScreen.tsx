// The Referrals section. The inbox is being built (issue 6); until then the section says so.
import { ComingScreen } from '../app/ComingScreen';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';

export function ReferralsScreen(_props: { db: PartnerDeskDatabase; store: DeskStore }) {
  return <ComingScreen titleKey="nav.referrals" bodyKey="coming.referrals" />;
}
