// The Electron main process: lifecycle, the secure shell and the services the renderer calls.
// Order matters: the app:// scheme must be registered as privileged before `ready`, and the
// protocol handler, permission policy and IPC handlers must exist before the first window loads.
import { app, dialog, ipcMain, net, protocol, safeStorage, session, type BrowserWindow } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EventChannel, EventContract } from '../../shared/ipc/contract';
import { ConfigStore } from './config/config-store';
import { officePolicyPath } from './config/policy-location';
import { ConnectivityMonitor } from './connectivity';
import { createInvokeHandlers } from './ipc/handlers';
import { registerInvokeHandlers } from './ipc/register-handlers';
import { OutgoingFiles } from './files/outgoing-files';
import { createLog } from './log';
import { createDeskCallsForMain } from './partner-center/create-desk-calls-for-main';
import { CredentialVault } from './secrets/credential-vault';
import { installApplicationMenu } from './menu';
import { appScheme, createAppProtocolHandler } from './security/app-protocol';
import { denyAllPermissions } from './security/permissions';
import { WindowFactory } from './windows';

// Checklist #18: a standard, secure scheme gets a real origin, so IndexedDB and the CSP work.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const bundleDir = __dirname;
const rendererRoot = path.join(bundleDir, '../renderer');
const preloadPath = path.join(bundleDir, '../preload/index.cjs');

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the running instance (its 'second-instance' handler) and leaves,
  // so two processes never write the same IndexedDB and settings files.
  app.quit();
} else {
  const log = createLog(app.getPath('userData'));
  const windows = new WindowFactory({ preloadPath, log });
  const broadcast = <C extends EventChannel>(channel: C, payload: EventContract[C]): void => {
    for (const window of windows.all()) {
      if (!window.isDestroyed()) window.webContents.send(channel, payload);
    }
  };

  const config = new ConfigStore(officePolicyPath(process.platform, process.env), path.join(app.getPath('userData'), 'settings.json'), log);
  const connectivity = new ConnectivityMonitor({
    isOnline: () => net.isOnline(),
    probe: async () => {
      const base = config.current().settings.partnerCenterBaseUrl;
      await net.fetch(`${base}/v1/customers?size=1`, { method: 'GET', signal: AbortSignal.timeout(5_000) });
    },
    onChange: (state) => broadcast('pd:connectivity.changed', state),
  });

  app.on('second-instance', () => {
    const [first] = windows.all();
    if (first) focus(first);
    else windows.open();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.all().length === 0) windows.open();
  });

  void app.whenReady().then(async () => {
    await config.load();
    config.onChange((snapshot) => broadcast('pd:config.changed', snapshot));
    denyAllPermissions(session.defaultSession);
    protocol.handle(appScheme, createAppProtocolHandler(rendererRoot, (file) => fs.readFile(file)));
    const vault = new CredentialVault(path.join(app.getPath('userData'), 'vault'), safeStorage, process.platform, log);
    const calls = createDeskCallsForMain({ config, vault, fetch: (url, init) => net.fetch(url, init), osLocale: () => app.getLocale() });
    const files = new OutgoingFiles(path.join(app.getPath('userData'), 'backups'), dialog);
    const unregister = registerInvokeHandlers(ipcMain, createInvokeHandlers({ config, connectivity, calls, vault, files }), {
      ourWebContentsIds: windows.webContentsIds,
      log,
    });
    connectivity.start();
    installApplicationMenu(() => windows.open(), process.platform);
    windows.open();
    app.on('will-quit', () => {
      connectivity.stop();
      unregister();
    });
  });
}

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}
