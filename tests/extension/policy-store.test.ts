/**
 * The policy store (entrypoints/background/policy-store.ts) with WXT's fake browser storage and a fake rules
 * server behind `fetch`: a good signed file is adopted; each bad one is refused with a clear reason while the
 * last good policy stays active (and persisted) and decisions keep following it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decideEnvelope, type Envelope } from '../../lib/guard/analyse.ts';
import type { Refusal } from '../../lib/policy/check-file.ts';
import { generateRulesKeyPair } from '../../lib/policy/signature.ts';
import type { AnalysedFinding, Policy } from '../../lib/policy/types.ts';
import { ADDED_NOTARY, notaryParty, rulesText, sign } from '../support/rules-files.ts';

// A busy shared machine: module reloads and 10 MB bodies take longer than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

type Store = typeof import('../../entrypoints/background/policy-store.ts');

const URL_ = 'https://rules.primogest.example/vigie/rules.json';
const NATIONAL_NUMBER: AnalysedFinding = { type: 'be-national-number', start: 0, end: 15, confidence: 'high', masked: '85…', value: '85073003328' };

/** A static host: serves the current rules file and its .sig, with an ETag, and answers If-None-Match with 304. */
class RulesServer {
  rules: Uint8Array | null = null;
  sig: string | null = null;
  etag = '';
  /** Send Content-Length (a server that streams a huge file may not). */
  contentLength = true;
  requests: { url: string; headers: Record<string, string> }[] = [];
  private n = 0;

  publish(rules: string | Uint8Array, sig: string | null): void {
    this.rules = typeof rules === 'string' ? new TextEncoder().encode(rules) : rules;
    this.sig = sig;
    this.etag = `"v${++this.n}"`;
  }

  fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    this.requests.push({ url, headers });
    if (url === `${URL_}.sig`) return this.sig === null ? new Response('not found', { status: 404 }) : new Response(`${this.sig}\n`);
    if (url !== URL_ || !this.rules) return new Response('not found', { status: 404 });
    if (headers['If-None-Match'] === this.etag) return new Response(null, { status: 304 });
    const bytes = this.rules;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const h: Record<string, string> = { etag: this.etag };
    if (this.contentLength) h['content-length'] = String(bytes.length);
    return new Response(body, { headers: h });
  };
}

function envelope(to: string): Envelope {
  return { site: 'gmail', action: 'send-email', recipients: [{ field: 'to', address: to }], subject: '', attachments: [] };
}
const decisionFor = (policy: Policy, to: string) => decideEnvelope(envelope(to), [NATIONAL_NUMBER], policy).decision;

const keys = await generateRulesKeyPair();
const otherKeys = await generateRulesKeyPair();
const publicKeyString = JSON.stringify(keys.publicJwk);

let server: RulesServer;

/** A fresh background: the module is loaded again (as after a service-worker restart), storage is kept. */
async function startStore(): Promise<Store> {
  vi.resetModules();
  const store: Store = await import('../../entrypoints/background/policy-store.ts');
  await store.policyReady();
  return store;
}

async function managedUrl(extra: Record<string, unknown> = {}): Promise<void> {
  await fakeBrowser.storage.managed.set({ rulesUrl: URL_, rulesPublicKeys: [publicKeyString], ...extra });
}

beforeEach(() => {
  fakeBrowser.reset();
  server = new RulesServer();
  vi.stubGlobal('fetch', server.fetch);
});

describe('without any channel', () => {
  it('uses the bundled default policy', async () => {
    const store = await startStore();
    expect(store.policyStatus()).toMatchObject({ source: 'default', version: 1 });
    expect(store.policyStatus().url).toBeUndefined();
    expect(decisionFor(store.activePolicy(), ADDED_NOTARY)).toBe('block');
  });

  it('Firefox without a policy: storage.managed throwing is the same as no managed policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const store = await startStore();
    expect(store.policyStatus().source).toBe('default');
  });
});

