// Retry delays for the outbox: exponential backoff with full jitter (1 s base, 60 s cap), as in
// architecture §1. Full jitter spreads the retries of many clients that failed together (the
// office coming back online at 9:00) instead of having them hammer Partner Center in step.
// A server's Retry-After is a floor, never shortened by jitter.

export const backoffPolicy = { baseMs: 1_000, capMs: 60_000 } as const;

/** The ceiling of the delay before retry number `attempt` (1 = first retry). */
export function backoffCeilingMs(attempt: number, policy = backoffPolicy): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
}

/** Full jitter: uniformly anywhere between 0 and the ceiling. `random` is injectable for tests. */
export function backoffDelayMs(attempt: number, random: () => number = Math.random, policy = backoffPolicy): number {
  return Math.floor(random() * backoffCeilingMs(attempt, policy));
}

/** The delay to wait when the server said Retry-After: at least that, plus a little jitter. */
export function retryAfterDelayMs(retryAfterMs: number, random: () => number = Math.random): number {
  return retryAfterMs + Math.floor(random() * Math.min(1_000, retryAfterMs * 0.1 + 1));
}
