// Waits for the machine to go quiet before a timed phase. IndexedDB keeps working after a big
// write has committed (LevelDB compacts in the background for seconds), so a phase started right
// after another pays for the one before: a raw put of 100,000 rows measured 14 s on a quiet
// machine and up to 25 s right after the first sync. Reads Linux's /proc/stat; elsewhere it waits
// a fixed few seconds.
import { readFileSync } from 'node:fs';

function cpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    return { idle: fields[3]! + (fields[4] ?? 0), total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the CPUs were at least `idleShare` idle over half a second (at most `maxMs`); returns the time waited. */
export async function waitForQuietMachine(options: { idleShare?: number; maxMs?: number } = {}): Promise<number> {
  const { idleShare = 0.9, maxMs = 30_000 } = options;
  const started = Date.now();
  if (!cpuTimes()) {
    await sleep(5_000);
    return Date.now() - started;
  }
  for (;;) {
    const before = cpuTimes()!;
    await sleep(500);
    const after = cpuTimes()!;
    const total = after.total - before.total;
    if (total > 0 && (after.idle - before.idle) / total >= idleShare) return Date.now() - started;
    if (Date.now() - started >= maxMs) return Date.now() - started;
  }
}