describe('the signed rules URL', () => {
  it('adopts a newer signed file, applies it to decisions, and persists it with its source', async () => {
    await managedUrl();
    const v2 = rulesText(2);
    server.publish(v2, await sign(keys.privateJwk, v2));
    const store = await startStore();
    await store.pollRulesUrl();
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 2, url: URL_ });
    expect(store.policyStatus().lastError).toBeUndefined();
    expect(store.policyStatus().lastCheckedAt).toBeGreaterThan(0);
    expect(decisionFor(store.activePolicy(), ADDED_NOTARY)).toBe('allow');

    // After a restart, with the server gone, the last good policy is still the active one.
    server.publish('', null);
    const restarted = await startStore();
    expect(restarted.policyStatus()).toMatchObject({ source: 'url', version: 2 });
    expect(decisionFor(restarted.activePolicy(), ADDED_NOTARY)).toBe('allow');
  });

  it('asks conditionally: an unchanged file (304, same signature) is not downloaded again', async () => {
    await managedUrl();
    const v2 = rulesText(2);
    server.publish(v2, await sign(keys.privateJwk, v2));
    const store = await startStore();
    await store.pollRulesUrl();
    const changed = vi.fn();
    store.onPolicyChange(changed);
    await store.pollRulesUrl();
    const last = server.requests.filter((r) => r.url === URL_).at(-1)!;
    expect(last.headers['If-None-Match']).toBe(server.etag);
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 2 });
    expect(changed).not.toHaveBeenCalled();
  });

  it('tells listeners when a new version replaces the active one', async () => {
    await managedUrl();
    const store = await startStore();
    const changed = vi.fn();
    store.onPolicyChange(changed);
    const v2 = rulesText(2);
    server.publish(v2, await sign(keys.privateJwk, v2));
    await store.pollRulesUrl();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0]![0].version).toBe(2);
  });

  it('accepts a file signed by any of the pinned keys (key rotation)', async () => {
    await managedUrl({ rulesPublicKeys: [JSON.stringify(otherKeys.publicJwk), publicKeyString] });
    const v2 = rulesText(2);
    server.publish(v2, await sign(keys.privateJwk, v2));
    const store = await startStore();
    await store.pollRulesUrl();
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 2 });
  });

  it('accepts nothing when no key is pinned, and says so', async () => {
    await fakeBrowser.storage.managed.set({ rulesUrl: URL_ });
    const v2 = rulesText(2);
    server.publish(v2, await sign(keys.privateJwk, v2));
    const store = await startStore();
    await store.pollRulesUrl();
    expect(store.policyStatus().source).toBe('default');
    expect(store.policyStatus().lastError).toMatchObject({ code: 'no-key', message: expect.stringMatching(/no public key is pinned/) });
    expect(store.policyStatus().managedErrors?.join()).toMatch(/rulesPublicKeys is empty/);
  });
});

