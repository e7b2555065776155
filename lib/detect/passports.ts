/**
 * Passport numbers. The shapes are common codes too (lot numbers, promo codes: "EH123456"), and
 * none has a public checksum, so a passport keyword in the context window is required.
 *   BE: 2 letters + 6 digits ("EH123456")
 *   FR: 2 digits + 2 letters + 5 digits ("18AB12345")
 *   NL: 2 letters + 6 letters/digits + 1 digit, never the letter O ("SPECI2014"); a Dutch identity card's too
 *   others (DE "C4HRK2L97", many non-EU): 8 or 9 capitals and digits, at least two of them digits
 */
import { charCode, isAlnum, isAsciiUpper, isDigit } from './chars.ts';
import { has, nearest, readContext, WIDE_WINDOW, WIDE_WORDS } from './context.ts';
import { Kw } from './keywords.ts';
import type { Run } from './runs.ts';
import { type ScanState, tag } from './state.ts';

const PASSPORT = tag('passport', 'high');

const isCodeChar = (c: number): boolean => isDigit(c) || isAsciiUpper(c);

/** Adds a passport candidate when the run is part of a passport-shaped token after a passport keyword. */
export function passportAtRun(st: ScanState, run: Run): void {
  const text = st.text;
  // Gate: a capital letter touches the digits ("EH123456", "18AB12345", "SPECI2014").
  if (!isAsciiUpper(charCode(text, run.start - 1)) && !isAsciiUpper(charCode(text, run.end))) return;
  // The token: maximal run of capitals and digits around the digits (at most 9 characters).
  let a = run.start;
  while (a > 0 && run.start - a < 9 && isCodeChar((text.charCodeAt(a - 1) | 0))) a--;
  let b = run.start;
  while (b < text.length && b - a < 10 && isCodeChar((text.charCodeAt(b) | 0))) b++;
  const len = b - a;
  if (len !== 8 && len !== 9) return;
  if ((a > 0 && isAlnum((text.charCodeAt(a - 1) | 0))) || (b < text.length && isAlnum((text.charCodeAt(b) | 0)))) return;
  if (!isPassportShape(text, a, len)) return;
  // The words right before, then a wider window across numbers: "Passports checked: C4HRK2L97 (Mr X) and C7PT3NW81".
  const ctx = st.context(a);
  if (has(ctx, Kw.Passport) || has(readContext(text, a, false, 0xffff, WIDE_WORDS, WIDE_WINDOW), Kw.Passport)) {
    st.add(a, b, PASSPORT);
  } else if (nearest(ctx) === Kw.IdCard && isDutchCardNumber(text, a, len) && IDENTITY_CARD.test(text.slice(Math.max(0, a - 40), a))) {
    // A Dutch identity card has a passport's document number ("identiteitskaart IH5R91LP2"); a Belgian card's is digits.
    st.add(a, b, PASSPORT);
  }
}

/** The card named is an identity card ("identiteitskaart", "ID-kaart", "carte d'identité"), not any card. */
const IDENTITY_CARD = /identit|\bid[- ]?(?:kaart|card)/i;

/** The Dutch document number with letters inside it: two letters, six letters and digits (a letter among them), a digit. */
function isDutchCardNumber(text: string, a: number, len: number): boolean {
  if (len !== 9 || !isAsciiUpper(text.charCodeAt(a) | 0) || !isAsciiUpper(text.charCodeAt(a + 1) | 0) || !isDigit(text.charCodeAt(a + 8) | 0)) return false;
  let letters = 0;
  for (let k = 0; k < 9; k++) {
    const c = text.charCodeAt(a + k) | 0;
    if (c === 79) return false;
    if (k >= 2 && k < 8 && isAsciiUpper(c)) letters++;
  }
  return letters > 0;
}

function isPassportShape(text: string, a: number, len: number): boolean {
  // Plain loops over char codes (no closures: this runs for every capital-glued run).
  const up0 = isAsciiUpper(text.charCodeAt(a) | 0);
  const up1 = isAsciiUpper(text.charCodeAt(a + 1) | 0);
  let digits = 0;
  let digitsFrom2 = 0;
  let digitsFrom4 = 0;
  for (let k = 0; k < len; k++) {
    if (isDigit(text.charCodeAt(a + k) | 0)) {
      digits++;
      if (k >= 2) digitsFrom2++;
      if (k >= 4) digitsFrom4++;
    }
  }
  if (len === 8 && up0 && up1 && digitsFrom2 === 6) return true; // BE
  if (
    len === 9 &&
    isDigit(text.charCodeAt(a) | 0) &&
    isDigit(text.charCodeAt(a + 1) | 0) &&
    isAsciiUpper(text.charCodeAt(a + 2) | 0) &&
    isAsciiUpper(text.charCodeAt(a + 3) | 0) &&
    digitsFrom4 === 5
  ) {
    return true; // FR
  }
  // NL: two letters first, a digit last, never the letter O.
  if (len === 9 && up0 && up1 && isDigit(text.charCodeAt(a + 8) | 0)) {
    let o = false;
    for (let k = 0; k < 9; k++) if (text.charCodeAt(a + k) === 79) o = true;
    if (!o) return true;
  }
  // Others: starts with a capital, at least two digits (the keyword does the real work).
  return up0 && digits >= 2;
}
