/**
 * The Google Forms guard in Firefox ESR (puppeteer-core over WebDriver BiDi), on the Forms fixture served as
 * docs.google.com through the fixture server's proxy: the allowed form posts, a national number is blocked at the
 * button and on the network (Firefox's declarativeNetRequest), a phone number is sent once after a justification.
 * What reached the "server" is the POSTs to …/formResponse the fixture server recorded.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { step, until, type FirefoxSession } from './support/firefox.ts';
import { dialogShown, launchFirefoxOnFixtures, openOptions, readFirefoxLog, sendAnywayByKeyboard } from './support/firefox-gmail.ts';

/** Listed by the default policy's `web-tools` party (tests/e2e/forms.test.ts explains the ids). */
const ALLOWED_FORM = '1FAIpQLSe_PLACEHOLDER_replace_with_the_published_form_id';
const UNKNOWN_FORM = '1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH4iJ5kL6mN7oP';
const NATIONAL_NUMBER = '85.07.30-033.28';
const PHONE = '0476 12 34 56';
const SUBMIT = '[jsname=M2UYVd]';

describe('Google Forms guard, in Firefox', () => {
  let server: FixtureServer;
  let s: FirefoxSession;
  const postsTo = (formId: string) => server.sent.filter((m) => m.host === 'docs.google.com' && m.path.endsWith(`/d/e/${formId}/formResponse`));

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchFirefoxOnFixtures(server);
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function open(formId: string): Promise<Page> {
    const page = await step('new tab', s.browser.newPage());
    await step('navigation', page.goto(`https://docs.google.com/forms/d/e/${formId}/viewform`));
    await step('the form', page.waitForSelector(SUBMIT));
    return page;
  }

  /** Types into the question with this title, with real key presses. */
  async function answer(page: Page, title: string, text: string): Promise<void> {
    const field = await page.evaluateHandle(
      (t) =>
        [...document.querySelectorAll('[role=listitem]')]
          .find((q) => q.querySelector('.M7eMe')?.textContent?.includes(t))
          ?.querySelector('input.whsOnd, textarea') ?? null,
      title,
    );
    const element = field.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`no question titled ${title}`);
    await step('click the answer', element.click());
    await step('type the answer', page.keyboard.type(text));
  }

  /** A real click on Submit; the page may navigate away, so the click is not awaited past 3 s. */
  const submit = (page: Page) => Promise.race([page.click(SUBMIT), new Promise((r) => setTimeout(r, 3000))]);

  it('lets the allowed form through untouched', async () => {
    const before = postsTo(ALLOWED_FORM).length;
    const page = await open(ALLOWED_FORM);
    await answer(page, 'Message', 'Villa 4 façades, 3 chambres, jardin de 12 ares, PEB B.');
    await submit(page);
    await until('the post', async () => postsTo(ALLOWED_FORM).length === before + 1);
    await page.close();
  });

  it('blocks a national number at Submit, and the page cannot post around the button', async () => {
    const before = postsTo(UNKNOWN_FORM).length;
    const page = await open(UNKNOWN_FORM);
    await answer(page, 'Message', `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await submit(page);
    await until('the send dialog', () => dialogShown(page));
    await new Promise((r) => setTimeout(r, 1000)); // the dialog page loads and focuses "Cancel", its only button
    await page.keyboard.press('Enter');
    await until('the dialog to close', async () => !(await dialogShown(page)));

    // The page's own scripts try the network directly: the block rule stops every POST to this form from the tab.
    const tried = await page.evaluate(async () => {
      const form = document.getElementById('mG61Hd') as HTMLFormElement;
      const body = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
      const fetched = await fetch(form.action, { method: 'POST', body }).then(() => 'reached', () => 'stopped');
      navigator.sendBeacon(form.action, body);
      return fetched;
    });
    expect(tried).toBe('stopped');
    await page.evaluate(() => (document.getElementById('mG61Hd') as HTMLFormElement).submit());
    await new Promise((r) => setTimeout(r, 1500));
    expect(postsTo(UNKNOWN_FORM).length).toBe(before);
    await page.close();
  });

  it('holds a phone number, and posts once after a legal basis and a justification', async () => {
    const before = postsTo(UNKNOWN_FORM).length;
    const page = await open(UNKNOWN_FORM);
    await answer(page, 'Message', `Rappelez le propriétaire au ${PHONE}.`);
    await submit(page);
    await until('the send dialog', () => dialogShown(page));
    expect(postsTo(UNKNOWN_FORM).length).toBe(before);
    await sendAnywayByKeyboard(page, 'Le propriétaire a demandé à être rappelé.');
    await until('the post', async () => postsTo(UNKNOWN_FORM).length === before + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(postsTo(UNKNOWN_FORM).length).toBe(before + 1);
    expect(postsTo(UNKNOWN_FORM).at(-1)?.body).toMatchObject({ 'entry.1333333333': `Rappelez le propriétaire au ${PHONE}.` });
    await page.close();
  });

  it('logged the blocked and the sent-anyway shares, without raw values', async () => {
    const page = await openOptions(s);
    type Row = { site: string; choice: string; justification?: { text?: string } };
    const rows = (await readFirefoxLog<Row>(page, 2)).filter((r) => r.site === 'google-forms');
    expect(rows.map((r) => r.choice).sort()).toEqual(['blocked', 'sent-anyway']);
    expect(rows.find((r) => r.choice === 'sent-anyway')?.justification?.text).toBe('Le propriétaire a demandé à être rappelé.');
    const text = JSON.stringify(rows);
    for (const raw of [NATIONAL_NUMBER, '85073003328', PHONE, '0476123456']) expect(text).not.toContain(raw);
  });
});
