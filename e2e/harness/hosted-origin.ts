// The hosted harness serves the app:// pages on one stable https origin (Chromium will not load
// a custom scheme it was not told about). Both directions of that mapping live here, so main
// sees `app://partner-desk/...` exactly as under Electron.
export const hostedOrigin = 'https://partner-desk.hosted';
const appOrigin = 'app://partner-desk';

export function toAppUrl(hostedUrl: string): string {
  return hostedUrl.startsWith(`${hostedOrigin}/`) ? appOrigin + hostedUrl.slice(hostedOrigin.length) : hostedUrl;
}

export function toHostedUrl(appUrl: string): string {
  return appUrl.startsWith(`${appOrigin}/`) ? hostedOrigin + appUrl.slice(appOrigin.length) : appUrl;
}
