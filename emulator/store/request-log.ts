// Every API request the emulator saw (not control calls): which request id, what answer, how many
// effects. It is how a test proves that a retried request changed nothing the second time.
import type { Db } from './database';

export interface LoggedRequest {
  requestId: string | null;
  method: string;
  path: string;
  /** The HTTP status the client received; 0 when the connection was dropped and no answer came. */
  status: number;
  /** Audit records (changes) the request committed. */
  effects: number;
  /** The injected fault that shaped this answer, if any. */
  fault: string | null;
  /** True when the answer was replayed from an earlier request with the same MS-RequestId. */
  replayed: boolean;
  at: string;
}

interface LogRow {
  request_id: string | null;
  method: string;
  path: string;
  status: number;
  effects: number;
  fault: string | null;
  replayed: number;
  at: string;
}

export class RequestLog {
  private readonly insertRow;
  private readonly all;
  private readonly countRow;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT INTO request_log (request_id, method, path, status, effects, fault, replayed, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.all = db.prepare<[], LogRow>('SELECT * FROM request_log ORDER BY seq');
    this.countRow = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM request_log');
  }

  append(entry: LoggedRequest): void {
    this.insertRow.run(entry.requestId, entry.method, entry.path, entry.status, entry.effects, entry.fault, entry.replayed ? 1 : 0, entry.at);
  }

  list(): LoggedRequest[] {
    return this.all.all().map((row) => ({
      requestId: row.request_id,
      method: row.method,
      path: row.path,
      status: row.status,
      effects: row.effects,
      fault: row.fault,
      replayed: row.replayed === 1,
      at: row.at,
    }));
  }

  count(): number {
    return this.countRow.get()?.count ?? 0;
  }
}
