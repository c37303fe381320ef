// The substitute `electron` module of the hosted harness (architecture §5): the real built main
// process runs in the test's Node process against this, and every BrowserWindow is a Playwright
// page in real Chromium. It implements only what main uses, with Electron's semantics: IPC
// payloads cross through structuredClone, handlers see the sender's frame as Electron would
// report it, and the network can be cut for main (net) and the pages (context) together.
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { hostedOrigin, toAppUrl, toHostedUrl } from './hosted-origin';
import { decodeAnswer, encodeAnswer } from './json-crossing';
import { deliverFunction, invokeBinding, preloadInitScript } from './preload-host';

export interface FakeElectronOptions {
  context: BrowserContext;
  userDataDir: string;
  osLocale: string;
  version: string;
  log: (message: string) => void;
}

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
type MenuTemplate = { id?: string; click?: () => void; submenu?: MenuTemplate[] };

/** What the harness (not main) reads and drives. */
export interface HostedInternals {
  online: boolean;
  windows: FakeBrowserWindow[];
  openedExternally: string[];
  /** Paths the save dialog handed out, newest last. */
  savedFiles: string[];
  menu: MenuTemplate[] | null;
  ready: Promise<void>;
  quit(): Promise<void>;
  clickMenuItem(id: string): void;
  firstWindowPage(): Promise<Page>;
}

let nextWebContentsId = 1;

class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  constructor(readonly pagePromise: Promise<Page>) {
    super();
  }
  send(channel: string, ...args: unknown[]): void {
    const payload = structuredClone(args);
    void this.pagePromise.then((page) =>
      page
        .evaluate(
          ([name, c, a]) => (globalThis as unknown as Record<string, (c: string, a: unknown[]) => void>)[name]?.(c, a),
          [deliverFunction, channel, payload] as const,
        )
        .catch(() => undefined),
    );
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly page: Promise<Page>;
  /** The page once it exists, to recognise the sender of an IPC call synchronously. */
  resolvedPage: Page | null = null;
  private destroyed = false;
  constructor(
    readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>,
    pageFactory: () => Promise<Page>,
    private readonly registry: FakeBrowserWindow[],
  ) {
    super();
    this.page = pageFactory();
    this.webContents = new FakeWebContents(this.page);
    registry.push(this);
    void this.page.then((page) => {
      this.resolvedPage = page;
      page.on('close', () => this.markClosed());
    });
  }
  async loadURL(url: string): Promise<void> {
    const page = await this.page;
    await page.goto(toHostedUrl(url));
    this.emit('ready-to-show');
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    void this.page.then((page) => page.close()).catch(() => undefined);
  }
  private markClosed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.registry.splice(this.registry.indexOf(this), 1);
    this.emit('closed');
  }
}