describe('bad rules files are refused; the last good policy stays active', () => {
  const TEN_MB = 10 * 1024 * 1024;
  const expired = (j: Record<string, unknown>) => {
    j.issuedAt = '2020-01-01T00:00:00Z';
    j.expiresAt = '2021-01-01T00:00:00Z';
  };
  const cases: { name: string; make: () => Promise<{ rules: string | Uint8Array; sig: string | null; contentLength?: boolean }>; reason: RegExp; code: Refusal }[] = [
    {
      name: 'a flipped byte after signing',
      make: async () => {
        const text = rulesText(3);
        const bytes = new TextEncoder().encode(text);
        const sig = await sign(keys.privateJwk, bytes);
        bytes[200] = bytes[200]! ^ 0x01;
        return { rules: bytes, sig };
      },
      reason: /signature does not match the file/, code: 'bad-signature',
    },
    {
      name: 'signed with another key',
      make: async () => ({ rules: rulesText(3), sig: await sign(otherKeys.privateJwk, rulesText(3)) }),
      reason: /signature does not match the file: it was changed after signing, or signed with another key/, code: 'bad-signature',
    },
    { name: 'an older version', make: async () => ({ rules: rulesText(1), sig: await sign(keys.privateJwk, rulesText(1)) }), reason: /version 1 is not newer than the active version 2/, code: 'not-newer' },
    { name: 'the same version (replayed)', make: async () => ({ rules: rulesText(2), sig: await sign(keys.privateJwk, rulesText(2)) }), reason: /version 2 is not newer than the active version 2/, code: 'not-newer' },
    {
      name: 'expired',
      make: async () => {
        const text = rulesText(3, { mutate: expired });
        return { rules: text, sig: await sign(keys.privateJwk, text) };
      },
      reason: /the rules expired on 2021-01-01T00:00:00Z/, code: 'expired',
    },
    {
      name: 'truncated in transit',
      make: async () => {
        const text = rulesText(3);
        return { rules: text.slice(0, text.length / 2), sig: await sign(keys.privateJwk, text) };
      },
      reason: /signature does not match the file/, code: 'bad-signature',
    },
    {
      name: 'truncated before signing',
      make: async () => {
        const text = rulesText(3).slice(0, 5000);
        return { rules: text, sig: await sign(keys.privateJwk, text) };
      },
      reason: /not valid JSON/, code: 'not-json',
    },
    {
      name: '10 MB, announced by Content-Length',
      make: async () => {
        const big = new Uint8Array(TEN_MB).fill(0x20);
        return { rules: big, sig: await sign(keys.privateJwk, big) };
      },
      reason: /the rules file is 10\.00 MB; a rules file may be at most 1 MB/, code: 'too-large',
    },
    {
      name: '10 MB, streamed without Content-Length',
      make: async () => {
        const big = new Uint8Array(TEN_MB).fill(0x20);
        return { rules: big, sig: await sign(keys.privateJwk, big), contentLength: false };
      },
      reason: /the rules file is over 1 MB; a rules file may be at most 1 MB/, code: 'too-large',
    },
    {
      name: 'schema-invalid (no parties)',
      make: async () => {
        const text = rulesText(3, { mutate: (j) => (j.parties = []) });
        return { rules: text, sig: await sign(keys.privateJwk, text) };
      },
      reason: /\d+ errors? in the rules, first: parties: must list at least one party/, code: 'invalid',
    },
    {
      name: 'a look-alike domain (Cyrillic letter in a notary domain)',
      make: async () => {
        const text = rulesText(3, { notaryDomains: ['nоtaire-dubois.be'] }); // the first "о" is Cyrillic
        return { rules: text, sig: await sign(keys.privateJwk, text) };
      },
      reason: /parties\[2\]\.recognise\.domains\[\d+\]\.domain: "nоtaire-dubois\.be" mixes Latin and Cyrillic letters in one label: a look-alike/, code: 'invalid',
    },
    {
      name: 'a look-alike of an existing domain claimed by another party',
      make: async () => {
        const text = rulesText(3, { mutate: (j) => j.parties.find((p: { id: string }) => p.id === 'law-firm').recognise.domains.push({ domain: 'NOTAIRE.be.' }) });
        return { rules: text, sig: await sign(keys.privateJwk, text) };
      },
      reason: /parties\[9\]\.recognise\.domains\[1\]\.domain: notaire\.be is already claimed at parties\[2\]/, code: 'invalid',
    },
    {
      name: 'a catch-all wildcard',
      make: async () => {
        const text = rulesText(3, { mutate: (j) => (notaryParty(j).recognise.domains[0].domain = '*.be') });
        return { rules: text, sig: await sign(keys.privateJwk, text) };
      },
      reason: /parties\[2\]\.recognise\.domains\[0\]\.domain: "\*\.be" is a catch-all wildcard/, code: 'invalid',
    },
    { name: 'no signature file', make: async () => ({ rules: rulesText(3), sig: null }), reason: /signature .*rules\.json\.sig could not be fetched: HTTP 404/, code: 'unreachable' },
    { name: 'a signature that is not one', make: async () => ({ rules: rulesText(3), sig: 'not-a-signature!' }), reason: /the signature is not base64/, code: 'bad-signature' },
  ];

  it('has at least 10 kinds of bad file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('$name', async ({ make, reason, code }) => {
    await managedUrl();
    const good = rulesText(2);
    server.publish(good, await sign(keys.privateJwk, good));
    const store = await startStore();
    await store.pollRulesUrl();
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 2 });

    const bad = await make();
    server.publish(bad.rules, bad.sig);
    server.contentLength = bad.contentLength ?? true;
    await store.pollRulesUrl();
    const status = store.policyStatus();
    expect(status.lastError?.message).toMatch(reason);
    expect(status.lastError?.code).toBe(code); // what the options page says, translated
    expect(status).toMatchObject({ source: 'url', version: 2 });
    // Decisions keep following the last good policy: the notary it added is allowed, an unknown address is not.
    expect(decisionFor(store.activePolicy(), ADDED_NOTARY)).toBe('allow');
    expect(decisionFor(store.activePolicy(), 'sophie.lambert@gmail.com')).toBe('block');

    // Still refused (and said so) after a restart, on the next poll of the same file.
    const restarted = await startStore();
    expect(restarted.policyStatus()).toMatchObject({ source: 'url', version: 2 });
    await restarted.pollRulesUrl();
    expect(restarted.policyStatus().lastError).toMatchObject({ code, message: expect.stringMatching(reason) });
    expect(restarted.policyStatus().version).toBe(2);
  });

  it('a fixed file after a refused one is adopted and clears the error', async () => {
    await managedUrl();
    const good = rulesText(2);
    server.publish(good, await sign(keys.privateJwk, good));
    const store = await startStore();
    await store.pollRulesUrl();
    server.publish(rulesText(3), await sign(otherKeys.privateJwk, rulesText(3)));
    await store.pollRulesUrl();
    expect(store.policyStatus().lastError).toBeDefined();
    server.publish(rulesText(3), await sign(keys.privateJwk, rulesText(3)));
    await store.pollRulesUrl();
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 3 });
    expect(store.policyStatus().lastError).toBeUndefined();
  });

  it('anti-rollback survives a restart: an old signed file replayed later is refused', async () => {
    await managedUrl();
    const v2 = rulesText(2);
    const v2sig = await sign(keys.privateJwk, v2);
    const v3 = rulesText(3);
    server.publish(v3, await sign(keys.privateJwk, v3));
    const store = await startStore();
    await store.pollRulesUrl();
    server.publish(v2, v2sig);
    const restarted = await startStore();
    await restarted.pollRulesUrl();
    expect(restarted.policyStatus()).toMatchObject({ source: 'url', version: 3 });
    expect(restarted.policyStatus().lastError?.message).toMatch(/version 2 is not newer than the active version 3/);
  });

  it('a network failure keeps the policy and records the error', async () => {
    await managedUrl();
    const good = rulesText(2);
    server.publish(good, await sign(keys.privateJwk, good));
    const store = await startStore();
    await store.pollRulesUrl();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await store.pollRulesUrl();
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 2 });
    expect(store.policyStatus().lastError).toMatchObject({ code: 'unreachable', message: expect.stringMatching(/could not be reached: Failed to fetch/) });
  });
});

