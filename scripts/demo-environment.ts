// What `npm start` and `npm run start:hosted` share: the emulator with demo data and an office
// policy file pointing the app at it, both kept in .tmp/ so a demo keeps its data between runs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/server';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoRoot = path.join(repoRoot, '.tmp', 'demo');

export interface DemoEnvironment {
  emulatorUrl: string;
  officePolicyFile: string;
  userDataDir: string;
  stop(): Promise<void>;
}

export async function startDemoEnvironment(): Promise<DemoEnvironment> {
  mkdirSync(demoRoot, { recursive: true });
  const dbPath = path.join(demoRoot, 'emulator.sqlite');
  const firstRun = !existsSync(dbPath);
  const emulator = await startEmulator({ port: 0, dbPath, customers: firstRun ? 500 : 0, seed: 2026 });
  const officePolicyFile = path.join(demoRoot, 'office.json');
  const url = emulator.url;
  writeFileSync(
    officePolicyFile,
    JSON.stringify(
      {
        values: { cloud: 'emulator', partnerCenterBaseUrl: url, referralsBaseUrl: url, graphBaseUrl: url, signInAuthority: url },
        locked: ['cloud', 'partnerCenterBaseUrl', 'referralsBaseUrl', 'graphBaseUrl', 'signInAuthority'],
      },
      null,
      2,
    ),
  );
  const userDataDir = path.join(demoRoot, 'user-data');
  mkdirSync(userDataDir, { recursive: true });
  console.log(`Partner Center emulator with demo data at ${url}${firstRun ? ' (500 demo customers seeded)' : ''}`);
  return { emulatorUrl: url, officePolicyFile, userDataDir, stop: () => emulator.stop() };
}
