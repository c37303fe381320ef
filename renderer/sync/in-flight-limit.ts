// How many operations the push keeps in flight at once. It starts at a few, as the architecture
// asks (§1), grows by one with every answer Partner Center gives as asked, so the number doubles
// with every round trip while the service keeps up, and halves when it pushes back (429, 5xx, no
// answer): TCP's congestion window, for the same reason. A long queue against a service that
// keeps up drains many at a time; one that is struggling is not hammered.
import type { IpcError } from '../../shared/ipc/envelope';
import { failureKindOfStatus } from '../../shared/sync/outcome';
import type { HandlerOutcome } from './operation-handlers';

export class InFlightLimit {
  /** Where it starts, and the least it halves to. */
  private readonly floor: number;
  private current: number;

  constructor(
    start: number,
    private readonly max: number,
  ) {
    this.floor = this.current = Math.min(start, max);
  }

  get value(): number {
    return this.current;
  }

  /** Learns from one answer. */
  answered(outcome: HandlerOutcome): void {
    if (outcome.kind === 'delivery-unknown' || (outcome.kind === 'failed' && pushedBack.has(outcome.failure.kind) && !isEditRace(outcome.failure))) {
      this.current = Math.max(this.floor, Math.floor(this.current / 2));
    } else if (outcome.kind !== 'failed' || answeredAsAsked.has(outcome.failure.kind)) {
      this.current = Math.min(this.max, this.current + 1);
    }
    // Offline or a local fault says nothing about the service.
  }
}

/**
 * A profile that moved between our GET and PUT comes back as a server failure to be retried at
 * once (operation-handlers.ts), but it is a race with another editor, not a sign of overload.
 */
const isEditRace = (failure: IpcError) => failure.status !== undefined && failureKindOfStatus(failure.status, failure.code) === 'conflict';

/** Failures that say the service is overloaded or unwell. */
const pushedBack = new Set(['throttled', 'server', 'timeout']);
/** Failures that are a prompt, well-formed answer about this one operation. */
const answeredAsAsked = new Set(['invalid', 'not-found', 'conflict', 'forbidden', 'locked']);
