// Launches the real built app in the hosted harness: the built main bundle is loaded into this
// Node process with the substitute `electron` module, its windows are pages of a persistent
// Chromium profile (so IndexedDB survives a restart), and quitting tears it all down again.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeElectron, type HostedInternals } from './fake-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const mainBundle = path.join(repoRoot, 'out/main/index.cjs');
const fakeElectronId = path.join(repoRoot, 'e2e/harness/<substitute electron>');
const require = createRequire(import.meta.url);

export const chromiumExecutable = process.env.PARTNER_DESK_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface HostedLaunchOptions {
  /** Main's userData folder (settings, logs). */
  userDataDir: string;
  /** Chromium's profile folder (IndexedDB lives here). */
  profileDir: string;
  /** The office policy file main reads. */
  officePolicyFile: string;
  /** The OS locale as Electron would report it, e.g. "it-IT". */
  osLocale: string;
  headless: boolean;
  /** Start with the network cut, as a laptop that is still offline when the app relaunches. */
  offline?: boolean;
  log?: (message: string) => void;
}

export interface HostedApp {
  context: BrowserContext;
  internals: HostedInternals;
  firstPage: Page;
  quit(): Promise<void>;
}

// `require('electron')` from the main bundle resolves to the current substitute. Installed once.
let currentElectron: Record<string, unknown> | null = null;
const patchable = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const originalResolve = patchable._resolveFilename;
patchable._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'electron' && currentElectron) return fakeElectronId;
  return originalResolve.call(this, request, ...rest);
};

export async function launchHostedApp(options: HostedLaunchOptions): Promise<HostedApp> {
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run "npm run build" first.`);
  const log = options.log ?? (() => undefined);
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: chromiumExecutable,
    headless: options.headless,
    args: chromiumArgs,
    locale: options.osLocale,
    viewport: { width: 1280, height: 820 },
  });
  const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const { module, internals } = createFakeElectron({ context, userDataDir: options.userDataDir, osLocale: options.osLocale, version, log });
  if (options.offline) {
    internals.online = false;
    await context.setOffline(true);
  }

  currentElectron = module;
  require.cache[fakeElectronId] = { id: fakeElectronId, filename: fakeElectronId, loaded: true, exports: module } as unknown as NodeJS.Module;
  delete require.cache[mainBundle];
  const previousPolicy = process.env.PARTNER_DESK_OFFICE_CONFIG;
  process.env.PARTNER_DESK_OFFICE_CONFIG = options.officePolicyFile;
  try {
    require(mainBundle);
  } finally {
    if (previousPolicy === undefined) delete process.env.PARTNER_DESK_OFFICE_CONFIG;
    else process.env.PARTNER_DESK_OFFICE_CONFIG = previousPolicy;
  }

  const firstPage = await internals.firstWindowPage();
  return {
    context,
    internals,
    firstPage,
    async quit() {
      await internals.quit();
      await context.close();
    },
  };
}
