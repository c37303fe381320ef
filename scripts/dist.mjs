// `npm run dist`: builds and packages the installers with electron-builder. Packaging needs an
// Electron distribution; where none can be downloaded it must be handed over in ELECTRON_DIST.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const electronDist = process.env.ELECTRON_DIST;
if (!electronDist || !existsSync(electronDist)) {
  console.error('npm run dist needs an unpacked Electron distribution of the version in package.json: set ELECTRON_DIST to its folder and run it again.');
  process.exit(1);
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
for (const [command, args] of [
  [process.execPath, ['scripts/build.mjs']],
  [npx, ['electron-builder', '--config', 'electron-builder.yml', `-c.electronDist=${electronDist}`, ...process.argv.slice(2)]],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
