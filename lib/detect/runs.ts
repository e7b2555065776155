/**
 * Digit runs: the one cheap pass that finds every numeric candidate. A run is digit groups joined
 * by one separator each (space, no-break space, ".", "/", "-", " / ", "(0)" as in "+32 (0)2…", an area code's
 * brackets as in "+1 (408) 896-2417"):
 *   \d+(?:(?:[ \u00a0\u202f]?[.\/\-][ \u00a0\u202f]?|[ \u00a0\u202f]|[ \u00a0\u202f]?\(0\)[ \u00a0\u202f]?|[ \u00a0\u202f]?\(|\)[ \u00a0\u202f]?)\d+)*
 * The scanner finds a run's first digit with a regex and reads the rest by hand while it copies
 * the digits (Run.parse): a separator is never a digit and at most five characters long, so this
 * costs a few char tests per group and no second regex call per run. A run's digits go into a
 * reusable byte buffer so that validators read numbers without building strings. No run
 * contains a line break, so line starts are safe scan bounds.
 */
import { charCode, isDigit } from './chars.ts';

const isSpaceSep = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f;

/**
 * The separator at text[i] when a digit follows it: its length * 65536 + its main char code
 * ("." in " . ", "(" for "(0)" and before an area code, ")" after it, the space when alone); 0 when the run ends at i.
 */
function separatorAt(text: string, i: number): number {
  let k = i;
  let c = charCode(text, k);
  let main = c;
  if (isSpaceSep(c)) c = charCode(text, ++k);
  if (c === 46 || c === 47 || c === 45) {
    main = c;
    c = charCode(text, ++k);
    if (isSpaceSep(c)) c = charCode(text, ++k);
  } else if (c === 40 || c === 41) {
    return bracketAt(text, i, k); // kept apart: this function runs at every group's end
  } else if (k === i) {
    return 0;
  }
  return c >= 48 && c <= 57 ? (k - i) * 65536 + main : 0;
}

/**
 * separatorAt for a bracket at `k` (after the space at `i`, if any): "+32 (0)2…" (the trunk prefix is no digit of the
 * number), or an area code in brackets as a group of its own ("+1 (408) 896-2417", "(081) 22 47 90").
 */
function bracketAt(text: string, i: number, k: number): number {
  let c = charCode(text, k);
  if (c === 41) {
    if (k !== i || !afterOpening(text, i)) return 0;
    c = charCode(text, ++k);
    if (isSpaceSep(c)) c = charCode(text, ++k);
    return c >= 48 && c <= 57 ? (k - i) * 65536 + 41 : 0;
  }
  let t = k + 3;
  c = charCode(text, t);
  if (isSpaceSep(c)) c = charCode(text, ++t);
  if (charCode(text, k + 1) === 48 && charCode(text, k + 2) === 41 && c >= 48 && c <= 57) return (t - i) * 65536 + 40;
  return closesAreaCode(text, k + 1) ? (k + 1 - i) * 65536 + 40 : 0;
}

/** Whether one to four digits from `k` close with ")": an area code in brackets ("(408)", "(081)"), not a date. */
function closesAreaCode(text: string, k: number): boolean {
  let j = k;
  while (j - k < 4 && isDigit(charCode(text, j))) j++;
  return j > k && charCode(text, j) === 41;
}

/** Whether the group ending at `i` opened with "(" ("(408)", "(081)"): its ")" joins it to the next group. */
function afterOpening(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && isDigit(text.charCodeAt(j))) j--;
  return j < i - 1 && charCode(text, j) === 40;
}

/** End of the run that goes on at `from` (a group's first digit). */
export function runEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    let c = text.charCodeAt(i) | 0;
    while (c >= 48 && c <= 57) c = text.charCodeAt(++i) | 0;
    const sep = separatorAt(text, i);
    if (sep === 0) return i;
    i += sep >>> 16;
  }
}

/** Groups beyond this many are not parsed (a run of 1 MB of "1 2 3 …" is processed in slices). */
export const MAX_GROUPS = 64;

