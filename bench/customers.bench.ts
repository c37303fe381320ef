// `npm run bench -- customers`: the customer list benchmarks of issue 5, with 100,000 customers
// stored locally, in the real built app in the hosted harness (Debian Chromium):
//   1. a keystroke in "Search customers" until the matching rows are painted (p95);
//   2. cold start of the window until the first customer rows are painted;
//   3. the renderer's JS heap with the whole list in memory;
//   4. scrolling the whole list: long tasks over 50 ms and the longest one.
// The customers are the emulator's own seeded ones, written into the app's IndexedDB in bulk with
// the metadata of a finished first sync (customers/local-customers.ts), and the app runs online
// against that emulator as on any working day. Figures go to stdout and
// bench/results/customers.json; nothing passes or fails on time.
// BENCH_CUSTOMERS overrides the 100,000 customers for a quick look at the machinery.
import { measureColdStart } from './customers/cold-start';
import { measureHeap } from './customers/heap';
import { clearSearch, typeAndMeasure, type KeystrokeSample } from './customers/keystroke-search';
import { waitForFullList } from './customers/list-page';
import { readEmulatorCustomers, writeLocalCustomers } from './customers/local-customers';
import { measureScroll } from './customers/scroll';
import { buildApp, launchBenchApp, startSeededEmulator } from './sync/bench-app';
import { percentile, printTable, round, writeResults, type Metric } from './sync/metrics';

const customers = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const coldStarts = 5;
const searchWords = 9;
const warmupWords = 1;
const lettersPerWord = 7;

const count = (n: number) => n.toLocaleString('en-US');
const started = Date.now();
const progress = (line: string) => console.error(`[customers bench ${round((Date.now() - started) / 1000, 0)} s] ${line}`);
const metrics: Metric[] = [];
const add = (name: string, value: number, unit: string, target: number | null, better: Metric['better']) =>
  metrics.push({ name, value: round(value, 1), unit, target, better });

progress('building the app');
buildApp();
progress(`starting the emulator with ${count(customers)} customers`);
const emulator = await startSeededEmulator(customers, 11);
const items = await readEmulatorCustomers(emulator.url, emulator.token);
// Launched offline so no first sync starts before the customers are written; online afterwards.
const app = await launchBenchApp(emulator.url, { offline: true });
try {
  progress(`writing ${count(items.length)} customers into the app's IndexedDB`);
  await writeLocalCustomers(app.page, items);
  await app.setOnline(true);

  // 2. Cold start, a few times; the first reload also leaves a page that never saw the bulk write.
  const cold: number[] = [];
  for (let sample = 0; sample < coldStarts; sample += 1) {
    cold.push(await measureColdStart(app.page));
    await waitForFullList(app.page, customers, 120_000);
  }
  progress(`cold start → first rows painted: ${cold.map((ms) => round(ms, 0)).join(', ')} ms`);
  add(`cold start (window navigation → first customer rows painted), p50 of ${coldStarts}`, percentile(cold, 50), 'ms', 1000, 'lower');
  add(`cold start (window navigation → first customer rows painted), max of ${coldStarts}`, Math.max(...cold), 'ms', null, 'lower');

  // 3. Heap with the whole list loaded and the app idle.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const heap = await measureHeap(app.page);
  progress(`heap: ${round(heap.usedMb)} MB used, ${round(heap.afterGcMb)} MB after GC`);
  add(`renderer JS heap, ${count(customers)} customers listed, idle, after GC`, heap.afterGcMb, 'MB', 60, 'lower');
  add('renderer JS heap, same moment, before GC', heap.usedMb, 'MB', null, 'lower');

  // 1. Keystrokes: the first letters of company names spread over the list.
  const samples: number[] = [];
  let unchanged = 0;
  for (let word = 0; word < searchWords + warmupWords; word += 1) {
    const name = items[Math.floor(((word + 0.5) * items.length) / (searchWords + warmupWords))]!.companyProfile.companyName;
    const typed: KeystrokeSample[] = await typeAndMeasure(app.page, name.slice(0, lettersPerWord));
    await clearSearch(app.page, customers);
    if (word < warmupWords) continue;
    for (const sample of typed) {
      if (sample === 'unchanged') unchanged += 1;
      else samples.push(sample);
    }
  }
  progress(`keystroke → rows painted: ${samples.length} samples, p50 ${round(percentile(samples, 50))} ms, max ${round(Math.max(...samples))} ms`);
  add(`keystroke in "Search customers" → matching rows painted, p50 of ${samples.length}`, percentile(samples, 50), 'ms', null, 'lower');
  add(`keystroke in "Search customers" → matching rows painted, p95 of ${samples.length}`, percentile(samples, 95), 'ms', 50, 'lower');
  add('keystroke in "Search customers" → matching rows painted, max', Math.max(...samples), 'ms', null, 'lower');
  add('keystrokes that changed nothing on screen (not timed)', unchanged, 'keys', null, 'lower');

  // 4. Scrolling the whole list.
  const scroll = await measureScroll(app.page);
  if (!scroll.reachedEnd) throw new Error('The scroll did not reach the last customer');
  progress(`scroll: ${scroll.frames} frames in ${round(scroll.ms, 0)} ms, ${scroll.longTasks} long tasks, longest ${round(scroll.longestTaskMs)} ms`);
  add(`scrolling all ${count(customers)} rows (3 screens a frame): tasks over 50 ms`, scroll.longTasks, 'tasks', 0, 'lower');
  add('scrolling: longest task over 50 ms (0 = none)', scroll.longestTaskMs, 'ms', 50, 'lower');
  add(`scrolling: frame gap p95 over ${scroll.frames} frames`, scroll.frameGapP95Ms, 'ms', null, 'lower');
  add('scrolling: longest frame gap', scroll.frameGapMaxMs, 'ms', null, 'lower');
} catch (error) {
  printTable(metrics);
  throw error;
} finally {
  await app.quit();
  await emulator.stop();
}

printTable(metrics);
const file = writeResults('customers', metrics);
console.log(`\ncustomers bench: ${round((Date.now() - started) / 1000, 0)} s; results in ${file}`);
