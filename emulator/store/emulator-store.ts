// The emulator's whole state behind one object: the database, its tables, and `write`, the only way
// to change anything. `write` runs one SQLite transaction and reports how many changes (audit
// records) it made, so nothing is ever half-written and the request log can count effects.
import type { Clock } from '../clock';
import { AuditLog } from './audit-log';
import { CustomerStore } from './customers';
import { openDatabase, RESETTABLE_TABLES, type Db } from './database';
import { IdempotencyRecords } from './idempotency-records';
import { Mailbox } from './mailbox';
import { MetaStore } from './meta';
import { PartnerStore } from './partners';
import { ReferralStore } from './referrals';
import { RequestLog } from './request-log';
import { SubscriptionStore } from './subscriptions';
import { TokenStore } from './tokens';

export class EmulatorStore {
  readonly db: Db;
  readonly customers: CustomerStore;
  readonly subscriptions: SubscriptionStore;
  readonly partners: PartnerStore;
  readonly audit: AuditLog;
  readonly referrals: ReferralStore;
  readonly mailbox: Mailbox;
  readonly requestLog: RequestLog;
  readonly idempotency: IdempotencyRecords;
  readonly tokens: TokenStore;
  readonly meta: MetaStore;

  constructor(
    readonly clock: Clock,
    readonly partnerId: string,
    dbPath?: string,
  ) {
    this.db = openDatabase(dbPath);
    this.customers = new CustomerStore(this.db);
    this.subscriptions = new SubscriptionStore(this.db);
    this.partners = new PartnerStore(this.db);
    this.audit = new AuditLog(this.db, clock, () => this.partnerId);
    this.referrals = new ReferralStore(this.db);
    this.mailbox = new Mailbox(this.db);
    this.requestLog = new RequestLog(this.db);
    this.idempotency = new IdempotencyRecords(this.db);
    this.tokens = new TokenStore(this.db);
    this.meta = new MetaStore(this.db);
  }

  /**
   * Runs `change` as one transaction; returns its result and the number of audit records it wrote.
   * `correlationId` is the request's MS-CorrelationId, which its audit records carry.
   */
  write<T>(change: () => T, request: { correlationId?: string | null } = {}): { result: T; effects: number } {
    return this.db.transaction(() => {
      this.audit.startCounting(request.correlationId ?? null);
      const result = change();
      return { result, effects: this.audit.counted() };
    })();
  }

  /** Empties every table but the issued tokens. */
  clear(): void {
    this.db.transaction(() => {
      for (const table of RESETTABLE_TABLES) this.db.prepare(`DELETE FROM ${table}`).run();
    })();
  }

  close(): void {
    this.db.close();
  }
}
