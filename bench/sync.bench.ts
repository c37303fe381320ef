// `npm run bench -- sync`: the sync benchmarks of issue 4, all in Chromium against the emulator,
// in one app session on a fresh profile so every ratio compares figures taken side by side:
//   1. first sync of 100,000 customers vs a raw IndexedDB put of the same rows;
//   2. a second sync with nothing changed (rows written, time);
//   3. draining 1,000 operations queued offline, and the request log proving each took effect once;
//   4. a local edit until its row changes in the DOM, and until the frame that paints it begins;
//   5. reconnection until Partner Center receives the first queued operation.
// Phases run in an order that keeps one from disturbing the next: the drain comes last because
// its 1,000 new customers fill the activity log that every later pull re-reads.
// Figures are printed and written to bench/results/sync.json; nothing passes or fails on time.
// BENCH_SYNC_CUSTOMERS and BENCH_SYNC_OPERATIONS override the 100,000 customers and 1,000 drained
// operations for a quick look at the machinery; results written then describe that smaller run.
import { buildApp, launchBenchApp, startSeededEmulator } from './sync/bench-app';
import { measureDrain } from './sync/drain';
import { measureFirstSync } from './sync/first-sync';
import { measureDirectListFetch, measureListFetch } from './sync/list-fetch';
import { measureLocalEdits } from './sync/local-edit';
import { percentile, printTable, round, writeResults, type Metric } from './sync/metrics';
import { waitForEmptyOutbox } from './sync/queued-creates';
import { dropRowsForRawWrite, loadRowsForRawWrite, measureRawWrite } from './sync/raw-indexeddb';
import { waitForQuietMachine } from './sync/quiet-machine';
import { measureReconnect } from './sync/reconnect';
import { measureSecondSync } from './sync/second-sync';

const customers = Number(process.env.BENCH_SYNC_CUSTOMERS ?? 100_000);
const rawRuns = 3;
const secondSyncSamples = 5;
const reconnectSamples = 10;
const operationsPerReconnect = 3;
const editSamples = 50;
const editWarmup = 3;
const drainOperations = Number(process.env.BENCH_SYNC_OPERATIONS ?? 1_000);

const count = (n: number) => n.toLocaleString('en-US');
const started = Date.now();
const progress = (line: string) => console.error(`[sync bench ${round((Date.now() - started) / 1000, 0)} s] ${line}`);
const median = (samples: number[]) => percentile(samples, 50);
const metrics: Metric[] = [];
const add = (name: string, value: number, unit: string, target: number | null, better: Metric['better']) =>
  metrics.push({ name, value: round(value, unit === 'ratio' ? 2 : 1), unit, target, better });

