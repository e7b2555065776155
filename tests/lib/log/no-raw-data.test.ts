/**
 * "No raw personal data at rest" (design.md): a share built from a real draft's findings, through the same
 * path the background uses (scan → keyed hash → summariseFindings → toStoredShare), holds none of the values.
 */
import { describe, expect, it } from 'vitest';
import { createHasher, scan, valueOf } from '../../../lib/detect/index.ts';
import { looksUnmasked, summariseFindings } from '../../../lib/log/record.ts';
import { toStoredShare } from '../../../lib/log/stored.ts';
import { sampleShare } from './sample.ts';

const RAW = {
  nationalNumber: '85.07.30-033.28',
  email: 'jean.dupont@gmail.com',
  phone: '0475 12 34 56',
  iban: 'BE56 3631 2345 6788',
  address: 'rue de la Loi 16',
  birthDate: '30/07/1985',
  name: 'Jean Dupont',
};
const TEXT = `Bonjour Maître,
Voici les données de M. ${RAW.name}, né le ${RAW.birthDate}, numéro national ${RAW.nationalNumber}, domicilié ${RAW.address}, 1000 Bruxelles.
Son e-mail : ${RAW.email}, GSM ${RAW.phone}, compte ${RAW.iban}.`;

const digitsOf = (s: string) => s.replace(/\D/g, '');

describe('the share log stores no raw personal value', () => {
  it('a row built from a real draft contains none of the values, nor their digit strings', async () => {
    const hash = createHasher('test-install-key');
    const findings = await Promise.all(
      scan(TEXT).map(async (f) => ({ ...f, hash: await hash(`${f.type}:${valueOf(f, TEXT)}`) })),
    );
    expect(new Set(findings.map((f) => f.type))).toEqual(
      new Set(['person-name', 'date-of-birth', 'be-national-number', 'postal-address', 'email', 'phone', 'iban']),
    );
    const stored = toStoredShare(sampleShare({ findings: summariseFindings(findings) }));
    const serialised = JSON.stringify(stored);

    for (const value of Object.values(RAW)) expect(serialised).not.toContain(value);
    for (const value of [RAW.nationalNumber, RAW.phone, RAW.iban]) {
      expect(serialised).not.toContain(digitsOf(value));
      expect(serialised.replace(/[^\d]/g, ' ')).not.toMatch(new RegExp(digitsOf(value).slice(0, 6)));
    }
    expect(serialised).not.toContain('850730'); // the birth date inside the national number
    expect(serialised.toLowerCase()).not.toContain('jean.dupont');
    expect(serialised).not.toContain('Dupont');
    expect(stored.findings.find((f) => f.type === 'be-national-number')).toMatchObject({
      count: 1,
      samples: ['•••••••••28'],
      hashes: [expect.stringMatching(/^[0-9a-f]{64}$/)],
    });
  });

  it.each([
    ['national number', RAW.nationalNumber],
    ['national number, digits only', '85073003328'],
    ['phone', RAW.phone],
    ['international phone', '+32 475 12 34 56'],
    ['IBAN', RAW.iban],
    ['old bank account', '001-1234567-27'],
    ['email', RAW.email],
    ['email in a sentence', 'écrire à jean.dupont@gmail.com svp'],
  ])('refuses an unmasked %s as a sample, so the log cannot be fed raw data by mistake', (_name, raw) => {
    expect(looksUnmasked(raw)).toBe(true);
    const share = sampleShare();
    share.findings[0]!.samples = [raw];
    expect(() => toStoredShare(share)).toThrow(/unmasked/);
  });

  it.each([
    '•••••••••28', 'BE•• •••• •••• 6788', '+•• ••• •• •• 56', '•••• •• •• 56', 'j***@gmail.com', '••/••/••••', 'J. D.',
    '•••, 1000', '•••, 75001', 'BE••••••••33', '[identity-document]',
  ])('accepts the masked form %j', (masked) => {
    expect(looksUnmasked(masked)).toBe(false);
  });

  it('refuses a hash that is not hex and more than 3 samples or 20 hashes', () => {
    const bad = (f: object) => () => toStoredShare(sampleShare({ findings: [{ type: 'iban', count: 1, samples: [], hashes: [], ...f }] }));
    expect(bad({ hashes: ['BE56363123456788'] })).toThrow();
    expect(bad({ samples: ['a', 'b', 'c', 'd'] })).toThrow();
    expect(bad({ hashes: Array.from({ length: 21 }, (_, i) => `${i}`.padStart(16, 'a')) })).toThrow();
  });
});