describe('managed rules, identity and local rules', () => {
  it('managed inline rules are the active policy; invalid ones are reported and ignored', async () => {
    await fakeBrowser.storage.managed.set({ rules: rulesText(4) });
    let store = await startStore();
    expect(store.policyStatus()).toMatchObject({ source: 'managed', version: 4 });
    expect(decisionFor(store.activePolicy(), ADDED_NOTARY)).toBe('allow');

    await fakeBrowser.storage.managed.set({ rules: '{"version": 5' });
    store = await startStore();
    expect(store.policyStatus().source).toBe('default');
    expect(store.policyStatus().managedErrors?.[0]).toMatch(/^rules: not valid JSON/);
  });

  it('managed and URL compete on version; managed changes apply while running', async () => {
    await managedUrl({ rules: rulesText(4) });
    const v5 = rulesText(5);
    server.publish(v5, await sign(keys.privateJwk, v5));
    const store = await startStore();
    expect(store.policyStatus()).toMatchObject({ source: 'managed', version: 4 });
    await store.pollRulesUrl();
    expect(store.policyStatus()).toMatchObject({ source: 'url', version: 5 });
    await fakeBrowser.storage.managed.set({ rules: rulesText(6) });
    await store.reloadManaged();
    expect(store.policyStatus()).toMatchObject({ source: 'managed', version: 6 });
  });

  it('parses the managed identity, roles and poll interval, and schedules the poll alarm from it', async () => {
    await managedUrl({
      agentName: 'Sophie Lambert',
      agentEmail: 'Sophie.Lambert@primogest.be',
      role: 'director',
      adminEmails: ['it@primogest.be'],
      pollIntervalMinutes: 30,
    });
    const store = await startStore();
    expect(store.managedConfig()).toMatchObject({
      agentName: 'Sophie Lambert',
      agentEmail: 'sophie.lambert@primogest.be',
      role: 'director',
      adminEmails: ['it@primogest.be'],
      pollIntervalMinutes: 30,
    });
    store.startPolicyChannels();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(store.POLICY_POLL_ALARM))?.periodInMinutes).toBe(30));
  });

  it('local rules apply only without managed/URL rules, must be newer, and need a pinned key signature when keys are pinned', async () => {
    let store = await startStore();
    expect(await store.applyLocalPolicy(rulesText(1))).toEqual({ ok: false, code: 'not-newer', error: expect.stringMatching(/version 1 is not newer than the active version 1/) });
    expect(await store.applyLocalPolicy(rulesText(2, { mutate: (j) => (notaryParty(j).recognise.domains[0].domain = '*') }))).toMatchObject({ ok: false, code: 'invalid', error: /catch-all/ });
    expect(await store.applyLocalPolicy(rulesText(2))).toEqual({ ok: true });
    expect(store.policyStatus()).toMatchObject({ source: 'local', version: 2 });
    store = await startStore();
    expect(store.policyStatus()).toMatchObject({ source: 'local', version: 2 });

    await fakeBrowser.storage.managed.set({ rules: rulesText(7) });
    store = await startStore();
    expect(await store.applyLocalPolicy(rulesText(8))).toMatchObject({ ok: false, code: 'organisation', error: /set by the organisation/ });

    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ rulesPublicKeys: [publicKeyString] });
    store = await startStore();
    expect(await store.applyLocalPolicy(rulesText(3))).toMatchObject({ ok: false, code: 'unsigned', error: /not signed/ });
    expect(await store.applyLocalPolicy(rulesText(3), await sign(otherKeys.privateJwk, rulesText(3)))).toMatchObject({ ok: false, code: 'bad-signature', error: /does not match/ });
    expect(await store.applyLocalPolicy(rulesText(3), await sign(keys.privateJwk, rulesText(3)))).toEqual({ ok: true });
    expect(store.policyStatus()).toMatchObject({ source: 'local', version: 3 });
  });
});
