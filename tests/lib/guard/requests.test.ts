/**
 * The network backstop's pure parts: which requests are the site's own, what a body says as text, and the policy's
 * decision on a request (lib/guard/request-body.ts, lib/guard/requests.ts).
 */
import { describe, expect, it } from 'vitest';
import defaultPolicyJson from '../../../rules/default-policy.json';
import { parsePolicy } from '../../../rules/schema.ts';
import { SITE_RULES, siteRulesForHost } from '../../../lib/sites/rules.ts';
import { MAIL_ADAPTERS } from '../../../lib/sites/index.ts';
import { MAX_REQUEST_TEXT, bodyTextSync, isOwnRequest, nothingToCheck, sendEndpointOf } from '../../../lib/guard/request-body.ts';
import { RecentKeys, checkRequest, requestDestination, requestText, webRequestText } from '../../../lib/guard/requests.ts';

const parsed = parsePolicy(defaultPolicyJson);
if (!parsed.ok) throw new Error('default policy invalid');
const policy = parsed.policy;
const gmail = siteRulesForHost('mail.google.com')!;
const NN = '85.07.30-033.28';

describe('site rules for the network', () => {
  it('has the rules of every adapter, found by exact host', () => {
    expect(SITE_RULES.map((r) => r.id).sort()).toEqual(MAIL_ADAPTERS.map((a) => a.id).sort());
    expect(siteRulesForHost('MAIL.GOOGLE.COM.')?.id).toBe('gmail');
    expect(siteRulesForHost('mail.google.com.evil.test')).toBeUndefined();
  });
});

describe('isOwnRequest', () => {
  const own = (url: string, pageHost = 'mail.google.com') => isOwnRequest(new URL(url), pageHost, gmail);

  it('counts the page host, the site hosts and the hosts the rules list as own', () => {
    expect(own('https://mail.google.com/sync/u/0/i/s')).toBe(true);
    expect(own('https://people-pa.clients6.google.com/v2/people')).toBe(true);
    expect(own('https://play.google.com/log?format=json')).toBe(true);
    expect(own('https://www.googleapis.com/upload')).toBe(true);
    expect(own('https://intranet.example/x', 'intranet.example')).toBe(true);
  });

  it('does not stretch a host rule across a label boundary or to look-alikes', () => {
    expect(own('https://evilgoogle.com/x')).toBe(false);
    expect(own('https://google.com.evil.test/x')).toBe(false);
    expect(own('https://collect.evil.test/c')).toBe(false);
    expect(isOwnRequest(new URL('https://people-pa.clients6.google.com/'), 'unknown.example', undefined)).toBe(false);
  });
});

describe('sendEndpointOf', () => {
  it("matches Gmail's send endpoint by method, host and path with one-segment wildcards", () => {
    expect(sendEndpointOf(new URL('https://mail.google.com/sync/u/0/i/s?hl=fr&c=3'), 'post', gmail)?.path).toBe('/sync/u/*/i/s');
    expect(sendEndpointOf(new URL('https://mail.google.com/sync/u/12/i/s'), 'POST', gmail)).toBeDefined();
    expect(sendEndpointOf(new URL('https://mail.google.com/sync/u/0/i/s'), 'GET', gmail)).toBeUndefined();
    expect(sendEndpointOf(new URL('https://mail.google.com/sync/u/0/i/fd'), 'POST', gmail)).toBeUndefined();
    expect(sendEndpointOf(new URL('https://mail.google.com/sync/u//i/s'), 'POST', gmail)).toBeUndefined();
    expect(sendEndpointOf(new URL('https://evil.test/sync/u/0/i/s'), 'POST', gmail)).toBeUndefined();
  });

  it('requires the query parameters an endpoint names (Outlook CreateItem)', () => {
    const outlook = siteRulesForHost('outlook.office.com')!;
    expect(sendEndpointOf(new URL('https://outlook.office.com/owa/service.svc?action=CreateItem&app=Mail'), 'POST', outlook)).toBeDefined();
    expect(sendEndpointOf(new URL('https://outlook.office.com/owa/service.svc?action=FindItem'), 'POST', outlook)).toBeUndefined();
  });
});

describe('bodyTextSync', () => {
  it('reads strings, URLSearchParams, FormData text fields and bytes; not Blobs or streams', () => {
    expect(bodyTextSync(undefined)).toBe('');
    expect(bodyTextSync(`{"nn":"${NN}"}`)).toBe(`{"nn":"${NN}"}`);
    expect(bodyTextSync(new URLSearchParams({ nn: NN }))).toBe('nn=85.07.30-033.28');
    const form = new FormData();
    form.append('nn', NN);
    form.append('file', new File(['x'], 'carte-identite.pdf'));
    expect(bodyTextSync(form)).toBe(`nn=${NN}\nfile=carte-identite.pdf`);
    expect(bodyTextSync(new TextEncoder().encode(NN))).toBe(NN);
    expect(bodyTextSync(new TextEncoder().encode(NN).buffer)).toBe(NN);
    expect(bodyTextSync(new Blob([NN]))).toBeUndefined();
    expect(bodyTextSync(new ReadableStream())).toBeUndefined();
  });

  it('has nothing to check without a body or a query', () => {
    expect(nothingToCheck(new URL('https://a.test/x'), '')).toBe(true);
    expect(nothingToCheck(new URL('https://a.test/x?q=1'), '')).toBe(false);
    expect(nothingToCheck(new URL('https://a.test/x'), 'x')).toBe(false);
  });
});

