// The one window factory (Electron security checklist #2, #3, #4: context isolation, sandbox,
// no Node integration). Every Partner Desk window comes from here, so every window gets the same
// navigation lock-down and is known to the IPC sender check.
import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import { appEntryUrl } from './security/app-protocol';
import { decideNavigation, decideWindowOpen } from './security/navigation-policy';

export interface WindowFactoryOptions {
  preloadPath: string;
  log: (message: string) => void;
}

export class WindowFactory {
  private readonly windows = new Set<BrowserWindow>();
  /** Read by the IPC sender check: the webContents of windows we created and that are alive. */
  readonly webContentsIds = new Set<number>();

  constructor(private readonly options: WindowFactoryOptions) {}

  all(): BrowserWindow[] {
    return [...this.windows];
  }

  open(): BrowserWindow {
    const window = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Partner Desk',
      backgroundColor: '#00000000',
      webPreferences: {
        preload: path.resolve(this.options.preloadPath),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: true,
      },
    });
    const contents = window.webContents;
    const id = contents.id;
    this.windows.add(window);
    this.webContentsIds.add(id);
    window.on('closed', () => {
      this.windows.delete(window);
      this.webContentsIds.delete(id);
    });

    contents.on('will-navigate', (event, url) => {
      const decision = decideNavigation(url);
      if (decision.allow) return;
      event.preventDefault();
      this.handOver(url, decision.openExternally);
    });
    contents.setWindowOpenHandler(({ url }) => {
      this.handOver(url, decideWindowOpen(url).openExternally);
      return { action: 'deny' };
    });
    window.once('ready-to-show', () => window.show());
    void window.loadURL(appEntryUrl);
    return window;
  }

  private handOver(url: string, allowed: boolean): void {
    if (allowed) void shell.openExternal(url);
    else this.options.log(`navigation: blocked ${url.slice(0, 200)}`);
  }
}
