// Which new customers have admin credentials waiting in main's vault for the user to copy: one
// small meta row per customer, so the dialog that offers them reads a short key range however
// many customers the partner has created, and customers created together (settled in one
// transaction while the queue drains) each add their own row instead of rewriting a shared list.
import type { ObservabilitySet } from 'dexie';
import { covers, overlaps, type IntervalNode } from '../data/changed-keys';
import type { PartnerDeskDatabase } from '../data/database';
import type { CustomerRecord } from '../data/records';

const prefix = 'customers.credentialsWaiting:';
/** Before per-customer rows, one row held the list; still read, so nothing waiting is forgotten. */
const legacyListKey = 'customers.credentialsWaiting';
const readAtOnce = 8;

/** Must run inside a transaction covering meta (the sync's settle transaction does). */
export async function noteCredentialsWaiting(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  await db.meta.put({ key: `${prefix}${customerId}`, value: true });
}

/**
 * The customer whose credentials the dialog offers next: `keep` (the one on screen) while it still
 * waits, so a customer created meanwhile does not take its place under the user's eyes, else the
 * first still waiting. Reads the waiting rows a few at a time until one's customer still waits,
 * rather than all of them, and all in one transaction: while a long queue of new customers drains,
 * every settle adds a row.
 */
export async function nextCustomerWithCredentialsWaiting(db: PartnerDeskDatabase, keep?: string | null): Promise<CustomerRecord | null> {
  return db.transaction('r', [db.meta, db.customers], async () => {
    const stillWaiting = async (ids: readonly string[]) => {
      for (const id of ids) {
        const customer = await db.customers.get(id);
        if (customer?.credentialsWaiting === true) return customer;
      }
      return null;
    };
    if (keep) {
      const kept = await stillWaiting([keep]);
      if (kept) return kept;
    }
    const legacy = ((await db.meta.get(legacyListKey))?.value as string[] | undefined) ?? [];
    let after = prefix;
    for (;;) {
      const keys = await db.meta.where('key').between(after, `${prefix}\uffff`, false, false).limit(readAtOnce).primaryKeys();
      const found = await stillWaiting(keys.map((key) => String(key).slice(prefix.length)));
      if (found) return found;
      if (keys.length < readAtOnce) break;
      after = String(keys[keys.length - 1]);
    }
    return stillWaiting(legacy);
  });
}

/** Whether a commit's changed keys may change which customer waits (see ThrottledWatch). */
export function credentialsWaitingChanged(db: PartnerDeskDatabase): (parts: ObservabilitySet) => boolean {
  const metaPart = `idb://${db.name}/meta/`;
  return (parts) => {
    const meta = parts[metaPart] as IntervalNode | undefined;
    return overlaps(meta, prefix, `${prefix}\uffff`) || covers(meta, legacyListKey);
  };
}

export async function clearCredentialsWaiting(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  await db.transaction('rw', [db.meta, db.customers], async () => {
    await db.meta.delete(`${prefix}${customerId}`);
    const legacy = (await db.meta.get(legacyListKey))?.value as string[] | undefined;
    if (legacy?.includes(customerId)) await db.meta.put({ key: legacyListKey, value: legacy.filter((id) => id !== customerId) });
    await db.customers.update(customerId, { credentialsWaiting: false });
  });
}
