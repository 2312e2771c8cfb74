import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_OUT = join(import.meta.dirname, '../../test-results/bench');

/** One measured figure: written for test/bench/run.mjs to gather, print and check against its budget. */
export function record(name: string, value: number, unit: string, detail = ''): void {
  mkdirSync(BENCH_OUT, { recursive: true });
  writeFileSync(join(BENCH_OUT, `${name}.json`), JSON.stringify({ name, value, unit, detail }));
  console.log(`${name} = ${value} ${unit}${detail ? ` (${detail})` : ''}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
