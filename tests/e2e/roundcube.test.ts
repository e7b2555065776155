/**
 * The webmail guard on the real Roundcube (Debian's roundcube 1.6 with Dovecot and Postfix on loopback, set up by
 * scripts/services/up.sh), in Debian's Chromium. The agent logs in through Roundcube's own login form and works the
 * real compose page; what was sent is read from the mailboxes Postfix delivered to (scripts/services/mailbox.ts),
 * never from the UI. Needs the services running and root (the mailboxes belong to vmail).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDelivered, waitForDelivered } from '../../scripts/services/mailbox.ts';
import { HOST_RESOLVER_RULES, MAIL_AGENT, WEBMAIL_URL } from '../../scripts/services/services.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog, readLog, waitForLog } from './support/log.ts';
import { clickInDialog, dialogFrame, hasDialog } from './support/mail.ts';
import { requireServices } from './support/services.ts';
import type { Page } from 'playwright-core';

const NATIONAL_NUMBER = '85.07.30-033.28';
const PHONE = '0476 12 34 56';
const NOTARY = 'etude.dubois@notaire.be';
const UNKNOWN = 'sophie.lambert@gmail.com';

/** A subject no other test or run shares, to find this test's mail in the mailboxes. */
const unique = (what: string) => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const deliveredWith = (tag: string) => listDelivered().filter((m) => m.subject.includes(tag));
/** Long enough for Roundcube's send request, Postfix and the delivery (milliseconds here) to have happened. */
const SETTLE_MS = 2000;

