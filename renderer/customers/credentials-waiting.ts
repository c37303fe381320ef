// Which new customers have admin credentials waiting in main's vault for the user to copy. A short
// list kept in one meta record, so the dialog that offers them reads one row however many
// customers the partner has created, instead of scanning the outbox on every change.
import type { PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';

const credentialsWaitingKey = 'customers.credentialsWaiting';

async function waitingIds(db: PartnerDeskDatabase): Promise<string[]> {
  return ((await db.meta.get(credentialsWaitingKey))?.value as string[] | undefined) ?? [];
}

/** Must run inside a transaction covering meta (the sync's settle transaction does). */
export async function noteCredentialsWaiting(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  const ids = await waitingIds(db);
  if (!ids.includes(customerId)) await db.meta.put({ key: credentialsWaitingKey, value: [...ids, customerId] });
}

export async function customersWithCredentialsWaiting(db: PartnerDeskDatabase): Promise<CustomerRecord[]> {
  const customers = await db.customers.bulkGet(await waitingIds(db));
  return customers.filter((customer): customer is CustomerRecord => customer?.credentialsWaiting === true);
}

export async function clearCredentialsWaiting(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  await db.transaction('rw', [db.meta, db.customers], async () => {
    await db.meta.put({ key: credentialsWaitingKey, value: (await waitingIds(db)).filter((id) => id !== customerId) });
    await db.customers.update(customerId, { credentialsWaiting: false });
  });
}
