// The path every API request takes, in Partner Center's order of refusals: authentication, injected
// faults, throttling, idempotent replay, the route, then the request log. Control calls
// (`/_emulator/...`) skip all of it. Every error leaves as `{code, description, data, source}`.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EmulatorErrorCode } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { replayIfSeen } from '../idempotency';
import { assertAuthorized } from './auth';
import { ERROR_SOURCE, PartnerCenterFault } from './partner-center-fault';
import { stateOf } from './request-state';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function logRequest(context: EmulatorContext, request: FastifyRequest, status: number): void {
  const state = stateOf(request);
  if (!state.isApi || state.logged) return;
  state.logged = true;
  context.store.requestLog.append({
    requestId: state.requestId,
    method: request.method,
    path: pathOf(request),
    status,
    effects: state.effects,
    fault: state.fault,
    replayed: state.replayed,
    at: context.clock.iso(),
  });
}

/** Ends the request with no HTTP answer at all, as a dropped connection looks to a client. */
function dropConnection(request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  request.raw.socket.destroy();
}

export function throttleFault(retryAfterSeconds: number): PartnerCenterFault {
  const message = `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.`;
  const fault = new PartnerCenterFault(429, EmulatorErrorCode.throttled, message, [], { 'retry-after': String(retryAfterSeconds) });
  return Object.assign(fault, { extraBody: { statusCode: 429, message } });
}

export function installPipeline(app: FastifyInstance, context: EmulatorContext): void {
  // Bodies arrive as text whatever the content type, so malformed JSON gets a Partner Center 400
  // from the route instead of Fastify's own error, and idempotency can fingerprint the exact body.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    const state = stateOf(request);
    state.isApi = !request.url.startsWith('/_emulator');
    if (!state.isApi) return;
    // The emulator's own clock, which tests move: what a client learns of the server's time
    // agrees with the dates the activity log stamps.
    reply.header('date', context.clock.now().toUTCString());
    state.requestId = header(request, 'ms-requestid') ?? null;
    state.correlationId = header(request, 'ms-correlationid') ?? null;
    const isGraph = request.url.startsWith('/v1.0/me/');
    state.idempotent = WRITE_METHODS.has(request.method) && !isGraph && state.requestId !== null;
    for (const name of ['ms-requestid', 'ms-correlationid'] as const) {
      const value = header(request, name);
      if (value) reply.header(name, value);
    }
    assertAuthorized(context, header(request, 'authorization'));

    const decision = context.faults.decide(request.method, pathOf(request));
    if (decision.latencyMs > 0) {
      state.fault = 'latency';
      await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
    }
    const rule = decision.terminal;
    if (rule) {
      state.fault = rule.kind;
      switch (rule.kind) {
        case 'status': {
          const status = rule.status ?? 500;
          const headers: Record<string, string> = rule.retryAfterSeconds !== undefined ? { 'retry-after': String(rule.retryAfterSeconds) } : {};
          throw new PartnerCenterFault(status, EmulatorErrorCode.injectedFault, `Injected fault: the emulator answered ${status} on purpose.`, [], headers);
        }
        case 'throttle':
          throw throttleFault(rule.retryAfterSeconds ?? 30);
        case 'drop-before':
          logRequest(context, request, 0);
          dropConnection(request, reply);
          return reply;
        case 'drop-after':
          state.dropAfter = true;
          break;
        default:
          break;
      }
    }

    if (request.method === 'GET' && request.routeOptions.url === '/v1/customers/:customerId') {
      const verdict = context.throttle.take();
      if (!verdict.allowed) throw throttleFault(verdict.retryAfterSeconds);
    }
    return undefined;
  });

  app.addHook('preHandler', async (request, reply) => {
    if (replayIfSeen(context, request, reply)) return reply;
    return undefined;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const state = stateOf(request);
    if (state.dropAfter) {
      // The change is committed (or the read done); the client never hears about it.
      logRequest(context, request, 0);
      request.raw.socket.destroy();
    }
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    logRequest(context, request, reply.statusCode);
  });

  app.setNotFoundHandler((request, reply) => {
    const fault = new PartnerCenterFault(404, EmulatorErrorCode.notFound, `No such resource: ${request.method} ${pathOf(request)}.`);
    void reply.code(404).send(fault.body());
  });

  app.setErrorHandler((error: FastifyError | PartnerCenterFault, _request, reply) => {
    if (error instanceof PartnerCenterFault) {
      const extra = (error as PartnerCenterFault & { extraBody?: Record<string, unknown> }).extraBody ?? {};
      return reply.code(error.status).headers(error.headers).send({ ...extra, ...error.body() });
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    return reply.code(status).send({ code: error.code ?? status, description: error.message, data: [], source: ERROR_SOURCE });
  });
}
