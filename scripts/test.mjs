// `npm test`: typecheck, lint, build, unit tests, then the e2e specs; every step runs even when
// an earlier one failed, so one run shows everything. It ends with one line that CI reads:
// "N passed, N failed" (typecheck and lint count as one check each, tests one each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(os.tmpdir(), 'partner-desk-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds}s)`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', process.execPath, ['scripts/typecheck.mjs']);
check('lint', npx, ['eslint', '.']);
const built = check('build', process.execPath, ['scripts/build.mjs']);

const unitReport = path.join(reports, 'unit.json');
const unit = run('unit tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unitJson = readJson(unitReport);
if (unitJson) {
  totals.passed += unitJson.numPassedTests;
  totals.failed += unitJson.numFailedTests + (unit.ok || unitJson.numFailedTests > 0 ? 0 : 1);
  totals.skipped += unitJson.numPendingTests + unitJson.numTodoTests;
  lines.push(`unit: ${unitJson.numPassedTests} passed, ${unitJson.numFailedTests} failed (${unit.seconds}s)`);
} else {
  totals.failed += 1;
  lines.push('unit: the runner produced no report (FAILED)');
}

if (built) {
  const e2eReport = path.join(reports, 'e2e.json');
  const e2e = run('e2e (Playwright)', npx, ['playwright', 'test'], { PARTNER_DESK_REPORT: e2eReport });
  const stats = readJson(e2eReport)?.stats;
  if (stats) {
    const failed = stats.unexpected + stats.flaky;
    totals.passed += stats.expected;
    totals.failed += failed + (e2e.ok || failed > 0 ? 0 : 1);
    totals.skipped += stats.skipped;
    lines.push(`e2e: ${stats.expected} passed, ${failed} failed, ${stats.skipped} skipped (${e2e.seconds}s)`);
  } else {
    totals.failed += 1;
    lines.push('e2e: the runner produced no report (FAILED)');
  }
} else {
  totals.failed += 1;
  lines.push('e2e: not run because the build failed (FAILED)');
}

console.log(`\n=== summary ===\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
