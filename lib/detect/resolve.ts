/**
 * Overlap resolution: findings are reported sorted and non-overlapping. When two candidates
 * overlap, the stronger type wins (a validated identifier beats a phone or a date; see
 * `beats`), then the longer one. The detector passes deliver sorted lists, merged here in one
 * left-to-right sweep (no sort).
 */
import { beats, type Candidate } from './state.ts';

/** Merges sorted candidate lists and keeps, among overlapping candidates, the one that beats the others. */
export function resolveOverlaps(lists: readonly (readonly Candidate[])[]): Candidate[] {
  const kept: Candidate[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    // Next candidate: smallest start (then longest) across the lists.
    let best = -1;
    let c: Candidate | undefined;
    for (let l = 0; l < lists.length; l++) {
      const x = lists[l]![at[l]!];
      if (x !== undefined && (c === undefined || x.start < c.start || (x.start === c.start && x.end > c.end))) {
        c = x;
        best = l;
      }
    }
    if (c === undefined) return kept;
    at[best]!++;
    const last = kept[kept.length - 1];
    if (last === undefined || c.start >= last.end) kept.push(c);
    else if (beats(c, last)) kept[kept.length - 1] = c;
  }
}
