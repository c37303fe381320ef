// Supplies the bearer token of each call. Against the emulator, the token comes from its control
// API (a stand-in for Entra ID sign-in). For Microsoft's clouds, sign-in is not built yet, so no
// token is available and calls answer "unauthorized", which pauses the outbox instead of losing it.
import type { Settings } from '../../../shared/config/settings';

export interface AccessTokenProvider {
  token(): Promise<string | null>;
  /** Called after a 401: the cached token is no good any more. */
  invalidate(): void;
}

export function createAccessTokenProvider(deps: {
  settings: () => Settings;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
}): AccessTokenProvider {
  let cached: { token: string; baseUrl: string } | null = null;
  return {
    async token() {
      const settings = deps.settings();
      if (settings.cloud !== 'emulator') return null;
      if (cached && cached.baseUrl === settings.partnerCenterBaseUrl) return cached.token;
      const response = await deps.fetch(`${settings.partnerCenterBaseUrl}/_emulator/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) return null;
      const body = (await response.json()) as { access_token?: unknown };
      if (typeof body.access_token !== 'string') return null;
      cached = { token: body.access_token, baseUrl: settings.partnerCenterBaseUrl };
      return cached.token;
    },
    invalidate() {
      cached = null;
    },
  };
}
