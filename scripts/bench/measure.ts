/**
 * Timing helpers. Medians, not means: on a shared 2-core VM one descheduled run would skew
 * a mean. Every measured function runs once untimed first so V8 has compiled and optimised it,
 * and the heap is collected before each long run so one detector's garbage is not billed to
 * the next.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The documented way to reach gc() without restarting Node with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full garbage collection, outside any timed region. */
export const collectGarbage = (): void => gc();

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Milliseconds of one call, from the monotonic high-resolution clock. */
export function timeOnce(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** `runs` timed calls after `warmup` untimed ones; returns each run's milliseconds. */
export function timeRuns(fn: (i: number) => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  return Array.from({ length: runs }, (_, i) => timeOnce(() => fn(i)));
}

export const megabytes = (text: string): number => Buffer.byteLength(text, 'utf8') / 1e6;

export const mbPerSecond = (text: string, ms: number): number => megabytes(text) / (ms / 1000);

/**
 * A copy of `s` stored flat in memory. `slice` and `+` make V8 ropes or sliced strings; a
 * draft read from the DOM is flat, so timings must not include V8 flattening it.
 */
export const flat = (s: string): string => Buffer.from(s, 'utf16le').toString('utf16le');
