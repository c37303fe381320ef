// The first answer to each MS-RequestId, stored in the same transaction as the change it made, so a
// retry after a lost answer (timeout, dropped connection, crash) gets that answer instead of a second change.
import type { Db } from './database';

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export class IdempotencyRecords {
  private readonly insertRow;
  private readonly byId;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT INTO idempotency (request_id, fingerprint, status, headers, body) VALUES (?, ?, ?, ?, ?)');
    this.byId = db.prepare<[string], { fingerprint: string; status: number; headers: string; body: string | null }>('SELECT * FROM idempotency WHERE request_id = ?');
  }

  find(requestId: string): StoredAnswer | undefined {
    const row = this.byId.get(requestId.toLowerCase());
    return row ? { fingerprint: row.fingerprint, status: row.status, headers: JSON.parse(row.headers) as Record<string, string>, body: row.body } : undefined;
  }

  save(requestId: string, answer: StoredAnswer): void {
    this.insertRow.run(requestId.toLowerCase(), answer.fingerprint, answer.status, JSON.stringify(answer.headers), answer.body);
  }
}
