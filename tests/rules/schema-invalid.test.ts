/**
 * Invalid rules files: each kind is rejected with a message that names the path.
 * Schema-level cases mutate a copy of the default policy; file-level cases (size, JSON, version,
 * expiry) go through checkRulesFile, as the browser does.
 */
import { describe, expect, it } from 'vitest';
import { MAX_RULES_BYTES, parsePolicy, parseRulesText } from '../../rules/schema.ts';
import { checkRulesFile } from '../../lib/policy/check-file.ts';
import { defaultPolicyJson } from '../lib/policy/helpers.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const base = (): Json => structuredClone(defaultPolicyJson());
const partyAt = (j: Json, id: string): Json => j.parties.find((p: Json) => p.id === id);

interface Case {
  name: string;
  mutate: (j: Json) => void;
  path: string;
  message: RegExp;
}

const CASES: Case[] = [
  { name: 'missing version', mutate: (j) => delete j.version, path: 'version', message: /is required/ },
  { name: 'version of the wrong type', mutate: (j) => (j.version = '2'), path: 'version', message: /must be a number/ },
  { name: 'version not a positive integer', mutate: (j) => (j.version = 1.5), path: 'version', message: /whole number|integer/i },
  { name: 'issuedAt not a date-time', mutate: (j) => (j.issuedAt = '26/11/2026'), path: 'issuedAt', message: /ISO date-time/ },
  { name: 'expiresAt before issuedAt', mutate: (j) => (j.expiresAt = '2026-01-01T00:00:00Z'), path: 'expiresAt', message: /after issuedAt/ },
  { name: 'unknown category', mutate: (j) => partyAt(j, 'notaries').mayReceive.push('health'), path: 'parties[2].mayReceive[6]', message: /"health" is not allowed; use one of: "identity"/ },
  { name: 'unknown category in unknownRecipient', mutate: (j) => (j.unknownRecipient.health = 'block'), path: 'unknownRecipient.health', message: /unknown key/ },
  { name: 'missing category in unknownRecipient', mutate: (j) => delete j.unknownRecipient.birth, path: 'unknownRecipient.birth', message: /is required/ },
  { name: 'bad decision value', mutate: (j) => (j.unknownRecipient.identity = 'deny'), path: 'unknownRecipient.identity', message: /"deny" is not allowed; use one of: "allow", "warn", "block"/ },
  { name: 'duplicate party ids', mutate: (j) => (partyAt(j, 'law-firm').id = 'notaries'), path: 'parties[9].id', message: /duplicate party id "notaries" \(also parties\[2\]\)/ },
  { name: 'bad domain syntax', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = 'notaire..be'), path: 'parties[2].recognise.domains[0].domain', message: /not a valid domain/ },
  { name: 'domain with a scheme', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = 'https://notaire.be'), path: 'parties[2].recognise.domains[0].domain', message: /bare domain/ },
  ...['*', '*.*', '*.com', '*.be'].map((w): Case => ({
    name: `catch-all wildcard ${w}`,
    mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = w),
    path: 'parties[2].recognise.domains[0].domain',
    message: /catch-all wildcard; name a domain/,
  })),
  { name: 'look-alike domain (a Cyrillic letter among Latin ones)', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = 'bеlnot.be'), path: 'parties[2].recognise.domains[0].domain', message: /mixes Latin and Cyrillic letters in one label: a look-alike/ },
  { name: 'bare TLD', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = 'be'), path: 'parties[2].recognise.domains[0].domain', message: /bare top-level domain/ },
  { name: 'empty domain', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = ''), path: 'parties[2].recognise.domains[0].domain', message: /is empty \(a catch-all\)/ },
  { name: 'a lone dot', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = '.'), path: 'parties[2].recognise.domains[0].domain', message: /catch-all/ },
  { name: 'public suffix', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].domain = 'co.uk'), path: 'parties[2].recognise.domains[0].domain', message: /public suffix/ },
  { name: 'webmail domain as a party domain', mutate: (j) => (partyAt(j, 'fellow-agents').recognise.domains[0].domain = 'gmail.com'), path: 'parties[7].recognise.domains[0].domain', message: /webmail.*exact addresses/ },
  { name: 'bad address', mutate: (j) => (partyAt(j, 'photo-retoucher').recognise.addresses[0].address = 'a@b@c.be'), path: 'parties[3].recognise.addresses[0].address', message: /not a valid email address/ },
  { name: 'URL pattern with a catch-all host', mutate: (j) => (partyAt(j, 'web-tools').recognise.urlPatterns[0].host = '*'), path: 'parties[6].recognise.urlPatterns[0].host', message: /catch-all wildcard/ },
  { name: 'URL pattern covering a whole shared host', mutate: (j) => (partyAt(j, 'web-tools').recognise.urlPatterns[0].pathPrefix = '/hooks/'), path: 'parties[6].recognise.urlPatterns[0].pathPrefix', message: /shared host "hooks.zapier.com".*catch-all/ },
  { name: 'URL pattern written as a regex', mutate: (j) => (partyAt(j, 'web-tools').recognise.urlPatterns[0].pathPrefix = '/hooks/.*'), path: 'parties[6].recognise.urlPatterns[0].pathPrefix', message: /regular expression/ },
  { name: 'Google Forms by URL pattern instead of id', mutate: (j) => partyAt(j, 'web-tools').recognise.urlPatterns.push({ host: 'docs.google.com', pathPrefix: '/forms/d/e/1FAIpQLSabc/' }), path: 'parties[6].recognise.urlPatterns[1].pathPrefix', message: /formIds/ },
  { name: 'bad form id', mutate: (j) => (partyAt(j, 'web-tools').recognise.formIds[0].id = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms'), path: 'parties[6].recognise.formIds[0].id', message: /not a published Google Forms id/ },
  { name: 'unknown top-level key', mutate: (j) => (j.allowEverything = true), path: 'allowEverything', message: /unknown key/ },
  { name: 'unknown nested key (misspelt)', mutate: (j) => (partyAt(j, 'notaries').recognise.domains[0].includeSubdomain = true), path: 'parties[2].recognise.domains[0].includeSubdomain', message: /unknown key/ },
  { name: 'retention out of range (0)', mutate: (j) => (j.retentionDays = 0), path: 'retentionDays', message: /at least 1 day/ },
  { name: 'retention out of range (20 years)', mutate: (j) => (j.retentionDays = 7300), path: 'retentionDays', message: /at most 3650/ },
  { name: 'empty name translation', mutate: (j) => (partyAt(j, 'notaries').name.nl = '  '), path: 'parties[2].name.nl', message: /is empty/ },
  { name: 'missing name translation', mutate: (j) => delete partyAt(j, 'notaries').name.en, path: 'parties[2].name.en', message: /is required/ },
  { name: 'quote missing', mutate: (j) => delete partyAt(j, 'notaries').clause.quote, path: 'parties[2].clause.quote', message: /quote the GDPR document/ },
  { name: 'quote empty', mutate: (j) => (partyAt(j, 'notaries').clause.quote = ''), path: 'parties[2].clause.quote', message: /quote the GDPR document/ },
  { name: 'no internal party', mutate: (j) => (partyAt(j, 'agency').internal = false), path: 'parties', message: /no party has "internal": true/ },
  { name: 'same domain claimed by two parties', mutate: (j) => partyAt(j, 'law-firm').recognise.domains.push({ domain: 'Notaire.be.' }), path: 'parties[9].recognise.domains[1].domain', message: /already claimed at parties\[2\]\.recognise\.domains\[1\]\.domain/ },
  { name: 'personal data allowed in a public listing', mutate: (j) => partyAt(j, 'public-listing').mayReceive.push('contact'), path: 'parties[5].mayReceive[2]', message: /may only receive property and photos/ },
  { name: 'public listing not blocking the rest', mutate: (j) => (partyAt(j, 'public-listing').otherwise = 'warn'), path: 'parties[5].otherwise', message: /must be "block"/ },
  { name: 'purpose category outside mayReceive', mutate: (j) => partyAt(j, 'photo-retoucher').purposes[0].categories = ['identity'], path: 'parties[3].purposes[0].categories[0]', message: /not in this party's mayReceive/ },
  { name: 'identity type marked context-only', mutate: (j) => (j.contextOnlyTypes = ['person-name', 'be-national-number']), path: 'contextOnlyTypes[1]', message: /can never be ignored/ },
  { name: 'unknown legal basis', mutate: (j) => (j.justification.legalBases[0].id = 'because'), path: 'justification.legalBases[0].id', message: /"because" is not allowed/ },
  { name: 'invalid minConfidence', mutate: (j) => (j.minConfidence = 'certain'), path: 'minConfidence', message: /use one of: "low", "medium", "high"/ },
  { name: 'sites override with an empty selector', mutate: (j) => (j.sites = { gmail: { enabled: true, selectors: { send: [''] } } }), path: 'sites.gmail.selectors.send[0]', message: /empty selector/ },
  { name: 'failMode that is not a mode', mutate: (j) => (j.failMode = { block: 'maybe' }), path: 'failMode.block', message: /use one of: "closed", "open"/ },
];

describe('invalid rules files are rejected with the path named', () => {
  it('the default policy itself is valid', () => {
    expect(parsePolicy(defaultPolicyJson()).ok).toBe(true);
  });

  it.each(CASES)('$name → $path', ({ mutate, path, message }) => {
    const json = base();
    mutate(json);
    const result = parsePolicy(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.errors.find((e) => e.path === path);
    expect(hit, `errors: ${JSON.stringify(result.errors)}`).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it('has at least 15 distinct kinds', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });
});

describe('file-level checks (checkRulesFile, as the browser applies them)', () => {
  const text = (mutate: (j: Json) => void = () => {}) => {
    const json = base();
    mutate(json);
    return JSON.stringify(json);
  };

  it('rejects an oversized file before parsing it', async () => {
    const big = text((j) => (j.note = 'x'.repeat(MAX_RULES_BYTES)));
    const result = await checkRulesFile(big);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 1 MB/) });
    expect(parseRulesText(big)).toMatchObject({ ok: false, errors: [{ path: '(file)' }] });
  });

  it('rejects a truncated file (not JSON)', async () => {
    const result = await checkRulesFile(text().slice(0, 200));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
  });

  it('rejects an empty file and non-UTF-8 bytes', async () => {
    expect(await checkRulesFile('')).toMatchObject({ ok: false, reason: 'the file is empty' });
    expect(await checkRulesFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({ ok: false, reason: /UTF-8/ });
  });

  it('rejects a version that is not newer than the active one (same or older)', async () => {
    for (const version of [3, 2]) {
      const result = await checkRulesFile(text((j) => (j.version = version)), { current: { version: 3 } });
      expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(`version ${version} is not newer than the active version 3`) });
    }
    expect(await checkRulesFile(text((j) => (j.version = 4)), { current: { version: 3 } })).toMatchObject({ ok: true });
  });

  it('rejects expired rules', async () => {
    const expired = text((j) => (j.expiresAt = '2026-12-01T00:00:00Z'));
    expect(await checkRulesFile(expired, { now: new Date('2027-01-01T00:00:00Z') })).toMatchObject({
      ok: false,
      reason: 'the rules expired on 2026-12-01T00:00:00Z',
    });
    expect(await checkRulesFile(expired, { now: new Date('2026-11-30T00:00:00Z') })).toMatchObject({ ok: true });
  });

  it('summarises schema errors in the reason and lists them all', async () => {
    const result = await checkRulesFile(text((j) => {
      j.retentionDays = 0;
      j.extra = 1;
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/^2 errors in the rules, first: /);
    expect(result.errors.map((e) => e.path).sort()).toEqual(['extra', 'retentionDays']);
  });

  it('accepts the default policy and lists its placeholders as warnings', async () => {
    const result = await checkRulesFile(text());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paths = result.warnings.map((w) => w.path);
    expect(paths).toContain('agency.domains[0].domain');
    expect(paths).toContain('parties[9].recognise.domains[0].domain'); // the law firm
    expect(paths).toContain('parties[6].recognise.formIds[0].id'); // the listing form
    expect(paths).not.toContain('parties[2].recognise.domains[0].domain'); // belnot.be is real
  });

  it('warns about reserved names that are not flagged as placeholders', async () => {
    const result = await checkRulesFile(text((j) => (partyAt(j, 'notaries').recognise.domains[0] = { domain: 'notary.example.com' })));
    expect(result.ok && result.warnings.some((w) => w.path === 'parties[2].recognise.domains[0].domain' && /reserved name/.test(w.message))).toBe(true);
  });
});
