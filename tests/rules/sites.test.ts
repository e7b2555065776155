/**
 * Site selector data (rules/sites/*.json): valid, canonically formatted, sorted, and still matching the saved
 * page fixtures — Refined GitHub's selector-count idea, run against committed HTML instead of live pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteRules } from '../../rules/sites/schema.ts';
import { MAIL_ADAPTERS } from '../../lib/sites/index.ts';
import { FORMS_MATCHES, OMNICASA_MATCHES, WEBMAIL_MATCHES, WORDPRESS_MATCHES } from '../../rules/sites/matches.ts';
import { loadFixture } from '../lib/sites/fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RULES_DIR = resolve(ROOT, 'rules/sites');
const FIXTURES = resolve(ROOT, 'tests/fixtures/sites');
const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.json'));

/** How many compose windows each fixture holds: the count every required selector is checked against. */
const COMPOSES: Record<string, number> = {
  'gmail/inbox.html': 1,
  'gmail/thread.html': 2,
  'outlook/mail.html': 1,
  'outlook/mail-nl.html': 1,
  // The email composer, the SMS composer and the listing (portal publication).
  'omnicasa/index.html': 3,
  'google-forms/viewform.html': 1,
  'google-forms/multipage.html': 1,
  'google-forms/multipage-2.html': 1,
  'google-forms/confirmation.html': 0,
  'roundcube/compose.html': 1,
  'roundcube/compose-html.html': 1,
  'wordpress/block-code.html': 1,
  'wordpress/block-excerpt.html': 1,
  'wordpress/block-iframe-model.html': 1,
  'wordpress/block-prepublish.html': 1,
  'wordpress/block-published.html': 1,
  'wordpress/classic-new.html': 1,
  'wordpress/media-new.html': 0,
};

/** Whether a manifest match pattern ("https://host/path*") covers this URL. */
const covers = (pattern: string, url: string) => url.startsWith(pattern.replace(/\*$/, ''));

const fixtureDoc = (path: string) => loadFixture(path).doc;

function keysSorted(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysSorted(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const here = keys.join() === [...keys].sort().join() ? [] : [path];
  return [...here, ...keys.flatMap((k) => keysSorted((value as Record<string, unknown>)[k], `${path}.${k}`))];
}

it('has selector data for every adapter, and an adapter for every selector file', () => {
  expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(MAIL_ADAPTERS.map((a) => a.id).sort());
});

it('lists every fixture page with its compose count', () => {
  const pages = files.flatMap((f) => {
    const id = f.replace(/\.json$/, '');
    return readdirSync(resolve(FIXTURES, id))
      .filter((p) => p.endsWith('.html'))
      .map((p) => `${id}/${p}`);
  });
  expect(pages.sort()).toEqual(Object.keys(COMPOSES).sort());
});

describe.each(files)('rules/sites/%s', (file) => {
  const raw = readFileSync(resolve(RULES_DIR, file), 'utf8');
  const rules = parseSiteRules(raw);
  const adapter = MAIL_ADAPTERS.find((a) => a.id === rules.id);
  const pages = Object.keys(COMPOSES).filter((p) => p.startsWith(`${rules.id}/`));

  it('is named after its id, with its adapter and fixtures', () => {
    expect(file).toBe(`${rules.id}.json`);
    expect(existsSync(resolve(ROOT, `lib/sites/${rules.id}.ts`))).toBe(true);
    expect(adapter).toBeDefined();
    expect(pages.length).toBeGreaterThan(0);
  });

  it('has every host (and path) in the manifest match patterns, so a content script runs there', () => {
    const matches = [...WEBMAIL_MATCHES, ...OMNICASA_MATCHES, ...FORMS_MATCHES];
    for (const host of rules.hosts) {
      for (const path of rules.paths ?? ['/']) {
        expect(matches.some((m) => covers(m, `https://${host}${path}`)), `${host}${path}`).toBe(true);
      }
    }
    for (const domain of rules.subdomainsOf ?? []) expect(matches).toContain(`https://*.${domain}/*`);
    // Without hosts (self-hosted apps), its paths are matched on every host.
    for (const path of rules.hosts.length || !rules.paths ? [] : rules.paths) expect(WORDPRESS_MATCHES).toContain(`*://*${path}*`);
  });

  it('is canonically formatted (2-space JSON, final newline) with sorted keys', () => {
    expect(JSON.stringify(rules, null, 2) + '\n').toBe(raw);
    expect(keysSorted(JSON.parse(raw))).toEqual([]);
  });

  it('has valid CSS in every selector', () => {
    const doc = fixtureDoc(pages.find((p) => COMPOSES[p]! > 0)!);
    for (const [name, entry] of Object.entries(rules.selectors)) {
      for (const css of entry.css) expect(() => doc.querySelector(css), `${name}: ${css}`).not.toThrow();
    }
  });

  it.each(pages)('finds the expected compose windows in %s, each matching every required selector', (page) => {
    const roots = adapter!.findComposeRoots(fixtureDoc(page));
    expect(roots).toHaveLength(COMPOSES[page]!);
    for (const root of roots) {
      // The adapter's health check: every required selector, or those of the kind of root (WordPress: block…, classic…).
      expect(adapter!.health(root)).toEqual({ ok: true, missing: [] });
      const required = Object.entries(rules.selectors).filter(([, entry]) => entry.required);
      expect(required.some(([, entry]) => entry.css.some((css) => root.matches(css) || root.querySelector(css)))).toBe(true);
    }
  });

  it('uses every selector somewhere in its fixtures (no dead selector data)', () => {
    const docs = pages.map(fixtureDoc);
    for (const [name, entry] of Object.entries(rules.selectors)) {
      expect(docs.some((doc) => entry.css.some((css) => doc.querySelector(css))), name).toBe(true);
    }
  });

  it('has no workaround past its removal date', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const [name, entry] of Object.entries(rules.selectors)) {
      if (entry.removeAfter) expect(entry.removeAfter > today, `${name} was to be removed after ${entry.removeAfter}`).toBe(true);
    }
  });
});

