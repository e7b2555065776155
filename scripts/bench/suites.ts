/**
 * The benchmark's sections, one function each. They return plain numbers; ./report.ts
 * prints them. Throughput figures are MB/s of UTF-8 input (1 MB = 10^6 bytes).
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { agreement, type Agreement, type Range } from './accuracy.ts';
import type { AdversarialInput } from './adversarial.ts';
import type { Corpus } from './corpus.ts';
import type { Engine } from './engine.ts';
import { collectGarbage, flat, mbPerSecond, median, timeOnce, timeRuns } from './measure.ts';
import { referenceScan } from './reference.ts';

export interface Throughput {
  name: string;
  mbps: number;
  medianMs: number;
  runsMs: number[];
  findings: number;
  /** Against the corpus labels; for libphonenumber, against the phone labels only. */
  agreement: Agreement;
}

type Detector = (text: string) => Range[];

export const detectors = {
  scan: (engine: Engine): Detector => (text) => engine.scan(text),
  reference: (): Detector => referenceScan,
  libphonenumber: (): Detector => (text) =>
    findPhoneNumbersInText(text, 'BE').map((f) => ({ start: f.startsAt, end: f.endsAt })),
};

export interface NamedDetector {
  name: string;
  detect: Detector;
  /** Score against the phone labels only (libphonenumber finds nothing else). */
  phonesOnly?: boolean;
}

/**
 * Untimed passes over the whole corpus before the timed ones. A warm-up on part of the text
 * leaves branches the JIT has not seen (the first full pass then deoptimises and recompiles:
 * the engine's first passes ran 1.2–1.6× slower than the next ones, the reference's regexes
 * also tier up over several passes), so the median mixed warm-up with steady state.
 */
const WARM_UP_PASSES = 2;

/**
 * Median of `runs` full passes over the corpus for each detector, each warmed up alike
 * (WARM_UP_PASSES). Runs are interleaved (A B C, A B C…) so that load from other processes on a
 * shared machine hits every detector alike instead of the first one. The first timed pass's
 * findings are scored against the labels (keeping them does not slow the pass).
 */
export function throughputs(corpus: Pick<Corpus, 'text' | 'spans'>, list: readonly NamedDetector[], runs: number, onRound?: (round: number) => void): Throughput[] {
  const text = corpus.text;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const { detect } of list) detect(text);
  const times: number[][] = list.map(() => []);
  const firstFound: Range[][] = [];
  for (let round = 0; round < runs; round++) {
    onRound?.(round);
    list.forEach(({ detect }, i) => {
      collectGarbage();
      let found: Range[] = [];
      times[i]!.push(timeOnce(() => (found = detect(text))));
      if (round === 0) firstFound[i] = found;
    });
  }
  const phones = corpus.spans.filter((s) => s.type === 'phone');
  return list.map(({ name, phonesOnly }, i) => {
    const medianMs = median(times[i]!);
    const found = firstFound[i]!;
    return { name, mbps: mbPerSecond(text, medianMs), medianMs, runsMs: times[i]!, findings: found.length, agreement: agreement(found, phonesOnly ? phones : corpus.spans) };
  });
}

export interface Incremental {
  draftChars: number;
  /** scanRange over a 2 KB edit in the middle of the draft. */
  range2kbUs: number;
  /** scanRange after one character typed in the middle of the draft. */
  keystrokeUs: number;
  /** How much text the engine chose to rescan for that keystroke (its widened window). */
  keystrokeWindowChars: number;
  /** For comparison: a full scan of the same draft. */
  fullDraftMs: number;
}

const DRAFT_CHARS = 100_000;
const SMALL_RUNS = 301; // sub-millisecond calls: many samples, median
const VARIANTS = 64;

