/**
 * scanRange(): the incremental scan run on each keystroke. The edit is widened to its whole
 * paragraph (or, in a paragraph longer than PARAGRAPH_LIMIT, to whole lines): that is the
 * window the caller re-renders. Detectors then run over the window plus MARGIN characters each
 * side, rounded out to line boundaries. Line boundaries are safe cuts (no digit run, email or
 * name anchor spans a line break), and MARGIN exceeds the reach of the multi-line findings (an
 * address with its postcode on the next line, a signature name under its closing formula) and
 * the context window, which is anyway read from the full text, by ALIAS_REACH: the full name a
 * surname alone is read by lies at most that far from it, and is itself found as a full scan
 * finds it. So the findings that overlap the window are exactly those a full scan reports there.
 * The numeric pass, the costliest, adds no name: it reads only NUMBERS_MARGIN around the window.
 */
import { lineEnd, lineStart } from './chars.ts';
import { ALIAS_REACH } from './aliases.ts';
import { CONTEXT_WINDOW } from './context.ts';
import { collect, finalize } from './scan.ts';
import type { RangeScan, ScanOptions } from './types.ts';

const PARAGRAPH_LIMIT = 2000;
/** What the numeric pass reads around the window: its findings and their context reach less far. */
const NUMBERS_MARGIN = Math.max(1000, 3 * CONTEXT_WINDOW);
const MARGIN = NUMBERS_MARGIN + ALIAS_REACH;

export function scanRange(text: string, editStart: number, editEnd: number, options: ScanOptions = {}): RangeScan {
  const a = clamp(Math.min(editStart, editEnd), text.length);
  const b = clamp(Math.max(editStart, editEnd), text.length);
  let start = paragraphStart(text, a);
  if (a - start > PARAGRAPH_LIMIT) start = lineStart(text, a);
  let end = paragraphEnd(text, b);
  if (end - b > PARAGRAPH_LIMIT) end = lineEnd(text, b);
  const around = (margin: number): [number, number] => [lineStart(text, Math.max(0, start - margin)), lineEnd(text, Math.min(text.length, end + margin))];
  const [from, to] = around(MARGIN);
  const [numbersFrom, numbersTo] = around(NUMBERS_MARGIN);
  const inWindow = collect(text, from, to, numbersFrom, numbersTo).filter((c) => c.end > start && c.start < end);
  return { start, end, findings: finalize(text, inWindow, options) };
}

const clamp = (i: number, len: number): number => (Number.isFinite(i) ? Math.min(Math.max(0, Math.trunc(i)), len) : 0);

/** Start of the paragraph holding i: just after the last blank line before it. */
function paragraphStart(text: string, i: number): number {
  let s = lineStart(text, i);
  while (s > 0) {
    const prev = lineStart(text, s - 1);
    if (i - prev > PARAGRAPH_LIMIT + 1) return prev;
    if (text.slice(prev, s - 1).trim() === '') break;
    s = prev;
  }
  return s;
}

/** End of the paragraph holding i: the line break before the next blank line. */
function paragraphEnd(text: string, i: number): number {
  let e = lineEnd(text, i);
  while (e < text.length) {
    const next = lineEnd(text, e + 1);
    if (next - i > PARAGRAPH_LIMIT + 1) return next;
    if (text.slice(e + 1, next).trim() === '') break;
    e = next;
  }
  return e;
}
