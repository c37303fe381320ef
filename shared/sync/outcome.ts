// How a Partner Center answer decides an outbox operation's fate (architecture §1):
// network error, timeout, 5xx: retry with backoff; 429/503: wait at least Retry-After;
// 401: pause the whole queue until sign-in; 409/412/code 2055: conflict, shown to the user;
// 400 and other refusals: park the operation as rejected with the server's words, keep draining.
// Nothing leaves the outbox unless acknowledged or discarded by the user.
import { backoffDelayMs, retryAfterDelayMs } from './backoff';

import type { IpcError, IpcErrorKind } from '../ipc/envelope';

/** The failure kinds an HTTP answer (or its absence) maps to. */
export type CallFailureKind = Extract<
  IpcErrorKind,
  'offline' | 'timeout' | 'throttled' | 'unauthorized' | 'forbidden' | 'conflict' | 'invalid' | 'not-found' | 'server'
>;

/** A failed call as main's Partner Center client reports it over IPC. */
export type CallFailure = IpcError;

export type OperationDecision =
  | { action: 'retry'; afterMs: number; ambiguous: boolean }
  | { action: 'pause-queue'; reason: string }
  | { action: 'conflict'; message: string }
  | { action: 'reject'; message: string; code?: string; status?: number };

export interface DecideOptions {
  attempt: number;
  random?: () => number;
}



export function decideAfterFailure(failure: CallFailure, options: DecideOptions): OperationDecision {
  const random = options.random ?? Math.random;
  switch (failure.kind) {
    case 'offline':
      return { action: 'retry', afterMs: backoffDelayMs(options.attempt, random), ambiguous: false };
    case 'timeout':
      return { action: 'retry', afterMs: backoffDelayMs(options.attempt, random), ambiguous: true };
    case 'server':
      if (failure.status === 503 && failure.retryAfterMs !== undefined) {
        return { action: 'retry', afterMs: retryAfterDelayMs(failure.retryAfterMs, random), ambiguous: true };
      }
      return { action: 'retry', afterMs: backoffDelayMs(options.attempt, random), ambiguous: true };
    case 'throttled':
      return {
        action: 'retry',
        afterMs: failure.retryAfterMs !== undefined ? retryAfterDelayMs(failure.retryAfterMs, random) : backoffDelayMs(options.attempt, random),
        ambiguous: false,
      };
    case 'unauthorized':
      return { action: 'pause-queue', reason: failure.message };
    case 'conflict':
      return { action: 'conflict', message: failure.message };
    default:
      // invalid, forbidden, not-found, and anything the client itself refused: the user decides.
      return { action: 'reject', message: failure.message, code: failure.code, status: failure.status };
  }
}

/** Maps an HTTP answer to a failure kind (2xx is not a failure and never reaches here). */
export function failureKindOfStatus(status: number, code?: string): CallFailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412 || code === '2055') return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'server';
  return 'invalid';
}
