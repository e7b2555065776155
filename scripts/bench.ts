/**
 * `npm run bench`: detection throughput, incremental latency, adversarial inputs and bundle
 * size of the engine (lib/detect), against the reference detector of pii.md §4 and
 * libphonenumber-js, on a deterministic ~5 MB French/Dutch corpus.
 *
 *   npm run bench                 aligned table
 *   npm run bench -- --json       one JSON object (CI, tools)
 *   npm run bench -- --seed 7 --runs 9
 *   npm run bench -- --engine path/to/other/index.ts   (e.g. another branch's build)
 *   npm run bench -- --browsers   also the throughput race in Debian's Chromium and Firefox ESR
 *
 * Budgets: design.md, "Performance budget". Keep it under a minute on a 2-core machine.
 */
import { cpus, loadavg } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { adversarialInputs } from './bench/adversarial.ts';
import { browserThroughputs, type BrowserThroughput } from './bench/browsers.ts';
import { DEFAULT_SEED, generateCorpus } from './bench/corpus.ts';
import { handwrittenCorpus } from './bench/handwritten.ts';
import { DEFAULT_ENGINE_ENTRY, loadEngine } from './bench/engine.ts';
import { megabytes } from './bench/measure.ts';
import { renderTable, type BenchResult } from './bench/report.ts';
import { bundleSize } from './bench/size.ts';
import * as suites from './bench/suites.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    runs: { type: 'string', default: '5' },
    engine: { type: 'string' },
    browsers: { type: 'boolean', default: false },
  },
});
const engineEntry = args.engine ? pathToFileURL(args.engine) : DEFAULT_ENGINE_ENTRY;
const seed = Number(args.seed);
const runs = Number(args.runs);
if (!Number.isInteger(seed) || !Number.isInteger(runs) || runs < 5) {
  console.error('usage: npm run bench -- [--json] [--seed <integer>] [--runs <integer ≥ 5>] [--engine <index.ts>] [--browsers]');
  process.exit(2);
}

/** Progress goes to stderr, and only to a terminal: stdout stays the table or the JSON. */
const progress = (what: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K… ${what}`);
};

const started = performance.now();
const loadAtStart = loadavg()[0]!; // reported: other processes on the machine skew every number
progress('generating the corpus');
const corpus = generateCorpus(seed);
const loaded = await loadEngine(engineEntry);
const engine = 'engine' in loaded ? loaded.engine : undefined;

const contenders: suites.NamedDetector[] = [
  ...(engine ? [{ name: 'scan (engine)', detect: suites.detectors.scan(engine) }] : []),
  { name: 'reference: regex + checksum + context', detect: suites.detectors.reference() },
  { name: "libphonenumber-js findPhoneNumbersInText 'BE'", detect: suites.detectors.libphonenumber(), phonesOnly: true },
];
progress('throughput: warm-up');
const throughput = suites.throughputs(corpus, contenders, runs, (round) => progress(`throughput: round ${round + 1} of ${runs}`));

// The same race on hand-written text (the labelled corpus): libphonenumber-js left out, its row above says enough.
progress('throughput on hand-written text');
const handwritten = handwrittenCorpus();
const handwrittenThroughput = suites.throughputs(handwritten, contenders.slice(0, engine ? 2 : 1), runs);

progress('incremental');
const incremental = engine ? suites.incremental(engine, corpus) : undefined;
const draft1mb = engine ? suites.draft1mb(engine, corpus, runs) : undefined;

progress('adversarial inputs');
const adversarial = suites.adversarial(adversarialInputs(), engine);
const worst = engine ? adversarial.reduce((w, a) => (a.scan!.mbps < w.scan!.mbps ? a : w)) : undefined;
const worstAdversarial = worst && { name: worst.name, run: worst.scan! };

let browsers: BrowserThroughput[] | undefined;
if (args.browsers && engine) {
  progress('throughput in Chromium and Firefox');
  browsers = await browserThroughputs(engineEntry, corpus.text, runs);
}

progress('bundle sizes');
let engineSize: Awaited<ReturnType<typeof bundleSize>> | undefined;
let engineSizeError: string | undefined;
try {
  engineSize = await bundleSize(engineEntry);
} catch (e) {
  engineSizeError = (e as Error).message.split('\n')[0];
}
const referenceSize = await bundleSize(new URL('./bench/reference.ts', import.meta.url));
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');

const [scanT, referenceT] = engine ? throughput : [undefined, throughput[0]];
const result: BenchResult = {
  node: process.version,
  cpus: cpus().length,
  loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  corpus: {
    seed,
    megabytes: megabytes(corpus.text),
    chars: corpus.text.length,
    labelledSpans: corpus.spans.length,
    frenchShare: corpus.frenchChars / corpus.text.length,
  },
  runs,
  engineError: 'error' in loaded ? loaded.error : undefined,
  throughput,
  ratio: scanT && referenceT ? scanT.mbps / referenceT.mbps : undefined,
  handwritten: {
    files: handwritten.files,
    megabytes: megabytes(handwritten.text),
    labelledSpans: handwritten.spans.length,
    throughput: handwrittenThroughput,
    ratio: engine ? handwrittenThroughput[0]!.mbps / handwrittenThroughput[1]!.mbps : undefined,
  },
  browsers,
  incremental,
  draft1mb,
  adversarial,
  worstAdversarial,
  size: { engineEntry: relative(process.cwd(), fileURLToPath(engineEntry)), engine: engineSize, engineError: engineSizeError, reference: referenceSize },
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  totalSeconds: (performance.now() - started) / 1000,
};

console.log(args.json ? JSON.stringify(result, null, 2) : renderTable(result));