describe('parseSiteRules', () => {
  const valid = {
    hosts: ['mail.example.be'],
    id: 'demo',
    keys: ['Ctrl+Enter'],
    selectors: { body: { css: ['.body'], note: 'from somewhere', required: true, removeAfter: '2027-01-31' } },
  };

  it('accepts valid data, as an object or a JSON string', () => {
    expect(parseSiteRules(valid)).toEqual(valid);
    const endpoints = {
      own: [{ host: 'api.example.be', includeSubdomains: true, note: 'n' }],
      send: [{ method: 'POST', note: 'n', path: '/mail/*/send', query: { _action: 'send' }, sendOnly: true }],
    };
    expect(parseSiteRules({ ...valid, endpoints })).toEqual({ ...valid, endpoints });
    expect(parseSiteRules(JSON.stringify(valid))).toEqual(valid);
    const bySubdomain = { ...valid, hosts: [], subdomainsOf: ['omnicasa.com'], endpoints: { send: [{ method: 'POST', note: 'HAR', path: '/api/sms', sendOnly: true }] } };
    expect(parseSiteRules(bySubdomain)).toEqual(bySubdomain);
  });

  it('accepts an app without fixed hosts or send shortcut (Roundcube: any host, no shortcut)', () => {
    const anyHost = { ...valid, hosts: [], keys: [] };
    expect(parseSiteRules(anyHost)).toEqual(anyHost);
  });

  it.each([
    ['an unknown key', { ...valid, extra: 1 }],
    ['an unknown selector key', { ...valid, selectors: { body: { css: ['.b'], note: 'n', requried: true } } }],
    ['an empty css list', { ...valid, selectors: { body: { css: [], note: 'n' } } }],
    ['a blank css', { ...valid, selectors: { body: { css: [' '], note: 'n' } } }],
    ['a missing note', { ...valid, selectors: { body: { css: ['.b'] } } }],
    ['a bad removeAfter date', { ...valid, selectors: { body: { css: ['.b'], note: 'n', removeAfter: 'next year' } } }],
    ['a wildcard host', { ...valid, hosts: ['*.google.com'] }],
    ['a subdomain rule without a dot', { ...valid, subdomainsOf: ['com'] }],
    ['an endpoint with an invalid regular expression', { ...valid, endpoints: [{ channel: 'email', method: 'POST', note: 'n', url: '(' }] }],
    ['a path without a leading slash', { ...valid, paths: ['mail/'] }],
    ['a shortcut without a modifier', { ...valid, keys: ['Enter'] }],
    ['a send endpoint with a GET method', { ...valid, endpoints: { send: [{ method: 'GET', note: 'n', path: '/s', sendOnly: true }] } }],
    ['a send endpoint path with a query', { ...valid, endpoints: { send: [{ method: 'POST', note: 'n', path: '/s?a=1', sendOnly: true }] } }],
    ['a send endpoint without sendOnly', { ...valid, endpoints: { send: [{ method: 'POST', note: 'n', path: '/s' }] } }],
    ['an own host with a wildcard', { ...valid, endpoints: { own: [{ host: '*.google.com', note: 'n' }] } }],
    ['an own host without a note', { ...valid, endpoints: { own: [{ host: 'google.com' }] } }],
  ])('rejects %s', (_, data) => {
    expect(() => parseSiteRules(data)).toThrow();
  });
});
