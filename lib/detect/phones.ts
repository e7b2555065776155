/**
 * Phone numbers of Belgium, France, the Netherlands and Luxembourg, validated against the real
 * numbering plans (prefix and length per number type: fixed line, mobile, toll-free, premium,
 * shared cost, VoIP, UAN), from libphonenumber's `metadata.max.json` (v1.13) without shipping
 * its 40 KB: for BE, FR and NL the national significant number (NSN) of a given length is valid
 * exactly when its first few digits fall in one of the prefix ranges below (generated from the
 * metadata patterns; tests/lib/detect/phones.test.ts checks them against libphonenumber-js/max).
 * Luxembourg numbers have variable lengths and keep their pattern. Digits are read from arrays
 * (checksums.ts `Digits`), so the scanner validates without building strings.
 */
import { type Digits, toDigits } from './checksums.ts';

export type PhoneCountry = 'BE' | 'FR' | 'NL' | 'LU';

const CALLING_CODE: Readonly<Record<PhoneCountry, string>> = { BE: '32', FR: '33', NL: '31', LU: '352' };

/** NSN length → [prefix width, "lo-hi lo-hi …" valid prefix ranges]. */
type Plan = Readonly<Record<number, readonly [number, string]>>;

const PLANS: Readonly<Record<'BE' | 'FR' | 'NL', Plan>> = {
  BE: {
    8: [4, '1000-1699 1900-1999 2200-2899 3200-3899 4200-4399 5000-6199 6300-6599 6700-6999 7020-7025 7027 7030 7034-7037 7044 7060 7064-7066 7069-7070 7075 7077 7079 7100-7199 7805 7807-7808 7810-7811 7814-7818 7822 7825 7831 7835-7838 7848 7850 7855 7860 7870 7876-7879 7890-7899 8001-8009 8020-8089 8100-8799 8900-9099 9200-9499'],
    9: [2, '45-49'],
  },
  FR: {
    9: [5, '10000-26199 26300-39999 41000-58999 59100-59399 59500-63899 64000-68999 69500-69599 69800-69999 73000-83603 83606-84099 84200-84299 84400-84499 85000-86999 88000-99999'],
  },
  NL: {
    7: [3, '800 900 906 909'],
    8: [3, '800 900 906 909'],
    9: [3, '100-109 111 113-115 117-118 130-139 150-159 161-162 164-168 172 174 180-184 186-187 200-209 222-224 226-249 251-252 255 260-269 294 297 299-309 313-318 320-321 330-339 341-348 350-369 380-389 400-409 411-413 416 418 430-439 450-469 475 478 481 485-488 492-493 495 497 499-509 511-519 521-525 527-539 541 543-548 550-559 561-562 566 570-573 575 577-578 580-589 591-599 610-669 680-689 700-800 840-859 870-889 900 906 909-919'],
    10: [3, '800 900 906 909'],
    11: [4, '9700-9709'],
  },
};

/** Luxembourg NSN pattern (lengths 4 to 11), anchored. */
const LU_NSN = /^(?:(?:35[013-9]|80[2-9]|90[89])\d{1,8}|(?:2[2-9]|3[0-46-9]|[457]\d|8[13-9]|9[2-579])\d{2,9}|6(?:[26][18]|5[1568]|7[189]|81|9[128])\d{6}|800\d{5}|90[015]\d{5}|20(?:1\d{5}|[2-689]\d{1,7})|801\d{5})$/;

/** A plan parsed once: by NSN length, the prefix width and a flat sorted [lo, hi, lo, hi…] array. */
type Ranges = readonly (readonly [number, Int32Array] | undefined)[];

function parsePlan(plan: Plan): Ranges {
  const byLength: (readonly [number, Int32Array] | undefined)[] = [];
  for (const [len, [width, spec]] of Object.entries(plan)) {
    const flat = spec.split(' ').flatMap((r) => {
      const [lo, hi = lo] = r.split('-').map(Number);
      return [lo!, hi!];
    });
    byLength[Number(len)] = [width, Int32Array.from(flat)];
  }
  return byLength;
}

