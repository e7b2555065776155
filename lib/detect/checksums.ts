/**
 * Check-digit algorithms over digit values (0–9) in an array, from an offset: the scanner keeps
 * a run's digits in a reusable byte buffer, so validating allocates nothing. `toDigits` adapts a
 * string of digits for tests and one-off calls.
 */

export type Digits = ArrayLike<number>;

/** Digit values of a string of ASCII digits ("0412" → [0, 4, 1, 2]). */
export function toDigits(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) - 48;
  return d;
}

/** value(d[from, to)) mod 97, continuing from `seed` (used for the national number's 2000+ rule). */
export function mod97(d: Digits, from: number, to: number, seed = 0): number {
  let r = seed;
  for (let i = from; i < to; i++) r = (r * 10 + d[i]!) % 97;
  return r;
}

/** Two-digit number at d[i, i+2). */
export const two = (d: Digits, i: number): number => d[i]! * 10 + d[i + 1]!;

/** The check of the eID card, OGM/VCS references and old bank accounts: mod97(first 10), 0 → 97. */
export function isMod97Of10(d: Digits, o: number): boolean {
  return (mod97(d, o, o + 10) || 97) === two(d, o + 10);
}

/**
 * ISO 13616 / ISO 7064 mod 97-10 of a compact IBAN given as its n char codes (digits and
 * capitals): first four moved to the end, A=10 … Z=35.
 */
export function ibanCodesMod97(codes: ArrayLike<number>, n: number): number {
  let r = 0;
  for (let k = 0; k < n; k++) {
    const c = codes[(k + 4) % n]!;
    if (c <= 57) r = (r * 10 + c - 48) % 97;
    else r = (r * 100 + c - 55) % 97;
  }
  return r;
}

/** ibanCodesMod97 of a compact IBAN string. */
export const ibanMod97 = (iban: string): number => ibanCodesMod97(codesOf(iban), iban.length);

/** Char codes of a string. */
export const codesOf = (s: string): Uint16Array => Uint16Array.from(s, (ch) => ch.charCodeAt(0));

/** Luhn check digit of d[o, o+len). */
export function luhnCheckDigit(d: Digits, o: number, len: number): number {
  let sum = 0;
  for (let k = 0; k < len; k++) {
    let v = d[o + len - 1 - k]!;
    if ((k & 1) === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

// Verhoeff dihedral-group tables (D5 multiplication, permutation, inverse).
const V_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
] as const;
const V_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
] as const;
const V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9] as const;

/** Verhoeff check digit of d[o, o+len). */
export function verhoeffCheckDigit(d: Digits, o: number, len: number): number {
  let c = 0;
  for (let k = 0; k < len; k++) c = V_D[c]![V_P[(k + 1) % 8]![d[o + len - 1 - k]!]!]!;
  return V_INV[c]!;
}

/** Dutch "elfproef" on d[o, o+9): 9a+8b+…+2h−1i ≡ 0 (mod 11). */
export function elfproef(d: Digits, o: number): boolean {
  let sum = 0;
  for (let k = 0; k < 8; k++) sum += (9 - k) * d[o + k]!;
  sum -= d[o + 8]!;
  return sum % 11 === 0;
}
