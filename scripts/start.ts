// `npm start`: build, start the emulator with demo data, and run Partner Desk in Electron against
// it. Where no Electron binary can be had, say so in one sentence and point at the hosted mode.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { startDemoEnvironment, repoRoot } from './demo-environment';
import { electronBinary } from './electron-binary';

function obtainElectron(): string | null {
  const found = electronBinary();
  if (found) return found;
  // The electron package downloads its binary on first use; this fails where its releases are out of reach.
  const attempt = spawnSync(process.execPath, ['-e', "require('electron')"], { cwd: repoRoot, stdio: 'ignore', timeout: 180_000 });
  return attempt.status === 0 ? electronBinary() : null;
}

const electron = obtainElectron();
if (!electron) {
  console.error('No Electron binary is available on this machine and none could be downloaded, so run the same app in Chromium with `npm run start:hosted`.');
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = await startDemoEnvironment();
const child = spawn(electron, [path.join(repoRoot, 'out/main/index.cjs'), `--user-data-dir=${demo.userDataDir}`], {
  stdio: 'inherit',
  env: { ...process.env, PARTNER_DESK_OFFICE_CONFIG: demo.officePolicyFile },
});
const stop = async (code: number) => {
  await demo.stop();
  process.exit(code);
};
child.on('exit', (code) => void stop(code ?? 0));
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
