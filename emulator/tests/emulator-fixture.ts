// What every contract test starts from: a real emulator on a free loopback port, a fetch-based caller
// that sends what Partner Desk's client sends (bearer token, MS-RequestId when asked), and the typed
// control client. Tests assert on what a client would see over HTTP, nothing internal.
import { EmulatorControl } from '../control-client';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../server';

/**
 * What a test reads from a JSON answer. Contract tests deliberately read the wire format untyped
 * (a typed client would hide a wrong field name); the shared zod schemas check shapes where it matters.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (no JSON.stringify), for malformed-body cases. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** null: no Authorization header at all. */
  token?: string | null;
  requestId?: string;
}

export interface TestEmulator {
  url: string;
  emulator: RunningEmulator;
  control: EmulatorControl;
  call<T = Json>(method: string, path: string, options?: CallOptions): Promise<ApiAnswer<T>>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, ...options });
  const control = new EmulatorControl(emulator.url);
  return {
    url: emulator.url,
    emulator,
    control,
    async call(method, path, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      const token = callOptions.token === undefined ? emulator.demoToken : callOptions.token;
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (callOptions.requestId) headers['ms-requestid'] = callOptions.requestId;
      let body: string | undefined;
      if (callOptions.rawBody !== undefined) body = callOptions.rawBody;
      else if (callOptions.body !== undefined) body = JSON.stringify(callOptions.body);
      if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
      const response = await fetch(`${emulator.url}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      return { status: response.status, headers: response.headers, body: parsed as Json, text };
    },
  };
}

/** A create-customer body as the .NET SDK sends it (PascalCase), valid unless changed. */
export function newCustomerBody(prefix: string, overrides: { country?: string; address?: Record<string, unknown>; extra?: Record<string, unknown> } = {}) {
  return {
    CompanyProfile: { Domain: `${prefix}.onmicrosoft.com` },
    BillingProfile: {
      Email: `giulia.rossi@${prefix}.it`,
      Culture: 'it-IT',
      Language: 'it',
      CompanyName: `${prefix} Ingegneria S.r.l.`,
      DefaultAddress: {
        FirstName: 'Giulia',
        LastName: 'Rossi',
        AddressLine1: 'Via Garibaldi 12',
        City: 'Torino',
        PostalCode: '10122',
        Country: overrides.country ?? 'IT',
        ...overrides.address,
      },
    },
    ...overrides.extra,
  };
}

/** Asserts the Partner Center error shape and returns it. */
export function expectPartnerCenterError(answer: ApiAnswer, status: number): { code: number | string; description: string; data: unknown[]; source: string } {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${answer.text}`);
  const body = answer.body as Record<string, unknown>;
  for (const key of ['code', 'description', 'data', 'source']) {
    if (!(key in body)) throw new Error(`error body lacks ${key}: ${answer.text}`);
  }
  if (typeof body.description !== 'string' || body.description.length < 10) throw new Error(`unhelpful description: ${answer.text}`);
  return body as { code: number | string; description: string; data: unknown[]; source: string };
}
