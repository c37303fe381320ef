// Type-checks every runtime's config (architecture §2) with the native TypeScript compiler.
// Each runtime has its own globals, so one config for all would let a Node API slip into the renderer.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// TypeScript 7 is installed under the alias `tsgo`; `typescript` 5.9 stays for typescript-eslint.
const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/tsgo/bin/tsc', import.meta.url));
const configs = ['shared', 'node', 'preload', 'web', 'e2e'].map((name) => `tsconfig.${name}.json`);

let failed = 0;
for (const config of configs) {
  const run = spawnSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) {
    failed += 1;
    console.error(`typecheck: ${config} has errors`);
  }
}
if (failed > 0) process.exit(1);
console.log(`typecheck: ${configs.length} configs clean`);
