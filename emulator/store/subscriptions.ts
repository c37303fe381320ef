// Customers' subscriptions. They matter to Partner Desk for one reason: an active one (an Azure plan
// included) blocks ending the relationship until it is suspended.
import type { Subscription, SubscriptionStatus } from '../../shared/partner-center';
import type { Db } from './database';

export interface SubscriptionRecord {
  id: string;
  customerId: string;
  offerId: string;
  offerName: string;
  quantity: number;
  unitType: string;
  status: SubscriptionStatus;
  billingCycle: string;
  termDuration: string;
  autoRenew: boolean;
  createdAt: string;
  commitmentEnd: string;
  etag: string;
}

interface SubscriptionRow {
  id: string;
  customer_id: string;
  offer_id: string;
  offer_name: string;
  quantity: number;
  unit_type: string;
  status: string;
  billing_cycle: string;
  term_duration: string;
  auto_renew: number;
  created_at: string;
  commitment_end: string;
  etag: string;
}

export class SubscriptionStore {
  private readonly insertRow;
  private readonly forCustomer;
  private readonly activeCount;
  private readonly suspendAll;
  private readonly countAll;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO subscriptions (id, customer_id, offer_id, offer_name, quantity, unit_type, status, billing_cycle, term_duration, auto_renew, created_at, commitment_end, etag)
       VALUES (@id, @customerId, @offerId, @offerName, @quantity, @unitType, @status, @billingCycle, @termDuration, @autoRenew, @createdAt, @commitmentEnd, @etag)`,
    );
    this.forCustomer = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE customer_id = ? ORDER BY created_at, id');
    this.activeCount = db.prepare<[string], { count: number }>(`SELECT count(*) AS count FROM subscriptions WHERE customer_id = ? AND status = 'active'`);
    this.suspendAll = db.prepare(`UPDATE subscriptions SET status = 'suspended', etag = lower(hex(randomblob(12))) WHERE customer_id = ? AND status = 'active'`);
    this.countAll = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM subscriptions');
  }

  insert(subscription: SubscriptionRecord): void {
    this.insertRow.run({ ...subscription, autoRenew: subscription.autoRenew ? 1 : 0 });
  }

  list(customerId: string): SubscriptionRecord[] {
    return this.forCustomer.all(customerId).map(toRecord);
  }

  activeFor(customerId: string): number {
    return this.activeCount.get(customerId)?.count ?? 0;
  }

  /** Returns how many subscriptions were suspended. */
  suspendActive(customerId: string): number {
    return this.suspendAll.run(customerId).changes;
  }

  count(): number {
    return this.countAll.get()?.count ?? 0;
  }
}

function toRecord(row: SubscriptionRow): SubscriptionRecord {
  return {
    id: row.id,
    customerId: row.customer_id,
    offerId: row.offer_id,
    offerName: row.offer_name,
    quantity: row.quantity,
    unitType: row.unit_type,
    status: row.status as SubscriptionStatus,
    billingCycle: row.billing_cycle,
    termDuration: row.term_duration,
    autoRenew: row.auto_renew === 1,
    createdAt: row.created_at,
    commitmentEnd: row.commitment_end,
    etag: row.etag,
  };
}

export function toSubscription(record: SubscriptionRecord): Subscription {
  return {
    id: record.id,
    offerId: record.offerId,
    offerName: record.offerName,
    friendlyName: record.offerName,
    quantity: record.quantity,
    unitType: record.unitType,
    creationDate: record.createdAt,
    effectiveStartDate: record.createdAt,
    commitmentEndDate: record.commitmentEnd,
    autoRenewEnabled: record.autoRenew,
    status: record.status,
    billingCycle: record.billingCycle,
    termDuration: record.termDuration,
    attributes: { objectType: 'Subscription', etag: record.etag },
  };
}
