/**
 * The Gmail demo page in Firefox ESR (puppeteer-core over WebDriver BiDi), worked with real input. Firefox reaches
 * the demo pages under their real host names through the fixture server's CONNECT proxy.
 */
import type { LaunchOptions, Page } from 'puppeteer-core';
import type { FixtureServer } from '../../../scripts/lib/fixture-server.ts';
import { launchFirefox, step, until, type FirefoxSession } from './firefox.ts';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/?draft=none#inbox?compose=new';
const COMPOSE = '.dw .no > .aJl div.M9';
const TO = `${COMPOSE} div[name=to] input[peoplekit-id]`;
const SEND = `${COMPOSE} .IZ .Up div > div[role=button].T-I-atl:not([aria-haspopup=true])`;

/**
 * Firefox through the fixture server's proxy, warmed up: a fresh profile on a fresh machine can stall its very first
 * navigation (first-run work, the proxy's first TLS handshake), so the page is loaded until it answers and the tests
 * measure Vigie, not Firefox's start.
 */
export async function launchFirefoxOnFixtures(server: FixtureServer, extension?: Parameters<typeof launchFirefox>[2]): Promise<FirefoxSession> {
  const options: Partial<LaunchOptions> = { acceptInsecureCerts: true };
  const s = await launchFirefox(
    {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    options,
    extension,
  );
  for (let attempt = 1; ; attempt++) {
    const page = await s.browser.newPage();
    try {
      await step('warm-up navigation', page.goto(GMAIL_URL), 30_000);
      await step('warm-up compose', page.waitForSelector(TO), 15_000);
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return s;
}

export async function composeGmail(s: FirefoxSession, to: string, body: string): Promise<Page> {
  const page = await step('new tab', s.browser.newPage());
  await step('navigation', page.goto(GMAIL_URL));
  await step('compose window', page.waitForSelector(TO));
  await step('click To', page.click(TO));
  await step('type the recipient', page.keyboard.type(to));
  await step('commit the recipient', page.keyboard.press('Enter'));
  await step('click the body', page.click(`${COMPOSE} .Ap [g_editable=true]`));
  await step('type the body', page.keyboard.type(body));
  return page;
}

/** A real click whose target may vanish (the compose closes on send): its promise is not awaited past 3 s. */
export async function clickSend(page: Page): Promise<void> {
  await Promise.race([page.click(SEND), new Promise((r) => setTimeout(r, 3000))]);
}

/**
 * Whether the send dialog is shown. WebDriver BiDi does not expose the extension page's frame in Firefox, so the
 * tests see the dialog from the page (its host element) and work it with the keyboard, as a person can.
 */
export const dialogShown = (page: Page) => page.evaluate(() => !!document.querySelector('[data-vigie=dialog-host]'));

/**
 * Sends anyway from the open dialog with the keyboard only, as a person can (BiDi does not expose the dialog's
 * frame): from "Cancel", which has the focus, back to the justification and the legal basis (the first one),
 * then forward to "Send anyway".
 */
export async function sendAnywayByKeyboard(page: Page, justification: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000)); // the dialog page loads and focuses "Cancel"
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type(justification);
  await page.keyboard.press('Tab'); // Cancel
  await page.keyboard.press('Tab'); // Send anyway
  await page.keyboard.press('Enter');
}

/** The extension's options page (not awaited: BiDi may never report an extension page's load as done). */
export async function openOptions(s: FirefoxSession): Promise<Page> {
  const page = await s.browser.newPage();
  void page.goto(`${s.extensionBase}options.html`).catch(() => undefined);
  return page;
}

/** The share log rows, read from an extension page (the log is the extension's IndexedDB `vigie`). */
export function readFirefoxLog<T>(page: Page, atLeast: number): Promise<T[]> {
  return until('the log', () =>
    page
      .evaluate(
        () =>
          new Promise<unknown[]>((resolve, reject) => {
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
      )
      .then((r) => (r.length >= atLeast ? (r as T[]) : undefined)),
  );
}
