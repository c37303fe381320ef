import { describe, expect, it } from 'vitest';
import { backoffCeilingMs, backoffDelayMs, retryAfterDelayMs } from './backoff';

describe('backoff', () => {
  it('doubles from 1 s and stops at 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((attempt) => backoffCeilingMs(attempt))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('spreads delays over the whole range (full jitter)', () => {
    expect(backoffDelayMs(4, () => 0)).toBe(0);
    expect(backoffDelayMs(4, () => 0.5)).toBe(4_000);
    expect(backoffDelayMs(4, () => 0.999999)).toBe(7_999);
  });

  it('never waits less than Retry-After', () => {
    expect(retryAfterDelayMs(57_000, () => 0)).toBe(57_000);
    expect(retryAfterDelayMs(57_000, () => 0.99)).toBeGreaterThan(57_000);
    expect(retryAfterDelayMs(57_000, () => 0.99)).toBeLessThanOrEqual(58_000);
  });
});
