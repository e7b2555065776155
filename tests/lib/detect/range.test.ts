/**
 * scanRange: the incremental scan must report, inside its window, exactly what a full scan
 * reports there, whatever the edit (property test over random edits of corpus-like text).
 */
import { describe, expect, it } from 'vitest';
import { scan, scanRange } from '../../../lib/detect/index.ts';
import type { Finding } from '../../../lib/detect/types.ts';
import { agencyText, prng } from './support.ts';

const overlapping = (findings: readonly Finding[], start: number, end: number): Finding[] => findings.filter((f) => f.end > start && f.start < end);

describe('scanRange', () => {
  it('widens an edit to whole lines and returns offsets into the full text', () => {
    const text = 'Bonjour,\n\nGSM 0470 12 34 56 et NN 62.11.03-145.77.\n\nBien à vous';
    const at = text.indexOf('NN');
    const r = scanRange(text, at, at + 2);
    expect(text.slice(r.start, r.end)).toBe('GSM 0470 12 34 56 et NN 62.11.03-145.77.');
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['0470 12 34 56', '62.11.03-145.77']);
  });

  it('never cuts a finding in two and includes multi-line ones that reach into the window', () => {
    const text = 'Monsieur Jean Dupont\nRue Haute 12\n5000 Namur\n\nautre paragraphe';
    const at = text.indexOf('5000');
    const r = scanRange(text, at, at + 1);
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['Jean Dupont', 'Rue Haute 12\n5000 Namur']);
  });

  it('reads the numbers before its window in a paragraph too long to rescan whole (the window is then one line)', () => {
    const filler = 'Visite sans suite, le bien reste en vente. '.repeat(50);
    const text = `${filler}\nMonsieur Jean Dupont, domicilié Rue Haute 12\n5000 Namur, tél. 0470 12 34 56.\n${filler}`;
    const at = text.indexOf('5000');
    const r = scanRange(text, at, at + 1);
    expect(text.slice(r.start, r.end)).toBe('5000 Namur, tél. 0470 12 34 56.');
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['Rue Haute 12\n5000 Namur', '0470 12 34 56']);
    expect(r.findings).toEqual(overlapping(scan(text), r.start, r.end));
  });

  it('accepts reversed, out-of-range and empty edits', () => {
    const text = 'NN 62.11.03-145.77';
    expect(scanRange(text, 10, 2).findings).toHaveLength(1);
    expect(scanRange(text, -5, 999).findings).toHaveLength(1);
    expect(scanRange('', 0, 0)).toEqual({ start: 0, end: 0, findings: [] });
  });

  it('equals the full scan inside its window, on 300 random edits of corpus-like text', () => {
    const rnd = prng(20261126);
    for (let round = 0; round < 300; round++) {
      // Every fifth text is one long line: the window then falls back to whole lines.
      const paragraphs = agencyText(rnd, 4 + Math.floor(rnd() * 30));
      const base = round % 5 === 4 ? paragraphs.replace(/\n/g, ' ') : paragraphs;
      // A random edit: insert, delete or replace a few characters (digits, letters, spaces, line breaks).
      const a = Math.floor(rnd() * base.length);
      const b = Math.min(base.length, a + Math.floor(rnd() * 6));
      const insert = ['', ' ', '\n', '7', 'x', '12', ' 34', 'rue ', '@', '+32 ', 'né le ', 'M. '][Math.floor(rnd() * 12)]!;
      const text = base.slice(0, a) + insert + base.slice(b);
      const editEnd = a + insert.length;
      const r = scanRange(text, a, editEnd);
      expect(r.start).toBeLessThanOrEqual(Math.min(a, text.length));
      expect(r.end).toBeGreaterThanOrEqual(Math.min(editEnd, text.length));
      expect(r.start === 0 || text[r.start - 1] === '\n').toBe(true);
      expect(r.end === text.length || text[r.end] === '\n').toBe(true);
      expect(r.findings, `round ${round}, edit at ${a}`).toEqual(overlapping(scan(text), r.start, r.end));
    }
  });

  it('rescans a small window for a keystroke in a long draft', () => {
    const rnd = prng(7);
    const text = agencyText(rnd, 400);
    const at = text.length >> 1;
    const r = scanRange(text, at, at + 1);
    expect(r.end - r.start).toBeLessThan(5000);
    expect(r.findings).toEqual(overlapping(scan(text), r.start, r.end));
  });
});
