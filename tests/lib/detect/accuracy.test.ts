/**
 * Accuracy of lib/detect against the labelled corpus (tests/corpus/README.md).
 *
 * Scans every tests/corpus/labelled/*.txt with scan(text) (no options), matches findings with the gold
 * spans (same type + overlap), prints a per-type precision/recall table with the misses and false
 * positives, and fails below overall precision 0.97 or recall 0.95.
 * Also checks the corpus itself: parser behaviour and that every gold identifier is valid.
 */
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { TEXT_FINDING_TYPES, type Finding } from '../../../lib/detect/types.ts';
import { loadLabelled } from '../../corpus/load.ts';
import { LabelError, parseLabelled, renderLabelled, type GoldSpan } from '../../corpus/parse.ts';
import {
  checkBeVat,
  checkBsn,
  checkIban,
  checkLuMatricule,
  checkMod97Twelve,
  checkNir,
  checkRrn,
} from '../../corpus/gen-ids.ts';

const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.95;

const docs = loadLabelled();

const snippet = (text: string, start: number, end: number): string => {
  const one = (s: string): string => s.replace(/\r?\n/g, '⏎');
  const before = one(text.slice(Math.max(0, start - 25), start));
  const after = one(text.slice(end, end + 25));
  return `…${before}[${one(text.slice(start, end))}]${after}…`;
};

// ------------------------------------------------------------------------------------------ parser

describe('corpus parser', () => {
  it('removes the labels and keeps exact offsets', () => {
    const src = 'Mon numéro national est le {{be-national-number|85.07.30-033.28}}, tél. {{phone|0476 12 34 56}}.';
    const doc = parseLabelled(src);
    expect(doc.text).toBe('Mon numéro national est le 85.07.30-033.28, tél. 0476 12 34 56.');
    expect(doc.spans).toEqual([
      { type: 'be-national-number', start: 27, end: 42, value: '85.07.30-033.28' },
      { type: 'phone', start: 49, end: 62, value: '0476 12 34 56' },
    ]);
    for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.value);
  });

  it('counts offsets in UTF-16 code units (accents, emoji, astral characters)', () => {
    const src = '👍 Élodie 🏠 : {{person-name|Zoë Dupré}} – 𝒜 {{email|zoe@exemple.be}}';
    const doc = parseLabelled(src);
    const name = doc.spans[0]!;
    // 👍 and 🏠 are 2 code units each, 𝒜 too.
    expect(name.start).toBe('👍 Élodie 🏠 : '.length);
    expect(name.start).toBe(15);
    expect(doc.text.slice(name.start, name.end)).toBe('Zoë Dupré');
    const mail = doc.spans[1]!;
    expect(doc.text.slice(mail.start, mail.end)).toBe('zoe@exemple.be');
    expect(mail.start).toBe(name.end + ' – 𝒜 '.length);
  });

  it('parses traps separately and allows a line break inside a value', () => {
    const doc = parseLabelled('Prix {{trap:price|€ 245.000}}\ndomicilié {{postal-address|Rue Haute 1\n5000 Namur}}');
    expect(doc.traps).toEqual([{ kind: 'price', start: 5, end: 14, value: '€ 245.000' }]);
    expect(doc.spans[0]!.value).toBe('Rue Haute 1\n5000 Namur');
  });

  it('round-trips: render(parse(x)) === x for every corpus file', () => {
    for (const d of docs) expect(renderLabelled(d), d.file).toBe(d.source);
  });

  it('rejects malformed labels with a clear error and position', () => {
    const cases: [string, RegExp][] = [
      ['a {{phone|0476 12 34 56', /f\.txt:1:3: unclosed label/],
      ['a\nb {{phone 0476}} c', /f\.txt:2:3: label without "\|"/],
      ['x {{telephone|0476 12 34 56}}', /unknown label type "telephone"/],
      ['x {{email|}}', /empty value/],
      ['x {{email| a@b.be}}', /whitespace/],
      ['x {{email|a@b.be {{phone|1}}}}', /nested or unclosed/],
      ['x 0476}} y', /f\.txt:1:7: "}}" without an opening/],
      ['x {{trap:Price|12}}', /bad trap kind/],
    ];
    for (const [src, msg] of cases) {
      expect(() => parseLabelled(src, 'f.txt')).toThrow(LabelError);
      expect(() => parseLabelled(src, 'f.txt')).toThrow(msg);
    }
  });
});

