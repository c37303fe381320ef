// Partner Center limits "get customer by id" to 500 requests a minute. The emulator counts them in a
// fixed one-minute window that starts with the first request, and answers 429 with the seconds left
// in the window as Retry-After (see emulator/README.md).
import type { Clock } from '../clock';

export class CustomerReadThrottle {
  private windowStartMs = 0;
  private used = 0;

  constructor(
    private perMinute: number,
    private readonly clock: Clock,
  ) {}

  setLimit(perMinute: number): void {
    this.perMinute = perMinute;
    this.reset();
  }

  limit(): number {
    return this.perMinute;
  }

  reset(): void {
    this.windowStartMs = 0;
    this.used = 0;
  }

  /** Counts one request; returns the seconds to wait when the window's budget is spent. */
  take(): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.clock.now().getTime();
    if (now - this.windowStartMs >= 60_000) {
      this.windowStartMs = now;
      this.used = 0;
    }
    if (this.used >= this.perMinute) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((this.windowStartMs + 60_000 - now) / 1000)) };
    }
    this.used += 1;
    return { allowed: true };
  }
}
