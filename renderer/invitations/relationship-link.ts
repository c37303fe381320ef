// The partner's relationship request link (`GET /v1/customers/relationshiprequests`): the same link
// for every customer, so it is fetched once and kept in IndexedDB, and invitations can be written
// and handed over while offline. The sync refreshes it; a screen may fetch it when it is missing.
import type { PartnerCenterPort } from '../../shared/partner-center-calls';
import type { IpcError } from '../../shared/ipc/envelope';
import type { PartnerDeskDatabase } from '../data/database';

export const relationshipLinkKey = 'invitations.relationshipLink';

export interface RelationshipLink {
  url: string;
  fetchedAt: string;
}

export async function readRelationshipLink(db: PartnerDeskDatabase): Promise<RelationshipLink | null> {
  return ((await db.meta.get(relationshipLinkKey))?.value as RelationshipLink | undefined) ?? null;
}

/** Asks Partner Center for the link and keeps it; the failure when it could not. */
export async function fetchRelationshipLink(
  db: PartnerDeskDatabase,
  port: Pick<PartnerCenterPort, 'getRelationshipRequest'>,
  now = () => Date.now(),
): Promise<RelationshipLink | IpcError> {
  const answer = await port.getRelationshipRequest();
  if (!answer.ok) return answer.error;
  const link: RelationshipLink = { url: answer.value.url, fetchedAt: new Date(now()).toISOString() };
  await db.meta.put({ key: relationshipLinkKey, value: link });
  return link;
}
