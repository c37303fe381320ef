// The figures a benchmark group reports: a table on stdout and bench/results/<group>.json shaped
// { metrics: [{ name, value, unit, target, better }] }, the shape the issue asks for. Figures
// that only explain another one (a decomposition, a count) carry target null: they have no
// goal of their own, and inventing one would read as a requirement.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Metric {
  name: string;
  value: number;
  unit: string;
  target: number | null;
  better: 'lower' | 'higher';
}

const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results');

/** The p-th percentile (0-100) by nearest rank: with ~50 samples, p95 is a real sample, not a blend. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function meets(metric: Metric): string {
  if (metric.target === null || Number.isNaN(metric.value)) return '';
  const ok = metric.better === 'lower' ? metric.value <= metric.target : metric.value >= metric.target;
  return ok ? 'meets' : 'misses';
}

export function printTable(metrics: readonly Metric[]): void {
  const rows = metrics.map((metric) => [
    metric.name,
    `${metric.value} ${metric.unit}`,
    metric.target === null ? '' : `${metric.better === 'lower' ? '≤' : '≥'} ${metric.target} ${metric.unit}`,
    meets(metric),
  ]);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function writeResults(group: string, metrics: readonly Metric[]): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${group}.json`);
  writeFileSync(file, `${JSON.stringify({ metrics }, null, 2)}\n`);
  return file;
}
