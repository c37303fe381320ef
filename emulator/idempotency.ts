// MS-RequestId makes a Partner Center write idempotent: the first answer is stored with the change in
// one transaction; a retry with the same id and the same request gets that answer back and changes
// nothing; the same id with a different request is refused (409, see emulator/README.md).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EmulatorErrorCode } from '../shared/partner-center';
import type { EmulatorContext } from './context';
import { PartnerCenterFault } from './http/partner-center-fault';
import { stateOf } from './http/request-state';
import type { StoredAnswer } from './store/idempotency-records';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Same method, same URL, same JSON (whitespace and key order do not matter). */
export function fingerprintOf(method: string, url: string, rawBody: unknown): string {
  let body = typeof rawBody === 'string' ? rawBody : '';
  try {
    if (body) body = canonicalJson(JSON.parse(body));
  } catch {
    // Not JSON: compare the raw text.
  }
  return createHash('sha256').update(`${method.toUpperCase()} ${url}\n${body}`).digest('hex');
}

function refuseReuse(requestId: string): never {
  throw new PartnerCenterFault(409, EmulatorErrorCode.requestIdReused, `MS-RequestId ${requestId} was already used for a different request. Use a new MS-RequestId for a new operation; reuse one only to retry the same request.`);
}

export function sendStored(reply: FastifyReply, stored: StoredAnswer): FastifyReply {
  reply.code(stored.status).headers({ ...stored.headers, 'x-emulator-replayed': 'true' });
  if (stored.body === null) return reply.send();
  return reply.type('application/json; charset=utf-8').send(stored.body);
}

/** preHandler: answers a retried request from the store before the route runs. */
export function replayIfSeen(context: EmulatorContext, request: FastifyRequest, reply: FastifyReply): boolean {
  const state = stateOf(request);
  if (!state.idempotent || !state.requestId) return false;
  state.fingerprint = fingerprintOf(request.method, request.url, request.body);
  const stored = context.store.idempotency.find(state.requestId);
  if (!stored) return false;
  if (stored.fingerprint !== state.fingerprint) refuseReuse(state.requestId);
  state.replayed = true;
  sendStored(reply, stored);
  return true;
}

/**
 * Runs a change as one transaction and, for an idempotent request, stores its answer in the same
 * transaction. A concurrent twin that committed first wins: this one then returns the twin's answer.
 */
export function commitWrite(context: EmulatorContext, request: FastifyRequest, change: () => Answer): Answer & { replayed?: boolean } {
  const state = stateOf(request);
  const { result, effects } = context.store.write((): Answer & { replayed?: boolean } => {
    if (state.idempotent && state.requestId) {
      const twin = context.store.idempotency.find(state.requestId);
      if (twin) {
        if (twin.fingerprint !== state.fingerprint) refuseReuse(state.requestId);
        return { status: twin.status, headers: { ...twin.headers, 'x-emulator-replayed': 'true' }, body: twin.body === null ? undefined : (JSON.parse(twin.body) as unknown), replayed: true };
      }
    }
    const answer = change();
    if (state.idempotent && state.requestId) {
      context.store.idempotency.save(state.requestId, {
        fingerprint: state.fingerprint,
        status: answer.status,
        headers: answer.headers ?? {},
        body: answer.body === undefined ? null : JSON.stringify(answer.body),
      });
    }
    return answer;
  }, { correlationId: state.correlationId });
  state.effects += effects;
  if (result.replayed) state.replayed = true;
  return result;
}

export function sendAnswer(reply: FastifyReply, answer: Answer): FastifyReply {
  reply.code(answer.status);
  if (answer.headers) reply.headers(answer.headers);
  return answer.body === undefined ? reply.send() : reply.send(answer.body);
}
