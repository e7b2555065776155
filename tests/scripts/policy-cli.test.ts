/** The policy CLI, run for real as a child process on temporary files (design.md contract). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each run spawns Node + tsx (~0.7 s): give the file room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT = join(ROOT, 'rules/default-policy.json');
const dir = mkdtempSync(join(tmpdir(), 'vigie-policy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function policy(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/policy.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeRules(name: string, mutate: (j: any) => void = () => {}): string {
  const json = JSON.parse(readFileSync(DEFAULT, 'utf8'));
  mutate(json);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return path;
}

describe('policy check', () => {
  it('passes on the default policy, with placeholder warnings', () => {
    const r = policy(['check', 'rules/default-policy.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: rules\/default-policy.json is valid \(version 1, 10 parties\)/);
    expect(r.stdout).toMatch(/^WARNING: agency\.domains\[0\]\.domain = primogest\.invalid: placeholder still present/m);
  });

  it('prints path + message per error and exits 1 when invalid', () => {
    const path = writeRules('wildcard.json', (j) => {
      j.parties[2].recognise.domains[0].domain = '*';
      j.retentionDays = 0;
    });
    const r = policy(['check', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('parties[2].recognise.domains[0].domain: "*" is a catch-all wildcard; name a domain');
    expect(r.stdout).toContain('retentionDays: must be at least 1 day');
  });

  it('rejects oversized and non-JSON files with exit 1', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `{"note":"${'x'.repeat(1100 * 1024)}"}`);
    expect(policy(['check', big])).toMatchObject({ code: 1, stdout: expect.stringMatching(/at most 1 MB/) });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,');
    expect(policy(['check', broken])).toMatchObject({ code: 1, stdout: expect.stringMatching(/not valid JSON/) });
  });

  it('--current refuses a version that is not newer', () => {
    expect(policy(['check', '--current', DEFAULT, DEFAULT])).toMatchObject({ code: 1, stdout: expect.stringMatching(/version 1 is not newer than the active version 1/) });
  });

  it('bad arguments exit 2 with usage', () => {
    expect(policy([]).code).toBe(2);
    expect(policy(['frobnicate']).stderr).toMatch(/unknown command "frobnicate"/);
    expect(policy(['check'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage:/) });
    expect(policy(['check', join(dir, 'missing.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read rules file/) });
    expect(policy(['check', '--frob', DEFAULT]).code).toBe(2);
  });
});

describe('policy keygen / sign / verify', () => {
  const keys = join(dir, 'keys');
  const rules = join(dir, 'signed.json');

  it('keygen writes a private and a public JWK', () => {
    const r = policy(['keygen', keys]);
    expect(r.code).toBe(0);
    const files = readdirSync(keys);
    expect(files.some((f) => f.includes('private'))).toBe(true);
    expect(files.some((f) => f.includes('public'))).toBe(true);
    const pub = JSON.parse(readFileSync(join(keys, 'vigie-rules-public.jwk'), 'utf8'));
    expect(pub).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(pub.d).toBeUndefined();
    expect(policy(['keygen', keys]).code).toBe(1); // never overwrites a key pair
  });

  it('sign writes <rules>.sig and verify accepts it', () => {
    writeFileSync(rules, readFileSync(DEFAULT));
    const s = policy(['sign', '--key', join(keys, 'vigie-rules-private.jwk'), rules]);
    expect(s.code).toBe(0);
    expect(existsSync(`${rules}.sig`)).toBe(true);
    expect(Buffer.from(readFileSync(`${rules}.sig`, 'utf8').trim(), 'base64').length).toBe(64);
    const v = policy(['verify', '--key', join(keys, 'vigie-rules-public.jwk'), rules]);
    expect(v).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: .*signature valid, rules valid \(version 1\)/) });
  });

  it('a flipped byte fails verification with the reason', () => {
    const tampered = join(dir, 'tampered.json');
    const bytes = readFileSync(rules);
    bytes[50] = (bytes[50] ?? 0) ^ 0x01;
    writeFileSync(tampered, bytes);
    writeFileSync(`${tampered}.sig`, readFileSync(`${rules}.sig`));
    const v = policy(['verify', '--key', join(keys, 'vigie-rules-public.jwk'), tampered]);
    expect(v).toMatchObject({ code: 1, stdout: expect.stringMatching(/FAILED: .*signature does not match the file/) });
  });

  it('a wrong key fails verification', () => {
    const other = join(dir, 'other-keys');
    policy(['keygen', other]);
    const v = policy(['verify', '--key', join(other, 'vigie-rules-public.jwk'), rules]);
    expect(v).toMatchObject({ code: 1, stdout: expect.stringMatching(/does not match/) });
  });

  it('a missing .sig, or a version not newer than --current, fails', () => {
    const unsigned = writeRules('unsigned.json');
    expect(policy(['verify', '--key', join(keys, 'vigie-rules-public.jwk'), unsigned])).toMatchObject({ code: 1, stdout: expect.stringMatching(/no signature file/) });
    expect(policy(['verify', '--key', join(keys, 'vigie-rules-public.jwk'), '--current', DEFAULT, rules])).toMatchObject({ code: 1, stdout: expect.stringMatching(/not newer/) });
  });

  it('sign refuses invalid rules', () => {
    const bad = writeRules('bad.json', (j) => (j.parties[0].id = 'Agency!'));
    const s = policy(['sign', '--key', join(keys, 'vigie-rules-private.jwk'), bad]);
    expect(s.code).toBe(1);
    expect(s.stdout).toMatch(/parties\[0\]\.id: must be a party id/);
    expect(existsSync(`${bad}.sig`)).toBe(false);
  });

  it('sign/verify without --key is a usage error', () => {
    expect(policy(['sign', rules]).code).toBe(2);
    expect(policy(['verify', rules]).code).toBe(2);
  });
});

describe('policy simulate: arguments', () => {
  it.each([
    [['simulate', '--to', 'x@gmail.com', '-'], /--site is required/],
    [['simulate', '--site', 'myspace', '--to', 'x@gmail.com', '-'], /unknown site "myspace"/],
    [['simulate', '--site', 'gmail', '-'], /at least one --to/],
    [['simulate', '--site', 'gmail', '--to', 'not an address!', '-'], /is not an email address, form id/],
    [['simulate', '--site', 'gmail', '--to', 'x@gmail.com', '--lang', 'de', '-'], /--lang must be fr, nl or en/],
  ])('%j exits 2', (args, message) => {
    const r = policy(args as string[], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

// simulate needs the real detection engine (lib/detect/index.ts), written alongside this module.
const hasDetect = existsSync(join(ROOT, 'lib/detect/index.ts'));

describe.skipIf(!hasDetect)('policy simulate: decisions with the real scanner', () => {
  const text = join(dir, 'mail.txt');
  writeFileSync(text, 'Bonjour,\nLe numéro national du vendeur est 85.07.30-033.28.\nCordialement');
  const simulate = (args: string[], input?: string) => {
    const r = policy(['simulate', ...args], input);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { decision: string; destinations: { to: string; decision: string; reasons: string[] }[]; findings: Record<string, unknown>[] };
  };

  it('a national number to an unknown webmail address: block, findings masked only', () => {
    const out = simulate(['--site', 'gmail', '--to', 'jean@gmail.com', text]);
    expect(out.decision).toBe('block');
    expect(out.destinations).toEqual([{ to: 'jean@gmail.com', decision: 'block', reasons: [expect.stringMatching(/^A national register number cannot be sent to jean@gmail.com/)] }]);
    expect(out.findings.some((f) => f.type === 'be-national-number')).toBe(true);
    for (const f of out.findings) expect(Object.keys(f).sort()).toEqual(['confidence', 'end', 'masked', 'start', 'type']);
    expect(JSON.stringify(out)).not.toContain('85.07.30-033.28');
  });

  it('to a notary: allow; reasons in French with --lang fr', () => {
    const out = simulate(['--site', 'gmail', '--lang', 'fr', '--to', 'jean.dupont@belnot.be', text]);
    expect(out.decision).toBe('allow');
    expect(out.destinations[0]!.reasons[0]).toMatch(/peut être envoyé à jean\.dupont@belnot\.be : la politique RGPD l'autorise pour les notaires/);
  });

  it('several --to (greedy form), stdin, and a Bcc to webmail: the strictest wins', () => {
    const out = simulate(['--site', 'gmail', '--to', 'jean.dupont@belnot.be', 'bcc:copie@gmail.com', '-'], readFileSync(text, 'utf8'));
    expect(out.destinations.map((d) => d.decision)).toEqual(['allow', 'block']);
    expect(out.decision).toBe('block');
  });

  it('contact data to a fellow agent: allow', () => {
    const out = simulate(['--site', 'gmail', '--to', 'agent@confrere-agence.invalid', '-'], 'Le vendeur est joignable au +32 475 12 34 56 et par mail à vendeur.x@gmail.com.');
    expect(out.decision).toBe('allow');
  });

  it('personal data in a public listing: block', () => {
    const out = simulate(['--site', 'wordpress', '--to', 'public', '-'], 'Villa 4 chambres. Contact propriétaire : +32 475 12 34 56.');
    expect(out.decision).toBe('block');
    expect(out.destinations[0]!.to).toBe('publication wordpress');
  });
});