describe('webmail guard on the real Roundcube', () => {
  let s: ChromiumSession;

  beforeAll(async () => {
    await requireServices();
    s = await launchChromium([`--host-resolver-rules=${HOST_RESOLVER_RULES}`]);
    // Roundcube keeps unsent drafts in localStorage and offers to restore them on the next compose: start clean.
    await s.context.addInitScript(() => localStorage.clear());
    const page = await s.context.newPage();
    await page.goto(`${WEBMAIL_URL}/`);
    await page.locator('#rcmloginuser').fill(MAIL_AGENT.user);
    await page.locator('#rcmloginpwd').fill(MAIL_AGENT.password);
    await page.locator('#rcmloginsubmit').click();
    await page.waitForURL(/_task=mail/);
    await page.close();
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  const sendButton = (page: Page) => page.locator('.formbuttons button.send');

  /** A new message on Roundcube's compose page: recipient (typed, then a recipient box), subject, plain-text body. */
  async function compose(to: string, subject: string, body: string): Promise<Page> {
    const page = await s.context.newPage();
    page.on('dialog', (d) => void d.accept()); // Roundcube's own confirm() (editor switch)
    await page.goto(`${WEBMAIL_URL}/?_task=mail&_action=compose`);
    await sendButton(page).and(page.locator(':enabled')).waitFor(); // enabled once Roundcube's client started
    const box = page.locator('#_to + ul.recipient-input input');
    await box.click();
    await box.pressSequentially(`${to},`);
    await page.locator('#_to + ul.recipient-input li.recipient').waitFor();
    await page.locator('#compose-subject').fill(subject);
    await page.locator('#composebody').click();
    await page.keyboard.insertText(body);
    return page;
  }

  it('lets an allowed send through untouched: delivered once to the notary, logged as sent', async () => {
    const tag = unique('Compromis');
    const logBefore = (await readLog(s.worker)).length;
    const page = await compose(NOTARY, tag, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await sendButton(page).click();
    const mail = await waitForDelivered((m) => m.subject.includes(tag));
    expect(mail).toMatchObject({ to: NOTARY, from: expect.stringContaining(MAIL_AGENT.address) });
    expect(mail.body).toContain(NATIONAL_NUMBER);
    expect(hasDialog(page)).toBe(false);
    const row = (await waitForLog(s.worker, logBefore + 1)).at(-1)!;
    expect(row).toMatchObject({ site: 'roundcube', choice: 'sent', decision: 'allow', status: 'unconfirmed' });
    expect(row.destinations).toEqual([expect.objectContaining({ to: NOTARY, decision: 'allow' })]);
    expect(row.findings.map((f) => f.type)).toContain('be-national-number');
    await page.waitForTimeout(SETTLE_MS);
    expect(deliveredWith(tag)).toHaveLength(1);
    await page.close();
  });

  it('holds a phone number to an unknown address; cancel delivers nothing and is logged as cancelled', async () => {
    const tag = unique('Visite');
    const logBefore = (await readLog(s.worker)).length;
    const page = await compose(UNKNOWN, tag, `Vous pouvez me joindre au ${PHONE}.`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await sendButton(page).click();
    const dialog = await dialogFrame(page);
    expect(await dialog.getByTestId('vigie-send-anyway').isDisabled()).toBe(true); // no justification yet
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    const row = (await waitForLog(s.worker, logBefore + 1)).at(-1)!;
    expect(row).toMatchObject({ site: 'roundcube', choice: 'cancelled', decision: 'warn', status: 'not-sent' });
    expect(row.destinations).toEqual([expect.objectContaining({ to: UNKNOWN, decision: 'warn' })]);
    await page.waitForTimeout(SETTLE_MS);
    expect(deliveredWith(tag)).toEqual([]);
    expect(page.url()).toContain('_action=compose'); // the draft is still open, as the agent left it
    expect(await page.locator('#composebody').inputValue()).toContain(PHONE);
    await page.close();
  });

  it('sends anyway exactly once after a legal basis and a justification, and logs them', async () => {
    const tag = unique('Rappel');
    const page = await compose(UNKNOWN, tag, `Rappelez-moi au ${PHONE} pour la visite.`);
    await sendButton(page).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-legal-basis').selectOption('consent');
    await dialog.getByTestId('vigie-justification').fill(`La cliente a demandé d'être rappelée au ${PHONE}.`);
    await clickInDialog(dialog.getByTestId('vigie-send-anyway'));
    const mail = await waitForDelivered((m) => m.subject.includes(tag));
    expect(mail.to).toBe(UNKNOWN);
    expect(mail.body).toContain(PHONE);
    await page.waitForTimeout(SETTLE_MS);
    expect(deliveredWith(tag)).toHaveLength(1); // one real send: the one-shot re-send ran rcmail.command('send') once
    const row = await findLog(s.worker, (r) => r.choice === 'sent-anyway' && r.destinations.some((d) => d.to === UNKNOWN));
    expect(row).toMatchObject({ site: 'roundcube', decision: 'warn', status: 'unconfirmed' });
    expect(row?.justification?.legalBasis).toBe('consent');
    expect(row?.justification?.text).toContain("La cliente a demandé d'être rappelée");
    expect(row?.justification?.text).not.toContain(PHONE); // the justification is masked too
    await page.close();
  });

  it('blocks a national number to an unknown address: no way to send, nothing delivered, even by a synthetic click', async () => {
    const tag = unique('Identité');
    const page = await compose(UNKNOWN, tag, `Son numéro national : ${NATIONAL_NUMBER}`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await sendButton(page).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    expect(await dialog.getByTestId('vigie-send-anyway').count()).toBe(0);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    const row = await findLog(s.worker, (r) => r.choice === 'blocked' && r.destinations.some((d) => d.to === UNKNOWN));
    expect(row).toMatchObject({ site: 'roundcube', decision: 'block', status: 'not-sent' });
    // A page script clicking Send (the button's own click(), Enter on it) is checked like the agent's click.
    await sendButton(page).evaluate((el) => (el as HTMLElement).click());
    await page.waitForTimeout(SETTLE_MS);
    expect(deliveredWith(tag)).toEqual([]);
    await page.close();
  });

  it('reads the HTML editor (TinyMCE frame): warns while typing there and blocks at send', async () => {
    const tag = unique('HTML');
    const page = await compose(UNKNOWN, tag, 'Bonjour,');
    await page.locator('.editor-toolbar a.mce-i-html').click(); // Roundcube's plain/HTML switch
    const body = page.frameLocator('#composebody_ifr').locator('body#tinymce');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(` son numéro national est le ${NATIONAL_NUMBER}.`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await sendButton(page).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await page.waitForTimeout(SETTLE_MS);
    expect(deliveredWith(tag)).toEqual([]);
    await page.close();
  });
});
