// Wires the Partner Center client to main's world: Electron's net.fetch (which honours the
// office's system proxy), the configured base URLs and locale, the token provider and the vault.
import { randomUUID } from 'node:crypto';
import type { ConfigStore } from '../config/config-store';
import type { CredentialVault } from '../secrets/credential-vault';
import { createAccessTokenProvider } from './access-token';
import { createDeskCalls, type DeskCalls } from './desk-calls';
import type { Api } from './http-call';
import { createPartnerCenterClient } from './partner-center-client';

export function createDeskCallsForMain(deps: {
  config: ConfigStore;
  vault: CredentialVault;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  osLocale: () => string;
  timeoutMs?: number;
}): DeskCalls {
  const settings = () => deps.config.current().settings;
  const tokens = createAccessTokenProvider({ settings, fetch: deps.fetch });
  const baseUrls: Record<Api, () => string> = {
    partnerCenter: () => settings().partnerCenterBaseUrl,
    referrals: () => settings().referralsBaseUrl,
    graph: () => settings().graphBaseUrl,
  };
  const client = createPartnerCenterClient({
    fetch: deps.fetch,
    baseUrl: (api) => baseUrls[api](),
    accessToken: () => tokens.token(),
    onUnauthorized: () => tokens.invalidate(),
    locale: () => {
      const chosen = settings().locale;
      if (chosen === 'it') return 'it-IT';
      if (chosen === 'en') return 'en-US';
      return deps.osLocale();
    },
    newGuid: randomUUID,
    timeoutMs: deps.timeoutMs ?? 30_000,
  });
  return createDeskCalls(client, deps.vault);
}
