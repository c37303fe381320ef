// Tells the app whether Partner Center can be reached: "offline" when the machine has no network,
// "degraded" when it has one but the API does not answer, "online" otherwise. Any HTTP answer,
// even 401, proves the API is reachable. Electron gives main no online/offline event, so the
// cheap local check is polled and the network probe runs only now and then or on a change.
import type { Connectivity } from '../../shared/ipc/contract';

export interface ConnectivityDeps {
  isOnline: () => boolean;
  /** Resolves when the API answered anything, rejects on a network error or timeout. */
  probe: () => Promise<void>;
  onChange: (connectivity: Connectivity) => void;
  now?: () => Date;
}

export class ConnectivityMonitor {
  private current: Connectivity;
  private timers: NodeJS.Timeout[] = [];
  private inFlight: Promise<Connectivity> | null = null;
  private lastProbeAt = 0;

  constructor(
    private readonly deps: ConnectivityDeps,
    private readonly options = { pollMs: 1_000, probeEveryMs: 30_000 },
  ) {
    this.current = { state: deps.isOnline() ? 'online' : 'offline', checkedAt: this.nowIso() };
  }

  get state(): Connectivity {
    return this.current;
  }

  start(): void {
    void this.check();
    this.timers.push(
      setInterval(() => {
        const online = this.deps.isOnline();
        const flipped = online !== (this.current.state !== 'offline');
        const due = online && Date.now() - this.lastProbeAt >= this.options.probeEveryMs;
        if (flipped || due) void this.check();
      }, this.options.pollMs),
    );
  }

  stop(): void {
    this.timers.forEach(clearInterval);
    this.timers = [];
  }

  /** Checks now; concurrent callers share one probe. */
  check(): Promise<Connectivity> {
    this.inFlight ??= this.runCheck().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async runCheck(): Promise<Connectivity> {
    let next: Connectivity;
    if (!this.deps.isOnline()) {
      next = { state: 'offline', checkedAt: this.nowIso(), detail: 'the operating system reports no network' };
    } else {
      this.lastProbeAt = Date.now();
      try {
        await this.deps.probe();
        next = { state: this.deps.isOnline() ? 'online' : 'offline', checkedAt: this.nowIso() };
      } catch (error) {
        const offline = !this.deps.isOnline();
        next = {
          state: offline ? 'offline' : 'degraded',
          checkedAt: this.nowIso(),
          detail: offline ? 'the network went away' : `Partner Center did not answer: ${(error as Error).message}`,
        };
      }
    }
    const changed = next.state !== this.current.state;
    this.current = next;
    if (changed) this.deps.onChange(next);
    return next;
  }

  private nowIso(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
