import { describe, expect, it } from 'vitest';
import { elfproef, ibanMod97, isMod97Of10, luhnCheckDigit, mod97, toDigits, verhoeffCheckDigit } from '../../../lib/detect/checksums.ts';

describe('checksums', () => {
  it.each([
    ['0', 0],
    ['97', 0],
    ['98', 1],
    ['123456789', 123456789 % 97],
    ['99999999999999999999', Number(99999999999999999999n % 97n)],
  ])('mod97(%s) = %i', (s, r) => {
    expect(mod97(toDigits(s), 0, s.length)).toBe(r);
  });

  it('mod97 continues from a seed (the national number 2000+ rule prefixes a 2)', () => {
    const d = toDigits('030214124');
    expect(mod97(d, 0, 9, 2)).toBe(Number(2030214124n % 97n));
  });

  it.each([
    ['7992739871', 3], // the classic Luhn example 79927398713
    ['0', 0],
  ])('Luhn check digit of %s is %i', (payload, check) => {
    expect(luhnCheckDigit(toDigits(payload), 0, payload.length)).toBe(check);
  });

  it.each([
    ['236', 3], // Verhoeff reference examples
    ['12345', 1],
    ['142857', 0],
  ])('Verhoeff check digit of %s is %i', (payload, check) => {
    expect(verhoeffCheckDigit(toDigits(payload), 0, payload.length)).toBe(check);
  });

  it.each([
    ['111222333', true],
    ['234567892', true],
    ['123456789', false],
  ])('elfproef(%s) is %s', (s, ok) => {
    expect(elfproef(toDigits(s), 0)).toBe(ok);
  });

  it.each([
    ['BE48001123456727', 1],
    ['GB82WEST12345698765432', 1],
    ['BE00001123456727', 0],
  ])('IBAN mod 97 of %s', (iban, one) => {
    expect(ibanMod97(iban) === 1 ? 1 : 0).toBe(one);
  });

  it.each([
    ['591234567829', true],
    ['090123456701', true], // an OGM reference: the same check
    ['591234567800', false],
  ])('mod97(first 10) = last 2 (0 → 97) for %s: %s', (d, ok) => {
    expect(isMod97Of10(toDigits(d), 0)).toBe(ok);
  });
});
