/**
 * The benchmark's corpus generator and reference detector (scripts/bench/). The engine is
 * compared against the reference, so the reference must be right on pii.md's vectors; and
 * the corpus must be the same bytes on every run, or benchmark numbers are not comparable.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_FINDING_TYPES, type TextFindingType } from '../../lib/detect/types.ts';
import { agreement } from '../../scripts/bench/accuracy.ts';
import { adversarialInputs } from '../../scripts/bench/adversarial.ts';
import * as ck from '../../scripts/bench/checksums.ts';
import { generateCorpus, type Corpus } from '../../scripts/bench/corpus.ts';
import { TRAP_KINDS } from '../../scripts/bench/decoys.ts';
import { handwrittenCorpus } from '../../scripts/bench/handwritten.ts';
import { LABELLED_DIR } from '../corpus/load.ts';
import { parseLabelled } from '../corpus/parse.ts';
import { referenceScan } from '../../scripts/bench/reference.ts';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const digits = (s: string): string => s.replace(/\D/g, '');

describe('benchmark corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = generateCorpus(42);
  });

  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    expect(sha256(generateCorpus(42).text)).toBe(sha256(corpus.text));
    expect(sha256(generateCorpus(43, 100_000).text)).not.toBe(sha256(corpus.text.slice(0, 100_000)));
  });

  it('has at least 5,000,000 characters, about 55% of them French', () => {
    expect(corpus.text.length).toBeGreaterThanOrEqual(5_000_000);
    expect(corpus.frenchChars / corpus.text.length).toBeGreaterThan(0.5);
    expect(corpus.frenchChars / corpus.text.length).toBeLessThan(0.6);
    expect(Object.values(corpus.docs).every((n) => n > 500)).toBe(true);
  });

  it('contains every trap kind', () => {
    for (const kind of TRAP_KINDS) expect(corpus.traps[kind], kind).toBeGreaterThan(100);
    // Spot checks on the text itself, independent of the generator's own counts.
    const shapes: Record<string, RegExp> = {
      ogm: /\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/,
      ean: /\b5414\d{14}\b/,
      epc: /\b20\d{6}-\d{10}-RES-\d\b/,
      'sample iban': /BE68 5390 0754 7034/,
      ipi: /\bIPI \d{3}\.\d{3}\b/,
      price: /€ \d{1,3}(?:\.\d{3})+/,
      surface: /\b\d+a \d{2}ca\b/,
      cadastral: /sectie [A-Z] nummer \d{4}\/\d{2}[A-Z]\d{3}/,
      invoice: /FAC-20\d{2}-\d{5}/,
      'signé le': /signé le \d/,
    };
    for (const [name, re] of Object.entries(shapes)) expect(re.test(corpus.text), name).toBe(true);
  });

  it('labels every personal-data type, with ordered, non-overlapping spans', () => {
    const count = new Map<TextFindingType, number>();
    let last = 0;
    for (const s of corpus.spans) {
      count.set(s.type, (count.get(s.type) ?? 0) + 1);
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
    }
    for (const type of TEXT_FINDING_TYPES) expect(count.get(type) ?? 0, type).toBeGreaterThan(100);
  });

  it('writes identifiers with valid check digits', () => {
    const valid: Partial<Record<TextFindingType, (v: string) => boolean>> = {
      'be-national-number': (v) => ck.rrnBirthYear(digits(v)) > 0,
      'be-eid-card': (v) => ck.isMod97Twelve(digits(v)),
      'bank-account': (v) => ck.isMod97Twelve(digits(v)),
      iban: (v) => ck.isIban(v.replace(/ /g, '')),
      'vat-number': (v) => ck.isBeVat(digits(v)),
      'fr-nir': (v) => ck.isNir(v.replace(/ /g, '')),
      'nl-bsn': (v) => ck.isBsn(v),
      'lu-national-id': (v) => ck.isLuMatricule(digits(v)),
    };
    for (const s of corpus.spans) {
      const check = valid[s.type];
      const value = corpus.text.slice(s.start, s.end);
      if (check) expect(check(value), `${s.type} ${value}`).toBe(true);
    }
  });
});

/** Types the reference reports for a text. */
const typesIn = (text: string): TextFindingType[] => referenceScan(text).map((f) => f.type);

describe('hand-written corpus for the throughput race', () => {
  it('joins every labelled file, each label still on its value', () => {
    const hw = handwrittenCorpus();
    const files = readdirSync(LABELLED_DIR).filter((f) => f.endsWith('.txt'));
    expect(hw.files).toBe(files.length);
    const gold = files.flatMap((f) => parseLabelled(readFileSync(new URL(f, LABELLED_DIR), 'utf8'), f).spans.map((g) => `${g.type}|${g.value}`));
    expect(hw.spans.map((g) => `${g.type}|${hw.text.slice(g.start, g.end)}`).sort()).toEqual(gold.sort());
    for (let k = 1; k < hw.spans.length; k++) expect(hw.spans[k]!.start).toBeGreaterThanOrEqual(hw.spans[k - 1]!.end);
  });
});

