import { describe, expect, it } from 'vitest';
import { csvCell, formatLocalDateTime, toCsv, toJson } from '../../../lib/log/export.ts';
import { toStoredShare } from '../../../lib/log/stored.ts';
import { sampleShare, T0 } from './sample.ts';

/** Splits one CSV line on `;` outside quotes (enough for these tests). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"' && quoted && line[i + 1] === '"') (cur += '"'), i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) out.push(cur), (cur = '');
    else cur += c;
  }
  return [...out, cur];
}

describe('CSV export for Excel in Belgium', () => {
  const row = sampleShare({ id: 7, time: T0 });

  it('starts with a UTF-8 BOM, separates with ";" and ends lines with CRLF', () => {
    const csv = toCsv([row, row], 'fr');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, 2 rows, trailing empty string after the last CRLF
    expect(lines[3]).toBe('');
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(cells(lines[0]!)).toHaveLength(cells(lines[1]!).length);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['fr', 'Date', 'Décision', 'Destinataires'],
    ['fr-BE', 'Date', 'Décision', 'Destinataires'],
    ['nl-BE', 'Datum', 'Beslissing', 'Ontvangers'],
    ['en-GB', 'Date', 'Decision', 'Recipients'],
    ['de', 'Date', 'Décision', 'Destinataires'],
  ])('translates the header for %s', (locale, first, decision, recipients) => {
    const header = cells(toCsv([], locale).slice(1).split('\r\n')[0]!);
    expect(header[0]).toBe(first);
    expect(header).toContain(decision);
    expect(header).toContain(recipients);
  });

  it('writes local dates as YYYY-MM-DD HH:mm:ss and the row fields in their columns', () => {
    expect(formatLocalDateTime(T0)).toBe('2026-11-26 14:03:09');
    const [header, line] = toCsv([row], 'en').slice(1).split('\r\n');
    const byName = Object.fromEntries(cells(header!).map((h, i) => [h, cells(line!)[i]]));
    expect(byName).toMatchObject({
      Date: '2026-11-26 14:03:09',
      Agent: 'Sophie Lambert',
      Decision: 'warn',
      "Agent's choice": 'sent-anyway',
      'Legal basis': 'contract',
      'Policy version': '3',
      Delivery: 'unconfirmed',
      'No.': '7',
    });
    expect(byName.Recipients).toBe('Etude@Notaire-Dubois.be (to, allow, notaries) | inconnu@gmail.com (cc, warn)');
    expect(byName.Data).toBe('be-national-number (1), iban (2)');
    expect(byName['Masked samples']).toBe('be-national-number: ••••••••••28 | iban: BE•• •••• •••• 6727');
  });

  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+32 ••• •• •• 56', "'+32 ••• •• •• 56"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('escapes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('neutralises a formula hidden in a justification or a recipient', () => {
    const evil = sampleShare({
      justification: { text: '=cmd|"/c calc"!A1' },
      destinations: [{ to: '@evil', kind: 'host', decision: 'warn' }],
    });
    const line = toCsv([evil], 'fr').split('\r\n')[1]!;
    expect(cells(line)).toContain(`'=cmd|"/c calc"!A1`);
    expect(cells(line).some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });
});

describe('JSON export', () => {
  it('is the array of records with stable codes and no index keys', () => {
    const stored = toStoredShare(sampleShare({ id: 3 }));
    const parsed = JSON.parse(toJson([stored]));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ id: 3, decision: 'warn', choice: 'sent-anyway', time: T0 });
    expect(Object.keys(parsed[0])).not.toEqual(expect.arrayContaining(['typeTime']));
    for (const k of ['agentKey', 'types', 'recipients', 'typeTime', 'rcptTime']) expect(parsed[0]).not.toHaveProperty(k);
  });
});