describe('requestText', () => {
  it('decodes an urlencoded body and appends the query, keeps JSON as written', () => {
    const url = new URL('https://collect.evil.test/c?tel=%2B32%20476%2012%2034%2056');
    expect(requestText(url, 'nn=85.07.30%2D033.28&x=1')).toBe(`nn=${NN}\nx=1\ntel=+32 476 12 34 56`);
    expect(requestText(new URL('https://a.test/'), '{"tel":"+32 476 12 34 56"}')).toBe('{"tel":"+32 476 12 34 56"}');
  });

  it('gives the policy the host and path, never the query', () => {
    expect(requestDestination(new URL('https://Collect.Evil.test/c/1?nn=1'))).toEqual({ kind: 'host', host: 'collect.evil.test', url: 'https://collect.evil.test/c/1' });
  });
});

describe('checkRequest', () => {
  const check = (url: string, body: string) => {
    const u = new URL(url);
    return checkRequest('gmail', u, requestText(u, body), policy);
  };

  it('blocks a national number to a host no party covers, with the finding and reason', () => {
    const c = check('https://collect.evil.test/c', JSON.stringify({ nn: NN }));
    expect(c.decision.decision).toBe('block');
    expect(c.findings.map((f) => f.type)).toContain('be-national-number');
    expect(c.decision.destinations[0]?.reasons[0]?.code).toBe('unknown-recipient');
  });

  it('finds data in the query string too', () => {
    expect(check(`https://collect.evil.test/c?nn=${encodeURIComponent(NN)}`, '').decision.decision).toBe('block');
  });

  it('allows a body without personal data', () => {
    const c = check('https://collect.evil.test/c', JSON.stringify({ event: 'open', ms: 1234 }));
    expect(c.decision.decision).toBe('allow');
    expect(c.findings).toEqual([]);
  });

  it('allows what the party whose URL pattern covers the host may receive', () => {
    const c = check('https://cup.century21-benelux.invalid/upload', `Numéro national du vendeur : ${NN}`);
    expect(c.findings.map((f) => f.type)).toContain('be-national-number');
    expect(c.decision.decision).toBe('allow');
    expect(c.decision.destinations[0]?.party).toBe('c21-benelux');
  });

  it('fails per the policy (block closed) when the text is too large to scan', () => {
    const c = check('https://collect.evil.test/c', 'x'.repeat(MAX_REQUEST_TEXT + 1));
    expect(c.failed).toBe(true);
    expect(c.findings).toEqual([]);
    expect(c.decision.decision).toBe('block');
    expect(c.decision.destinations[0]?.reasons[0]?.code).toBe('fail-closed');
  });
});

describe('webRequestText', () => {
  it('reads form fields and raw bytes, and refuses bodies over the limit', () => {
    expect(webRequestText({ formData: { nn: [NN], a: ['1', '2'] } })).toBe(`nn=${NN}\na=1\na=2`);
    const bytes = new TextEncoder().encode(JSON.stringify({ nn: NN })).buffer;
    expect(webRequestText({ raw: [{ bytes }] })).toBe(JSON.stringify({ nn: NN }));
    expect(webRequestText({ raw: [{ bytes: new TextEncoder().encode('nn=85.07.30%2D033.28').buffer }] })).toBe(`nn=${NN}`);
    expect(webRequestText({ raw: [{ bytes: new ArrayBuffer(11) }] }, 10)).toBeNull();
    expect(webRequestText({ formData: { a: ['x'.repeat(20)] } }, 10)).toBeNull();
    expect(webRequestText({ raw: [{ file: '/tmp/x' }] })).toBeNull();
    expect(webRequestText({ error: 'unavailable' })).toBeNull();
    expect(webRequestText(undefined)).toBeNull();
  });
});

describe('RecentKeys', () => {
  it('remembers keys for its ttl, takes them out once, and stays bounded', () => {
    const r = new RecentKeys(1000, 3);
    expect(r.touch('a', 0)).toBe(false);
    expect(r.touch('a', 500)).toBe(true);
    expect(r.touch('a', 2000)).toBe(false); // expired, remembered again
    expect(r.take('a', 2100)).toBe(true);
    expect(r.take('a', 2100)).toBe(false);
    for (const k of ['b', 'c', 'd', 'e']) r.touch(k, 3000);
    expect(r.take('b', 3000)).toBe(false); // the oldest made room
    expect(r.take('e', 3000)).toBe(true);
  });
});
