// One HTTP call to Partner Center, Referrals or Graph, turned into an envelope: the headers the
// API page asks for, a timeout, and every answer mapped to a typed result. Answers are untrusted
// input, so a success body is checked against its schema before anyone uses it.
import type { z } from 'zod';
import { fail, ok, type Envelope, type IpcError } from '../../../shared/ipc/envelope';
import { partnerCenterErrorSchema } from '../../../shared/partner-center';
import { failureKindOfStatus } from '../../../shared/sync/outcome';

export type Api = 'partnerCenter' | 'referrals' | 'graph';

export interface HttpCallDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  baseUrl: (api: Api) => string;
  /** The bearer token, or null when nobody is signed in (the call fails as unauthorized). */
  accessToken: (api: Api) => Promise<string | null>;
  /** Told when an answer was 401, so a cached token is dropped. */
  onUnauthorized?: () => void;
  locale: () => string;
  newGuid: () => string;
  timeoutMs: number;
}

export interface HttpCall<T> {
  api: Api;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'HEAD' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  /** The MS-RequestId; a mutation passes its operation's id so retries stay idempotent. */
  requestId?: string;
  /** Checks a success body; omitted for answers without one. */
  schema?: z.ZodType<T>;
  /** Map a status to a value instead of an error (e.g. HEAD /domains: 404 means "free"). */
  statusValues?: Partial<Record<number, T>>;
}

export interface HttpAnswer<T> {
  value: T;
  headers: Headers;
}

// Errors where nothing can have reached the server: retrying is plainly safe.
const notSentPatterns = /ECONNREFUSED|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|EAI_AGAIN|ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_ADDRESS_UNREACHABLE|ERR_NETWORK_CHANGED/;

function describeNetworkError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const { message, code } = current as { message?: string; code?: string };
    if (code) parts.push(code);
    if (message) parts.push(message);
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(' ');
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function httpCall<T>(deps: HttpCallDeps, call: HttpCall<T>): Promise<Envelope<HttpAnswer<T>>> {
  const url = new URL(deps.baseUrl(call.api) + call.path);
  for (const [key, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));

  let response: Response;
  let text: string;
  try {
    // Getting a token is network traffic too, so its failures are classified like the call's.
    const token = await deps.accessToken(call.api);
    if (!token) return fail({ kind: 'unauthorized', message: 'Sign in to Partner Center to continue.' });
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'MS-RequestId': call.requestId ?? deps.newGuid(),
      // A queued change traces under its request id too, which is its operation's id unless it had
      // to go again under a new one. Partner Center keeps it on the change's activity record
      // (originalCorrelationId), so the next sync knows that change for its own and need not
      // fetch the customer again.
      'MS-CorrelationId': call.requestId ?? deps.newGuid(),
      'X-Locale': deps.locale(),
      ...call.headers,
    };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    response = await deps.fetch(url.toString(), {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    text = call.method === 'HEAD' ? '' : await response.text();
  } catch (error) {
    const detail = describeNetworkError(error);
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
      return fail({ kind: 'timeout', message: `Partner Center did not answer within ${deps.timeoutMs / 1000} s.` });
    }
    if (notSentPatterns.test(detail)) return fail({ kind: 'offline', message: 'Partner Center cannot be reached from this computer right now.' });
    // The connection broke after the request went out: it may have taken effect.
    return fail({ kind: 'timeout', message: `The connection to Partner Center broke before it answered (${detail.slice(0, 120)}).` });
  }

  const mapped = call.statusValues?.[response.status];
  if (mapped !== undefined) return ok({ value: mapped, headers: response.headers });

  if (response.ok) {
    if (!call.schema) return ok({ value: undefined as T, headers: response.headers });
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      return fail({ kind: 'server', status: response.status, message: 'Partner Center answered with something that is not JSON.' });
    }
    const parsed = call.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail({
        kind: 'server',
        status: response.status,
        message: `Partner Center answered in an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
      });
    }
    return ok({ value: parsed.data, headers: response.headers });
  }

  if (response.status === 401) deps.onUnauthorized?.();
  return fail(errorOf(response, text));
}

function errorOf(response: Response, text: string): IpcError {
  let code: string | undefined;
  let description: string | undefined;
  try {
    const body: unknown = JSON.parse(text);
    const parsed = partnerCenterErrorSchema.partial().safeParse(body);
    if (parsed.success) {
      code = parsed.data.code === undefined ? undefined : String(parsed.data.code);
      description = parsed.data.description;
    }
    const message = (body as { message?: unknown }).message;
    if (!description && typeof message === 'string') description = message;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status says enough.
  }
  const kind = failureKindOfStatus(response.status, code);
  return {
    kind,
    status: response.status,
    code,
    message: description?.trim() || `Partner Center answered ${response.status} ${response.statusText}`.trim(),
    retryAfterMs: retryAfterMs(response.headers.get('Retry-After')),
  };
}
