// Per-request facts the pipeline collects on the way through (request id, fault, effects) so the
// request log can be written once, whichever way the request ended.
import type { FastifyRequest } from 'fastify';

export interface RequestState {
  /** Control calls are neither authenticated, faulted, throttled nor logged. */
  isApi: boolean;
  requestId: string | null;
  /** MS-CorrelationId as sent; the activity records the request writes carry it. */
  correlationId: string | null;
  /** Writes with an MS-RequestId on Partner Center and Referrals (not Graph, which does not de-duplicate). */
  idempotent: boolean;
  fingerprint: string;
  effects: number;
  fault: string | null;
  dropAfter: boolean;
  replayed: boolean;
  logged: boolean;
}

const states = new WeakMap<FastifyRequest, RequestState>();

export function stateOf(request: FastifyRequest): RequestState {
  let state = states.get(request);
  if (!state) {
    state = { isApi: false, requestId: null, correlationId: null, idempotent: false, fingerprint: '', effects: 0, fault: null, dropAfter: false, replayed: false, logged: false };
    states.set(request, state);
  }
  return state;
}
