/**
 * The numeric pass: one linear walk over the digit runs of the text. Each run is offered to the
 * detectors that start from a number: letter-prefixed identifiers (IBAN, "BE" VAT), passports,
 * Corsican NIRs, dates of birth, postal addresses (house numbers), then the identifiers and phones
 * made of its digit groups. Short runs (prices, years, counts: most of them) leave after a few
 * char tests.
 */
import { addressAtRun, mayBeHouseNumber } from './addresses.ts';
import { charCode, isAsciiLower, isAsciiUpper, isHSpace, isLetter } from './chars.ts';
import { classifyDigits, PRINTED_NATIONAL } from './classify.ts';
import { dateOfBirthAtRun, mayBeTextDate } from './dates.ts';
import { ibanEndAt, ibanLengthAt } from './iban.ts';
import { isBeVat } from './identifiers.ts';
import { corsicanNirAt } from './nir.ts';
import { mrzNationalNumber, mrzPassportLine } from './mrz.ts';
import { passportAtRun } from './passports.ts';
import { MAX_GROUPS, Run, runEnd } from './runs.ts';
import { beats, type ScanState, tag } from './state.ts';

/** Identifiers and phones have at least this many digits ("+352 4796 1" is about the shortest phone). */
const MIN_DIGITS = 7;
/** Longest digit string worth classifying (an international phone with 00: 16). */
const MAX_DIGITS = 16;
/** A long run is parsed in slices of MAX_GROUPS groups that overlap by this many groups. */
const OVERLAP = MAX_DIGITS;
const IBAN = tag('iban', 'high');
const VAT = tag('vat-number', 'high');

/** Reused by every scan (not nested), which also keeps its hidden class alive (see scan.ts STATE). */
const RUN = new Run();

/** Runs whose first digit lies in [from, to); candidates go to the scan state. */
export function scanNumbers(st: ScanState, from: number, to: number): void {
  const text = st.text;
  // A digit (a regex skips text faster than a char loop), then the run read by hand (runs.ts). Looked for in the text
  // up to `to` only (V8 slices a long string without copying; the offsets stay the text's): an incremental scan of a
  // long draft must not search on to its end when no digit follows its window.
  const digit = /\d/g;
  const area = to >= text.length ? text : text.slice(0, to);
  const run = RUN;
  digit.lastIndex = from;
  while (digit.test(area)) {
    const s = digit.lastIndex - 1;
    let stop = run.parse(text, s);
    const e = stop === run.end ? stop : runEnd(text, stop); // past MAX_GROUPS groups: read on to the end
    digit.lastIndex = e;
    // Most runs are prices, years, counts: the detectors' gates read a few characters.
    const c1 = s > 0 ? (text.charCodeAt(s - 1) | 0) : 0;
    const c2 = charCode(text, e);
    const len = e - s;
    // "12 réponses", "3 antwoorden" opening a line: Google Forms' answer counts, read by the tables pass.
    if (c2 === 32 && (c1 === 10 || s === 0) && len <= 6) {
      const c3 = charCode(text, e + 1);
      if (c3 === 114 || c3 === 97) st.answerCounts.push(e);
    }
    // Capitals touch it ("BE48…", "EH123456", "BE 0456…"), or a lowercase country code a long compact run ("be20733118905256").
    const letters = isAsciiUpper(c1) || isAsciiUpper(c2) || (isHSpace(c1) && isAsciiUpper(charCode(text, s - 2))) || (len >= 14 && isAsciiLower(c1));
    const house = len <= 12 && mayBeHouseNumber(text, s, e);
    // A numeric date has 6+ characters ("1.2.85") and date separators; a text date has a day and a month name.
    const date = (len >= 6 && run.startsDateShaped()) || (len <= 2 && mayBeTextDate(text, s, e));
    // Without a "+", only nine digits or more make an identifier or a phone (identifiersInRun): "245.000", "1.234.567".
    if (c1 !== 43 && !letters && !house && !date && run.digits < 9) continue;
    const next = scanRun(st, run, stop >= e, letters, house, date);
    if (next > e) digit.lastIndex = next;
    // Runs longer than MAX_GROUPS groups ("1 2 3 4 …") go on in overlapping slices.
    while (stop < e) {
      stop = run.parse(text, run.gStart[MAX_GROUPS - OVERLAP]!);
      identifiersInRun(st, run, false, false, stop >= e && isLetter(c2), 0, stop >= e);
    }
  }
}

