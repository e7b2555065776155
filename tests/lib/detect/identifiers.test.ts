/** The validators against the synthetic vectors of shared/research/pii.md §1. */
import { describe, expect, it } from 'vitest';
import { toDigits } from '../../../lib/detect/checksums.ts';
import { ibanEndAt, validIban } from '../../../lib/detect/iban.ts';
import { isBeMod97Twelve, isBeVat, isFrNir, isLuMatricule, isNationalNumber, isNlBsn } from '../../../lib/detect/identifiers.ts';

const NOW = 2026;
const digits = (s: string): Uint8Array => toDigits(s.replace(/\D/g, ''));

describe('Belgian national number and BIS', () => {
  it.each([
    ['62.11.03-145.77', '1900s'],
    ['79.04.22-331.17', '1900s'],
    ['55120100936', '1900s'],
    ['03021412447', '2000s, the 2-prefix rule'],
    ['01051906235', '2000s'],
    ['08.09.07-188.56', '2000s'],
    ['90000001730', 'unknown date of birth'],
    ['78510524548', 'BIS, month + 40'],
    ['82230903130', 'BIS, month + 20'],
    ['83.46.14-027.66', 'BIS'],
    ['91300254066', 'BIS'],
  ])('%s is valid (%s)', (v) => {
    expect(isNationalNumber(digits(v), 0, NOW)).toBe(true);
  });

  it.each([
    ['85073003329', 'wrong check digits'],
    ['85023003390', '30 February'],
    ['03021412418', 'passes only the pre-2000 rule: born 1903, more than 120 years ago'],
    ['62110300097', 'sequence 000 is never issued'],
    ['62110399905', 'sequence 999 is never issued'],
    ['62131500036', 'month 13'],
    ['30010112345', 'a future birth (2030) under the 2000 rule'],
  ])('%s is invalid (%s)', (v) => {
    expect(isNationalNumber(digits(v), 0, NOW)).toBe(false);
  });
});

describe('12-digit mod 97 (eID card, OGM, old bank account)', () => {
  it.each(['591-2345678-29', '592-1034576-55', '600-0123987-31', '090/1234/56701', '001-1234567-27'])('%s passes', (v) => {
    expect(isBeMod97Twelve(digits(v), 0)).toBe(true);
  });
  it('591-2345678-00 fails', () => {
    expect(isBeMod97Twelve(digits('591-2345678-00'), 0)).toBe(false);
  });
});

describe('Belgian VAT / enterprise number', () => {
  it.each(['0412345614', '0456.789.133', '1002.003.070'])('%s is valid', (v) => {
    expect(isBeVat(digits(v), 0)).toBe(true);
  });
  it.each(['0412345600', '2412345614', '0004567891'])('%s is invalid', (v) => {
    expect(isBeVat(digits(v), 0)).toBe(false);
  });
});

describe('French NIR', () => {
  it.each(['185077800608426', '269059912345662'])('%s is valid', (v) => {
    expect(isFrNir(digits(v), 0)).toBe(true);
  });
  it('185077800608400 is invalid', () => {
    expect(isFrNir(digits('185077800608400'), 0)).toBe(false);
  });
  it('Corsica: 2A counts as 19 and 2B as 18 in the key', () => {
    // 2 83 12 2A 333 786 + key: 97 − mod97(28312 19 333786)
    const key = 97 - Number(2831219333786n % 97n);
    const d = digits(`2831220333786${String(key).padStart(2, '0')}`);
    expect(isFrNir(d, 0, 19)).toBe(true);
    expect(isFrNir(d, 0, 18)).toBe(false);
  });
});

describe('Dutch BSN', () => {
  it.each([
    ['111222333', true],
    ['234567892', true],
    ['123456789', false],
    ['000000000', false],
  ])('%s → %s', (v, ok) => {
    expect(isNlBsn(digits(v), 0)).toBe(ok);
  });
});

describe('Luxembourg matricule', () => {
  it.each(['1985073012341', '1972031504247', '1990093012358'])('%s is valid', (v) => {
    expect(isLuMatricule(digits(v), 0, NOW)).toBe(true);
  });
  it.each([
    ['1985073012342', 'Verhoeff digit wrong'],
    ['1985073012351', 'Luhn digit wrong'],
    ['1985023012341', '30 February'],
  ])('%s is invalid (%s)', (v) => {
    expect(isLuMatricule(digits(v), 0, NOW)).toBe(false);
  });
});

describe('IBAN', () => {
  it.each([
    'BE48 0011 2345 6727',
    'BE83 3630 1234 5615',
    'NL44 RABO 0123 4567 89',
    'FR76 3000 4012 3400 0123 4567 862',
    'LU84 0191 2345 6789 0123',
    'GB82 WEST 1234 5698 7654 32',
  ])('%s is valid, spaced or compact', (v) => {
    expect(ibanEndAt(v, 0)).toBe(v.length);
    expect(validIban(v.replace(/ /g, ''))).toBe(true);
  });
  it.each([
    ['BE00 0011 2345 6727', 'check digits'],
    ['BE68 5390 0754 7034', 'documentation sample'],
    ['BE71 0961 2345 6769', 'documentation sample'],
    ['BE62 5100 0754 7061', 'documentation sample'],
    ['BE00 0000 0000 0000', 'placeholder'],
    ['BE48 0011 2345 672', 'too short for BE (16)'],
    ['BE0412345614', 'a VAT number is not an IBAN'],
    ['XX48 0011 2345 6727', 'not a SEPA country'],
  ])('%s is rejected (%s)', (v) => {
    expect(ibanEndAt(v, 0)).toBe(-1);
  });
  it('stops at the IBAN end and refuses one glued to more characters', () => {
    expect(ibanEndAt('BE48001123456727, BIC GEBABEBB', 0)).toBe(16);
    expect(ibanEndAt('BE4800112345672789', 0)).toBe(-1);
  });
});
