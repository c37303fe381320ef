// The app under measurement: the real built app in the hosted harness (Debian Chromium), on a
// fresh profile, pointed by office policy at an emulator that runs in this process. It mirrors
// the e2e fixture (e2e/fixtures.ts) so the figures describe the same app the specs test.
import type { Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchHostedApp, type HostedApp } from '../../e2e/harness/hosted-app';
import { emulatorOfficePolicy } from '../../e2e/fixtures';
import { EmulatorControl } from '../../emulator/control-client';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds out/ from the current sources, so a stale bundle is never what gets measured. */
export function buildApp(): void {
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } });
  if (build.status !== 0) throw new Error('The build failed; nothing to measure.');
}

export interface BenchEmulator {
  url: string;
  /** The emulator's bearer token, for the benchmarks' own calls from Node. */
  token: string;
  control: EmulatorControl;
  stop(): Promise<void>;
}

/**
 * Starts an emulator holding `customers` customers whose activity records are a day old. Seeded
 * records stamped "now" would fall inside the 2-minute overlap the activity-log pull re-reads
 * after a first sync, so the "nothing changed" sync would see 100,000 changes that no real
 * partner's fresh install ever sees; backdating the seed keeps the data and removes that artefact.
 * The emulator runs in a process of its own, as Partner Center is a service elsewhere: in this
 * process it shared one event loop with the hosted harness's main, so every answer it computed
 * held up the app's own IPC, a cost no partner's machine pays.
 */
export async function startSeededEmulator(customers: number, seed: number): Promise<BenchEmulator> {
  const emulator = await spawnEmulator();
  const control = new EmulatorControl(emulator.url);
  try {
    await control.reset();
    await control.clock({ now: new Date(Date.now() - 24 * 60 * 60_000).toISOString() });
    await control.seed({ customers, seed, referrals: 0 });
    await control.clock({ reset: true });
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  return { ...emulator, control };
}

/** `npm run emulator` on a free port, in a child process; resolves once it prints its URL and token. */
async function spawnEmulator(): Promise<Omit<BenchEmulator, 'control'>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'emulator/cli.ts'), '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const printed = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The emulator did not start within 60 s; it printed: ${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`The emulator exited (${code}) before it started; it printed: ${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (\S+)/.exec(output)?.[1];
      const token = /Demo token: (\S+)/.exec(output)?.[1];
      if (url && token) {
        clearTimeout(timer);
        // Its later output is not needed, but the pipe must keep draining.
        child.stdout!.removeAllListeners('data').resume();
        resolve({ url, token });
      }
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: printed.url, token: printed.token, stop };
}

export interface BenchApp {
  page: Page;
  /** Date.now() just before the app was launched. */
  launchedAt: number;
  setOnline(online: boolean): Promise<void>;
  /** Resolves when the status bar shows this state (main noticed, the engine was told). */
  waitForSyncState(predicate: 'offline' | 'online', timeoutMs?: number): Promise<void>;
  quit(): Promise<void>;
}

export async function launchBenchApp(emulatorUrl: string, options: { offline?: boolean } = {}): Promise<BenchApp> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'partner-desk-bench-'));
  const officePolicyFile = path.join(root, 'office.json');
  writeFileSync(officePolicyFile, emulatorOfficePolicy(emulatorUrl));
  const launchedAt = Date.now();
  const hosted: HostedApp = await launchHostedApp({
    userDataDir: path.join(root, 'user-data'),
    profileDir: path.join(root, 'chromium-profile'),
    officePolicyFile,
    osLocale: 'en-US',
    headless: true,
    offline: options.offline,
  });
  const page = hosted.firstPage;
  await page.locator('[role="status"][data-sync-state]').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(() => 'partnerDeskDiagnostics' in window, undefined, { timeout: 30_000 });
  // tsx compiles with esbuild's keepNames, which wraps functions inside page.evaluate callbacks in
  // a `__name(...)` helper that exists only in Node; the page gets a no-op one.
  await page.evaluate('globalThis.__name = (target) => target');
  return {
    page,
    launchedAt,
    async setOnline(online) {
      // As the e2e fixture does: main's network and the renderer's, together.
      hosted.internals.online = online;
      await hosted.context.setOffline(!online);
    },
    async waitForSyncState(state, timeoutMs = 15_000) {
      const selector = state === 'offline' ? '[data-sync-state="offline"]' : '[data-sync-state]:not([data-sync-state="offline"])';
      await page.locator(`[role="status"]${selector}`).waitFor({ state: 'attached', timeout: timeoutMs });
    },
    async quit() {
      await hosted.quit().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
