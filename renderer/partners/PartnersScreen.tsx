// The Partners section: indirect providers or resellers and the partner's own organization
// profile. Being built (issue 6); until then the section says so.
import { ComingScreen } from '../app/ComingScreen';
import type { DeskStore } from '../app/desk-store';
import type { PartnerDeskDatabase } from '../data/database';

export function PartnersScreen(_props: { db: PartnerDeskDatabase; store: DeskStore }) {
  return <ComingScreen titleKey="nav.partners" bodyKey="coming.partners" />;
}
