/** ScanOptions: the agency's own identifiers, type filter, confidence floor. */
import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/detect/index.ts';
import type { OwnIdentifiers } from '../../../lib/detect/types.ts';
import { found } from './support.ts';

const own: OwnIdentifiers = {
  domains: ['primogest.be'],
  emails: ['agence.primogest@gmail.com'],
  phones: ['+32 2 512 34 56'],
  vatNumbers: ['BE 0456.789.133'],
  ibans: ['BE48 0011 2345 6727'],
  addresses: ['Avenue Louise 54, 1050 Bruxelles'],
};

describe("the agency's own identifiers are never flagged", () => {
  it.each([
    ['info@primogest.be', 'the own domain'],
    ['jean@namur.primogest.be', 'a subdomain'],
    ['agence.primogest@gmail.com', 'an exact own address'],
    ['AGENCE.PRIMOGEST@GMAIL.COM', 'an own address in capitals'],
    ['Tél. 02/512.34.56', 'the own phone written nationally'],
    ['+32 (0)2 512 34 56', 'the own phone with (0)'],
    ['0032 2 512 34 56', 'the own phone with 00'],
    ['TVA BE0456789133', 'the own VAT number, compact'],
    ['BCE 0456.789.133', 'the own VAT number without BE'],
    ['IBAN BE48001123456727', 'the own IBAN, compact'],
    ['Century 21 Primogest\navenue Louise 54, 1050 Bruxelles', 'the own office address'],
    ['Century 21 Primogest\nAvenue Louise 54', 'the own office address without the city'],
  ])('%s (%s)', (text) => {
    expect(found(text, { own })).toEqual([]);
    expect(found(text)).not.toEqual([]); // without `own` it is a finding
  });

  it.each([
    ['jean@primogest.be.evil.com', 'a look-alike domain'],
    ['jean@notprimogest.be', 'a domain that only ends like it'],
    ['GSM 0470 12 34 56', 'another phone'],
    ['TVA BE0412345614', 'another VAT number'],
    ['IBAN BE83 3630 1234 5615', 'another IBAN'],
    ['Century 21\navenue Louise 5, 1050 Bruxelles', 'another house number in the same street'],
  ])('%s is still flagged (%s)', (text) => {
    expect(found(text, { own })).not.toEqual([]);
  });

  it('an own VAT number still hides the phone reading of its digits', () => {
    expect(found("n° d'entreprise 0456.789.133", { own })).toEqual([]);
  });
});

describe('type and confidence filters', () => {
  const text = 'M. Jean Dupont, GSM 0470 12 34 56, jean@telenet.be, NN 62110314577 — 0471 98 76 54 — 79042233117';

  it('types keeps only the listed types', () => {
    expect(found(text, { types: ['phone', 'email'] })).toEqual([
      ['phone', '0470 12 34 56'],
      ['email', 'jean@telenet.be'],
      ['phone', '0471 98 76 54'],
    ]);
  });

  it('minConfidence drops lower confidences', () => {
    const all = scan(text);
    const high = scan(text, { minConfidence: 'high' });
    expect(high.every((f) => f.confidence === 'high')).toBe(true);
    expect(high.length).toBeLessThan(all.length);
    expect(scan(text, { minConfidence: 'medium' }).every((f) => f.confidence !== 'low')).toBe(true);
  });

  it('confidence reflects the evidence', () => {
    const conf = (t: string): string => scan(t)[0]!.confidence;
    expect(conf('NN 62110314577')).toBe('high'); // checksum + keyword
    expect(conf('62110314577')).toBe('medium'); // checksum alone
    expect(conf('62.11.03-145.77')).toBe('high'); // the printed form
    expect(conf('GSM 0470 12 34 56')).toBe('high');
    expect(conf('0470 12 34 56')).toBe('medium');
    expect(conf('domicilié rue de la Loi 16, 1000 Bruxelles')).toBe('high');
    expect(conf('Jean Dupont\nRue de la Loi 16, 1000 Bruxelles')).toBe('medium');
  });
});
