/**
 * IBANs of the SEPA countries: per-country length, uppercase letters and digits, ISO 7064 mod 97.
 * Written compact ("BE48001123456727") or in the printed groups of four ("BE48 0011 2345 6727").
 */
import { isAsciiLower, isAsciiUpper, isDigit, isHSpace, isLetter } from './chars.ts';
import { codesOf, ibanCodesMod97, isMod97Of10 } from './checksums.ts';

/** IBAN length per country (SEPA scheme members, ECB/EPC register). */
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AL: 28, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FO: 18, FR: 27, GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MT: 31, NL: 18, NO: 15, PL: 28,
  PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
};

/**
 * Sample IBANs from bank and payment documentation: they pass mod 97 but name nobody's account,
 * and they show up in templates and help texts. Compact form.
 */
const DOCUMENTATION_IBANS: readonly string[] = ['BE68539007547034', 'BE71096123456769', 'BE62510007547061'];

/** IBAN length by country code as a number ((c1 − 65) × 26 + c2 − 65): no string key per lookup. */
const LENGTH_BY_CODE: Uint8Array = (() => {
  const t = new Uint8Array(26 * 26);
  for (const [cc, len] of Object.entries(IBAN_LENGTH)) t[(cc.charCodeAt(0) - 65) * 26 + cc.charCodeAt(1) - 65] = len;
  return t;
})();

/** IBAN length for the country code text[p, p+2) (two letters, any case), or 0 when not a SEPA country. */
export function ibanLengthAt(text: string, p: number): number {
  const a = ((text.charCodeAt(p) | 0) | 32) - 97;
  const b = ((text.charCodeAt(p + 1) | 0) | 32) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? LENGTH_BY_CODE[a * 26 + b]! : 0;
}

/** Whether `compact` (no spaces) is a valid IBAN that is not a documentation sample. */
export function validIban(compact: string): boolean {
  const len = IBAN_LENGTH[compact.slice(0, 2)];
  return len !== undefined && compact.length === len && validCodes(codesOf(compact), len);
}

/** Char codes of the IBAN being read by ibanEndAt, and digits of a Belgian BBAN (reused: scans are not nested). */
const CODES = new Uint16Array(34);
const BBAN = new Uint8Array(12);

/**
 * Whether the char codes of a compact IBAN of its country's length are a valid IBAN that is not
 * a documentation sample. Read from codes, so the scanner validates without building strings.
 */
function validCodes(codes: ArrayLike<number>, len: number): boolean {
  if (!isDigit(codes[2]!) || !isDigit(codes[3]!)) return false;
  if (ibanCodesMod97(codes, len) !== 1 || isDocumentationIban(codes, len)) return false;
  // Belgian BBAN: all digits with its own national check (bank code + account, mod 97).
  if (codes[0] === 66 && codes[1] === 69) {
    for (let i = 4; i < 16; i++) {
      if (!isDigit(codes[i]!)) return false;
      BBAN[i - 4] = codes[i]! - 48;
    }
    return isMod97Of10(BBAN, 0);
  }
  return true;
}

function isDocumentationIban(codes: ArrayLike<number>, len: number): boolean {
  for (const iban of DOCUMENTATION_IBANS) {
    let k = 0;
    while (k < len && iban.charCodeAt(k) === codes[k]) k++;
    if (k === len && iban.length === len) return true;
  }
  return false;
}


/**
 * Reads an IBAN starting at text[p] (the country code), allowing one space between characters and
 * lowercase letters (typed into a web form: "be20733118905256"). Returns its end (exclusive) when it
 * is a valid IBAN bounded by non-alphanumerics, else -1.
 */
export function ibanEndAt(text: string, p: number): number {
  const len = ibanLengthAt(text, p);
  if (len === 0) return -1;
  let count = 0;
  let i = p;
  const n = text.length;
  while (i < n && count < len) {
    const c = (text.charCodeAt(i) | 0);
    if (isDigit(c) || isAsciiUpper(c) || isAsciiLower(c)) {
      CODES[count++] = isAsciiLower(c) ? c - 32 : c;
      i++;
    } else if (isHSpace(c) && count >= 2 && i + 1 < n && !isHSpace((text.charCodeAt(i + 1) | 0))) {
      i++;
    } else break;
  }
  if (count !== len) return -1;
  if (i < n && (isDigit((text.charCodeAt(i) | 0)) || isLetter((text.charCodeAt(i) | 0)))) return -1;
  return validCodes(CODES, len) ? i : -1;
}
