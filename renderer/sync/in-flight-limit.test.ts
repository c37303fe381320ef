// The push's in-flight limit grows while Partner Center keeps up and backs off when it pushes back.
import { describe, expect, it } from 'vitest';
import type { IpcError } from '../../shared/ipc/envelope';
import { InFlightLimit } from './in-flight-limit';
import type { HandlerOutcome } from './operation-handlers';

const acknowledged: HandlerOutcome = { kind: 'acknowledged', apply: async () => undefined };
const failed = (kind: IpcError['kind']): HandlerOutcome => ({ kind: 'failed', failure: { kind, message: kind } });

describe('the in-flight limit', () => {
  it('starts at a few and grows by one per prompt answer, up to its maximum', () => {
    const limit = new InFlightLimit(4, 32);
    expect(limit.value).toBe(4);
    for (let answer = 0; answer < 10; answer += 1) limit.answered(acknowledged);
    expect(limit.value).toBe(14);
    // A refusal of one operation is still the service answering as asked.
    limit.answered(failed('invalid'));
    limit.answered({ kind: 'conflict', conflict: { fields: [], base: {}, mine: {}, theirs: {} } });
    expect(limit.value).toBe(16);
    for (let answer = 0; answer < 100; answer += 1) limit.answered(acknowledged);
    expect(limit.value).toBe(32);
  });

  it('halves when Partner Center pushes back, never below where it started', () => {
    const limit = new InFlightLimit(4, 32);
    for (let answer = 0; answer < 100; answer += 1) limit.answered(acknowledged);
    limit.answered(failed('throttled'));
    expect(limit.value).toBe(16);
    limit.answered(failed('server'));
    limit.answered(failed('timeout'));
    expect(limit.value).toBe(4);
    limit.answered({ kind: 'delivery-unknown', failure: { kind: 'timeout', message: 'no answer' } });
    expect(limit.value).toBe(4);
  });

  it('does not back off for a profile another editor changed between the read and the write', () => {
    const limit = new InFlightLimit(4, 32);
    for (let answer = 0; answer < 10; answer += 1) limit.answered(acknowledged);
    // How operation-handlers hands back a PUT that met a newer etag: retried at once as a server failure.
    limit.answered({ kind: 'failed', failure: { kind: 'server', status: 412, message: 'etag moved', retryAfterMs: 0 } });
    expect(limit.value).toBe(14);
  });

  it('learns nothing from being offline or from a fault of its own', () => {
    const limit = new InFlightLimit(4, 32);
    limit.answered(acknowledged);
    limit.answered(failed('offline'));
    limit.answered(failed('internal'));
    expect(limit.value).toBe(5);
    expect(new InFlightLimit(4, 3).value).toBe(3);
  });
});
