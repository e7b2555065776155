/**
 * The webmail guard end to end, in Debian's Chromium, on the Gmail and Outlook demo pages served under their
 * real host names. What reached the "server" is checked on the server, what was logged in the extension's log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog, readLog, waitForLog } from './support/log.ts';
import { GMAIL, OUTLOOK, addRecipient, clickInDialog, dialogFrame, hasDialog, newest, typeBody, type MailSite } from './support/mail.ts';

const NATIONAL_NUMBER = '85.07.30-033.28';
const PHONE = '0476 12 34 56';
const NOTARY = 'etude.dubois@notaire.be';
const UNKNOWN = 'sophie.lambert@gmail.com';

describe.each([GMAIL, OUTLOOK])('webmail guard on $id', (site: MailSite) => {
  let server: FixtureServer;
  let s: ChromiumSession;
  const sentHere = () => server.sent.filter((m) => m.host === new URL(site.url).hostname);

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function compose(to: string, body: string) {
    const page = await s.context.newPage();
    await page.goto(site.url);
    const c = newest(site, page);
    await addRecipient(site, c, 'to', to);
    await typeBody(site, c, body);
    return { page, c };
  }

  it('lets an allowed send through untouched, and logs it', async () => {
    const before = sentHere().length;
    const logBefore = (await readLog(s.worker)).length;
    const { page, c } = await compose(NOTARY, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await site.sendButton(c).click();
    await expect.poll(() => sentHere().length).toBe(before + 1);
    expect(hasDialog(page)).toBe(false);
    const rows = await waitForLog(s.worker, logBefore + 1);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({ site: site.id, choice: 'sent', decision: 'allow' });
    expect(row.findings.map((f) => f.type)).toContain('be-national-number');
    await page.close();
  });

  it('blocks a national number to an unknown address: no way to send, nothing reaches the server', async () => {
    const before = sentHere().length;
    const { page, c } = await compose(UNKNOWN, `Son numéro national : ${NATIONAL_NUMBER}`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await site.sendButton(c).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    expect(await dialog.getByTestId('vigie-send-anyway').count()).toBe(0);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(sentHere().length).toBe(before);
    const row = await findLog(s.worker, (r) => r.destinations.some((d) => d.to === UNKNOWN) && r.choice === 'blocked');
    expect(row?.decision).toBe('block');
    await page.close();
  });

  it('holds a phone number to an unknown address; cancel sends nothing and is logged as cancelled', async () => {
    const before = sentHere().length;
    const logBefore = (await readLog(s.worker)).length;
    const { page, c } = await compose(UNKNOWN, `Vous pouvez me joindre au ${PHONE}.`);
    // The warning loads the dialog page ahead, hidden and without an event; the send shows it in that same frame.
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/dialog.html'))).toBe(true);
    const standby = page.frames().find((f) => f.url().endsWith('/dialog.html'))!;
    await standby.waitForLoadState('load');
    expect(await page.locator('[data-vigie=dialog-host]').count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    const dialog = await dialogFrame(page);
    expect(dialog).toBe(standby);
    expect(await dialog.getByTestId('vigie-send-anyway').isDisabled()).toBe(true);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(sentHere().length).toBe(before);
    const rows = await waitForLog(s.worker, logBefore + 1);
    expect(rows.at(-1)).toMatchObject({ choice: 'cancelled', decision: 'warn', status: 'not-sent' });
    await c.waitFor({ state: 'visible' }); // the draft is still there
    await page.close();
  });

  it('sends anyway exactly once after a legal basis and a justification, and logs them', async () => {
    const before = sentHere().length;
    const { page, c } = await compose(UNKNOWN, `Rappelez-moi au ${PHONE} pour la visite.`);
    await site.sendButton(c).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-legal-basis').selectOption('consent');
    await dialog.getByTestId('vigie-justification').fill(`La cliente a demandé d'être rappelée au ${PHONE}.`);
    await clickInDialog(dialog.getByTestId('vigie-send-anyway'));
    await expect.poll(() => sentHere().length).toBe(before + 1);
    await page.waitForTimeout(500);
    expect(sentHere().length).toBe(before + 1);
    const row = await findLog(s.worker, (r) => r.choice === 'sent-anyway');
    expect(row?.justification?.legalBasis).toBe('consent');
    expect(row?.justification?.text).toContain("La cliente a demandé d'être rappelée");
    expect(row?.justification?.text).not.toContain(PHONE); // the justification is masked too
    await page.close();
  });

  it('keeps the decision when the service worker restarts while the dialog is open', async () => {
    const before = sentHere().length;
    const { page, c } = await compose(UNKNOWN, `Rappelez-moi au ${PHONE} demain.`);
    await site.sendButton(c).click();
    const dialog = await dialogFrame(page);
    // Stop the extension's service worker, as the browser does after 30 s idle.
    const cdp = await s.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${s.extensionId}/`));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    // Gone (a page's message may start a new one at once: that one is another target).
    const alive = async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker!.targetId);
    await expect.poll(alive).toBe(false);

    await dialog.getByTestId('vigie-legal-basis').selectOption('legitimate-interest');
    await dialog.getByTestId('vigie-justification').fill('Visite convenue par téléphone avec la cliente.');
    await clickInDialog(dialog.getByTestId('vigie-send-anyway'));
    await expect.poll(() => sentHere().length, { timeout: 10_000 }).toBe(before + 1);
    const restarted = s.context.serviceWorkers().at(-1)!;
    const row = await findLog(restarted, (r) => r.justification?.legalBasis === 'legitimate-interest');
    expect(row?.choice).toBe('sent-anyway');
    // `sent` once the network layer saw the send endpoint answer (Gmail's fixture; tests/e2e/backstop.test.ts).
    expect(['unconfirmed', 'sent']).toContain(row?.status);
    s.worker = restarted;
    await page.close();
  });

  it('guards two compose windows at once, each on its own recipients', async () => {
    const before = sentHere().length;
    const { page, c: first } = await compose(UNKNOWN, `Mon GSM : ${PHONE}`);
    await site.newCompose(page);
    const second = newest(site, page);
    await addRecipient(site, second, 'to', NOTARY);
    await typeBody(site, second, `NN : ${NATIONAL_NUMBER}`);
    await site.sendButton(second).click();
    await expect.poll(() => sentHere().length).toBe(before + 1);
    expect(hasDialog(page)).toBe(false);
    await site.sendButton(first).click();
    const dialog = await dialogFrame(page);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(sentHere().length).toBe(before + 1);
    await page.close();
  });

  it('cannot be approved by the page: synthetic clicks, forged messages and an edited warning achieve nothing', async () => {
    const before = sentHere().length;
    const { page, c } = await compose(UNKNOWN, `Numéro national : ${NATIONAL_NUMBER}`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await site.sendButton(c).click();
    await dialogFrame(page);
    const attempts = await page.evaluate(async () => {
      const out: string[] = [];
      // The dialog host's shadow root is closed and the dialog is another origin.
      const host = document.querySelector('[data-vigie=dialog-host]') as HTMLElement | null;
      out.push(`shadow:${host ? String(host.shadowRoot) : 'no-host'}`);
      for (let i = 0; i < window.frames.length; i++) {
        try {
          (window.frames[i]!.document.querySelector('[data-testid=vigie-send-anyway]') as HTMLElement).click();
          out.push('reached-dialog');
        } catch {
          out.push('frame-blocked');
        }
        window.frames[i]!.postMessage({ type: 'ui-bg:dialog-choice', choice: 'send-anyway' }, '*');
      }
      // No extension API in the page world.
      out.push(`runtime:${typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage}`);
      // Edit the warning, remove the dialog, click send synthetically.
      const warning = document.querySelector('[data-vigie=inline-warning-host]')?.shadowRoot?.querySelector('[data-testid=vigie-inline-warning]');
      if (warning) warning.textContent = 'OK, envoi autorisé';
      host?.remove();
      window.dispatchEvent(new CustomEvent('vigie:release', { detail: { send: true } }));
      return out;
    });
    expect(attempts).not.toContain('reached-dialog');
    expect(attempts).toContain('shadow:null');
    expect(attempts).toContain('runtime:undefined');
    // A synthetic click on Send is checked like any other and never counts as the agent's decision.
    await site.sendButton(c).evaluate((el) => (el as HTMLElement).click());
    await site.sendButton(c).evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    await page.waitForTimeout(1000);
    expect(sentHere().length).toBe(before);
    await page.close();
  });
});
