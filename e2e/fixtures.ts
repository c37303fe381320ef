// The one door to the app for every spec (architecture §5). Each test gets a fresh emulator on a
// loopback port, an office policy pointing the app at it, and the app itself: in the hosted
// harness by default, or in real Electron for the `electron` project when a binary exists.
import { test as base, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EmulatorControl } from '../emulator/control-client';
import { startEmulator } from '../emulator/server';
import { launchElectronApp } from './harness/electron-app';
import { launchHostedApp, type HostedApp } from './harness/hosted-app';

export { expect } from '@playwright/test';

export interface DeskApp {
  page: Page; // the first window, ready
  emulator: { url: string; control: EmulatorControl }; // a fresh emulator for this test
  setOnline(online: boolean): Promise<void>; // cuts or restores the app's network, main and renderer
  restart(): Promise<void>; // quits and relaunches on the same user data
  newWindow(): Promise<Page>;
}

export interface DeskOptions {
  /** The OS locale the app sees, e.g. "it-IT". */
  osLocale: string;
  /** Raw text of the office policy file; undefined = point every API at this test's emulator. */
  officePolicyText: string | undefined;
}

/** The policy an office would ship for the emulator cloud, locked so users cannot redirect it. */
export function emulatorOfficePolicy(url: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      values: { cloud: 'emulator', partnerCenterBaseUrl: url, referralsBaseUrl: url, graphBaseUrl: url, signInAuthority: url, ...extra },
      locked: ['cloud', 'partnerCenterBaseUrl', 'referralsBaseUrl', 'graphBaseUrl', 'signInAuthority'],
    },
    null,
    2,
  );
}

interface RunningApp {
  page: Page;
  setOnline(online: boolean): Promise<void>;
  newWindow(): Promise<Page>;
  quit(): Promise<void>;
}

function hosted(app: HostedApp): RunningApp {
  return {
    page: app.firstPage,
    async setOnline(online) {
      app.internals.online = online;
      await app.context.setOffline(!online);
    },
    async newWindow() {
      const before = app.internals.windows.length;
      app.internals.clickMenuItem('new-window');
      const window = app.internals.windows[before];
      if (!window) throw new Error('The "New window" menu item opened no window');
      const page = await window.page;
      await page.waitForLoadState('domcontentloaded');
      return page;
    },
    quit: () => app.quit(),
  };
}

async function waitForShell(page: Page): Promise<void> {
  await page.locator('[role="status"][data-sync-state]').waitFor({ state: 'visible', timeout: 15_000 });
}

export const test = base.extend<{ app: DeskApp } & DeskOptions>({
  osLocale: ['en-US', { option: true }],
  officePolicyText: [undefined, { option: true }],
  app: async ({ osLocale, officePolicyText }, use, testInfo: TestInfo) => {
    const emulator = await startEmulator({ port: 0 });
    const root = testInfo.outputPath('app');
    const userDataDir = path.join(root, 'user-data');
    const profileDir = path.join(root, 'chromium-profile');
    mkdirSync(userDataDir, { recursive: true });
    const officePolicyFile = path.join(root, 'office.json');
    writeFileSync(officePolicyFile, officePolicyText ?? emulatorOfficePolicy(emulator.url));
    const mainLog: string[] = [];
    const electron = testInfo.project.name === 'electron';

    // The network switch outlives a restart: a laptop offline before it is still offline after.
    let online = true;
    const launch = async (): Promise<RunningApp> => {
      const running = electron
        ? await launchElectronApp({ userDataDir, officePolicyFile, osLocale })
        : hosted(
            await launchHostedApp({
              userDataDir,
              profileDir,
              officePolicyFile,
              osLocale,
              headless: true,
              offline: !online,
              log: (line) => mainLog.push(line),
            }),
          );
      if (electron && !online) await running.setOnline(false);
      await waitForShell(running.page);
      return running;
    };

    let running = await launch();
    const app: DeskApp = {
      get page() {
        return running.page;
      },
      emulator: { url: emulator.url, control: new EmulatorControl(emulator.url) },
      setOnline: async (next) => {
        online = next;
        await running.setOnline(next);
      },
      async restart() {
        await running.quit();
        running = await launch();
      },
      newWindow: () => running.newWindow(),
    };
    try {
      await use(app);
    } finally {
      await running.quit().catch(() => undefined);
      await emulator.stop();
      if (mainLog.length > 0) await testInfo.attach('harness-log', { body: mainLog.join('\n'), contentType: 'text/plain' });
    }
  },
});
