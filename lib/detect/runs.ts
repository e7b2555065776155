/**
 * Digit runs: the one cheap pass that finds every numeric candidate. A run is digit groups joined
 * by one separator each (space, no-break space, ".", "/", "-", " / ", "(0)" as in "+32 (0)2…").
 * The run regex has no nested ambiguity (a separator is never a digit), so it is linear; it is
 * driven with `test()`, which unlike `exec()` allocates nothing per match.
 * A run's digits are copied into a reusable byte buffer so that validators read numbers without
 * building strings.
 */

/** A digit run must not be cut: no run contains a line break, so line starts are safe scan bounds. */
export const RUN_SOURCE = String.raw`\d+(?:(?:[ \u00a0\u202f]?[.\/\-][ \u00a0\u202f]?|[ \u00a0\u202f]|[ \u00a0\u202f]?\(0\)[ \u00a0\u202f]?)\d+)*`;

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
   * Parses text[start, end) (a match of RUN_SOURCE) up to MAX_GROUPS groups; returns where
   * parsing stopped (end, or the start of the first group not parsed).
   */
  parse(text: string, start: number, end: number): number {
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
    while (i < end && k < MAX_GROUPS) {
      off[k] = n;
      gStart[k] = i;
      let c = text.charCodeAt(i) | 0;
      while (c >= 48 && c <= 57) {
        if (n < cap) dig[n++] = c - 48;
        if (++i >= end) break;
        c = text.charCodeAt(i) | 0;
      }
      gEnd[k] = i;
      let sep = 0;
      while (i < end) {
        c = text.charCodeAt(i) | 0;
        if (c >= 48 && c <= 57) break;
        if (c === 40) {
          sep = 40;
          i += 3; // "(0)"
        } else {
          if (sep === 0 || sep === 32 || sep === 0xa0 || sep === 0x202f) sep = c;
          i++;
        }
      }
      sepOf[k] = i < end ? sep : 0;
      k++;
    }
    this.count = k;
    this.digits = n;
    off[k] = n;
    this.end = gEnd[k - 1]!;
    return k === MAX_GROUPS && i < end ? i : end;
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