describe('reference detector', () => {
  // pii.md §1 "Synthetic test vectors", in the contexts people write them.
  it.each([
    ['Numéro national : 62.11.03-145.77', 'be-national-number'],
    ['RRN 79.04.22-331.17', 'be-national-number'],
    ['55120100936', 'be-national-number'],
    ['né en 2003, NN 03021412447', 'be-national-number'],
    ['01051906235', 'be-national-number'],
    ['08.09.07-188.56', 'be-national-number'],
    ['date inconnue : 90000001730', 'be-national-number'],
    ['BIS-nummer 78510524548', 'be-national-number'],
    ['82230903130', 'be-national-number'],
    ['83.46.14-027.66', 'be-national-number'],
    ['91300254066', 'be-national-number'],
    ["carte d'identité n° 591-2345678-29", 'be-eid-card'],
    ['identiteitskaart: 592-1034576-55', 'be-eid-card'],
    ['kaartnummer eID 600-0123987-31', 'be-eid-card'],
    ['compte 001-1234567-27', 'bank-account'],
    ['BE0412345614', 'vat-number'],
    ['TVA BE 0456.789.133', 'vat-number'],
    ["n° d'entreprise 1002.003.070", 'vat-number'],
    ['BE48 0011 2345 6727', 'iban'],
    ['IBAN BE83 3630 1234 5615', 'iban'],
    ['NL44 RABO 0123 4567 89', 'iban'],
    ['FR76 3000 4012 3400 0123 4567 862', 'iban'],
    ['LU84 0191 2345 6789 0123', 'iban'],
    ['NIR 185077800608426', 'fr-nir'],
    ['269059912345662', 'fr-nir'],
    ['BSN: 111222333', 'nl-bsn'],
    ['burgerservicenummer 234567892', 'nl-bsn'],
    ['matricule 1985073012341', 'lu-national-id'],
    ['1972031504247', 'lu-national-id'],
    ['matricule CCSS 1990093012358', 'lu-national-id'],
    ['GSM +32 470 12 34 56', 'phone'],
    ['tél. 02 512 34 56', 'phone'],
    ['+32 468 32 06 79', 'phone'],
    ['0470/12.34.56', 'phone'],
    ['+33 6 12 34 56 78', 'phone'],
    ['06-12345678', 'phone'],
    ['GSM 621 123 456', 'phone'],
    ['écrivez à jean.dupont@telenet.be.', 'email'],
    ['née le 12/03/1985', 'date-of-birth'],
    ['geboren op 3 januari 1990', 'date-of-birth'],
    ['° 12.03.1985', 'date-of-birth'],
    ['domicilié rue de la Station 12, 1300 Wavre', 'postal-address'],
    ['wonende Veldstraat 45 bus 2, 9000 Gent', 'postal-address'],
    ['Bonjour Madame Sophie Dupont,', 'person-name'],
    ['Met vriendelijke groeten,\nAn Van den Berghe', 'person-name'],
    ['passeport n° EH123456', 'passport'],
  ] as const)('finds %j as %s', (text, type) => {
    expect(typesIn(text)).toContain(type);
  });

  it.each([
    ['85073003329', 'check digits'],
    ['85023003390', '30 February'],
    ['03021412418', 'decodes as 1903: more than 120 years ago'],
    ["carte d'identité n° 591-2345678-00", 'check digits'],
    ['+++090/1234/56701+++', 'OGM passes the eID check but is a payment reference'],
    ['communication structurée 090/1234/56701', 'OGM without its +++'],
    ['BE0412345600', 'VAT check digits'],
    ['BE00 0011 2345 6727', 'IBAN check digits'],
    ['IBAN par ex. BE68 5390 0754 7034', 'documentation sample IBAN'],
    ['185077800608400', 'NIR key'],
    ['BSN: 123456789', 'elfproef'],
    ['réf. 102345673', 'passes the elfproef but has no BSN keyword'],
    ['matricule 1985073012342', 'Verhoeff digit'],
    ['+32 2 123 45 67', 'not a Brussels number in the max metadata'],
    ['0468 32 06 7', 'too short'],
    ['signé le 30/07/2025', '"signé le" is not "né le"'],
    ['Visite le 15.04.2025', 'a date without a birth keyword'],
    ['Situé rue du Moulin 12, 1300 Wavre', 'a listing address is public'],
    ['code promo XK204518', 'passport shape without a keyword'],
    ['EAN 541449020000123456', 'meter code'],
    ['certificat PEB n° 20230512-0002894517-RES-1', 'EPC number'],
    ['n° client 62110314577', 'passes the RRN check, but is a customer number'],
    ['Prix : € 245.000 — 1 108 000 EUR — 1.234 m² — 8a 78ca', 'prices and surfaces'],
    ['IPI 503.123, dossier 2024/0158, facture 2025-000123', 'agency references'],
  ])('rejects %j (%s)', (text) => {
    expect(referenceScan(text)).toEqual([]);
  });

  it('reports offsets of the value, without the anchor', () => {
    const text = 'Bonjour Madame Sophie Dupont, NN 62.11.03-145.77';
    const found = referenceScan(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['person-name', 'Sophie Dupont'],
      ['be-national-number', '62.11.03-145.77'],
    ]);
  });

  it('agrees with the labels of a corpus made with another seed', () => {
    const small = generateCorpus(7, 300_000);
    const a = agreement(referenceScan(small.text), small.spans);
    expect(a.precision).toBeGreaterThan(0.99);
    expect(a.recall).toBeGreaterThan(0.99);
  });
});

describe('adversarial inputs', () => {
  it('are exactly 1 MB each and distinct', () => {
    const inputs = adversarialInputs();
    expect(inputs.length).toBeGreaterThanOrEqual(12);
    for (const i of inputs) expect(i.text.length).toBe(1_000_000);
    expect(new Set(inputs.map((i) => i.text)).size).toBe(inputs.length);
  });
});
