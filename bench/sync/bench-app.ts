// The app under measurement: the real built app in the hosted harness (Debian Chromium), on a
// fresh profile, pointed by office policy at an emulator that runs in this process. It mirrors
// the e2e fixture (e2e/fixtures.ts) so the figures describe the same app the specs test.
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchHostedApp, type HostedApp } from '../../e2e/harness/hosted-app';
import { emulatorOfficePolicy } from '../../e2e/fixtures';
import { EmulatorControl } from '../../emulator/control-client';
import { startEmulator, type RunningEmulator } from '../../emulator/server';

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
 */
export async function startSeededEmulator(customers: number, seed: number): Promise<BenchEmulator> {
  const emulator: RunningEmulator = await startEmulator({ port: 0 });
  const control = new EmulatorControl(emulator.url);
  await control.reset();
  await control.clock({ now: new Date(Date.now() - 24 * 60 * 60_000).toISOString() });
  await control.seed({ customers, seed, referrals: 0 });
  await control.clock({ reset: true });
  return { url: emulator.url, token: emulator.demoToken, control, stop: () => emulator.stop() };
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
