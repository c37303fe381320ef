// Bearer tokens the control API issued. Kept in the database so a token outlives an emulator restart
// on the same file, like a real token outlives a server deployment.
import { randomBytes } from 'node:crypto';
import type { Db } from './database';

export class TokenStore {
  private readonly insertRow;
  private readonly byToken;
  private readonly deleteAll;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT INTO tokens (token, expires_at) VALUES (?, ?)');
    this.byToken = db.prepare<[string], { expires_at: string }>('SELECT expires_at FROM tokens WHERE token = ?');
    this.deleteAll = db.prepare('DELETE FROM tokens');
  }

  issue(expiresAt: Date): string {
    const token = `pde.${randomBytes(24).toString('base64url')}`;
    this.insertRow.run(token, expiresAt.toISOString());
    return token;
  }

  isValid(token: string, now: Date): boolean {
    const row = this.byToken.get(token);
    return row !== undefined && row.expires_at > now.toISOString();
  }

  /** Signs every issued token out (the demo token stays valid). */
  revokeAll(): number {
    return this.deleteAll.run().changes;
  }
}