export function incremental(engine: Engine, corpus: Corpus): Incremental {
  const draft = flat(corpus.text.slice(0, DRAFT_CHARS));
  const mid = DRAFT_CHARS >> 1;
  const range = timeRuns(() => engine.scanRange(draft, mid - 1024, mid + 1024), SMALL_RUNS, 30);
  const window = engine.scanRange(draft, mid, mid + 1);
  return {
    draftChars: DRAFT_CHARS,
    range2kbUs: median(range) * 1000,
    keystrokeUs: keystrokeUs(engine, draft, VARIANTS),
    keystrokeWindowChars: window.end - window.start,
    fullDraftMs: median(timeRuns(() => engine.scan(draft), 15, 2)),
  };
}

/**
 * Median µs of scanRange after one character typed in the middle of `draft`, over `variants` pre-built drafts with one
 * more character each (so the timing holds only the engine's work).
 */
function keystrokeUs(engine: Engine, draft: string, variants: number): number {
  const mid = draft.length >> 1;
  const typed = Array.from({ length: variants }, (_, i) => flat(draft.slice(0, mid + i) + 'x' + draft.slice(mid + i)));
  return median(timeRuns((i) => engine.scanRange(typed[i % variants]!, mid + (i % variants), mid + (i % variants) + 1), SMALL_RUNS, 30)) * 1000;
}

/**
 * A 1 MB draft: its full scan (what the guard does once per draft, at its first look), and a keystroke in its middle (a
 * rescan that must not search on through the whole text for what its window lacks).
 */
export function draft1mb(engine: Engine, corpus: Corpus, runs: number): { fullScanMs: number; keystrokeUs: number } {
  const draft = flat(corpus.text.slice(0, 1_000_000));
  return { fullScanMs: median(timeRuns(() => engine.scan(draft), Math.max(runs, 7), 1)), keystrokeUs: keystrokeUs(engine, draft, 8) };
}

export interface AdversarialRun {
  mbps: number;
  /** True when extrapolated from the 64 KB and 256 KB probes, because a full run would take too long. */
  estimated: boolean;
}

export interface AdversarialResult {
  name: string;
  sample: string;
  scan?: AdversarialRun;
  reference: AdversarialRun;
}

const ESTIMATE_BEYOND_MS = 3_000;
const SINGLE_RUN_BEYOND_MS = 500;

/** Best of two timings of `detect` on the first `chars` of `text` (one of two is rarely descheduled). */
const probe = (detect: Detector, text: string, chars: number): number => {
  const part = text.slice(0, chars);
  const first = timeOnce(() => detect(part));
  return first > ESTIMATE_BEYOND_MS / 10 ? first : Math.min(first, timeOnce(() => detect(part)));
};

/**
 * MB/s on one adversarial input. Probes 64 KB and 256 KB prefixes first and extrapolates with
 * the measured growth exponent: a slow or super-linear detector is estimated, not waited for,
 * so the benchmark stays within its minute.
 */
function adversarialRun(detect: Detector, text: string): AdversarialRun {
  collectGarbage();
  const estimate = (ms: number): AdversarialRun => ({ mbps: mbPerSecond(text, ms), estimated: true });
  const t64 = Math.max(probe(detect, text, 64_000), 0.01);
  if (t64 * (text.length / 64_000) > ESTIMATE_BEYOND_MS) return estimate(t64 * (text.length / 64_000)); // even if linear
  const t256 = Math.max(probe(detect, text, 256_000), 0.01);
  const exponent = Math.min(2, Math.max(1, Math.log(t256 / t64) / Math.log(4)));
  const projectedMs = t256 * (text.length / 256_000) ** exponent;
  if (projectedMs > ESTIMATE_BEYOND_MS) return estimate(projectedMs);
  // The probes warmed the detector up; a first full run that is already slow is kept as the only one.
  const first = timeOnce(() => detect(text));
  const ms = first > SINGLE_RUN_BEYOND_MS ? first : median(timeRuns(() => detect(text), 3, 0));
  return { mbps: mbPerSecond(text, ms), estimated: false };
}

export function adversarial(inputs: readonly AdversarialInput[], engine: Engine | undefined): AdversarialResult[] {
  return inputs.map(({ name, sample, text }) => ({
    name,
    sample,
    scan: engine ? adversarialRun(detectors.scan(engine), text) : undefined,
    reference: adversarialRun(referenceScan, text),
  }));
}
