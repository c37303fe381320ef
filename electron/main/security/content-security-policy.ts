// The Content-Security-Policy sent with every page of the app (Electron security checklist #7,
// https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy).
// Scripts only from the app itself; the renderer never talks to the network (main does), so
// connect-src stays on the app origin. Styles allow inline because Fluent UI's Griffel injects
// its atomic CSS at run time; scripts never do.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');
