/**
 * scan(): every detector over the whole text, overlaps resolved, the agency's own identifiers,
 * unwanted types and low confidences dropped, each finding masked.
 */
import { scanEmails } from './emails.ts';
import { mask } from './mask.ts';
import { scanNames } from './names.ts';
import { scanNumbers } from './numbers.ts';
import { ownTest } from './own.ts';
import { resolveOverlaps } from './resolve.ts';
import { type Candidate, ScanState } from './state.ts';
import type { Confidence, Finding, ScanOptions } from './types.ts';

/** Re-exported for callers that import the scanner module directly. */
export { valueOf } from './value.ts';

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** Candidates whose anchor (digit run start, "@", name anchor) lies in [from, to). */
export function collect(text: string, from: number, to: number): Candidate[] {
  const st = new ScanState(text, new Date().getFullYear());
  st.beginPass();
  scanNumbers(st, from, to);
  st.beginPass();
  scanEmails(st, from, to);
  st.beginPass();
  scanNames(st, from, to);
  return resolveOverlaps(st.lists);
}

/** Drops own identifiers, other types and lower confidences; masks the rest. */
export function finalize(text: string, candidates: readonly Candidate[], options: ScanOptions): Finding[] {
  const isOwn = ownTest(options.own);
  const min = RANK[options.minConfidence ?? 'low'];
  const types = options.types === undefined ? null : new Set(options.types);
  const findings: Finding[] = [];
  for (const c of candidates) {
    if ((min > 0 && RANK[c.confidence] < min) || (types !== null && !types.has(c.type)) || isOwn(c, text)) continue;
    c.masked = mask(c, text);
    findings.push(c);
  }
  return findings;
}

/**
 * Personal data in `text`: sorted by start, non-overlapping, masked. Own identifiers are
 * removed after overlaps are resolved, so an own VAT number still hides the phone-shaped
 * reading of its digits.
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  return finalize(text, collect(text, 0, text.length), options);
}