/** The groups of one run, reused from run to run. */
export class Run {
  start = 0;
  end = 0;
  /** Number of groups parsed (at most MAX_GROUPS). */
  count = 0;
  /** Total digits in the parsed groups. */
  digits = 0;
  readonly gStart = new Int32Array(MAX_GROUPS);
  readonly gEnd = new Int32Array(MAX_GROUPS);
  /** Main separator char code after group k ('(' for "(0)"); 0 after the last group. */
  readonly sep = new Int32Array(MAX_GROUPS);
  /** Offset of group k's first digit in `dig`; off[count] = digits. */
  readonly off = new Int32Array(MAX_GROUPS + 1);
  /** The digits (0–9) of the parsed groups, separators removed. */
  readonly dig = new Uint8Array(MAX_GROUPS * 24);

  /**
   * Parses the run whose group starts at `start` (a digit), up to MAX_GROUPS groups; returns
   * where parsing stopped: the run's end, or the first digit of the first group not parsed.
   */
  parse(text: string, start: number): number {
    // Typed arrays held in locals: the loop reads and writes them for every digit.
    const dig = this.dig;
    const off = this.off;
    const gStart = this.gStart;
    const gEnd = this.gEnd;
    const sepOf = this.sep;
    const cap = dig.length;
    this.start = start;
    let k = 0;
    let n = 0;
    let i = start;
    for (;;) {
      off[k] = n;
      gStart[k] = i;
      let c = text.charCodeAt(i) | 0;
      while (c >= 48 && c <= 57) {
        if (n < cap) dig[n++] = c - 48;
        c = charCode(text, ++i);
      }
      gEnd[k] = i;
      const sep = separatorAt(text, i);
      sepOf[k] = sep & 0xffff;
      k++;
      if (sep === 0 || k === MAX_GROUPS) {
        this.count = k;
        this.digits = n;
        off[k] = n;
        this.end = i;
        return sep === 0 ? i : i + (sep >>> 16);
      }
      i += sep >>> 16;
    }
  }

  len(k: number): number {
    return this.gEnd[k]! - this.gStart[k]!;
  }

  /** Value of the digits dig[from, from+n) (n ≤ 15). */
  value(from: number, n: number): number {
    let v = 0;
    for (let k = from; k < from + n; k++) v = v * 10 + this.dig[k]!;
    return v;
  }

  /**
   * Whether the run starts like a numeric date: three groups or more, the first two joined by the same "." "/" or "-",
   * or by spaces when the groups have a date's lengths ("14 03 1968").
   */
  startsDateShaped(): boolean {
    const sep = this.sep[0];
    if (this.count < 3 || this.sep[1] !== sep) return false;
    return sep === 46 || sep === 47 || sep === 45 || (sep === 32 && this.len(0) <= 2 && this.len(1) <= 2 && this.len(2) === 4);
  }

  /**
   * Whether groups k, k+1, k+2 read as a date: day/month/year with one separator (. / -), the
   * year of four digits (19xx, 20xx), or of two when the run ends there ("02/06/2025 09:15").
   */
  isDateAt(k: number): boolean {
    if (k + 2 >= this.count) return false;
    const sep = this.sep[k];
    if ((sep !== 46 && sep !== 47 && sep !== 45) || this.sep[k + 1] !== sep) return false;
    const l0 = this.len(k);
    const l1 = this.len(k + 1);
    const l2 = this.len(k + 2);
    if (l0 > 2 || l1 > 2 || !(l2 === 4 || (l2 === 2 && k + 3 === this.count))) return false;
    const day = this.value(this.off[k]!, l0);
    const month = this.value(this.off[k + 1]!, l1);
    const year = this.value(this.off[k + 2]!, l2);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && (l2 === 2 || (year >= 1900 && year < 2100));
  }

  /**
   * Whether groups i.. have exactly the lengths `lengths` (then end), joined by `sep` when it is
   * not 0 (any separator otherwise): isShape(i, [3, 7, 2], 45) is "xxx-xxxxxxx-xx".
   */
  isShape(i: number, j: number, lengths: readonly number[], sep = 0): boolean {
    if (j - i + 1 !== lengths.length) return false;
    for (let k = 0; k < lengths.length; k++) {
      if (this.len(i + k) !== lengths[k]) return false;
      if (sep !== 0 && i + k < j && this.sep[i + k] !== sep) return false;
    }
    return true;
  }
}
