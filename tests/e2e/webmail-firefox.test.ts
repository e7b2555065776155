/**
 * The core Gmail scenario in Firefox ESR (puppeteer-core over WebDriver BiDi): allowed send goes through,
 * a phone number to an unknown address is held, sent anyway once with a justification, and logged.
 * Firefox reaches the demo pages under their real host names through the fixture server's CONNECT proxy.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchFirefox, type FirefoxSession } from './support/firefox.ts';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/?draft=none#inbox?compose=new';
const COMPOSE = '.dw .no > .aJl div.M9';
const SEND = `${COMPOSE} .IZ .Up div > div[role=button].T-I-atl:not([aria-haspopup=true])`;

/** A real click whose target may vanish (the compose closes on send): its promise is not awaited past 3 s. */
async function clickSend(page: Page): Promise<void> {
  await Promise.race([page.click(SEND), new Promise((r) => setTimeout(r, 3000))]);
}

/** Bounds a browser step, so a hang fails fast and says which step hung instead of eating the test's whole timeout. */
async function step<T>(what: string, p: Promise<T>, ms = 20_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('webmail guard on gmail, in Firefox', () => {
  let server: FixtureServer;
  let s: FirefoxSession;
  const sent = () => server.sent.filter((m) => m.host === 'mail.google.com');

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchFirefox(
      {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': server.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
      { acceptInsecureCerts: true },
    );
    // Warm-up: a fresh profile on a fresh machine can stall its very first navigation (first-run work, the proxy's
    // first TLS handshake). Load the page until it answers, so the tests below measure Vigie, not Firefox's start.
    for (let attempt = 1; ; attempt++) {
      const page = await s.browser.newPage();
      try {
        await step('warm-up navigation', page.goto(GMAIL_URL), 30_000);
        await step('warm-up compose', page.waitForSelector(`${COMPOSE} div[name=to] input[peoplekit-id]`), 15_000);
        break;
      } catch (e) {
        if (attempt === 3) throw e;
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function compose(to: string, body: string): Promise<Page> {
    const page = await step('new tab', s.browser.newPage());
    await step('navigation', page.goto(GMAIL_URL));
    await step('compose window', page.waitForSelector(`${COMPOSE} div[name=to] input[peoplekit-id]`));
    await step('click To', page.click(`${COMPOSE} div[name=to] input[peoplekit-id]`));
    await step('type the recipient', page.keyboard.type(to));
    await step('commit the recipient', page.keyboard.press('Enter'));
    await step('click the body', page.click(`${COMPOSE} .Ap [g_editable=true]`));
    await step('type the body', page.keyboard.type(body));
    return page;
  }

  /**
   * Whether the send dialog is shown. WebDriver BiDi does not expose the extension page's frame in Firefox, so the
   * tests see the dialog from the page (its host element) and work it with the keyboard, as a person can.
   */
  const dialogShown = (page: Page) => page.evaluate(() => !!document.querySelector('[data-vigie=dialog-host]'));

  it('sends to a notary untouched', async () => {
    const before = sent().length;
    const page = await compose('etude.dubois@notaire.be', 'NN du vendeur : 85.07.30-033.28');
    await clickSend(page);
    await until('the send', async () => sent().length === before + 1);
    expect(await dialogShown(page)).toBe(false);
    await page.close();
  });

  it('warns while typing, holds the send, and sends once after a justification', async () => {
    const before = sent().length;
    const page = await compose('sophie.lambert@gmail.com', 'Rappelez-moi au 0476 12 34 56.');
    await until('the inline warning', () =>
      page.evaluate(() => !!document.querySelector('[data-vigie=inline-warning-host]')?.shadowRoot?.querySelector('[data-testid=vigie-inline-warning]')),
    );
    await clickSend(page);
    await until('the send dialog', () => dialogShown(page));
    await new Promise((r) => setTimeout(r, 1000)); // the dialog page loads and focuses "Cancel"
    expect(sent().length).toBe(before);
    // Keyboard only: from Cancel, back to the justification, back to the legal basis, pick the first one.
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('La cliente demande à être rappelée.');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Send anyway
    await page.keyboard.press('Enter');
    await until('the send', async () => sent().length === before + 1);
    expect(await dialogShown(page)).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(sent().length).toBe(before + 1);
    await page.close();
  });

  it('logged both shares, with the justification and without raw values', async () => {
    const page = await s.browser.newPage();
    void page.goto(`${s.extensionBase}options.html`).catch(() => undefined);
    const rows = await until('the log', () =>
      page.evaluate(
        () =>
          new Promise<{ choice: string; justification?: { legalBasis?: string; text?: string } }[]>((resolve, reject) => {
            const open = indexedDB.open('vigie');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('shares').objectStore('shares').getAll();
              req.onsuccess = () => {
                open.result.close();
                resolve(req.result);
              };
            };
          }),
      ).then((r) => (r.length >= 2 ? r : undefined)),
    );
    expect(rows.map((r) => r.choice).sort()).toEqual(['sent', 'sent-anyway']);
    const anyway = rows.find((r) => r.choice === 'sent-anyway');
    expect(anyway?.justification?.legalBasis).toBeTruthy();
    expect(anyway?.justification?.text).toBe('La cliente demande à être rappelée.');
    const text = JSON.stringify(rows);
    expect(text).not.toContain('85.07.30-033.28');
    expect(text).not.toContain('0476 12 34 56');
    expect(text).not.toContain('0476123456');
  });
});
