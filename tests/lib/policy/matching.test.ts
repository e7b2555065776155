/** Matching that cannot be fooled: look-alikes, IDN/punycode, address tricks, URL tricks. */
import { describe, expect, it } from 'vitest';
import { hostMatches, normaliseHost } from '../../../lib/policy/host.ts';
import { addressMatches, parseAddress } from '../../../lib/policy/address.ts';
import { formIdFromUrl, urlMatches } from '../../../lib/policy/url-pattern.ts';
import { recognise } from '../../../lib/policy/recognise.ts';
import { email, loadPolicy, defaultPolicyJson } from './helpers.ts';

const notaire = { domain: 'notaire.be', includeSubdomains: false };
const notaireSubs = { domain: 'notaire.be', includeSubdomains: true };

describe('normaliseHost', () => {
  it.each([
    ['Notaire.BE', 'notaire.be'],
    ['notaire.be.', 'notaire.be'],
    ['notaire.be..', 'notaire.be'],
    ['  notaire.be ', 'notaire.be'],
    ['exämple.be', 'xn--exmple-cua.be'],
    ['notaire。be', 'notaire.be'], // ideographic full stop is a dot in IDNA
  ])('%s → %s', (raw, expected) => expect(normaliseHost(raw)).toBe(expected));

  it.each(['', '.', 'notaire.be@evil.com', 'notaire.be:443', 'notaire.be/x', '1.2.3.4', '0x7f.1', '[::1]', 'a..b', '-a.be', 'a b.be'])(
    'refuses %j',
    (raw) => expect(normaliseHost(raw)).toBeNull(),
  );
});

describe('domain rules: look-alikes never match', () => {
  it.each([
    'notaire-be.com',
    'notaire.be.evil.com',
    'evilnotaire.be',
    'notaire.bé',
    'notaire.be-evil.com',
    'n0taire.be',
    'nоtaire.be', // Cyrillic "о": punycodes to xn--…
    'xn--ntaire-2of.be', // an xn-- form of a different domain
    'www.notaire.be', // subdomain, but the rule says exact
  ])('%s does not match notaire.be (exact)', (host) => expect(hostMatches(host, notaire)).toBe(false));

  it('Cyrillic homoglyph becomes a distinct punycode label', () => {
    expect(normaliseHost('nоtaire.be')).toMatch(/^xn--/);
  });

  it('matches case and trailing-dot variants', () => {
    for (const host of ['NOTAIRE.BE', 'notaire.be.', 'Notaire.Be']) expect(hostMatches(host, notaire)).toBe(true);
  });

  it('subdomains only where the rule says includeSubdomains', () => {
    expect(hostMatches('etude.notaire.be', notaire)).toBe(false);
    expect(hostMatches('etude.notaire.be', notaireSubs)).toBe(true);
    expect(hostMatches('a.b.notaire.be', notaireSubs)).toBe(true);
    expect(hostMatches('evilnotaire.be', notaireSubs)).toBe(false);
    expect(hostMatches('notaire.be.evil.com', notaireSubs)).toBe(false);
  });

  it('compares internationalised rules and hosts in punycode', () => {
    const rule = { domain: 'exämple.be', includeSubdomains: false };
    expect(hostMatches('xn--exmple-cua.be', rule)).toBe(true);
    expect(hostMatches('EXÄMPLE.be', rule)).toBe(true);
    expect(hostMatches('example.be', rule)).toBe(false);
    expect(hostMatches('exämple.be', { domain: 'xn--exmple-cua.be', includeSubdomains: false })).toBe(true);
  });
});

describe('email addresses', () => {
  it('parses plain and display-name forms, normalised', () => {
    expect(parseAddress('Jean.Dupont@Notaire.BE.')?.address).toBe('jean.dupont@notaire.be');
    expect(parseAddress('Jean Dupont <jean@notaire.be>')?.address).toBe('jean@notaire.be');
    expect(parseAddress('mailto:jean@notaire.be')?.address).toBe('jean@notaire.be');
  });

  it.each([
    'notaire.be@evil.com', // parses, but to evil.com
  ])('%s is at evil.com, not notaire.be', (raw) => expect(parseAddress(raw)?.domain).toBe('evil.com'));

  it.each([
    'jean@notaire.be@evil.com',
    '"jean@notaire.be"@evil.com',
    'jean@notaire.be, x@evil.com',
    'jean@notaire.be evil',
    'jean@[1.2.3.4]',
    'jean@localhost',
    '@notaire.be',
    'jean@',
    'jean..x@notaire.be',
  ])('refuses %j (an unreadable address is an unknown recipient)', (raw) => expect(parseAddress(raw)).toBeNull());

  it('matches exact addresses; +tags only where the rule says so', () => {
    const addr = (s: string) => parseAddress(s)!;
    const exact = { address: 'office@etude.be', ignorePlusTag: false };
    const tagged = { address: 'office@etude.be', ignorePlusTag: true };
    expect(addressMatches(addr('OFFICE@etude.be'), exact)).toBe(true);
    expect(addressMatches(addr('office+x@etude.be'), exact)).toBe(false);
    expect(addressMatches(addr('office+x@etude.be'), tagged)).toBe(true);
    expect(addressMatches(addr('office@etude.be.evil.com'), exact)).toBe(false);
    expect(addressMatches(addr('office@etude-be.com'), exact)).toBe(false);
  });
});

