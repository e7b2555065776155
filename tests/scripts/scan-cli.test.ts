/** The scan CLI as design.md specifies it, run for real as a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TEXT = 'Bonjour,\nmon numéro national est 85.07.30-033.28 et mon GSM 0476 12 34 56.\n';

function scan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/scan.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-scan-')), 'in.txt');
  writeFileSync(path, content);
  return path;
}

describe('npm run scan', { timeout: 30_000 }, () => {
  it('prints one JSON object per finding with type, UTF-16 offsets, confidence and masked value only', () => {
    const r = scan([file(TEXT)]);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.type)).toEqual(['be-national-number', 'phone']);
    for (const x of rows) {
      expect(Object.keys(x).sort()).toEqual(['confidence', 'end', 'masked', 'start', 'type']);
      expect(TEXT.slice(x.start, x.end)).toMatch(/85\.07\.30-033\.28|0476 12 34 56/);
    }
    expect(r.out).not.toContain('033.28');
  });

  it('adds the value with --reveal, and reads standard input with -', () => {
    const r = scan(['--json', '--reveal', '-'], TEXT);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual(['85.07.30-033.28', '0476 12 34 56']);
  });

  it('exits 0 with no output when nothing is found', () => {
    const r = scan([file('Appartement 2 chambres, 245.000 €, PEB B.\n')]);
    expect(r).toMatchObject({ code: 0, out: '' });
  });

  it('reads a Windows-1252 export (Excel CSV) with offsets into the decoded text', () => {
    const csv = 'Nom;Numéro\nDupont;85.07.30-033.28\n';
    const r = scan([file(Buffer.from(csv, 'latin1'))]);
    const row = JSON.parse(r.out.trim());
    expect(csv.slice(row.start, row.end)).toBe('85.07.30-033.28');
  });

  it.each([
    [['missing-file.txt'], /cannot read missing-file\.txt/],
    [['--bogus', 'x'], /unknown option --bogus/],
    [[], /missing input file/],
  ])('exits 2 with a clear message on bad arguments %j', (args, message) => {
    const r = scan(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
