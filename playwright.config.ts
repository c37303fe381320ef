// Two projects run the same specs: `hosted` (Debian's Chromium with the hosted harness, always)
// and `electron` (real Electron, only where a binary exists). A skipped electron project is said
// out loud and never counted as passed.
import { defineConfig } from '@playwright/test';
import { electronBinary } from './scripts/electron-binary';

const hasElectron = electronBinary() !== null;
if (!hasElectron && !process.env.PARTNER_DESK_ELECTRON_NOTICE) {
  process.env.PARTNER_DESK_ELECTRON_NOTICE = 'shown';
  console.log('\n*** e2e project "electron" SKIPPED: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run it). ***\n');
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // A guard against hangs, not a speed test: axe scans and stories through several screens run
  // for a minute or more on a loaded two-core machine.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.PARTNER_DESK_REPORT ? [['list'], ['json', { outputFile: process.env.PARTNER_DESK_REPORT }]] : 'list',
  projects: [{ name: 'hosted' }, ...(hasElectron ? [{ name: 'electron' }] : [])],
});
