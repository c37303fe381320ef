// The Invitations section: the list, or the form while an invitation is being written.
import type { DeskStore } from '../app/desk-store';
import { useDatabase } from '../data/database-context';
import { InvitationComposer } from './InvitationComposer';
import { InvitationList } from './InvitationList';
import { useInvitations } from './invitations-store';

export function InvitationsScreen({ store }: { store: DeskStore }) {
  const db = useDatabase();
  const view = useInvitations((state) => state.view);
  return view === 'compose' ? <InvitationComposer db={db} store={store} /> : <InvitationList db={db} store={store} />;
}
