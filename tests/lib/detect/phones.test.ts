/**
 * Phone validation: pii.md vectors, and the prefix ranges of phones.ts checked against
 * libphonenumber-js's max metadata (the source they were generated from) on many numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { toDigits } from '../../../lib/detect/checksums.ts';
import { isValidNsn, nationalPhoneCountry, normalizePhone, type PhoneCountry } from '../../../lib/detect/phones.ts';

const CC: Record<PhoneCountry, string> = { BE: '32', FR: '33', NL: '31', LU: '352' };

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('phone numbers', () => {
  it.each([
    ['+32 470 12 34 56', '32470123456'],
    ['02 512 34 56', '3225123456'],
    ['+32 468 32 06 79', '32468320679'],
    ['0032 2 512 34 56', '3225123456'],
    ['+32 (0)2 512 34 56', '3225123456'],
    ['02/512.34.56', '3225123456'],
    ['06 12 34 56 78', '33612345678'],
    ['+352 621 123 456', '352621123456'],
  ])('%s is valid, normalised to %s', (written, intl) => {
    expect(normalizePhone(written)).toBe(intl);
  });

  it.each([
    ['+32 2 123 45 67', 'libphonenumber max: Brussels numbers start 2[2-8]'],
    ['0468 32 06 7', 'too short'],
    ['245.000', 'a price'],
    ['2025-000123', 'an invoice number'],
  ])('%s is not a valid number (%s)', (written) => {
    expect(normalizePhone(written)).toBeNull();
  });

  it('reads national numbers as Belgian first, then French, then Dutch', () => {
    expect(nationalPhoneCountry(toDigits('0470123456'), 0, 10)).toBe('BE');
    expect(nationalPhoneCountry(toDigits('0612345678'), 0, 10)).toBe('FR'); // also a Dutch mobile
    expect(nationalPhoneCountry(toDigits('0701234567'), 0, 10)).toBe('NL'); // not French
    expect(nationalPhoneCountry(toDigits('0012345678'), 0, 10)).toBeNull();
  });

  it.each([
    ['BE', [8, 9]],
    ['FR', [9]],
    ['NL', [9]],
    ['LU', [6, 8, 9]],
  ] as const)('the %s plan agrees with libphonenumber-js/max on 4000 random numbers', (country, lengths) => {
    const rnd = prng(country.charCodeAt(0) * 31 + country.charCodeAt(1));
    let valid = 0;
    for (let k = 0; k < 4000; k++) {
      const len = lengths[k % lengths.length]!;
      // No leading 0 (libphonenumber would strip it as a trunk prefix) and, for Luxembourg, no
      // 15xx carrier prefix (also stripped): both are written forms, not NSNs.
      let nsn = String(1 + Math.floor(rnd() * 9));
      for (let i = 1; i < len; i++) nsn += Math.floor(rnd() * 10);
      if (country === 'LU' && nsn.startsWith('15')) continue;
      const ref = parsePhoneNumberFromString(`+${CC[country]}${nsn}`)?.isValid() ?? false;
      expect(isValidNsn(country, nsn), `${country} ${nsn}`).toBe(ref);
      if (ref) valid++;
    }
    expect(valid).toBeGreaterThan(100); // the sample exercises the valid ranges, not only rejections
  });
});
