/** Managed settings (Chrome managed storage / Firefox policies.json): each field is checked on its own. */
import { describe, expect, it } from 'vitest';
import { parseManagedConfig, rulesUrlProblem } from '../../../lib/policy/managed.ts';

const KEY = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };

describe('parseManagedConfig', () => {
  it('nothing set: defaults, not present, no errors', () => {
    expect(parseManagedConfig({})).toEqual({
      config: { rulesPublicKeys: [], directorEmails: [], adminEmails: [], pollIntervalMinutes: 15 },
      errors: [],
      present: false,
    });
    expect(parseManagedConfig(undefined).present).toBe(false);
  });

  it('reads every field as Chrome delivers it (complex values as JSON strings)', () => {
    const r = parseManagedConfig({
      rules: '{"version": 2}',
      rulesUrl: 'https://www.primogest.be/vigie/rules.json',
      rulesPublicKeys: [JSON.stringify({ ...KEY, d: 'secret-private-part' })],
      agentName: ' Sophie Lambert ',
      agentEmail: 'Sophie.Lambert@Primogest.be',
      role: 'Admin',
      directorEmails: ['direction@primogest.be'],
      adminEmails: 'it@primogest.be; admin@primogest.be',
      pollIntervalMinutes: 5,
    });
    expect(r.errors).toEqual([]);
    expect(r.present).toBe(true);
    expect(r.config).toEqual({
      rules: '{"version": 2}',
      rulesUrl: 'https://www.primogest.be/vigie/rules.json',
      rulesPublicKeys: [KEY], // a private "d" handed over by mistake is dropped
      agentName: 'Sophie Lambert',
      agentEmail: 'sophie.lambert@primogest.be',
      role: 'admin',
      directorEmails: ['direction@primogest.be'],
      adminEmails: ['it@primogest.be', 'admin@primogest.be'],
      pollIntervalMinutes: 5,
    });
  });

  it('accepts objects where Firefox policies.json may give them', () => {
    const r = parseManagedConfig({ rules: { version: 3 }, rulesPublicKeys: [KEY], pollIntervalMinutes: '20' });
    expect(r.errors).toEqual([]);
    expect(r.config.rules).toBe('{"version":3}');
    expect(r.config.rulesPublicKeys).toEqual([KEY]);
    expect(r.config.pollIntervalMinutes).toBe(20);
  });

  it('drops each bad field with a message, keeps the good ones', () => {
    const r = parseManagedConfig({
      rulesUrl: 'http://rules.primogest.be/rules.json',
      rulesPublicKeys: ['{"kty":"RSA"}', 'not json'],
      agentEmail: 'sophie',
      agentName: 'Sophie',
      role: 'superuser',
      directorEmails: ['ok@primogest.be', 'nope'],
      pollIntervalMinutes: 0,
    });
    expect(r.config.agentName).toBe('Sophie');
    expect(r.config.directorEmails).toEqual(['ok@primogest.be']);
    expect(r.config.rulesUrl).toBeUndefined();
    expect(r.config.pollIntervalMinutes).toBe(15);
    expect(r.errors).toEqual([
      'rulesUrl: must be an https:// URL',
      'rulesPublicKeys[0]: must be an ECDSA P-256 public key in JWK form (kty "EC", crv "P-256", x, y)',
      'rulesPublicKeys[1]: must be an ECDSA P-256 public key in JWK form (kty "EC", crv "P-256", x, y)',
      'agentEmail: is not an email address',
      'role: must be one of agent, director, admin',
      'directorEmails[1]: is not an email address',
      'pollIntervalMinutes: must be a whole number of minutes between 1 and 1440',
    ]);
  });

  it('a rules URL without a pinned key is reported', () => {
    expect(parseManagedConfig({ rulesUrl: 'https://x.primogest.be/r.json' }).errors).toEqual([
      'rulesUrl: is set but rulesPublicKeys is empty; a rules file from a URL is only accepted when signed with a pinned key',
    ]);
  });
});

describe('rulesUrlProblem', () => {
  it.each([
    ['https://www.primogest.be/vigie/rules.json', null],
    ['http://127.0.0.1:8080/rules.json', null],
    ['http://localhost/rules.json', null],
    ['http://www.primogest.be/rules.json', 'must be an https:// URL'],
    ['file:///etc/rules.json', 'must be an https:// URL'],
    ['https://user:pw@www.primogest.be/rules.json', 'must not carry a user name or password'],
    ['https://www.primogest.be/rules.json#x', 'must not have a #fragment'],
    ['rules.json', 'is not a URL'],
  ])('%s', (url, problem) => {
    expect(rulesUrlProblem(url)).toBe(problem);
  });
});
