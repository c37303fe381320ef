// Opening a customer asks Partner Center for what the list does not carry: the full company
// profile, the billing profile (with its etag) and the subscriptions. Answers are kept in
// IndexedDB so the page works offline afterwards and says how old its facts are. A billing
// profile with local edits waiting keeps showing those edits (the sync engine's rule).
import { create } from 'zustand';
import type { IpcError } from '../../../shared/ipc/envelope';
import type { CompanyProfile, Customer } from '../../../shared/partner-center';
import { isLocalId } from '../../../shared/sync/operations';
import type { PartnerDeskDatabase } from '../../data/database';
import { deskApi } from '../../platform/desk-api';
import { applyServerBillingProfile } from '../../sync/server-billing-profile';
import type { SyncContext } from '../../sync/sync-context';

/** What Partner Center said about a customer beyond the list row, and when. */
export interface CustomerFacts {
  companyProfile: CompanyProfile;
  allowDelegatedAccess?: boolean;
  customDomains?: string[];
  associatedPartnerId?: string;
  fetchedAt: string;
  /** When the subscriptions were last read. */
  subscriptionsFetchedAt?: string;
}

export const customerFactsKey = (customerId: string) => `customers.facts:${customerId}`;

export async function readCustomerFacts(db: PartnerDeskDatabase, customerId: string): Promise<CustomerFacts | null> {
  return ((await db.meta.get(customerFactsKey(customerId)))?.value as CustomerFacts | undefined) ?? null;
}

function syncContext(db: PartnerDeskDatabase): SyncContext {
  return { db, port: deskApi(), now: () => Date.now(), random: Math.random, log: (line) => console.info(line) };
}

async function keepCustomer(db: PartnerDeskDatabase, customer: Customer): Promise<void> {
  await db.transaction('rw', [db.meta, db.billingProfiles, db.outbox], async () => {
    const previous = await readCustomerFacts(db, customer.id);
    const facts: CustomerFacts = {
      ...previous,
      companyProfile: customer.companyProfile,
      allowDelegatedAccess: customer.allowDelegatedAccess,
      customDomains: customer.customDomains,
      associatedPartnerId: customer.associatedPartnerId,
      fetchedAt: new Date().toISOString(),
    };
    await db.meta.put({ key: customerFactsKey(customer.id), value: facts });
    if (customer.billingProfile) await applyServerBillingProfile(syncContext(db), customer.id, customer.billingProfile);
  });
}

async function keepSubscriptions(db: PartnerDeskDatabase, customerId: string, subscriptions: Awaited<ReturnType<typeof listSubscriptions>>): Promise<void> {
  await db.transaction('rw', [db.subscriptions, db.meta], async () => {
    await db.subscriptions.where('customerId').equals(customerId).delete();
    await db.subscriptions.bulkPut(subscriptions.map((subscription) => ({ ...subscription, customerId })));
    const facts = await readCustomerFacts(db, customerId);
    if (facts) await db.meta.put({ key: customerFactsKey(customerId), value: { ...facts, subscriptionsFetchedAt: new Date().toISOString() } });
  });
}

async function listSubscriptions(customerId: string) {
  const answer = await deskApi().listSubscriptions({ customerId });
  if (!answer.ok) throw answer.error;
  return answer.value;
}

export type RefreshState = { status: 'idle' | 'loading' | 'done' } | { status: 'failed'; error: IpcError };

interface DetailsRefreshState {
  byCustomer: Record<string, RefreshState>;
  refresh(db: PartnerDeskDatabase, customerId: string): Promise<void>;
}

export const useDetailsRefresh = create<DetailsRefreshState>()((set, get) => ({
  byCustomer: {},
  async refresh(db, customerId) {
    // A customer not yet created exists only here; Partner Center has nothing to add.
    if (isLocalId(customerId) || get().byCustomer[customerId]?.status === 'loading') return;
    const mark = (state: RefreshState) => set((current) => ({ byCustomer: { ...current.byCustomer, [customerId]: state } }));
    mark({ status: 'loading' });
    const customer = await deskApi().getCustomer({ customerId });
    if (!customer.ok) return mark({ status: 'failed', error: customer.error });
    await keepCustomer(db, customer.value);
    try {
      await keepSubscriptions(db, customerId, await listSubscriptions(customerId));
    } catch (error) {
      return mark({ status: 'failed', error: error as IpcError });
    }
    mark({ status: 'done' });
  },
}));