progress('building the app');
buildApp();
progress(`starting the emulator with ${count(customers)} customers`);
const emulator = await startSeededEmulator(customers, 7);
progress('launching the app on a fresh profile, offline');
const app = await launchBenchApp(emulator.url, { offline: true });
try {
  // 1. First sync, then the baselines in the same page while the engine is idle. The app is let
  // online on a quiet machine, as each baseline run starts: launched online, its first sync ran
  // alongside the app's own start-up and the last of the emulator's seeding, which no raw put did.
  await app.waitForSyncState('offline');
  await waitForQuietMachine();
  const onlineAt = Date.now();
  await app.setOnline(true);
  const firstSync = await measureFirstSync(app.page, onlineAt, 40 * 60_000);
  progress(`first sync: ${count(firstSync.customers)} customers in ${round(firstSync.passMs, 0)} ms`);
  if (firstSync.customers !== customers) throw new Error(`The first sync stored ${firstSync.customers} customers, not ${customers}`);
  await loadRowsForRawWrite(app.page);
  const raw: number[] = [];
  const quietWaits: number[] = [];
  for (let run = 0; run < rawRuns; run += 1) {
    // As the first sync began: on a quiet machine, not during the compaction of what came before.
    quietWaits.push(await waitForQuietMachine());
    raw.push(await measureRawWrite(app.page, run));
  }
  await dropRowsForRawWrite(app.page);
  progress(`raw IndexedDB put: ${raw.map((ms) => round(ms, 0)).join(', ')} ms (after waiting ${quietWaits.map((ms) => round(ms / 1000, 1)).join(', ')} s for a quiet machine)`);
  const listFetch = await measureListFetch(app.page);
  const directFetch = await measureDirectListFetch(emulator.url, emulator.token);
  progress(`list fetch through IPC: ${listFetch.pages} pages in ${round(listFetch.ms, 0)} ms; from Node: ${round(directFetch.ms, 0)} ms`);
  const crossing = Math.max(0, listFetch.ms - directFetch.ms);
  add(`first sync of ${count(customers)} customers (pass start → firstSyncDone)`, firstSync.passMs, 'ms', null, 'lower');
  add(`first sync of ${count(customers)} customers (going online → firstSyncDone)`, firstSync.fromSinceMs, 'ms', null, 'lower');
  add(`raw IndexedDB put of the same rows, same indexes, ${rawRuns} runs (median)`, median(raw), 'ms', null, 'lower');
  add('first sync ÷ raw IndexedDB put', firstSync.passMs / median(raw), 'ratio', 1.3, 'lower');
  add(`of which: fetching all ${listFetch.pages} pages through the app's IPC, writing nothing`, listFetch.ms, 'ms', null, 'lower');
  add(`of which: the same pages fetched from Node (HTTP + schema check, no IPC)`, directFetch.ms, 'ms', null, 'lower');
  add(`of which: the hosted harness's IPC crossing (Playwright binding, not Electron IPC)`, crossing, 'ms', null, 'lower');
  add('first sync without the harness IPC crossing ÷ raw IndexedDB put (estimate)', (firstSync.passMs - crossing) / median(raw), 'ratio', null, 'lower');

  // 2. A second sync with nothing changed.
  const second = [];
  for (let sample = 0; sample < secondSyncSamples; sample += 1) second.push(await measureSecondSync(app.page, 5 * 60_000));
  const fullPasses = second.filter((sample) => sample.fullPass).length;
  progress(`second sync: ${second.map((sample) => `${round(sample.ms, 0)} ms/${sample.fullPass ? 'full pass' : `${sample.rowsWritten} rows`}`).join(', ')}`);
  add(
    `second sync, nothing changed: rows written (max of ${secondSyncSamples})`,
    Math.max(...second.map((sample) => (sample.fullPass ? customers : (sample.rowsWritten ?? Number.NaN)))),
    'rows',
    0,
    'lower',
  );
  add(`second sync, nothing changed: time p50 of ${secondSyncSamples}`, median(second.map((sample) => sample.ms)), 'ms', null, 'lower');
  add(`second sync, nothing changed: time max of ${secondSyncSamples}`, Math.max(...second.map((sample) => sample.ms)), 'ms', null, 'lower');
  if (fullPasses > 0) add('second sync, nothing changed: samples that fell back to a full list pass', fullPasses, 'samples', 0, 'lower');

  // 5. Reconnection until the first push (before the edits, so their pushes are not in the way).
  await waitForQuietMachine();
  const reconnects = [];
  for (let sample = 0; sample < reconnectSamples; sample += 1) {
    const prefixes = Array.from({ length: operationsPerReconnect }, (_, index) => `pdbenchrc${sample}n${index}`);
    reconnects.push(await measureReconnect(app, emulator.control, prefixes));
  }
  progress(`reconnection → first push: ${reconnects.map((sample) => round(sample.firstPushMs, 0)).join(', ')} ms`);
  const firstPush = reconnects.map((sample) => sample.firstPushMs);
  add(`reconnection → first queued operation received, p50 of ${reconnectSamples}`, median(firstPush), 'ms', null, 'lower');
  add(`reconnection → first queued operation received, p95 of ${reconnectSamples}`, percentile(firstPush, 95), 'ms', 1000, 'lower');
  add(`of which: reconnection → first request of any kind (connectivity probe), p50`, median(reconnects.map((sample) => sample.firstRequestMs)), 'ms', null, 'lower');

  // 4. A local edit until it shows, on a quiet machine (the raw puts' deleted databases are still
  // being compacted away a minute later).
  await waitForQuietMachine();
  const edits = await measureLocalEdits(app.page, editSamples, editWarmup, async () => void (await waitForEmptyOutbox(app.page, 60_000)));
  const shown = edits.samples.map((sample) => sample.shownMs);
  const editLabel =
    edits.mode === 'dom-row'
      ? 'local edit → its customer-list row changed in the DOM'
      : 'local edit → a liveQuery subscriber sees it (no customer list renders rows, so no DOM row)';
  progress(`${editLabel}: ${shown.length} samples, p50 ${round(median(shown))} ms, ${edits.neverShown} never shown`);
  add(`${editLabel}, p50 of ${shown.length}`, median(shown), 'ms', null, 'lower');
  add(`${editLabel}, p95 of ${shown.length}`, percentile(shown, 95), 'ms', 16, 'lower');
  if (edits.mode === 'dom-row') {
    const painted = edits.samples.map((sample) => sample.paintFrameMs!);
    const nextFrame = edits.samples.map((sample) => sample.nextFrameMs!);
    progress(`local edit → the frame that paints it begins: p50 ${round(median(painted))} ms, p95 ${round(percentile(painted, 95))} ms; the display's next frame: p95 ${round(percentile(nextFrame, 95))} ms`);
    add(`local edit → the frame that paints its row begins, p50 of ${painted.length}`, median(painted), 'ms', null, 'lower');
    add(`local edit → the frame that paints its row begins, p95 of ${painted.length}`, percentile(painted, 95), 'ms', null, 'lower');
    add(`of which: edit → the display's next frame, whatever the edit does, p95 of ${nextFrame.length}`, percentile(nextFrame, 95), 'ms', null, 'lower');
    add(`local edits painted by the first frame after they began (of ${painted.length})`, edits.samples.filter((sample) => sample.firstFrame).length, 'edits', null, 'higher');
  }
  add('local edits not shown within 5 s', edits.neverShown, 'edits', 0, 'lower');

  // 3. Draining 1,000 operations queued offline, then the sync that follows it.
  const prefixes = Array.from({ length: drainOperations }, (_, index) => `pdbenchdrain${index}`);
  const drain = await measureDrain(app, emulator.control, prefixes);
  progress(`drain: ${drain.operations} operations in ${round(drain.fromOnlineMs, 0)} ms, statuses ${JSON.stringify(drain.statuses)}, ${drain.requests} requests`);
  add(`drain ${count(drain.operations)} queued operations, no faults (going online → outbox empty)`, drain.operations / (drain.fromOnlineMs / 1000), 'ops/s', 200, 'higher');
  add(`drain ${count(drain.operations)} queued operations, no faults (first push → outbox empty)`, drain.operations / (drain.fromFirstPushMs / 1000), 'ops/s', null, 'higher');
  add('drained operations that did not take effect exactly once (emulator request log)', drain.notExactlyOnce, 'operations', 0, 'lower');
  add('drained operations not acknowledged', drain.operations - (drain.statuses.acknowledged ?? 0), 'operations', 0, 'lower');
  add(`queueing ${count(drain.operations)} new customers offline through the intent`, drain.queueMs, 'ms', null, 'lower');
  const afterDrain = await measureSecondSync(app.page, 8 * 60_000);
  progress(`sync after the drain: ${round(afterDrain.ms, 0)} ms, ${afterDrain.fullPass ? 'full list pass' : `${afterDrain.rowsWritten} rows`}`);
  add(`sync right after the drain (${afterDrain.fullPass ? 'fell back to a full list pass' : 'activity-log pull'})`, afterDrain.ms, 'ms', null, 'lower');
} catch (error) {
  // What was measured before the failure is still worth seeing; the JSON stays as the last full run left it.
  printTable(metrics);
  throw error;
} finally {
  await app.quit();
  await emulator.stop();
}

printTable(metrics);
const file = writeResults('sync', metrics);
console.log(`\nsync bench: ${round((Date.now() - started) / 1000, 0)} s; results in ${file}`);
