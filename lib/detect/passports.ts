/**
 * Passport numbers. The shapes are common codes too (lot numbers, promo codes: "EH123456"), and
 * none has a public checksum, so a passport keyword in the context window is required.
 *   BE: 2 letters + 6 digits ("EH123456")
 *   FR: 2 digits + 2 letters + 5 digits ("18AB12345")
 *   NL: 2 letters + 6 letters/digits + 1 digit, never the letter O ("SPECI2014")
 *   others (DE "C4HRK2L97", many non-EU): 8 or 9 capitals and digits, at least two of them digits
 */
import { codeAt, isAlnum, isAsciiUpper, isDigit } from './chars.ts';
import { has, readContext, WIDE_WINDOW, WIDE_WORDS } from './context.ts';
import { Kw } from './keywords.ts';
import type { Run } from './runs.ts';
import type { ScanState } from './state.ts';

const isCodeChar = (c: number): boolean => isDigit(c) || isAsciiUpper(c);

/** Adds a passport candidate when the run is part of a passport-shaped token after a passport keyword. */
export function passportAtRun(st: ScanState, run: Run): void {
  const text = st.text;
  // Gate: a capital letter touches the digits ("EH123456", "18AB12345", "SPECI2014").
  if (!isAsciiUpper(codeAt(text, run.start - 1)) && !isAsciiUpper(codeAt(text, run.end))) return;
  // The token: maximal run of capitals and digits around the digits (at most 9 characters).
  let a = run.start;
  while (a > 0 && run.start - a < 9 && isCodeChar(codeAt(text, a - 1))) a--;
  let b = run.start;
  while (b < text.length && b - a < 10 && isCodeChar(codeAt(text, b))) b++;
  const len = b - a;
  if (len !== 8 && len !== 9) return;
  if ((a > 0 && isAlnum(codeAt(text, a - 1))) || (b < text.length && isAlnum(codeAt(text, b)))) return;
  if (!isPassportShape(text, a, len)) return;
  // The words right before, then a wider window across numbers: "Passports checked: C4HRK2L97 (Mr X) and C7PT3NW81".
  if (has(st.context(a), Kw.Passport) || has(readContext(text, a, false, 0xffff, WIDE_WORDS, WIDE_WINDOW), Kw.Passport)) {
    st.push('passport', a, b, 'high');
  }
}

function isPassportShape(text: string, a: number, len: number): boolean {
  const up = (k: number): boolean => isAsciiUpper(codeAt(text, a + k));
  const dg = (k: number): boolean => isDigit(codeAt(text, a + k));
  const all = (from: number, to: number, f: (k: number) => boolean): boolean => {
    for (let k = from; k < to; k++) if (!f(k)) return false;
    return true;
  };
  if (len === 8 && up(0) && up(1) && all(2, 8, dg)) return true; // BE
  if (len === 9 && dg(0) && dg(1) && up(2) && up(3) && all(4, 9, dg)) return true; // FR
  // NL: two letters first, a digit last, never the letter O.
  if (len === 9 && up(0) && up(1) && dg(8) && text.slice(a, a + 9).indexOf('O') < 0) return true;
  // Others: starts with a capital, at least two digits (the keyword does the real work).
  let digits = 0;
  for (let k = 0; k < len; k++) if (dg(k)) digits++;
  return up(0) && digits >= 2;
}
