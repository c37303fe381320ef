// Where our windows may go (Electron security checklist #13 and #14): nowhere but the app's own
// pages. A link to the outside opens in the system browser, and only for hosts on the allow-list,
// because an arbitrary URL handed to the OS shell can launch arbitrary programs.
import { appHost, appScheme } from './app-protocol';

/** Hosts partner staff legitimately need from the app (docs, portals, the business profile). */
export const externalHostAllowList: readonly string[] = [
  'partner.microsoft.com',
  'partnercenter.microsoft.com',
  'admin.microsoft.com',
  'learn.microsoft.com',
  'support.microsoft.com',
  'portal.azure.com',
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the app's own pages, the only place a window may navigate to. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/** True when the URL may be handed to the system browser: https and an allow-listed host. */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = externalHostAllowList): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return allowList.some((allowed) => host === allowed);
}

export type NavigationDecision = { allow: boolean; openExternally: boolean };

/** A window tries to navigate (`will-navigate`): in-app reloads are fine, everything else stays out. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: isAllowedExternalUrl(url) };
}

/** A page calls `window.open` or follows a target=_blank link: never a new Electron window. */
export function decideWindowOpen(url: string): NavigationDecision {
  return { allow: false, openExternally: isAllowedExternalUrl(url) };
}

/**
 * A mailto: URL for the user's mail app, built from fields the IPC schema already checked. Every
 * part is percent-encoded, so nothing in a subject or body can add recipients or headers.
 */
export function mailDraftUrl(to: string, subject: string, body: string): string {
  const encode = (value: string) => encodeURIComponent(value);
  return `mailto:${encode(to)}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`;
}
