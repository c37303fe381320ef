// Referrals (leads) as stored: the whole Referral resource as JSON, keyed by id in arrival order.
// The list is small (an inbox), so filtering and ordering happen in memory after one read.
import type { Referral } from '../../shared/partner-center';
import type { Db } from './database';

export class ReferralStore {
  private readonly insertRow;
  private readonly updateRow;
  private readonly byId;
  private readonly all;
  private readonly countRow;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT INTO referrals (id, body) VALUES (?, ?)');
    this.updateRow = db.prepare('UPDATE referrals SET body = ? WHERE id = ?');
    this.byId = db.prepare<[string], { body: string }>('SELECT body FROM referrals WHERE id = ?');
    this.all = db.prepare<[], { body: string }>('SELECT body FROM referrals ORDER BY seq');
    this.countRow = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM referrals');
  }

  insert(referral: Referral): void {
    this.insertRow.run(referral.id, JSON.stringify(referral));
  }

  save(referral: Referral): void {
    this.updateRow.run(JSON.stringify(referral), referral.id);
  }

  get(id: string): Referral | undefined {
    const row = this.byId.get(id);
    return row ? (JSON.parse(row.body) as Referral) : undefined;
  }

  list(): Referral[] {
    return this.all.all().map((row) => JSON.parse(row.body) as Referral);
  }

  count(): number {
    return this.countRow.get()?.count ?? 0;
  }
}
