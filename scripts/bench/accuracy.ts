/**
 * Agreement with the corpus labels, scored as in pii.md §4: a finding that overlaps any
 * labelled span is a hit (precision); a labelled span overlapped by any finding is found
 * (recall). Types are not compared: the point is a sanity check that a fast detector still
 * finds the data, not a full accuracy evaluation (that is the hand-labelled corpus's job).
 */
import type { Span } from './corpus.ts';

export interface Range {
  start: number;
  end: number;
}

export interface Agreement {
  precision: number;
  recall: number;
}

export function agreement(found: readonly Range[], gold: readonly Span[]): Agreement {
  const f = [...found].sort((a, b) => a.start - b.start);
  const covered = new Uint8Array(gold.length);
  let hits = 0;
  let g = 0; // gold is sorted by start and its spans do not overlap
  for (const x of f) {
    while (g < gold.length && gold[g]!.end <= x.start) g++;
    let hit = false;
    for (let j = g; j < gold.length && gold[j]!.start < x.end; j++) {
      hit = true;
      covered[j] = 1;
    }
    if (hit) hits++;
  }
  const recalled = covered.reduce((n, c) => n + c, 0);
  return { precision: f.length ? hits / f.length : 1, recall: gold.length ? recalled / gold.length : 1 };
}
