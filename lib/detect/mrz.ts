/**
 * Machine-readable zones of identity documents, as OCR gives them (capitals, digits and "<" only): the national number
 * in a Belgian eID's zone, a passport's document number and, for a Belgian, its national number. Read by their fixed
 * positions and check digits, so no keyword is needed.
 */
import { isAsciiUpper, isDigit } from './chars.ts';
import { isNationalNumber } from './identifiers.ts';
import type { Run } from './runs.ts';
import { type ScanState, tag } from './state.ts';

const NATIONAL_NUMBER = tag('be-national-number', 'high');
const PASSPORT = tag('passport', 'high');

const isMrzChar = (c: number): boolean => isDigit(c) || isAsciiUpper(c) || c === 60;

/**
 * A Belgian eID's machine-readable zone, as OCR gives it: the second line's optional data is the holder's national
 * number, glued to "BEL" before it and to the line's check digit after it ("8506150M3001011BEL850615123456").
 */
export function mrzNationalNumber(st: ScanState, run: Run): boolean {
  const text = st.text;
  const s = run.start;
  if (run.count !== 1 || run.len(0) !== 12 || !text.startsWith('BEL', s - 3) || !isNationalNumber(run.dig, 0, st.nowYear)) return false;
  // The line is the MRZ's: capitals, digits and "<" only, from its start.
  for (let i = s - 4; i >= 0 && s - i <= 30; i--) {
    const c = (text.charCodeAt(i) | 0);
    if (c === 10 || c === 13) break;
    if (!isMrzChar(c)) return false;
  }
  st.add(s, s + 11, NATIONAL_NUMBER);
  return true;
}

/** Length of a passport's machine-readable line (ICAO 9303 TD3). */
const MRZ_LINE = 44;

/** ICAO 9303 check digit over text[a, b) and the part before it (`sum`, `n` characters): weights 7, 3, 1; A = 10 … Z = 35, "<" = 0. */
function icaoSum(text: string, a: number, b: number, sum = 0, n = 0): number {
  for (let k = a; k < b; k++, n++) {
    const c = text.charCodeAt(k) | 0;
    sum += (isDigit(c) ? c - 48 : isAsciiUpper(c) ? c - 55 : 0) * (n % 3 === 0 ? 7 : n % 3 === 1 ? 3 : 1);
  }
  return sum;
}

/**
 * A passport's machine-readable zone, second line, as OCR gives it ("EM582174<3BEL9404173F3006106…<<<72"): the document
 * number and its check digit open the line, the composite check digit ends it; a Belgian passport's optional data is
 * the holder's national number. Both are added when the check digits hold. Returns the line's end when the run (its
 * first digits) opens such a line, else -1.
 */
export function mrzPassportLine(st: ScanState, run: Run): number {
  const text = st.text;
  let ls = run.start;
  while (ls > 0 && run.start - ls < 9 && isAsciiUpper((text.charCodeAt(ls - 1) | 0))) ls--;
  const le = ls + MRZ_LINE;
  if ((ls > 0 && text.charCodeAt(ls - 1) !== 10) || le > text.length || (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13)) return -1;
  for (let k = ls; k < le; k++) if (!isMrzChar(text.charCodeAt(k) | 0)) return -1;
  const check = (at: number, sum: number): boolean => (text.charCodeAt(at) | 0) - 48 === sum % 10;
  if (!check(ls + 9, icaoSum(text, ls, ls + 9))) return -1;
  // The composite: document number and check, birth date and check, expiry date, optional data and their checks.
  const composite = icaoSum(text, ls + 21, ls + 43, icaoSum(text, ls + 13, ls + 20, icaoSum(text, ls, ls + 10), 10), 17);
  if (!check(ls + 43, composite)) return -1;
  let de = ls + 9;
  while (de > ls && text.charCodeAt(de - 1) === 60) de--;
  st.add(ls, de, PASSPORT);
  if (text.startsWith('BEL', ls + 10)) {
    const digits = Array.from({ length: 11 }, (_, k) => (text.charCodeAt(ls + 28 + k) | 0) - 48);
    if (digits.every((d) => d >= 0 && d <= 9) && isNationalNumber(digits, 0, st.nowYear)) st.add(ls + 28, ls + 39, NATIONAL_NUMBER);
  }
  return le;
}
