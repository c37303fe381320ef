// Seeing an invitation accepted. Partner Center has no list of invitations and says nothing when
// one is accepted (partner-center-api.md §1): the customer simply shows up in the customer list
// with relationship `reseller`. So after every pull, each invitation not yet accepted looks for a
// customer whose primary domain is the domain it expects. A cancelled invitation counts too: the
// link cannot be withdrawn, and a customer who used it is a customer.
import { invitationRecordKey } from '../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../data/database';
import { invitationOf } from '../invitations/invitation';
import { storeInvitation } from '../invitations/invitation-actions';
import { operationsOfRecord } from '../data/outbox';

export async function detectInvitationAcceptance(db: PartnerDeskDatabase, now: Date): Promise<number> {
  return db.transaction('rw', [db.invitations, db.customers, db.outbox], async () => {
    const candidates = (await db.invitations.where('status').anyOf(['pending', 'sent', 'delivery-unknown', 'cancelled']).toArray()).map(invitationOf);
    let accepted = 0;
    for (const invitation of candidates) {
      const customer = await db.customers
        .where('domainKey')
        .equals(invitation.expectedDomainKey)
        .filter((row) => row.relationship === 'reseller' && !row.id.startsWith('local:'))
        .first();
      if (!customer) continue;
      // A mail still waiting to go is pointless now; one already on its way is left to finish.
      await operationsOfRecord(db, invitationRecordKey(invitation.id))
        .filter((operation) => ['queued', 'rejected', 'delivery-unknown'].includes(operation.status))
        .modify({ status: 'discarded', updatedAt: now.toISOString() });
      await storeInvitation(db, {
        ...invitation,
        status: 'accepted',
        acceptedAt: now.toISOString(),
        customerId: customer.id,
        acceptedCompanyName: customer.companyName,
        waitingForLink: false,
        acceptanceAnnounced: false,
      });
      accepted += 1;
    }
    return accepted;
  });
}
