// Small named values of the emulated world: the partner's organization profile and counters.
import type { Db } from './database';

export class MetaStore {
  private readonly read;
  private readonly write;

  constructor(db: Db) {
    this.read = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    this.write = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }

  get<T>(key: string): T | undefined {
    const row = this.read.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  set(key: string, value: unknown): void {
    this.write.run(key, JSON.stringify(value));
  }
}