describe('URL patterns and form ids', () => {
  const zap = { host: 'hooks.zapier.com', pathPrefix: '/hooks/catch/123', includeSubdomains: false };

  it('matches on whole path segments, after URL normalisation', () => {
    expect(urlMatches('https://hooks.zapier.com/hooks/catch/123/abc', zap)).toBe(true);
    expect(urlMatches('https://hooks.zapier.com/hooks/catch/123', zap)).toBe(true);
    expect(urlMatches('https://hooks.zapier.com/hooks/catch/1234/abc', zap)).toBe(false);
    expect(urlMatches('https://hooks.zapier.com/hooks/catch/123/../../other/1', zap)).toBe(false);
    expect(urlMatches('https://HOOKS.zapier.com./hooks/catch/123/x', zap)).toBe(true);
  });

  it('is not fooled by user info, look-alike hosts or other schemes', () => {
    expect(urlMatches('https://hooks.zapier.com@evil.com/hooks/catch/123/', zap)).toBe(false);
    expect(urlMatches('https://hooks.zapier.com.evil.com/hooks/catch/123/', zap)).toBe(false);
    expect(urlMatches('https://evil.com/hooks.zapier.com/hooks/catch/123/', zap)).toBe(false);
    expect(urlMatches('ftp://hooks.zapier.com/hooks/catch/123/', zap)).toBe(false);
    expect(urlMatches('not a url', zap)).toBe(false);
  });

  it('reads the published id from Google Forms URLs only', () => {
    const id = '1FAIpQLSdT3xKq0examplePublishedFormId_abcdefghijkl';
    expect(formIdFromUrl(`https://docs.google.com/forms/d/e/${id}/viewform`)).toBe(id);
    expect(formIdFromUrl(`https://docs.google.com/forms/u/1/d/e/${id}/formResponse`)).toBe(id);
    expect(formIdFromUrl(`https://docs.google.com.evil.com/forms/d/e/${id}/viewform`)).toBeNull();
    expect(formIdFromUrl('https://docs.google.com/forms/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit')).toBeNull();
  });
});

describe('recognise: which party a destination belongs to', () => {
  const policy = loadPolicy();
  const partyOf = (address: string) => recognise(email(address), policy)?.party.id;

  it('recognises notaries at the shared domains, exactly', () => {
    expect(partyOf('jean.dupont@belnot.be')).toBe('notaries');
    expect(partyOf('Jean.Dupont@NOTAIRE.be.')).toBe('notaries');
    expect(partyOf('etude@notaris.be')).toBe('notaries');
  });

  it.each([
    'jean@notaire-be.com',
    'jean@notaire.be.evil.com',
    'notaire.be@evil.com',
    'jean@nоtaire.be',
    'jean@www.notaire.be',
    'jean@xn--ntaire-2of.be',
    'jean@notaire.be@evil.com',
  ])('%s is an unknown recipient', (address) => expect(partyOf(address)).toBeUndefined());

  it('recognises the agency by agency.domains (internal party)', () => {
    expect(partyOf('secretariat@primogest.invalid')).toBe('agency');
  });

  it('an exact address beats a domain rule', () => {
    const json = defaultPolicyJson() as any;
    json.parties.find((p: any) => p.id === 'law-firm').recognise.addresses = [{ address: 'litiges@belnot.be' }];
    const custom = loadPolicy(json);
    expect(recognise(email('litiges@belnot.be'), custom)?.party.id).toBe('law-firm');
    expect(recognise(email('other@belnot.be'), custom)?.party.id).toBe('notaries');
  });

  it('an exact domain beats a parent domain with includeSubdomains', () => {
    const json = defaultPolicyJson() as any;
    json.parties.find((p: any) => p.id === 'fellow-agents').recognise.domains = [{ domain: 'agences.invalid', includeSubdomains: true }];
    json.parties.find((p: any) => p.id === 'law-firm').recognise.domains = [{ domain: 'avocats.agences.invalid' }];
    const custom = loadPolicy(json);
    expect(recognise(email('x@avocats.agences.invalid'), custom)?.party.id).toBe('law-firm');
    expect(recognise(email('x@immo.agences.invalid'), custom)?.party.id).toBe('fellow-agents');
  });

  it('recognises forms by id (also from the URL), publications by target, hosts by URL pattern', () => {
    const formId = '1FAIpQLSe_PLACEHOLDER_replace_with_the_published_form_id';
    expect(recognise({ kind: 'form', formId }, policy)?.party.id).toBe('web-tools');
    expect(recognise({ kind: 'form', formId: '', url: `https://docs.google.com/forms/d/e/${formId}/viewform` }, policy)?.party.id).toBe('web-tools');
    expect(recognise({ kind: 'form', formId: '1FAIpQLSe_some_other_form_id_0000000000000' }, policy)).toBeUndefined();
    expect(recognise({ kind: 'publication', target: 'WordPress' }, policy)?.party.id).toBe('public-listing');
    expect(recognise({ kind: 'host', host: 'hooks.zapier.com', url: 'https://hooks.zapier.com/hooks/catch/PLACEHOLDER-account-id/x' }, policy)?.party.id).toBe('web-tools');
    expect(recognise({ kind: 'host', host: 'hooks.zapier.com', url: 'https://hooks.zapier.com/hooks/catch/999/x' }, policy)).toBeUndefined();
  });
});
