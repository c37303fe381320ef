// Which new customers have admin credentials waiting in main's vault for the user to copy: one
// small meta row per customer, so the dialog that offers them reads a short key range however
// many customers the partner has created, and customers created together (settled in one
// transaction while the queue drains) each add their own row instead of rewriting a shared list.
import type { PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';

const prefix = 'customers.credentialsWaiting:';
/** Before per-customer rows, one row held the list; still read, so nothing waiting is forgotten. */
const legacyListKey = 'customers.credentialsWaiting';

async function waitingIds(db: PartnerDeskDatabase): Promise<string[]> {
  const [rows, legacy] = await Promise.all([db.meta.where('key').startsWith(prefix).primaryKeys(), db.meta.get(legacyListKey)]);
  const ids = rows.map((key) => String(key).slice(prefix.length));
  for (const id of (legacy?.value as string[] | undefined) ?? []) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Must run inside a transaction covering meta (the sync's settle transaction does). */
export async function noteCredentialsWaiting(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  await db.meta.put({ key: `${prefix}${customerId}`, value: true });
}

/**
 * The customer whose credentials the dialog offers next. Reads customers one at a time until one
 * still waits, rather than all of them: the dialog re-reads this after every change, and a long
 * queue of new customers drained at once would otherwise make each re-read longer.
 */
export async function nextCustomerWithCredentialsWaiting(db: PartnerDeskDatabase): Promise<CustomerRecord | null> {
  for (const id of await waitingIds(db)) {
    const customer = await db.customers.get(id);
    if (customer?.credentialsWaiting === true) return customer;
  }
  return null;
}

export async function clearCredentialsWaiting(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  await db.transaction('rw', [db.meta, db.customers], async () => {
    await db.meta.delete(`${prefix}${customerId}`);
    const legacy = (await db.meta.get(legacyListKey))?.value as string[] | undefined;
    if (legacy?.includes(customerId)) await db.meta.put({ key: legacyListKey, value: legacy.filter((id) => id !== customerId) });
    await db.customers.update(customerId, { credentialsWaiting: false });
  });
}
