// The concrete handlers of every invoke channel. Each is a thin call into the module that owns
// the work; the types make a forgotten channel a compile error.
import { app, shell } from 'electron';
import { clouds } from '../../../shared/clouds';
import type { ConfigStore } from '../config/config-store';
import type { ConnectivityMonitor } from '../connectivity';
import { isAllowedExternalUrl } from '../security/navigation-policy';
import { IpcRefusal, type InvokeHandlers } from './register-handlers';

export function createInvokeHandlers(deps: { config: ConfigStore; connectivity: ConnectivityMonitor }): InvokeHandlers {
  return {
    'pd:app.info': () => {
      const cloud = deps.config.current().settings.cloud;
      return {
        name: 'Partner Desk',
        version: app.getVersion(),
        cloud,
        cloudFeatures: clouds[cloud].features,
        osLocale: app.getLocale(),
        platform: process.platform,
      };
    },
    'pd:config.get': () => deps.config.current(),
    'pd:config.set': (change) => deps.config.set(change),
    'pd:connectivity.get': () => deps.connectivity.state,
    'pd:connectivity.check': () => deps.connectivity.check(),
    'pd:shell.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new IpcRefusal({ kind: 'forbidden', message: 'Partner Desk only opens Microsoft partner pages in the browser.' });
      }
      await shell.openExternal(url);
      return null;
    },
  };
}
