/**
 * The Google Forms guard end to end, in Debian's Chromium, on the Forms fixture served as docs.google.com. What
 * reached the "server" is the POSTs to …/formResponse it recorded; what was logged is read from the extension's log;
 * the network block is the extension's declarativeNetRequest session rules.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog, readLog, waitForLog } from './support/log.ts';
import { clickInDialog, dialogFrame, hasDialog } from './support/mail.ts';

/**
 * The default policy's `web-tools` party lists this id (a placeholder for the agency's real listing form, but a
 * well-formed published id): the one form the policy allows. It may receive property data and photos only.
 */
const ALLOWED_FORM = '1FAIpQLSe_PLACEHOLDER_replace_with_the_published_form_id';
/** A form no party lists: the unknown-recipient defaults apply (contact data: warn, identity numbers: block). */
const UNKNOWN_FORM = '1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH4iJ5kL6mN7oP';
const NATIONAL_NUMBER = '85.07.30-033.28';
const PHONE = '0476 12 34 56';
const PROPERTY = 'Villa 4 façades, 3 chambres, jardin de 12 ares, PEB B.';

describe('Google Forms guard', () => {
  let server: FixtureServer;
  let s: ChromiumSession;
  const posts = () => server.sent.filter((m) => m.host === 'docs.google.com' && m.path.endsWith('/formResponse'));
  const postsTo = (formId: string) => posts().filter((m) => m.path.includes(`/d/e/${formId}/`));
  // Bounded (a worker's evaluate has no timeout of its own): a worker that stops answering fails here, by name,
  // instead of hanging the test until its 90 s.
  const formRules = () =>
    Promise.race([
      s.worker.evaluate(async () => {
        const dnr = (globalThis as unknown as { chrome: { declarativeNetRequest: { getSessionRules(): Promise<{ condition: { regexFilter?: string; tabIds?: number[] } }[]> } } }).chrome.declarativeNetRequest;
        return (await dnr.getSessionRules()).map((r) => r.condition.regexFilter ?? '');
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the service worker did not list its network rules within 15 s')), 15_000)),
    ]);

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function open(formId: string, query = ''): Promise<Page> {
    const page = await s.context.newPage();
    page.setDefaultTimeout(20_000); // a stuck step fails by name, not as the test's 90 s timeout
    await page.goto(`https://docs.google.com/forms/d/e/${formId}/viewform${query}`);
    return page;
  }

  /** Types an answer as an agent does (trusted input events), into the question with this title. */
  async function answer(page: Page, title: string, text: string): Promise<void> {
    const question = page.locator('[role=listitem]').filter({ has: page.locator('.M7eMe', { hasText: title }) });
    await question.locator('input.whsOnd, textarea').fill(text);
  }

  const submit = (page: Page) => page.locator('[jsname=M2UYVd]').click();

  it('lets an allowed form through untouched, and logs it', async () => {
    const before = posts().length;
    const logBefore = (await readLog(s.worker)).length;
    const page = await open(ALLOWED_FORM);
    await answer(page, 'Référence du bien', 'Villa Uccle');
    await answer(page, 'Message', `Propriétaire : Sophie Lambert. ${PROPERTY}`);
    await submit(page);
    await expect.poll(() => posts().length).toBe(before + 1);
    expect(postsTo(ALLOWED_FORM).at(-1)?.body).toMatchObject({ 'entry.1333333333': `Propriétaire : Sophie Lambert. ${PROPERTY}`, pageHistory: '0' });
    await page.getByText('Votre réponse a bien été enregistrée.').waitFor();
    expect(hasDialog(page)).toBe(false);
    const row = (await waitForLog(s.worker, logBefore + 1)).at(-1)!;
    expect(row).toMatchObject({ site: 'google-forms', choice: 'sent', decision: 'allow' });
    expect(row.destinations).toMatchObject([{ to: `form ${ALLOWED_FORM}`, decision: 'allow', kind: 'form', party: 'web-tools' }]);
    expect(row.findings.map((f) => f.type)).toEqual(['person-name']);
    await page.close();
  });

  it('holds a phone number for an unknown form at Enter on Submit; cancel posts nothing and is logged', async () => {
    const before = posts().length;
    const logBefore = (await readLog(s.worker)).length;
    const page = await open(UNKNOWN_FORM);
    await answer(page, 'Message', `Rappelez-moi au ${PHONE}.`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    // The warning keeps clear of Submit: a pointer can still reach the button (Playwright checks what is on top).
    await page.locator('[jsname=M2UYVd]').click({ trial: true, timeout: 5000 });
    await page.locator('[jsname=M2UYVd]').focus();
    await page.keyboard.press('Enter');
    const dialog = await dialogFrame(page);
    expect(await dialog.getByTestId('vigie-send-anyway').isDisabled()).toBe(true);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(posts().length).toBe(before);
    const row = (await waitForLog(s.worker, logBefore + 1)).at(-1)!;
    expect(row).toMatchObject({ site: 'google-forms', choice: 'cancelled', decision: 'warn', status: 'not-sent' });
    expect(row.destinations).toMatchObject([{ to: `form ${UNKNOWN_FORM}`, decision: 'warn' }]);
    expect(await formRules()).toEqual([]); // a warning never blocks the network
    await page.close();
  });

  it('sends anyway exactly once after a justification, and logs it', async () => {
    const before = postsTo(UNKNOWN_FORM).length;
    const page = await open(UNKNOWN_FORM);
    await answer(page, 'Message', `Le propriétaire est joignable au ${PHONE}.`);
    await submit(page);
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-legal-basis').selectOption('consent');
    await dialog.getByTestId('vigie-justification').fill('Le propriétaire a demandé que le portail le contacte directement.');
    await clickInDialog(dialog.getByTestId('vigie-send-anyway'));
    await expect.poll(() => postsTo(UNKNOWN_FORM).length).toBe(before + 1);
    await page.getByText('Votre réponse a bien été enregistrée.').waitFor();
    await page.waitForTimeout(500);
    expect(postsTo(UNKNOWN_FORM).length).toBe(before + 1);
    expect(postsTo(UNKNOWN_FORM).at(-1)?.body).toMatchObject({ 'entry.1333333333': `Le propriétaire est joignable au ${PHONE}.` });
    const row = await findLog(s.worker, (r) => r.site === 'google-forms' && r.choice === 'sent-anyway');
    expect(row?.justification).toMatchObject({ legalBasis: 'consent', text: 'Le propriétaire a demandé que le portail le contacte directement.' });
    await page.close();
  });

  it('blocks a national number, and a page script cannot post the form around the button', async () => {
    const before = posts().length;
    const page = await open(UNKNOWN_FORM);
    await answer(page, 'Message', `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await submit(page);
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    expect(await dialog.getByTestId('vigie-send-anyway').count()).toBe(0);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(await formRules()).toContainEqual(expect.stringContaining(UNKNOWN_FORM));

    // The page's own scripts (the MAIN world) try every way around the held button.
    const fetched = await page.evaluate(async () => {
      const form = document.getElementById('mG61Hd') as HTMLFormElement;
      const body = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
      const tries = [
        fetch(form.action, { method: 'POST', body }),
        fetch(form.action.replace('/u/0/', '/'), { method: 'POST', body, mode: 'no-cors' }),
      ];
      return Promise.all(tries.map((t) => t.then(() => 'reached', () => 'stopped')));
    });
    expect(fetched).toEqual(['stopped', 'stopped']);
    await page.evaluate(() => navigator.sendBeacon((document.getElementById('mG61Hd') as HTMLFormElement).action, 'entry.1333333333=x'));
    await page.evaluate(() => (document.getElementById('mG61Hd') as HTMLFormElement).submit());
    await page.waitForTimeout(1500);
    expect(posts().length).toBe(before);
    await page.close();
  });

  it('after a block, fixing the answers lifts the network block and the form posts once', async () => {
    const before = postsTo(UNKNOWN_FORM).length;
    const page = await open(UNKNOWN_FORM);
    await answer(page, 'Message', `NN : ${NATIONAL_NUMBER}`);
    await submit(page);
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(await formRules()).toContainEqual(expect.stringContaining(UNKNOWN_FORM));

    await answer(page, 'Message', PROPERTY);
    await submit(page);
    await expect.poll(() => postsTo(UNKNOWN_FORM).length).toBe(before + 1);
    expect(postsTo(UNKNOWN_FORM).at(-1)?.body).toMatchObject({ 'entry.1333333333': PROPERTY });
    expect(await formRules()).toEqual([]);
    // The post navigates the tab: closing it while that navigation commits is dropped by Chromium (the tab stays
    // open and page.close() waits until the test's timeout). Close once the confirmation page is there.
    await page.getByText('Votre réponse a bien été enregistrée.').waitFor();
    await page.close();
  });

  it('guards a form embedded in another site, and blocks its posts from that frame', async () => {
    const before = posts().length;
    const page = await s.context.newPage();
    await page.goto('https://demo.vigie.test/embedded-form.html'); // embeds UNKNOWN_FORM with ?embedded=true
    const form = page.frameLocator('iframe[src*="docs.google.com/forms"]');
    await form.locator('textarea').fill(`Numéro national : ${NATIONAL_NUMBER}`);
    await form.locator('[jsname=M2UYVd]').click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    const frame = page.frames().find((f) => f.url().includes('/viewform?embedded=true'))!;
    await frame.evaluate(() => (document.getElementById('mG61Hd') as HTMLFormElement).submit());
    await page.waitForTimeout(1500);
    expect(posts().length).toBe(before);
    await page.close();
  });

  it('holds Next on a multi-page form too, and guards the next page served from /formResponse', async () => {
    const before = postsTo(UNKNOWN_FORM).length;
    const page = await open(UNKNOWN_FORM, '?fixture=multipage');
    await answer(page, 'Adresse du bien', 'Avenue Brugmann, Uccle');
    await answer(page, 'Remarques', `Contact vendeur : ${PHONE}`);
    await page.locator('[jsname=OCpkoe]').click();
    let dialog = await dialogFrame(page);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(postsTo(UNKNOWN_FORM).length).toBe(before);

    await answer(page, 'Remarques', PROPERTY);
    await page.locator('[jsname=OCpkoe]').click();
    await expect.poll(() => postsTo(UNKNOWN_FORM).length).toBe(before + 1);
    expect(postsTo(UNKNOWN_FORM).at(-1)?.body).toMatchObject({ continue: '1', 'entry.2222222222': PROPERTY });
    await page.waitForURL(/\/formResponse$/);
    await page.getByText('Propriétaire : numéro national').waitFor();

    await answer(page, 'Propriétaire : numéro national', NATIONAL_NUMBER);
    await submit(page);
    dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(postsTo(UNKNOWN_FORM).length).toBe(before + 1);
    await page.close();
  });
});
