// The indirect reseller filter. Partner Center's list items do not say which reseller a customer
// belongs to (only a customer read by id does), so the filter asks Partner Center itself for a
// reseller's customers (`filter={"Field":"IndirectReseller",...}`) and keeps the answer in
// IndexedDB, to keep filtering offline with the date it was true.
import type { PartnerRelationship } from '../../../shared/partner-center';
import type { PartnerDeskDatabase } from '../../data/database';
import { deskApi, unwrap } from '../../platform/desk-api';

/** "My resellers", as seen by an indirect provider. */
export const resellerRelationship = 'IsIndirectCloudSolutionProviderOf' as const;

export interface ResellerCustomers {
  customerIds: string[];
  fetchedAt: string;
}

const cacheKey = (resellerId: string) => `customers.resellerCustomers:${resellerId}`;

export function readIndirectResellers(db: PartnerDeskDatabase): Promise<PartnerRelationship[]> {
  return db.indirectPartners.where('relationshipType').equals(resellerRelationship).sortBy('name');
}

/** Refreshes the list of resellers this partner supplies; quietly keeps the old one on failure. */
export async function refreshIndirectResellers(db: PartnerDeskDatabase): Promise<void> {
  const answer = await deskApi().listIndirectPartners({ relationshipType: resellerRelationship });
  if (!answer.ok) return;
  await db.transaction('rw', db.indirectPartners, async () => {
    await db.indirectPartners.where('relationshipType').equals(resellerRelationship).delete();
    await db.indirectPartners.bulkPut(answer.value);
  });
}

export async function cachedResellerCustomers(db: PartnerDeskDatabase, resellerId: string): Promise<ResellerCustomers | null> {
  return ((await db.meta.get(cacheKey(resellerId)))?.value as ResellerCustomers | undefined) ?? null;
}

/** Pages through Partner Center's list filtered by reseller; throws DeskCallError when it cannot. */
export async function fetchResellerCustomers(db: PartnerDeskDatabase, resellerId: string): Promise<ResellerCustomers> {
  const customerIds: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await unwrap(
      deskApi().listCustomers({
        size: 500,
        filter: { field: 'IndirectReseller', value: resellerId, operator: 'starts_with' },
        ...(continuationToken ? { continuationToken } : {}),
      }),
    );
    for (const item of page.items) customerIds.push(item.id);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  const result = { customerIds, fetchedAt: new Date().toISOString() };
  await db.meta.put({ key: cacheKey(resellerId), value: result });
  return result;
}
