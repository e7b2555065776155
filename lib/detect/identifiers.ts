/**
 * Validators for the numeric identifiers, over digit values d[o, o+len) (checksums.ts).
 * Each says whether the value is a real, issuable identifier, not just the right shape.
 * Formats and vectors: shared/research/pii.md §1.
 */
import { isPlausibleBirthYear, isRealDate } from './calendar.ts';
import { type Digits, elfproef, isMod97Of10, luhnCheckDigit, mod97, two, verhoeffCheckDigit } from './checksums.ts';

/**
 * Belgian national register number (RRN) or BIS number, 11 digits YYMMDD SSS CC.
 * CC = 97 − mod97(YYMMDDSSS) for births before 2000, 97 − mod97(2YYMMDDSSS) from 2000 on;
 * the branch that validates gives the century, and a birth more than 120 years ago (or in the
 * future) is rejected. BIS numbers add 20 or 40 to the month. An unknown month is written 00
 * (the day is then meaningless: the day counter may have run out), an unknown day 00, and a
 * fully unknown date is the fictitious 000001 (BIS 002001 / 004001), whose year means nothing.
 * Sequence numbers 000 and 999 are never issued.
 */
export function isNationalNumber(d: Digits, o: number, nowYear: number): boolean {
  const seq = d[o + 6]! * 100 + two(d, o + 7);
  if (seq === 0 || seq === 999) return false;
  const check = two(d, o + 9);
  let year: number;
  if (97 - mod97(d, o, o + 9) === check) year = 1900 + two(d, o);
  else if (97 - mod97(d, o, o + 9, 2) === check) year = 2000 + two(d, o);
  else return false;
  let month = two(d, o + 2);
  const day = two(d, o + 4);
  if (two(d, o) === 0 && day === 1 && (month === 0 || month === 20 || month === 40)) return true;
  if (!isPlausibleBirthYear(year, nowYear)) return false;
  if (month >= 40) month -= 40; // BIS, sex known when issued
  else if (month >= 20) month -= 20; // BIS, sex unknown when issued
  if (month > 12) return false;
  if (month === 0) return day <= 31;
  return day === 0 || isRealDate(year, month, day);
}

/** The 12-digit mod-97 check shared by the BE eID card number, OGM/VCS references and old bank accounts. */
export const isBeMod97Twelve = (d: Digits, o: number): boolean => isMod97Of10(d, o);

/** Belgian enterprise / VAT number, 10 digits: first 0 or 1, last2 = 97 − mod97(first 8). */
export function isBeVat(d: Digits, o: number): boolean {
  if (d[o]! > 1 || (d[o] === 0 && d[o + 1] === 0 && d[o + 2] === 0)) return false;
  return 97 - mod97(d, o, o + 8) === two(d, o + 8);
}

/** Sex digit of a NIR: 1, 2, or 3/4/7/8 for temporary numbers. */
const NIR_SEX = new Set([1, 2, 3, 4, 7, 8]);

/**
 * French NIR, 15 digits: sex, YY, MM, department, commune, order, key = 97 − mod97(first 13).
 * `corsica` is 0, or 19 / 18 when the department is written 2A / 2B (d[o+6] is then unused).
 */
export function isFrNir(d: Digits, o: number, corsica = 0): boolean {
  if (!NIR_SEX.has(d[o]!)) return false;
  const month = two(d, o + 3);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  let r: number;
  if (corsica !== 0) {
    if (d[o + 5] !== 2) return false;
    r = mod97(d, o + 7, o + 13, (mod97(d, o, o + 5) * 100 + corsica) % 97);
  } else {
    r = mod97(d, o, o + 13);
  }
  return 97 - r === two(d, o + 13);
}

/** Dutch BSN: 9 digits passing the elfproef (never all zeros). */
export function isNlBsn(d: Digits, o: number): boolean {
  let any = 0;
  for (let k = o; k < o + 9; k++) any |= d[k]!;
  return any !== 0 && elfproef(d, o);
}

/** Luxembourg national identification number, 13 digits YYYYMMDD XXX L V (Luhn and Verhoeff over the first 11). */
export function isLuMatricule(d: Digits, o: number, nowYear: number): boolean {
  const year = two(d, o) * 100 + two(d, o + 2);
  if (!isPlausibleBirthYear(year, nowYear) || !isRealDate(year, two(d, o + 4), two(d, o + 6))) return false;
  return luhnCheckDigit(d, o, 11) === d[o + 11] && verhoeffCheckDigit(d, o, 11) === d[o + 12];
}
