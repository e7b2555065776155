/**
 * The engine's fast paths must give exactly what the plain forms they replace give: digit runs
 * read by hand, the anchor regex grouped by first letter, masks shared between findings written alike, IBANs validated
 * from char codes, a search bounded to a window. Each is compared with its plain form on many generated inputs.
 */
import { describe, expect, it } from 'vitest';
import { searchIn } from '../../../lib/detect/chars.ts';
import { validIban } from '../../../lib/detect/iban.ts';
import { mask } from '../../../lib/detect/index.ts';
import { ANCHOR_ALTERNATIVES, ANCHOR_PATTERN } from '../../../lib/detect/names.ts';
import { MAX_GROUPS, Run, runEnd } from '../../../lib/detect/runs.ts';
import type { FindingType } from '../../../lib/detect/types.ts';
import { agencyText, prng } from './support.ts';

/** End of every match of `re` over `text`, as scanNames drives it (test() from the last end). */
const matchEnds = (re: RegExp, text: string): number[] => {
  const ends: number[] = [];
  re.lastIndex = 0;
  while (re.test(text)) ends.push(re.lastIndex);
  return ends;
};

describe('anchor regex grouped by first letter', () => {
  const tail = ANCHOR_PATTERN.source.slice(ANCHOR_PATTERN.source.lastIndexOf(')(?!') + 1);
  const plain = new RegExp(`(?:${ANCHOR_ALTERNATIVES.join('|')})${tail}`, 'g');
  const grouped = new RegExp(ANCHOR_PATTERN.source, ANCHOR_PATTERN.flags);

  it('is built from the alternatives and the generic forms', () => {
    expect(tail).toMatch(/^\(\?!\[a-zà-ÿ[^\]]*\]\)\|/);
    expect(grouped.source.length).toBeGreaterThan(ANCHOR_ALTERNATIVES.join('|').length);
  });

  it('matches where the plain ordered alternation matches, on agency text and anchor soup', () => {
    const rnd = prng(42);
    const words = ANCHOR_ALTERNATIVES.map((a) => a.replace(/\(\?:|[()?\\]|\|.*$/g, '').replace(/\[(.)[^\]]*\]/g, '$1'));
    const extras = ['Mr.', 'Mrs', 'Mme.', 'Mmes', 'Monsieurs', 'Dr.x', 'Merci', 'Merci d\'avance', 'Nom et prénom', 'Chères', 'Chers', 'À plus', 'A bientôt', 'G. Poncelet', 'M.Dupont', 'DUPONT', 'Contactpersoon', 'Contactpersoonx', 'Ik, ondergetekende', 'Agent vendeur'];
    for (let round = 0; round < 50; round++) {
      let soup = agencyText(rnd, 5);
      for (let k = 0; k < 200; k++) {
        const w = rnd() < 0.5 ? words[Math.floor(rnd() * words.length)]! : extras[Math.floor(rnd() * extras.length)]!;
        soup += w + [' ', '', '.', ',', 'x', 'é', ' Jean', '\n', ': '][Math.floor(rnd() * 9)]!;
      }
      expect(matchEnds(grouped, soup)).toEqual(matchEnds(plain, soup));
    }
  });
});

describe('shared masks', () => {
  /** The phone mask rule, written plainly: every digit but the last two hidden. */
  const plainPhoneMask = (s: string): string => {
    let seen = 0;
    let at = 0;
    for (let i = s.length - 1; i >= 0; i--) if (/\d/.test(s[i]!) && ++seen === 2) {
      at = i;
      break;
    }
    return s.slice(0, at).replace(/\d/g, '•') + s.slice(at);
  };
  const span = (type: FindingType, text: string, value: string) => ({ type, start: text.indexOf(value), end: text.indexOf(value) + value.length });

  it('phones written alike share a mask, and every mask equals the plain rule', () => {
    const rnd = prng(7);
    const seps = [' ', '.', '/', '-', ' / ', ''];
    const seen = new Map<string, string>();
    for (let k = 0; k < 5000; k++) {
      const sep = seps[Math.floor(rnd() * seps.length)]!;
      const digits = Array.from({ length: 10 }, () => String(Math.floor(rnd() * 10)));
      const phone = `${rnd() < 0.3 ? '+32 ' : ''}${digits.slice(0, 4).join('')}${sep}${digits.slice(4, 6).join('')}${sep}${digits.slice(6, 8).join('')}${sep}${digits.slice(8).join('')}`;
      const text = `Tél ${phone} !`;
      const m = mask(span('phone', text, phone), text);
      expect(m).toBe(plainPhoneMask(phone));
      const first = seen.get(m);
      if (first !== undefined) expect(m).toBe(first); // same string content
      seen.set(m, m);
    }
    expect(seen.size).toBeLessThan(5000); // shapes repeat: the cache is exercised
  });

  it('emails share a mask by first character and domain, lowercased', () => {
    const rnd = prng(9);
    const domains = ['telenet.be', 'Skynet.BE', 'gmail.com', 'notaire.be', 'KPN.nl'];
    for (let k = 0; k < 3000; k++) {
      const local = `${'abcdXYZ'[Math.floor(rnd() * 7)]}${Math.floor(rnd() * 1000)}`;
      const email = `${local}@${domains[Math.floor(rnd() * domains.length)]}`;
      const text = `<${email}>`;
      expect(mask(span('email', text, email), text)).toBe(`${email[0]}***${email.slice(email.indexOf('@')).toLowerCase()}`);
    }
  });

  it('VAT masks depend on the prefix, the length and the last two digits only', () => {
    for (const [v, m] of [['BE 0456.789.133', 'BE••••••••33'], ['0456.789.133', '••••••••33'], ['BE456789133', 'BE••••••••33'], ['0456789144', '••••••••44']]) {
      expect(mask(span('vat-number', ` ${v} `, v!), ` ${v} `)).toBe(m);
    }
  });
});

