/**
 * Overlap resolution: findings are reported sorted and non-overlapping. When two candidates
 * overlap, the stronger type wins (a validated identifier beats a phone or a date; see
 * `beats`), then the longer one. The detector passes deliver sorted lists, merged here in one
 * left-to-right sweep (no sort); the survivors become objects, in text order.
 */
import { beats, type Candidate, type Candidates, confidenceOf, typeOf } from './state.ts';

/** Head start of a list with no candidate left: after every real start. */
const EXHAUSTED = 0x7fffffff;

/** Merges sorted candidate lists and keeps, among overlapping candidates, the one that beats the others. */
export function resolveOverlaps(lists: readonly Candidates[]): Candidate[] {
  // Sized for the worst case (no overlap) and trimmed at the end, instead of grown step by step.
  let total = 0;
  for (const list of lists) total += list.length;
  const kept = new Array<Candidate>(total);
  let count = 0;
  const n = lists.length;
  const at = new Int32Array(n);
  // Each list's next candidate, cached: only the list a candidate is taken from reads on.
  const headStart = new Int32Array(n);
  const headEnd = new Int32Array(n);
  for (let l = 0; l < n; l++) {
    const list = lists[l]!;
    headStart[l] = list.length > 0 ? list.start[0]! : EXHAUSTED;
    headEnd[l] = list.length > 0 ? list.end[0]! : 0;
  }
  // The last kept candidate, as plain numbers (its object is made once it can no longer be replaced).
  let lastStart = -1;
  let lastEnd = -1;
  let lastTag = -1;
  for (;;) {
    // Next candidate: smallest start (then longest) across the lists.
    let best = -1;
    let start = EXHAUSTED;
    let end = 0;
    for (let l = 0; l < n; l++) {
      const s = headStart[l]!;
      if (s < start || (s === start && s !== EXHAUSTED && headEnd[l]! > end)) {
        best = l;
        start = s;
        end = headEnd[l]!;
      }
    }
    if (best < 0) break;
    const list = lists[best]!;
    const k = at[best]!;
    const t = list.tag[k]!;
    at[best] = k + 1;
    headStart[best] = k + 1 < list.length ? list.start[k + 1]! : EXHAUSTED;
    headEnd[best] = k + 1 < list.length ? list.end[k + 1]! : 0;
    if (lastTag < 0 || start >= lastEnd) {
      if (lastTag >= 0) kept[count++] = finding(lastTag, lastStart, lastEnd);
    } else if (!beats(t, start, end, lastTag, lastStart, lastEnd)) {
      continue;
    }
    lastStart = start;
    lastEnd = end;
    lastTag = t;
  }
  if (lastTag >= 0) kept[count++] = finding(lastTag, lastStart, lastEnd);
  kept.length = count;
  return kept;
}

const finding = (t: number, start: number, end: number): Candidate => ({ type: typeOf(t), start, end, confidence: confidenceOf(t), masked: '' });
