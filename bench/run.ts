// `npm run bench [-- group...]`: runs `bench/<group>.bench.ts` for each group named, or every
// group when none is. Each group runs in its own Node process so one group's browsers, servers
// and timers can never skew or hang the next; a group that crashes fails the run, slow figures never do.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const suffix = '.bench.ts';
const available = readdirSync(benchDir)
  .filter((name) => name.endsWith(suffix))
  .map((name) => name.slice(0, -suffix.length))
  .sort();

const requested = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = requested.filter((group) => !available.includes(group));
if (unknown.length > 0) {
  console.error(`bench: no group ${unknown.join(', ')}; groups are: ${available.join(', ') || '(none)'}`);
  process.exit(2);
}

const groups = requested.length > 0 ? requested : available;
const failed: string[] = [];
for (const group of groups) {
  console.log(`\n== bench: ${group} ==`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, `${group}${suffix}`)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(group);
}
if (failed.length > 0) {
  console.error(`bench: ${failed.join(', ')} did not finish`);
  process.exit(1);
}