describe('IBANs validated from char codes', () => {
  it('agrees with the mod 97 rule on random Belgian and Dutch IBAN-shaped strings', () => {
    const rnd = prng(11);
    const mod97 = (s: string): number => {
      const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
      let r = 0;
      for (const ch of moved) r = (r * 10 + Number(ch)) % 97;
      return r;
    };
    let valid = 0;
    for (let k = 0; k < 20000; k++) {
      const nl = rnd() < 0.5;
      const body = nl ? `RABO${String(Math.floor(rnd() * 1e10)).padStart(10, '0')}` : String(Math.floor(rnd() * 1e12)).padStart(12, '0');
      const iban = `${nl ? 'NL' : 'BE'}${String(Math.floor(rnd() * 100)).padStart(2, '0')}${body}`;
      const belgianCheck = nl || (Number(body.slice(0, 10)) % 97 || 97) === Number(body.slice(10));
      const expected = mod97(iban) === 1 && belgianCheck && !['BE68539007547034', 'BE71096123456769', 'BE62510007547061'].includes(iban);
      expect(validIban(iban), iban).toBe(expected);
      if (expected) valid++;
    }
    expect(valid).toBeGreaterThan(50);
  });
});

describe('digit runs read by hand', () => {
  // An area code in brackets: "(" before one to four digits and ")", ")" after them.
  const RUN = /\d+(?:(?:[ \u00a0\u202f]?[.\/\-][ \u00a0\u202f]?|[ \u00a0\u202f]|[ \u00a0\u202f]?\(0\)[ \u00a0\u202f]?|[ \u00a0\u202f]?\((?=\d{1,4}\))|(?<=\(\d{1,4})\)[ \u00a0\u202f]?)\d+)*/y;

  it('end where the run regex ends, group by group, on random digits and separators', () => {
    const rnd = prng(3);
    const pieces = ['1', '23', '0', '4567', ' ', '\u00a0', '\u202f', '.', '/', '-', '(0)', '(', ')', '(1)', 'x', '\t', '  ', ' . ', '+'];
    const run = new Run();
    for (let round = 0; round < 400; round++) {
      // Every tenth text holds a run of more than MAX_GROUPS groups.
      let text = round % 10 === 0 ? '9 8.7/6-'.repeat(40) : '';
      while (text.length < 400) text += pieces[Math.floor(rnd() * pieces.length)];
      const digit = /\d/g;
      while (digit.test(text)) {
        const s = digit.lastIndex - 1;
        RUN.lastIndex = s;
        RUN.test(text);
        const stop = run.parse(text, s);
        const e = stop === run.end ? stop : runEnd(text, stop);
        expect(e, JSON.stringify(text.slice(s, RUN.lastIndex + 3))).toBe(RUN.lastIndex);
        // The groups are the digit sequences of the run, up to MAX_GROUPS.
        const groups = text.slice(s, RUN.lastIndex).replace(/\(0\)/g, ' ').match(/\d+/g)!.slice(0, MAX_GROUPS);
        expect(Array.from({ length: run.count }, (_, k) => text.slice(run.gStart[k], run.gEnd[k]))).toEqual(groups);
        digit.lastIndex = e;
      }
    }
  });
});

describe('a search bounded to a window', () => {
  it('finds what indexOf finds starting in [from, to), and nothing that starts later', () => {
    const rnd = prng(29112026);
    const text = agencyText(rnd, 40);
    for (let k = 0; k < 2000; k++) {
      const needle = ['@', '\t', ';', '":', ' réponse', 'VCARD', 'e', 'Rue'][k % 8]!;
      const from = Math.floor(rnd() * text.length);
      const to = from + Math.floor(rnd() * 400);
      const plain = text.indexOf(needle, from);
      expect(searchIn(text, needle, from, to)).toBe(plain >= 0 && (plain < to || to >= text.length) ? plain : -1);
    }
  });
});