export function createFakeElectron(options: FakeElectronOptions): { module: Record<string, unknown>; internals: HostedInternals } {
  const { context } = options;
  const windows: FakeBrowserWindow[] = [];
  const handlers = new Map<string, InvokeListener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let firstPageTaken = false;
  const foreignIds = new WeakMap<Page, number>();

  const internals: HostedInternals = {
    online: true,
    windows,
    openedExternally: [],
    savedFiles: [],
    menu: null,
    ready,
    quit: () => quit(),
    clickMenuItem(id) {
      const find = (items: MenuTemplate[] | null | undefined): MenuTemplate | undefined => {
        for (const item of items ?? []) {
          if (item.id === id) return item;
          const inner = find(item.submenu);
          if (inner) return inner;
        }
        return undefined;
      };
      const item = find(internals.menu);
      if (!item?.click) throw new Error(`The application menu has no item "${id}"`);
      item.click();
    },
    async firstWindowPage() {
      const deadline = Date.now() + 15_000;
      while (windows.length === 0) {
        if (Date.now() > deadline) throw new Error('Main never opened a window');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return windows[0]!.page;
    },
  };

  const app = Object.assign(new EventEmitter(), {
    isReady: () => true,
    whenReady: () => ready,
    getPath: (name: string) => (name === 'userData' ? options.userDataDir : path.join(os.tmpdir(), `partner-desk-${name}`)),
    getVersion: () => options.version,
    getName: () => 'Partner Desk',
    getLocale: () => options.osLocale,
    requestSingleInstanceLock: () => true,
    quit: () => void quit(),
    exit: () => void quit(),
    setAppUserModelId: () => undefined,
  });

  let quitting: Promise<void> | null = null;
  function quit(): Promise<void> {
    quitting ??= (async () => {
      app.emit('before-quit', { preventDefault() {} });
      for (const window of [...windows]) window.close();
      app.emit('will-quit', { preventDefault() {} });
      app.emit('quit');
    })();
    return quitting;
  }

  // Each window's page: the persistent context's first tab for the first window, then new tabs.
  const preloadScripts = new Map<string, string>();
  const pageFor = async (webPreferences: Record<string, unknown> | undefined): Promise<Page> => {
    const preload = webPreferences?.preload;
    if (typeof preload !== 'string') throw new Error('Every Partner Desk window must have a preload');
    let script = preloadScripts.get(preload);
    if (!script) {
      script = preloadInitScript(readFileSync(preload, 'utf8'));
      preloadScripts.set(preload, script);
    }
    const existing = context.pages()[0];
    const page = !firstPageTaken && existing ? existing : await context.newPage();
    firstPageTaken = true;
    await page.addInitScript(script);
    return page;
  };

  class BrowserWindow extends FakeBrowserWindow {
    constructor(windowOptions: { webPreferences?: Record<string, unknown> }) {
      super(windowOptions, () => pageFor(windowOptions.webPreferences), windows);
    }
    static getAllWindows = () => [...windows];
    static fromWebContents = (contents: unknown) => windows.find((window) => window.webContents === contents) ?? null;
  }

  // The IPC crossing: a Playwright binding stands in for ipcRenderer.invoke. The event carries
  // what Electron would tell main about the sender: its webContents and its frame.
  async function onInvoke(source: { page: Page; frame: Frame }, channel: string, crossed: unknown): Promise<unknown> {
    // Our preload sends the arguments as one JSON string where JSON carries them exactly.
    const args = decodeAnswer(crossed);
    if (!Array.isArray(args)) throw new Error(`IPC arguments for '${channel}' must be an array`);
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const window = windows.find((candidate) => candidate.resolvedPage === source.page);
    let sender: { id: number } | FakeWebContents;
    if (window) sender = window.webContents;
    else {
      if (!foreignIds.has(source.page)) foreignIds.set(source.page, nextWebContentsId++);
      sender = { id: foreignIds.get(source.page)! };
    }
    const event = {
      sender,
      senderFrame: { url: toAppUrl(source.frame.url()), parent: source.frame.parentFrame() ? {} : null },
    };
    const result = await handler(event, ...structuredClone(args));
    return encodeAnswer(structuredClone(result));
  }

  // window.open from one of our windows: Electron asks the window-open handler first. Chromium
  // has already made the popup by the time Playwright tells us, so a denied one is closed at once.
  context.on('page', (popup) => {
    void popup.opener().then((opener) => {
      if (!opener) return;
      const window = windows.find((candidate) => candidate.resolvedPage === opener);
      if (!window) return;
      const decision = window.webContents.windowOpenHandler?.({ url: toAppUrl(popup.url()) }) ?? { action: 'deny' };
      if (decision.action === 'deny') void popup.close();
    });
  });

  const module = {
    app,
    BrowserWindow,
    ipcMain: {
      handle(channel: string, listener: InvokeListener) {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
      removeHandler(channel: string) {
        handlers.delete(channel);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => undefined,
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        protocolHandlers.set(scheme, handler);
      },
      unhandle(scheme: string) {
        protocolHandlers.delete(scheme);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
      },
    },
    net: {
      isOnline: () => internals.online,
      async fetch(input: string, init?: RequestInit) {
        if (!internals.online) throw new TypeError('net::ERR_INTERNET_DISCONNECTED');
        return fetch(input, init);
      },
    },
    shell: {
      async openExternal(url: string) {
        internals.openedExternally.push(url);
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplate[]) => ({ template }),
      setApplicationMenu(menu: { template: MenuTemplate[] } | null) {
        internals.menu = menu?.template ?? null;
      },
    },
    nativeTheme: { shouldUseDarkColors: false, on: () => undefined },
    // The save dialog answers at once with a file in the user-data folder's exports/.
    dialog: {
      async showSaveDialog(dialogOptions: { defaultPath?: string }) {
        const folder = path.join(options.userDataDir, 'exports');
        mkdirSync(folder, { recursive: true });
        internals.savedFiles.push(path.join(folder, path.basename(dialogOptions.defaultPath ?? 'export.csv')));
        return { canceled: false, filePath: internals.savedFiles.at(-1) };
      },
    },
    // Stands in for the OS keychain: reversible, so never used outside the harness.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'hosted-harness',
      encryptString: (plainText: string) => Buffer.from(`hosted:${Buffer.from(plainText, 'utf8').toString('base64')}`),
      decryptString: (encrypted: Buffer) => Buffer.from(encrypted.toString('utf8').replace(/^hosted:/, ''), 'base64').toString('utf8'),
    },
  };

  // Served through the real app:// handler main registered; looked up per request because main
  // registers it only once it is ready.
  const serve = async (route: import('@playwright/test').Route) => {
    const handler = protocolHandlers.get('app');
    if (!handler) return route.abort('connectionrefused');
    const request = route.request();
    const response = await handler(new Request(toAppUrl(request.url()), { method: request.method() }));
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  };

  // A top-frame navigation of one of our windows to anywhere but the app: Electron's
  // 'will-navigate', which main may cancel. Pages never fetch outside the app (CSP), so only
  // navigations come this way.
  const guardNavigation = async (route: import('@playwright/test').Route) => {
    const request = route.request();
    const window = windows.find((candidate) => candidate.resolvedPage?.mainFrame() === request.frame());
    if (!window || !request.isNavigationRequest()) return route.continue();
    let prevented = false;
    window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, request.url());
    // ERR_ABORTED is how Chromium drops a cancelled navigation without an error page, as Electron does.
    return prevented ? route.abort('aborted') : route.continue();
  };

  const wire = Promise.all([
    context.exposeBinding(invokeBinding, (source, channel: string, args: unknown) => onInvoke(source, channel, args)),
    context.route(`${hostedOrigin}/**`, serve),
    context.route((url) => url.origin !== hostedOrigin, guardNavigation),
  ]);
  // Main's whenReady() resolves once the page side is wired, as Electron's does once it can serve.
  void wire.then(() => setTimeout(readyResolve, 0), (error: unknown) => options.log(`harness wiring failed: ${String(error)}`));

  return { module, internals };
}
