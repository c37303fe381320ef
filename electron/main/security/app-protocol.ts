// The app:// scheme that serves the built renderer (Electron security checklist #18: custom
// protocol instead of file://). The origin `app://partner-desk` never changes between versions,
// because IndexedDB, where the offline data lives, is keyed by origin.
// `resolveAppRequest` is pure so the traversal and MIME rules are unit-tested without Electron.
import path from 'node:path';
import { contentSecurityPolicy } from './content-security-policy';

export const appScheme = 'app';
export const appHost = 'partner-desk';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestResolution =
  | { kind: 'file'; filePath: string; mimeType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

/**
 * Maps an app:// request to a file inside `rendererRoot`, or refuses it.
 * Only GET/HEAD on our host, only files under the root, only known file types.
 */
export function resolveAppRequest(requestUrl: string, method: string, rendererRoot: string): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405, reason: 'method not allowed' };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) {
    return { kind: 'refused', status: 403, reason: 'foreign host' };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed path' };
  }
  // Backslashes and NUL bytes have no business in our asset names and are how traversal
  // slips past naive checks on Windows.
  if (relative.includes('\0') || relative.includes('\\')) return { kind: 'refused', status: 400, reason: 'malformed path' };
  if (relative === '/' || relative === '') relative = '/index.html';

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, `.${path.posix.normalize(relative)}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { kind: 'refused', status: 403, reason: 'outside the renderer' };
  }
  const mimeType = mimeTypes[path.extname(filePath).toLowerCase()];
  if (!mimeType) return { kind: 'refused', status: 404, reason: 'unknown file type' };
  return { kind: 'file', filePath, mimeType };
}

/** Headers every app:// answer carries. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/** The request handler given to `protocol.handle`; file reading is injected to keep it testable. */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const resolution = resolveAppRequest(request.url, request.method, rendererRoot);
    if (resolution.kind === 'refused') {
      return new Response(resolution.reason, { status: resolution.status, headers: { 'Content-Type': 'text/plain' } });
    }
    try {
      const body = await readFile(resolution.filePath);
      return new Response(request.method === 'HEAD' ? null : (body as unknown as ArrayBuffer), {
        status: 200,
        headers: appResponseHeaders(resolution.mimeType),
      });
    } catch {
      return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
  };
}
