/** mask(), valueOf() and categoriesOf(): what may be shown and logged. */
import { describe, expect, it } from 'vitest';
import { categoriesOf, mask, scan, valueOf } from '../../../lib/detect/index.ts';
import type { FindingType } from '../../../lib/detect/types.ts';

const at = (type: FindingType, text: string, value = text): { type: FindingType; start: number; end: number } => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length };
};

describe('mask', () => {
  it.each([
    ['email', 'jean.dupont@telenet.be', 'j***@telenet.be'],
    ['be-national-number', '85.07.30-033.28', '•••••••••28'],
    ['be-national-number', '85073003328', '•••••••••28'],
    ['iban', 'BE48 0011 2345 6727', 'BE•• •••• •••• 6727'],
    ['iban', 'BE48001123456727', 'BE•• •••• •••• 6727'],
    ['phone', '+32 470 12 34 56', '+•• ••• •• •• 56'],
    ['phone', '0470/12.34.56', '••••/••.••.56'],
    ['date-of-birth', '12/03/1985', '••/••/••••'],
    ['date-of-birth', '12 mars 1985', '••/••/••••'],
    ['person-name', 'Jean-Pierre Van den Bossche', 'J. V. B.'],
    ['person-name', 'Marie Lambert', 'M. L.'],
    ['postal-address', 'rue de la Loi 16, 1000 Bruxelles', '•••, 1000'],
    ['postal-address', 'Kerkstraat 12 bus 3', '•••'],
    ['postal-address', 'chaussée de Waterloo 1234, 1180 Uccle', '•••, 1180'],
    ['postal-address', 'Maliesingel 40, 3581 BK Utrecht', '•••, 3581'],
    ['postal-address', 'rue X 2, L-1450 Luxembourg', '•••, L-1450'],
    ['vat-number', 'BE 0456.789.133', 'BE••••••••33'],
    ['be-eid-card', '591-2345678-29', '••••••••••29'],
    ['bank-account', '001-1234567-27', '••••••••••27'],
    ['fr-nir', '1 85 07 78 006 084 26', '•••••••••••••26'],
    ['nl-bsn', '111222333', '•••••••33'],
    ['lu-national-id', '1985073012341', '•••••••••••41'],
    ['passport', 'EH123456', '••••••56'],
  ] as const)('%s %s → %s', (type, value, masked) => {
    expect(mask(at(type, `x ${value} y`, value), `x ${value} y`)).toBe(masked);
  });

  it('never leaks more than the allowed last digits, nor any birth-date digit', () => {
    const text = [
      'NN 62.11.03-145.77, BIS 78510524548, NN 03021412447, né le 12/03/1985, geboren op 3 maart 1962,',
      'IBAN BE48 0011 2345 6727, NL44 RABO 0123 4567 89, eID 591-2345678-29, compte 001-1234567-27,',
      'TVA BE0412345614, NIR 185077800608426, BSN 111222333, matricule 1985073012341, passeport EH123456,',
      'GSM +32 470 12 34 56, tél 02 512 34 56, jean.dupont@telenet.be, domicilié rue de la Loi 16, 1000 Bruxelles',
    ].join('\n');
    const findings = scan(text);
    expect(findings.length).toBeGreaterThanOrEqual(18);
    for (const f of findings) {
      const digits = text.slice(f.start, f.end).replace(/\D/g, '');
      const shown = f.masked.replace(/\D/g, '');
      const allowed = f.type === 'iban' ? 4 : f.type === 'postal-address' ? 5 : f.type === 'date-of-birth' ? 0 : 2;
      expect(shown.length, `${f.type} ${f.masked}`).toBeLessThanOrEqual(allowed);
      if (shown.length > 0 && f.type !== 'postal-address') expect(digits.endsWith(shown), `${f.type} ${f.masked}`).toBe(true);
      if (f.type === 'be-national-number') expect(f.masked).toMatch(/^•{9}\d\d$/); // only the check digits
    }
  });
});

describe('valueOf', () => {
  it.each([
    ['phone', '+32 (0)2 512 34 56', '+3225123456'],
    ['phone', '02/512.34.56', '+3225123456'],
    ['email', 'Jean.Dupont@Telenet.BE', 'jean.dupont@telenet.be'],
    ['iban', 'be48 0011 2345 6727', 'BE48001123456727'],
    ['be-national-number', '62.11.03-145.77', '62110314577'],
    ['vat-number', 'BE 0456.789.133', '0456789133'],
    ['date-of-birth', '12 mars 1985', '1985-03-12'],
    ['date-of-birth', '12.03.85', '1985-03-12'],
    ['date-of-birth', '1985-03-12', '1985-03-12'],
    ['person-name', 'Jean\n  Dupont', 'Jean Dupont'],
    ['fr-nir', '2 83 12 2a 333 786 24', '283122A33378624'],
  ] as const)('%s %s → %s', (type, value, normalised) => {
    expect(valueOf(at(type, value), value)).toBe(normalised);
  });

  it('the same value written two ways normalises the same (for hashing)', () => {
    expect(valueOf(at('phone', '0470 12 34 56'), '0470 12 34 56')).toBe(valueOf(at('phone', '+32470123456'), '+32470123456'));
  });
});

describe('categoriesOf', () => {
  it('maps finding types to the data categories of the policy', () => {
    expect([...categoriesOf([{ type: 'iban' }, { type: 'phone' }, { type: 'email' }, { type: 'deed' }])].sort()).toEqual(['contact', 'financial', 'legal-documents']);
    expect(categoriesOf([]).size).toBe(0);
  });
});