const RANGES: Readonly<Record<'BE' | 'FR' | 'NL', Ranges>> = { BE: parsePlan(PLANS.BE), FR: parsePlan(PLANS.FR), NL: parsePlan(PLANS.NL) };

/** Whether d[o, o+n) is a valid NSN of `country`. */
export function nsnValid(country: PhoneCountry, d: Digits, o: number, n: number): boolean {
  if (country === 'LU') {
    let s = '';
    for (let k = o; k < o + n; k++) s += d[k];
    return LU_NSN.test(s);
  }
  const plan = RANGES[country][n];
  if (plan === undefined) return false;
  const width = plan[0];
  const r = plan[1];
  let p = 0;
  for (let k = o; k < o + width; k++) p = p * 10 + d[k]!;
  let a = 0;
  let b = (r.length >> 1) - 1;
  while (a <= b) {
    const m = (a + b) >> 1;
    if (p < r[2 * m]!) b = m - 1;
    else if (p > r[2 * m + 1]!) a = m + 1;
    else return true;
  }
  return false;
}

export const isValidNsn = (country: PhoneCountry, nsn: string): boolean => nsnValid(country, toDigits(nsn), 0, nsn.length);

/**
 * Country of a nationally written number d[o, o+n) (leading trunk 0 included), trying Belgium,
 * then France, then the Netherlands (Luxembourg has no trunk prefix). Null when none is valid.
 */
export function nationalPhoneCountry(d: Digits, o: number, n: number): PhoneCountry | null {
  if (n < 9 || n > 12 || d[o] !== 0 || d[o + 1] === 0) return null;
  if (nsnValid('BE', d, o + 1, n - 1)) return 'BE';
  if (nsnValid('FR', d, o + 1, n - 1)) return 'FR';
  if (nsnValid('NL', d, o + 1, n - 1)) return 'NL';
  return null;
}

/**
 * Country of digits d[o, o+n) written after "+" or "00", when the rest is a valid NSN; a trunk 0
 * written after the country code by mistake ("+32 0470…") is tolerated. Null otherwise.
 */
export function internationalPhoneCountry(d: Digits, o: number, n: number): PhoneCountry | null {
  // Plain assignments (no [country, cc] tuples: this runs for every digit sequence after "+" or "00").
  if (d[o] !== 3) return null;
  let country: PhoneCountry;
  let cc = 2;
  const c1 = d[o + 1];
  if (c1 === 2) country = 'BE';
  else if (c1 === 3) country = 'FR';
  else if (c1 === 1) country = 'NL';
  else if (c1 === 5 && d[o + 2] === 2) {
    country = 'LU';
    cc = 3;
  } else return null;
  let from = o + cc;
  if (d[from] === 0 && country !== 'LU') from++;
  return nsnValid(country, d, from, o + n - from) ? country : null;
}

/**
 * International digits (calling code + NSN) of a phone number written in any form:
 * "+32 2 512 34 56", "0032 2 512 34 56", "02/512.34.56", "+32 (0)2 512 34 56" all give "3225123456".
 * National forms are read as Belgian first. Null when it is not a valid BE/FR/NL/LU number.
 */
export function normalizePhone(written: string): string | null {
  const trimmed = written.trim();
  const plus = trimmed.startsWith('+');
  const all = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (plus || all.startsWith('00')) {
    const digits = plus ? all : all.slice(2);
    const d = toDigits(digits);
    const country = internationalPhoneCountry(d, 0, d.length);
    if (country === null) return null;
    const cc = CALLING_CODE[country];
    const nsn = digits.slice(cc.length);
    return cc + (country !== 'LU' && nsn.startsWith('0') ? nsn.slice(1) : nsn);
  }
  const country = nationalPhoneCountry(toDigits(all), 0, all.length);
  return country === null ? null : CALLING_CODE[country] + all.slice(1);
}