/** Offers one run to the number-anchored detectors its gates allow; returns where the next run search starts. */
function scanRun(st: ScanState, run: Run, whole: boolean, letters: boolean, house: boolean, date: boolean): number {
  const text = st.text;
  const s = run.start;
  const c1 = s > 0 ? (text.charCodeAt(s - 1) | 0) : 0;
  let plus = false;
  if (c1 === 43) {
    // "+++090/1234/56701+++" is a structured payment reference (OGM/VCS), not personal data.
    if (text.startsWith('+++', s - 3)) return text.startsWith('+++', run.end) ? run.end + 3 : run.end;
    plus = !text.startsWith('++', s - 2);
  }
  const after = charCode(text, run.end);
  if (letters) {
    const prefixEnd = prefixed(st, run, c1);
    if (prefixEnd > 0) return prefixEnd;
    if (c1 === 76 && mrzNationalNumber(st, run)) return run.end;
    const mrzEnd = mrzPassportLine(st, run);
    if (mrzEnd > 0) return mrzEnd;
    passportAtRun(st, run);
    if (after === 65 || after === 66) {
      const nirEnd = corsicanNirAt(st, run);
      if (nirEnd > 0) return nirEnd;
    }
  }
  if (date) dateOfBirthAtRun(st, run);
  if (house) addressAtRun(st, run);
  if (run.digits >= MIN_DIGITS) identifiersInRun(st, run, plus, isLetter(c1), isLetter(after), 0, whole);
  return run.end;
}

/**
 * Identifiers written after two capital letters: an IBAN ("BE48 0011…", "NL44 RABO…", read
 * whole from the country code) or a Belgian VAT number with its "BE" prefix ("BE0412345614",
 * "BE 0456.789.133"). Returns the end of the IBAN-shaped token when the run belongs to one
 * (valid or not: a documentation sample "BE68 5390 0754 7034" holds no bank account), else -1.
 */
function prefixed(st: ScanState, run: Run, c1: number): number {
  const text = st.text;
  const s = run.start;
  const lower = isAsciiLower(c1);
  const p = isAsciiUpper(c1) || lower ? s - 2 : s - 3;
  const isCode = lower ? isAsciiLower : isAsciiUpper;
  if (p < 0 || !isCode((text.charCodeAt(p) | 0)) || !isCode((text.charCodeAt(p + 1) | 0))) return -1;
  if (p > 0 && isLetter((text.charCodeAt(p - 1) | 0))) return -1;
  if (ibanLengthAt(text, p) !== 0 && run.len(0) >= 2 && (p === s - 2 || run.len(0) === 2)) {
    const end = ibanEndAt(text, p);
    if (end > 0) {
      st.add(p, end, IBAN);
      return end;
    }
    // An IBAN-shaped token that fails (or is a documentation sample): its digits are not a number.
    if (run.len(0) === 2 && run.count >= 3 && run.digits >= 12) return run.end;
  }
  if ((text.charCodeAt(p) | 0) === 66 && (text.charCodeAt(p + 1) | 0) === 69) {
    // "BE" + 10 digits (first 0 or 1), or the old 9-digit form that takes a leading 0.
    for (let j = 0; j < run.count; j++) {
      const n = run.off[j + 1]!;
      if (n > 10) break;
      if ((n === 10 && isBeVat(run.dig, 0)) || (n === 9 && j === run.count - 1 && isBeVat(zeroPadded(run), 0))) {
        st.add(p, run.gEnd[j]!, VAT);
        break;
      }
    }
  }
  return -1;
}

const zeroPadded = (run: Run): number[] => [0, ...Array.from(run.dig.subarray(0, 9))];

/**
 * For each start group from `firstStart`, the best identifier or phone made of the groups that
 * follow it. In a slice of a long run (`last` false) only starts whose candidates fit the slice
 * are tried; the next slice overlaps by OVERLAP groups.
 */
function identifiersInRun(st: ScanState, run: Run, plus: boolean, gluedBefore: boolean, gluedAfter: boolean, firstStart: number, last: boolean): void {
  const count = run.count;
  const off = run.off;
  const startLimit = last ? count : count - OVERLAP;
  // A national number as printed ("91.05.02-346.58") whose check fails is a mistyped one, with no phone inside it.
  const national = count >= 5 && run.sep[2] === 45 && run.isShape(0, 4, PRINTED_NATIONAL[0]!) ? 5 : 0;
  for (let i = firstStart; i < startLimit; i++) {
    if (i > 0 && i < national) continue;
    const plusHere = plus && i === 0;
    // Without "+", nothing shorter than nine digits is an identifier or a phone (classifyDigits);
    // later starts have fewer digits left.
    if (off[count]! - off[i]! < (plusHere ? MIN_DIGITS : 9)) break;
    // A run glued to letters ("1SAG1100012345", "0703/06B000") is part of a code, not a number.
    if (i === 0 && gluedBefore) continue;
    // From its "+", or from the "(" of an area code in brackets ("(081) 22 47 90").
    const start = run.gStart[i]! - (plusHere || (i === 0 && run.sep[0] === 41) ? 1 : 0);
    let best = -1;
    let bestEnd = 0;
    for (let j = i; j < count; j++) {
      const n = off[j + 1]! - off[i]!;
      if (n > MAX_DIGITS || (last && j === count - 1 && gluedAfter)) break;
      // Nobody writes an identifier digit by digit ("1 2 3 4 5 6 7 8 9"): at most one group per two digits, plus one.
      if (n < (plusHere ? MIN_DIGITS : 9) || j - i > (n >> 1)) continue;
      const t = classifyDigits(st, run, i, j, plusHere);
      const end = run.gEnd[j]!;
      if (t >= 0 && (best < 0 || beats(t, start, end, best, start, bestEnd))) {
        best = t;
        bestEnd = end;
      }
    }
    if (best >= 0) st.add(start, bestEnd, best);
  }
}
