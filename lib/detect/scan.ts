/**
 * scan(): every detector over the whole text, overlaps resolved, the agency's own identifiers,
 * unwanted types and low confidences dropped, each finding masked.
 */
import { LEGEND_HEAD, scanAliases } from './aliases.ts';
import { scanEmails } from './emails.ts';
import { mask } from './mask.ts';
import { scanNames } from './names.ts';
import { scanNumbers } from './numbers.ts';
import { ownTest } from './own.ts';
import { resolveOverlaps } from './resolve.ts';
import { type Candidate, ScanState } from './state.ts';
import { scanTables } from './tables.ts';
import type { Confidence, Finding, ScanOptions } from './types.ts';

/** Re-exported for callers that import the scanner module directly. */
export { valueOf } from './value.ts';

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * The state of every scan, reused: scans are synchronous and never nested. Keeping one instance
 * alive also keeps its hidden class alive: V8 discards the optimised code of every function
 * specialised on a class shape that a garbage collection found unused, so with a fresh state per
 * scan, each scan after a full GC ran ~1.7× slower while the detectors were optimised again.
 */
const STATE = new ScanState();

/**
 * Candidates whose anchor (digit run start, "@", name anchor, table row) lies in [from, to); the numeric pass reads
 * only [numbersFrom, numbersTo) within it (an incremental scan: its findings reach less far than names repeated alone,
 * and it adds no name).
 */
export function collect(text: string, from: number, to: number, numbersFrom = from, numbersTo = to): Candidate[] {
  const st = STATE;
  st.begin(text, new Date().getFullYear());
  st.beginPass();
  scanNumbers(st, numbersFrom, numbersTo);
  st.beginPass();
  scanEmails(st, from, to);
  // The text's head too, for its legends (aliases.ts LEGEND_HEAD; a legend's name is anchored a few characters after
  // its initials at most: "LD = Mevr. Lotte Desmet"). Their candidates fall outside an incremental window.
  const head = Math.min(from, LEGEND_HEAD + 64);
  st.beginPass();
  if (head > 0) scanNames(st, 0, head);
  scanNames(st, from, to);
  st.beginPass();
  if (head > 0) scanTables(st, 0, head);
  scanTables(st, from, to);
  st.beginPass();
  scanAliases(st, from, to);
  // Only lists with candidates: the merge compares every list's head for each candidate (aliases are mostly none).
  const candidates = resolveOverlaps(st.lists.filter((list) => list.length > 0));
  st.end();
  return candidates;
}

/**
 * Drops own identifiers, other types and lower confidences; masks the rest. Works in place: the
 * candidates array (a fresh one from collect) becomes the findings array.
 */
export function finalize(text: string, candidates: Candidate[], options: ScanOptions): Finding[] {
  if (options.own === undefined && options.types === undefined && (options.minConfidence ?? 'low') === 'low') {
    // Nothing to drop (the usual call): mask every candidate.
    for (let k = 0; k < candidates.length; k++) candidates[k]!.masked = mask(candidates[k]!, text);
    return candidates;
  }
  const isOwn = ownTest(options.own);
  const min = RANK[options.minConfidence ?? 'low'];
  const types = options.types === undefined ? null : new Set(options.types);
  let kept = 0;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if ((min > 0 && RANK[c.confidence] < min) || (types !== null && !types.has(c.type)) || isOwn(c, text)) continue;
    c.masked = mask(c, text);
    candidates[kept++] = c;
  }
  candidates.length = kept;
  return candidates;
}

/**
 * Personal data in `text`: sorted by start, non-overlapping, masked. Own identifiers are
 * removed after overlaps are resolved, so an own VAT number still hides the phone-shaped
 * reading of its digits.
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  return finalize(text, collect(text, 0, text.length), options);
}
