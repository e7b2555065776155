/**
 * Overlap resolution: findings are reported sorted and non-overlapping. When two candidates
 * overlap, the stronger type wins (a validated identifier beats a phone or a date; see
 * `beats`), then the longer one. The detector passes deliver sorted lists, merged here in one
 * left-to-right sweep (no sort); the survivors become objects, in text order.
 */
import { beats, type Candidate, type Candidates, confidenceOf, typeOf } from './state.ts';

/** Merges sorted candidate lists and keeps, among overlapping candidates, the one that beats the others. */
export function resolveOverlaps(lists: readonly Candidates[]): Candidate[] {
  // Sized for the worst case (no overlap) and trimmed at the end, instead of grown step by step.
  let total = 0;
  for (const list of lists) total += list.length;
  const kept = new Array<Candidate>(total);
  let count = 0;
  const at = new Int32Array(lists.length);
  // The last kept candidate, as plain numbers (its object is made once it can no longer be replaced).
  let lastStart = -1;
  let lastEnd = -1;
  let lastTag = -1;
  for (;;) {
    // Next candidate: smallest start (then longest) across the lists.
    let best = -1;
    let start = 0;
    let end = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      const k = at[l]!;
      if (k >= list.length) continue;
      const s = list.start[k]!;
      const e = list.end[k]!;
      if (best < 0 || s < start || (s === start && e > end)) {
        best = l;
        start = s;
        end = e;
      }
    }
    if (best < 0) break;
    const t = lists[best]!.tag[at[best]!]!;
    at[best]!++;
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
