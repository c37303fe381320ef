// Etags are opaque to clients; a fresh random one per change is all concurrency control needs.
import { randomBytes } from 'node:crypto';

export function newEtag(): string {
  return randomBytes(12).toString('base64url');
}

/** `If-Match` arrives quoted (`"abc"`), sometimes weak (`W/"abc"`); the stored etag is bare. */
export function bareEtag(header: string): string {
  return header.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