// ------------------------------------------------------------------------------------------ corpus integrity

const PHONE_REGIONS: CountryCode[] = ['BE', 'FR', 'NL', 'LU'];
const validPhone = (v: string): boolean =>
  PHONE_REGIONS.some((c) => parsePhoneNumberFromString(v.replace(/\(0\)/, ''), c)?.isValid() ?? false);

const GOLD_CHECKS: Partial<Record<GoldSpan['type'], (v: string) => boolean>> = {
  'be-national-number': (v) => checkRrn(v).valid,
  'be-eid-card': checkMod97Twelve,
  'bank-account': checkMod97Twelve,
  iban: checkIban,
  'vat-number': checkBeVat,
  'fr-nir': checkNir,
  'nl-bsn': checkBsn,
  'lu-national-id': checkLuMatricule,
  phone: validPhone,
  email: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(v),
  passport: (v) => /^[A-Z0-9]{8,9}$/.test(v),
  // A year at the end ("12/03/1985", "12 mars 1985", "14/09/58", "3 mars 97"), or first (ISO "1985-03-12", as vCards and JSON write it).
  'date-of-birth': (v) =>
    /\d/.test(v) && (/(19|20)\d\d$/.test(v) || /^(19|20)\d\d-\d\d-\d\d$/.test(v) || /^\d{1,2}[./-]\d{1,2}[./-]\d\d$/.test(v) || /^\d{1,2} \p{L}+\.? \d\d$/u.test(v)),
  'postal-address': (v) => /\d/.test(v),
  'person-name': (v) => /^(\p{Lu}|(de|van|von|den|der|le|la|d')\s)/u.test(v) && !/\d/.test(v),
};

describe('corpus integrity', () => {
  it('has enough files, spans and traps, in every type', () => {
    const all = docs.flatMap((d) => d.spans);
    const traps = docs.flatMap((d) => d.traps);
    expect(docs.length).toBeGreaterThanOrEqual(25);
    expect(all.length).toBeGreaterThanOrEqual(320);
    expect(traps.length).toBeGreaterThanOrEqual(150);
    for (const t of TEXT_FINDING_TYPES) expect(all.filter((s) => s.type === t).length, t).toBeGreaterThanOrEqual(3);
  });

  it('every gold identifier is valid (synthetic values that pass their checksums)', () => {
    const bad: string[] = [];
    for (const d of docs)
      for (const s of d.spans) {
        const check = GOLD_CHECKS[s.type];
        if (check && !check(s.value)) bad.push(`${d.file}: ${s.type} "${s.value}"`);
      }
    expect(bad).toEqual([]);
  });

  it('traps are what they claim to be', () => {
    const bad: string[] = [];
    for (const d of docs)
      for (const t of d.traps) {
        const digits = t.value.replace(/\D/g, '');
        // OGM references are real structured communications: they pass the mod-97 check on purpose.
        if (t.kind === 'ogm' && !checkMod97Twelve(digits)) bad.push(`${d.file}: ogm ${t.value} fails mod 97`);
        // Documentation sample IBANs are valid IBANs on purpose.
        if (t.kind === 'sample-iban' && !checkIban(t.value)) bad.push(`${d.file}: sample IBAN ${t.value} invalid`);
        // Customer numbers are 11-digit lookalikes that must fail the national-number check.
        if (t.kind === 'customer-number' && (digits.length !== 11 || checkRrn(digits).valid))
          bad.push(`${d.file}: customer number ${t.value} is a valid national number`);
      }
    expect(bad).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------ accuracy

interface Row {
  type: string;
  gold: number;
  found: number;
  tp: number;
  recalled: number;
  fp: number;
  fn: number;
  P: string;
  R: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const fmt = (n: number, d: number): string => (d === 0 ? '—' : (n / d).toFixed(3));

describe('detection accuracy on the labelled corpus', () => {
  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, async () => {
    // Imported here so that the parser and corpus tests above still run when the engine is missing.
    const engine = (await import('../../../lib/detect/index.ts')) as {
      scan: (text: string, options?: unknown) => Finding[];
    };

    const stats = new Map<string, Omit<Row, 'type' | 'P' | 'R' | 'fp' | 'fn'>>();
    const stat = (t: string) => {
      let s = stats.get(t);
      if (!s) stats.set(t, (s = { gold: 0, found: 0, tp: 0, recalled: 0 }));
      return s;
    };
    for (const t of TEXT_FINDING_TYPES) stat(t);
    const misses: string[] = [];
    const falsePositives: string[] = [];
    const trapHits = new Map<string, number>();

    for (const d of docs) {
      const found = engine.scan(d.text);
      for (const f of found) {
        const s = stat(f.type);
        s.found++;
        if (d.spans.some((g) => g.type === f.type && overlaps(g, f))) {
          s.tp++;
          continue;
        }
        const other = d.spans.find((g) => overlaps(g, f));
        const trap = d.traps.find((t) => overlaps(t, f));
        if (trap) trapHits.set(trap.kind, (trapHits.get(trap.kind) ?? 0) + 1);
        const why = other ? ` (type confusion: gold is ${other.type})` : trap ? ` (trap:${trap.kind})` : '';
        falsePositives.push(`${d.file}  ${f.type}/${f.confidence}  ${snippet(d.text, f.start, f.end)}${why}`);
      }
      for (const g of d.spans) {
        const s = stat(g.type);
        s.gold++;
        if (found.some((f) => f.type === g.type && overlaps(g, f))) s.recalled++;
        else {
          const other = found.find((f) => overlaps(g, f));
          const why = other ? ` (found as ${other.type})` : '';
          misses.push(`${d.file}  ${g.type}  ${snippet(d.text, g.start, g.end)}${why}`);
        }
      }
    }

    const rows: Row[] = [...stats.entries()].map(([type, s]) => ({
      type,
      ...s,
      fp: s.found - s.tp,
      fn: s.gold - s.recalled,
      P: fmt(s.tp, s.found),
      R: fmt(s.recalled, s.gold),
    }));
    const total = rows.reduce(
      (a, r) => ({ gold: a.gold + r.gold, found: a.found + r.found, tp: a.tp + r.tp, recalled: a.recalled + r.recalled }),
      { gold: 0, found: 0, tp: 0, recalled: 0 },
    );
    const precision = ratio(total.tp, total.found);
    const recall = ratio(total.recalled, total.gold);
    rows.push({
      type: 'OVERALL',
      ...total,
      fp: total.found - total.tp,
      fn: total.gold - total.recalled,
      P: fmt(total.tp, total.found),
      R: fmt(total.recalled, total.gold),
    });

    const header = `Detection accuracy on ${docs.length} files, ${total.gold} gold spans, ${docs.reduce((n, d) => n + d.traps.length, 0)} marked traps`;
    const table = [
      ['type', 'gold', 'found', 'tp', 'fp', 'fn', 'P', 'R'],
      ...rows.map((r) => [r.type, r.gold, r.found, r.tp, r.fp, r.fn, r.P, r.R].map(String)),
    ]
      .map((cols) => cols.map((c, i) => (i === 0 ? c.padEnd(20) : c.padStart(6))).join(' '))
      .join('\n');
    const traps = [...trapHits.entries()].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
    console.log(
      `${header}\n${table}\n\nMisses (${misses.length}):\n${misses.join('\n') || '  none'}\n\n` +
        `False positives (${falsePositives.length}; traps hit: ${traps}):\n${falsePositives.join('\n') || '  none'}\n`,
    );

    expect(precision, `overall precision ${precision.toFixed(3)} < ${MIN_PRECISION}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall, `overall recall ${recall.toFixed(3)} < ${MIN_RECALL}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
