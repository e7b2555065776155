/**
 * Renders the results: an aligned table for a terminal, or one JSON object (--json) for CI.
 * Budgets come from design.md ("Performance budget") and the brief: scan ≥ 2× the reference,
 * a keystroke in a 100 KB draft < 1 ms. The send check of a 1 MB draft (< 30 ms) does not scan the
 * draft again (the guard keeps its findings while the agent writes): bench:browser measures it.
 */
import type { AdversarialResult, AdversarialRun, Incremental, Throughput } from './suites.ts';
import type { BrowserThroughput } from './browsers.ts';
import type { BundleSize } from './size.ts';

export const BUDGET = { ratio: 2, keystrokeUs: 1000 } as const;

export interface BenchResult {
  node: string;
  cpus: number;
  /** 1-minute load average before and after: above the CPU count, other processes skewed the timings. */
  loadAverage: { start: number; end: number };
  corpus: { seed: number; megabytes: number; chars: number; labelledSpans: number; frenchShare: number };
  runs: number;
  engineError?: string;
  throughput: Throughput[];
  /** scan MB/s ÷ reference MB/s. */
  ratio?: number;
  /** The same race on the labelled corpus of hand-written agency text (handwritten.ts). */
  handwritten: { files: number; megabytes: number; labelledSpans: number; throughput: Throughput[]; ratio?: number };
  /** The same race in Chromium and Firefox (--browsers). */
  browsers?: BrowserThroughput[];
  incremental?: Incremental;
  draft1mb?: { fullScanMs: number; keystrokeUs: number };
  adversarial: AdversarialResult[];
  worstAdversarial?: { name: string; run: AdversarialRun };
  size: { engineEntry: string; engine?: BundleSize; engineError?: string; reference: BundleSize };
  peakRssMb: number;
  totalSeconds: number;
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number): string => `${fmt(bytes / 1024)} KB`;
const check = (ok: boolean, miss = '✗ over budget'): string => (ok ? '✓' : miss);
const runText = (r: AdversarialRun | undefined): string => (!r ? '–' : r.estimated ? `≈${fmt(r.mbps)}*` : fmt(r.mbps));

/** Left-align the first column, right-align the others; two spaces between columns. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => indent + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

const throughputRows = (list: readonly Throughput[]): string[] =>
  table([
    ['', 'MB/s', 'ms/run', 'findings', 'P', 'R'],
    ...list.map((t) => [t.name, fmt(t.mbps), fmt(t.medianMs, 0), t.findings.toLocaleString('en-US'), fmt(t.agreement.precision, 3), fmt(t.agreement.recall, 3)]),
  ]);

const ratioLine = (ratio: number): string =>
  `  scan / reference: ${fmt(ratio, 2)}×  (target ≥ ${BUDGET.ratio}×) ${check(ratio >= BUDGET.ratio, '✗ below target')}`;

export function renderTable(r: BenchResult): string {
  const out: string[] = [];
  const c = r.corpus;
  const load = Math.max(r.loadAverage.start, r.loadAverage.end);
  const busy = load > r.cpus ? '  ⚠ machine busy: timings are pessimistic' : '';
  out.push(`Vigie detection benchmark — Node ${r.node}, ${r.cpus} CPUs, load ${fmt(r.loadAverage.start)} → ${fmt(r.loadAverage.end)}, ${r.totalSeconds.toFixed(0)} s${busy}`);
  out.push(`Corpus: ${fmt(c.megabytes, 2)} MB (${c.chars.toLocaleString('en-US')} chars), seed ${c.seed}, ${c.labelledSpans.toLocaleString('en-US')} labelled spans, ${(c.frenchShare * 100).toFixed(0)}% French`);
  if (r.engineError) out.push(`Engine: not measured — ${r.engineError}`);

  out.push('', `Throughput, median of ${r.runs} runs after a warm-up`);
  out.push(...throughputRows(r.throughput));
  if (r.ratio !== undefined) out.push(ratioLine(r.ratio));
  out.push('  P/R: overlap with corpus labels (libphonenumber: phone labels only)');
  const h = r.handwritten;
  out.push('', `Throughput on hand-written text: tests/corpus/labelled, ${h.files} files, ${fmt(h.megabytes, 2)} MB, ${h.labelledSpans.toLocaleString('en-US')} labelled spans`);
  out.push(...throughputRows(h.throughput));
  if (h.ratio !== undefined) out.push(ratioLine(h.ratio));
  if (r.browsers) {
    const mbps = (ms: number): string => fmt(c.megabytes / (ms / 1000));
    out.push('', `Throughput in the browsers, median of ${r.runs} runs after a warm-up (MB/s)`);
    out.push(...table([
      ['', 'scan', 'reference', 'scan / reference'],
      ...r.browsers.map((b) => (b.error || b.scanMs === undefined || b.referenceMs === undefined ? [b.browser, '–', '–', `not measured: ${b.error ?? 'no result'}`] : [`${b.browser} ${b.version ?? ''}`.trim(), mbps(b.scanMs), mbps(b.referenceMs), `${fmt(b.ratio!, 2)}× ${check(b.ratio! >= BUDGET.ratio, '✗ below target')}`])),
    ]));
  }

  if (r.incremental && r.draft1mb !== undefined) {
    const i = r.incremental;
    out.push('', `Incremental, ${(i.draftChars / 1000).toFixed(0)} KB draft (median of 301)`);
    out.push(...table([
      ['scanRange, 2 KB edit mid-draft', `${fmt(i.range2kbUs)} µs`, ''],
      ['keystroke mid-draft', `${fmt(i.keystrokeUs)} µs`, `window ${i.keystrokeWindowChars.toLocaleString('en-US')} chars, budget < 1 ms ${check(i.keystrokeUs < BUDGET.keystrokeUs)}`],
      ['full scan of the same draft', `${fmt(i.fullDraftMs, 2)} ms`, ''],
      ['full scan, 1 MB draft', `${fmt(r.draft1mb.fullScanMs, 2)} ms`, 'once per draft, at the first look; the send check: bench:browser'],
      ['keystroke, 1 MB draft', `${fmt(r.draft1mb.keystrokeUs)} µs`, 'the window alone is read, not the whole draft'],
    ]));
  }

  out.push('', 'Adversarial, 1 MB each (MB/s)');
  out.push(...table([
    ['input', 'sample', 'scan', 'reference'],
    ...r.adversarial.map((a) => [a.name, a.sample, runText(a.scan), runText(a.reference)]),
  ]));
  if (r.worstAdversarial) out.push(`  worst for scan: ${r.worstAdversarial.name}, ${runText(r.worstAdversarial.run)} MB/s`);
  if (r.adversarial.some((a) => a.scan?.estimated || a.reference.estimated)) out.push('  * estimated from 64 KB and 256 KB prefixes: a full 1 MB run would take over 3 s');

  out.push('', 'Size, esbuild --bundle --minify --format=esm --platform=browser');
  const sizes = [[r.size.engineEntry, r.size.engine] as const, ['reference detector', r.size.reference] as const];
  out.push(...table(sizes.filter(([, s]) => s).map(([name, s]) => [name, `${kb(s!.raw)} raw`, `${kb(s!.gzip)} gzip -9`])));
  if (r.size.engineError) out.push(`  ${r.size.engineEntry}: not bundled — ${r.size.engineError}`);
  out.push('', `Peak RSS: ${fmt(r.peakRssMb, 0)} MB`);
  return out.join('\n');
}
