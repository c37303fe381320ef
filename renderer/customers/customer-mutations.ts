// Local-first changes to customers (architecture §1): each writes the record the user sees and
// its outbox operation in one transaction, so the UI shows the change at once, marked pending,
// and the change reaches Partner Center later, exactly once.
import { ONMICROSOFT_SUFFIX, type NewCustomer } from '../../shared/partner-center';
import { customerRecordKey, isLocalId, type OutboxOperation } from '../../shared/sync/operations';
import { flatten } from '../../shared/sync/three-way-merge';
import { searchKey, type PartnerDeskDatabase } from '../data/database';
import { newOperation, pendingOperationsOf } from '../data/outbox';
import type { BillingProfileFields, CustomerRecord } from '../data/records';
import { openOperationsOf } from '../sync/record-sync-state';

/** A refusal the user can act on; `reason` (with `values`) picks the sentence in their language. */
export class CustomerChangeRefused extends Error {
  constructor(
    readonly reason: 'domain-exists' | 'not-found' | 'active-subscriptions' | 'relationship-already-ended' | 'removal-refused-waiting' | 'creation-pending',
    message: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

const fullDomain = (domain: string) => {
  const lower = domain.trim().toLowerCase();
  return lower.endsWith(ONMICROSOFT_SUFFIX) ? lower : `${lower}${ONMICROSOFT_SUFFIX}`;
};

export async function createCustomer(db: PartnerDeskDatabase, customer: NewCustomer): Promise<CustomerRecord> {
  const domain = fullDomain(customer.companyProfile.domain);
  const id = `local:${crypto.randomUUID()}`;
  const body: NewCustomer = { ...customer, companyProfile: { ...customer.companyProfile, domain } };
  return db.transaction('rw', db.customers, db.billingProfiles, db.outbox, async () => {
    if ((await db.customers.where('domainKey').equals(searchKey(domain)).count()) > 0) {
      throw new CustomerChangeRefused('domain-exists', `A customer with the domain ${domain} is already in your list.`, { domain });
    }
    const record: CustomerRecord = {
      id,
      companyName: customer.billingProfile.companyName,
      domain,
      relationship: 'reseller',
      associatedPartnerId: customer.associatedPartnerId,
      nameKey: searchKey(customer.billingProfile.companyName),
      domainKey: searchKey(domain),
      sync: 'pending',
    };
    await db.customers.add(record);
    const { email, culture, language, companyName, defaultAddress } = customer.billingProfile;
    await db.billingProfiles.put({ customerId: id, current: { id: '', firstName: defaultAddress.firstName, lastName: defaultAddress.lastName, email, culture, language, companyName, defaultAddress } });
    await db.outbox.add(newOperation(customerRecordKey(id), { kind: 'create-customer', localId: id, customer: body }));
    return record;
  });
}

/** The profile as a PUT body wants it, from the fields the user sees. */
export function billingUpdateBody(fields: BillingProfileFields) {
  const { id, firstName, lastName, email, culture, language, companyName, defaultAddress } = fields;
  return { id, firstName, lastName, email, culture, language, companyName, defaultAddress };
}

/**
 * The customers created on this computer that Partner Center has not confirmed yet: a primary-key
 * range, nearly always empty, read beside an edit's other reads.
 */
const notYetCreated = (db: PartnerDeskDatabase) => db.customers.where('id').startsWith('local:').toArray();

/**
 * Refuses a change to Partner Center's row of a customer this computer is still creating. When a
 * creation's answer was lost (a timeout after Partner Center made it), a full pass can list the
 * customer before the retry's answer merges the two rows; a change made to each row went out
 * twice (found by the simulation: a removal sent twice, the second refused; a billing edit that met
 * the same user's other edit as a conflict). Changes go to the pending row, or wait for the merge.
 */
function refuseTwinOfCreation(customer: CustomerRecord, pending: readonly CustomerRecord[]): void {
  if (isLocalId(customer.id)) return;
  if (pending.some((other) => other.domainKey === customer.domainKey)) {
    throw new CustomerChangeRefused('creation-pending', 'This customer is still being created from this computer: change it once Partner Center has confirmed it.');
  }
}

export async function updateBillingProfile(db: PartnerDeskDatabase, customerId: string, next: BillingProfileFields): Promise<void> {
  await db.transaction('rw', db.customers, db.billingProfiles, db.outbox, async () => {
    const recordKey = customerRecordKey(customerId);
    const [customer, profile, waiting, pending] = await Promise.all([db.customers.get(customerId), db.billingProfiles.get(customerId), pendingOperationsOf(db, recordKey), notYetCreated(db)]);
    if (!customer || !profile) throw new CustomerChangeRefused('not-found', 'This customer is no longer in your list.');
    refuseTwinOfCreation(customer, pending);
    const untouched = (operation: OutboxOperation) => operation.status === 'queued' && operation.attempts === 0;
    const lastWaiting = waiting.at(-1);

    if (lastWaiting && untouched(lastWaiting) && lastWaiting.payload.kind === 'create-customer') {
      // Not yet sent: the new customer simply goes out with the edited profile.
      const { email, culture, language, companyName, defaultAddress } = next;
      lastWaiting.payload.customer.billingProfile = { email, culture, language, companyName, defaultAddress };
      lastWaiting.updatedAt = new Date().toISOString();
      await db.outbox.put(lastWaiting);
    } else if (lastWaiting && untouched(lastWaiting) && lastWaiting.payload.kind === 'update-billing-profile') {
      // Edits that have not left yet are one change: keep the base they started from.
      lastWaiting.payload.mine = flatten(billingUpdateBody(next));
      lastWaiting.updatedAt = new Date().toISOString();
      await db.outbox.put(lastWaiting);
    } else {
      const base = flatten(billingUpdateBody(profile.current));
      await db.outbox.add(newOperation(recordKey, { kind: 'update-billing-profile', customerId, base, mine: flatten(billingUpdateBody(next)) }));
    }
    await db.billingProfiles.put({ ...profile, current: next });
    if (customer.sync === 'synced') await db.customers.update(customerId, { sync: 'pending' });
  });
}

export async function removeRelationship(db: PartnerDeskDatabase, customerId: string): Promise<void> {
  await db.transaction('rw', db.customers, db.subscriptions, db.outbox, async () => {
    // Both reads at once, and the record written whole rather than through update() (which reads
    // it again): each round trip is time before the list can show the change.
    const [customer, active, pending] = await Promise.all([
      db.customers.get(customerId),
      db.subscriptions.where('customerId').equals(customerId).filter((subscription) => subscription.status === 'active').count(),
      notYetCreated(db),
    ]);
    if (!customer) throw new CustomerChangeRefused('not-found', 'This customer is no longer in your list.');
    refuseTwinOfCreation(customer, pending);
    if (customer.relationship === 'none') {
      throw new CustomerChangeRefused('relationship-already-ended', 'The relationship with this customer has already ended.');
    }
    // A refused removal shows the relationship Partner Center kept, and waits for the user to send it
    // again or discard it: a second one would only queue behind it, unsent, showing "ended". Only a
    // customer whose badge asks for the user can have one, so no other pays for the lookup.
    const needsUser = customer.sync === 'rejected' || customer.sync === 'conflict';
    if (needsUser && (await openOperationsOf(db, customerRecordKey(customerId))).some((operation) => operation.payload.kind === 'remove-relationship')) {
      throw new CustomerChangeRefused('removal-refused-waiting', 'Partner Center refused an earlier removal of this customer. Send that one again or discard it, in the customer’s history.');
    }
    if (active > 0) {
      throw new CustomerChangeRefused(
        'active-subscriptions',
        `This customer has ${active} active subscription(s). Suspend them in Partner Center before ending the relationship.`,
        { count: active },
      );
    }
    // A badge that already asks for the user (conflict, rejected) must stay: the new operation
    // queues behind that one, and "pending" would hide why nothing moves (found by the simulation).
    await Promise.all([
      db.customers.put({ ...customer, relationship: 'none', sync: customer.sync === 'synced' ? 'pending' : customer.sync }),
      db.outbox.add(newOperation(customerRecordKey(customerId), { kind: 'remove-relationship', customerId, previousRelationship: customer.relationship })),
    ]);
  });
}
