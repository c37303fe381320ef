import { describe, expect, it } from 'vitest';
import { decideAfterFailure, failureKindOfStatus, type CallFailure } from './outcome';

const decide = (failure: Omit<CallFailure, 'message'>, attempt = 1) =>
  decideAfterFailure({ message: 'm', ...failure }, { attempt, random: () => 0.5 });

describe('classification of answers', () => {
  it('maps HTTP statuses and code 2055 to failure kinds', () => {
    expect([400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504].map((status) => failureKindOfStatus(status))).toEqual([
      'invalid', 'unauthorized', 'forbidden', 'not-found', 'conflict', 'conflict', 'throttled', 'server', 'server', 'server', 'server',
    ]);
    expect(failureKindOfStatus(400, '2055')).toBe('conflict');
  });

  it('retries network errors, timeouts and 5xx with backoff, marking what may have taken effect', () => {
    expect(decide({ kind: 'offline' }, 3)).toEqual({ action: 'retry', afterMs: 2_000, ambiguous: false });
    expect(decide({ kind: 'timeout' })).toEqual({ action: 'retry', afterMs: 500, ambiguous: true });
    expect(decide({ kind: 'server', status: 502 }, 2)).toEqual({ action: 'retry', afterMs: 1_000, ambiguous: true });
  });

  it('waits at least Retry-After on 429 and 503', () => {
    const throttled = decide({ kind: 'throttled', status: 429, retryAfterMs: 57_000 });
    expect(throttled.action).toBe('retry');
    expect(throttled.action === 'retry' && throttled.afterMs).toBeGreaterThanOrEqual(57_000);
    const unavailable = decide({ kind: 'server', status: 503, retryAfterMs: 10_000 }, 9);
    expect(unavailable.action === 'retry' && unavailable.afterMs).toBeGreaterThanOrEqual(10_000);
  });

  it('pauses the queue on 401, raises a conflict on 409/412, and parks refusals', () => {
    expect(decide({ kind: 'unauthorized', status: 401 }).action).toBe('pause-queue');
    expect(decide({ kind: 'conflict', status: 412 }).action).toBe('conflict');
    expect(decide({ kind: 'invalid', status: 400, code: '3000' })).toEqual({ action: 'reject', message: 'm', code: '3000', status: 400 });
    expect(decide({ kind: 'forbidden', status: 403 }).action).toBe('reject');
    expect(decide({ kind: 'not-found', status: 404 }).action).toBe('reject');
  });
});
