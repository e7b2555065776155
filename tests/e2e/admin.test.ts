/**
 * Roles and the admin page in Debian's Chromium, against the built extension: the admin sets the passphrases at
 * first run, unlocks the admin role, adds a notary office's domain in the party table and applies it; the Gmail
 * demo page's send to that office, blocked before, now reaches the server and is logged as allowed. Locked (agent),
 * the popup shows no journal and the background refuses a forged "apply" from the extension's own options page;
 * a page script can neither reach the role nor the policy.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { readLog } from './support/log.ts';
import { GMAIL, addRecipient, clickInDialog, dialogFrame, hasDialog, newest, typeBody } from './support/mail.ts';

const ADMIN = 'phrase secrète admin 2026';
const DIRECTOR = 'phrase secrète direction';
const NATIONAL_NUMBER = '85.07.30-033.28';
const OFFICE_DOMAIN = 'notaire-lambert.be';
const OFFICE = `etude@${OFFICE_DOMAIN}`;
/** The extension API as seen from the extension's own pages (page.evaluate runs there, typed loosely). */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { get(k: null): Promise<unknown> } } };

const defaultRules = readFileSync(new URL('../../rules/default-policy.json', import.meta.url), 'utf8');

describe('roles and the admin page (Chromium)', () => {
  let server: FixtureServer;
  let s: ChromiumSession;
  let options: Page;
  const sent = () => server.sent.filter((m) => m.host === 'mail.google.com');
  const url = (path: string) => `chrome-extension://${s.extensionId}/${path}`;
  /** A message sent from the options page, as someone typing in its console would. */
  const fromOptions = (message: object) => options.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;
  const policyStatus = async () => ((await fromOptions({ type: 'ui-bg:policy-get' })) as { status: { version: number; source: string } }).status;

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
    options = await s.context.newPage();
    await options.goto(url('options.html'));
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function sendNationalNumberTo(to: string) {
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);
    const c = newest(GMAIL, page);
    await addRecipient(GMAIL, c, 'to', to);
    await typeBody(GMAIL, c, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await GMAIL.sendButton(c).click();
    return page;
  }

  it('first run: the admin sets the passphrases in the options page, then locks', async () => {
    await options.getByTestId('vigie-setup-admin').fill(ADMIN);
    await options.getByTestId('vigie-setup-admin-confirm').fill(ADMIN);
    await options.getByTestId('vigie-setup-director').fill(DIRECTOR);
    await options.getByTestId('vigie-setup-director-confirm').fill(DIRECTOR);
    await options.getByTestId('vigie-setup-submit').click();
    await expect.poll(() => options.getByTestId('vigie-role').textContent(), { timeout: 15_000 }).toBe('Administrateur');
    // Stored hashed only.
    const stored = JSON.stringify(await s.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(stored).toContain('PBKDF2-SHA-256');
    expect(stored).not.toContain(ADMIN);
    expect(stored).not.toContain(DIRECTOR);
    await options.getByTestId('vigie-lock').click();
    await expect.poll(() => fromOptions({ type: 'ui-bg:role-status' }).then((r) => r.role)).toBe('agent');
  });

  it('an agent sees no journal and cannot apply rules, even with a forged message from the options page', async () => {
    const popup = await s.context.newPage();
    await popup.goto(url('popup.html#journal'));
    await popup.getByTestId('vigie-director-access').waitFor();
    expect(await popup.getByTestId('vigie-log').count()).toBe(0);
    await popup.close();

    const admin = await s.context.newPage();
    await admin.goto(url('admin.html'));
    await admin.getByTestId('vigie-admin-locked').waitFor();
    expect(await admin.getByTestId('vigie-party-notaries').count()).toBe(0);
    await admin.close();

    const forged = JSON.parse(defaultRules);
    forged.version = 9;
    forged.auditOnly = true;
    const answer = await fromOptions({ type: 'ui-bg:policy-apply', text: JSON.stringify(forged) });
    expect(answer).toEqual({ refused: expect.stringContaining('admin role') });
    expect(await fromOptions({ type: 'ui-bg:role-passphrase', role: 'admin', passphrase: 'je deviens admin' })).toEqual({ refused: expect.stringContaining('admin role') });
    expect(await fromOptions({ type: 'ui-bg:role-setup', admin: 'je deviens admin' })).toEqual({ ok: false, error: 'already-set' });
    expect(await policyStatus()).toMatchObject({ version: 1, source: 'default' });

    // And the send to the new notary office is still blocked: nothing reaches the server.
    const before = sent().length;
    const page = await sendNationalNumberTo(OFFICE);
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(sent().length).toBe(before);
    await page.close();
  });

  it('the admin unlocks, adds the notary office in the table, applies, and the Gmail send to it is allowed', async () => {
    const admin = await s.context.newPage();
    await admin.setViewportSize({ width: 1440, height: 1000 });
    await admin.goto(url('admin.html'));
    await admin.getByTestId('vigie-passphrase').fill('pas la bonne phrase');
    await admin.getByTestId('vigie-unlock-submit').click();
    await admin.getByTestId('vigie-unlock-error').waitFor({ timeout: 15_000 });
    await admin.getByTestId('vigie-passphrase').fill(ADMIN);
    await admin.getByTestId('vigie-unlock-submit').click();
    await admin.getByTestId('vigie-party-notaries').waitFor({ timeout: 15_000 });

    const domains = admin.locator('[data-testid^="vigie-who-notaries-domains-"]');
    const before = await domains.count();
    await admin.getByTestId('vigie-add-notaries-domains').click();
    const added = admin.getByTestId(`vigie-who-notaries-domains-${before}`);
    await added.pressSequentially('notaire');
    await expect.poll(() => added.locator('xpath=ancestor::tr').getByTestId('vigie-field-error').textContent()).toContain('top-level');
    expect(await admin.getByTestId('vigie-apply').isDisabled()).toBe(true);
    await added.pressSequentially(`-lambert.be`);
    await admin.getByTestId('vigie-valid').waitFor();

    // What would happen if…: the same send, decided in the page with the edited rules.
    await admin.getByTestId('vigie-sim-to').fill(OFFICE);
    await admin.getByTestId('vigie-sim-text').fill(`Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await expect.poll(() => admin.getByTestId('vigie-sim-result').getAttribute('data-decision')).toBe('allow');

    await admin.getByTestId('vigie-apply').click();
    await expect.poll(() => admin.getByTestId('vigie-apply-result').textContent(), { timeout: 15_000 }).toContain('Version 2 appliquée');
    expect(await policyStatus()).toMatchObject({ version: 2, source: 'local' });
    await admin.close();

    const sentBefore = sent().length;
    const logBefore = (await readLog(s.worker)).length;
    const page = await sendNationalNumberTo(OFFICE);
    await expect.poll(() => sent().length).toBe(sentBefore + 1);
    expect(hasDialog(page)).toBe(false);
    await expect.poll(async () => (await readLog(s.worker)).length).toBe(logBefore + 1);
    const row = (await readLog(s.worker)).at(-1)!;
    expect(row).toMatchObject({ site: 'gmail', decision: 'allow', choice: 'sent' });
    expect(row.destinations).toEqual([expect.objectContaining({ to: OFFICE, decision: 'allow' })]);
    await page.close();
  });

  it('a page script can neither read nor change the role or the policy', async () => {
    await fromOptions({ type: 'ui-bg:role-lock' });
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);
    await newest(GMAIL, page).waitFor();
    const forged = JSON.parse(defaultRules);
    forged.version = 50;
    forged.auditOnly = true;
    const attempts = await page.evaluate(
      async ({ id, text, passphrase }) => {
        const out: string[] = [];
        const w = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } };
        out.push(`runtime:${typeof w.chrome?.runtime?.sendMessage}`);
        // Messages posted to the window (where the content script listens for nothing of the kind).
        for (const m of [{ type: 'ui-bg:role-unlock', role: 'admin', passphrase }, { type: 'ui-bg:policy-apply', text }, { type: 'ui-bg:role-status' }]) {
          window.postMessage(m, '*');
          window.dispatchEvent(new CustomEvent('vigie:message', { detail: m }));
        }
        // The extension's pages and storage are not reachable from the page's origin.
        for (const path of ['admin.html', 'options.html', 'popup.html']) {
          try {
            await fetch(`chrome-extension://${id}/${path}`);
            out.push(`fetched:${path}`);
          } catch {
            out.push(`blocked:${path}`);
          }
        }
        const frame = document.createElement('iframe');
        frame.src = `chrome-extension://${id}/admin.html`;
        document.body.append(frame);
        await new Promise((r) => setTimeout(r, 1000));
        try {
          out.push(`frame:${frame.contentDocument?.body?.innerText ?? 'null'}`);
        } catch {
          out.push('frame:cross-origin');
        }
        out.push(`localStorage:${Object.keys(localStorage).filter((k) => /role|policy|passphrase/i.test(k)).join(',')}`);
        return out;
      },
      { id: s.extensionId, text: JSON.stringify(forged), passphrase: ADMIN },
    );
    expect(attempts).toContain('runtime:undefined');
    expect(attempts.filter((a) => a.startsWith('fetched:'))).toEqual([]);
    expect(attempts.find((a) => a.startsWith('frame:'))).not.toMatch(/Vigie|Administrateur|notaires/);
    expect(attempts).toContain('localStorage:');
    await page.waitForTimeout(500);
    expect((await fromOptions({ type: 'ui-bg:role-status' })).role).toBe('agent');
    expect(await policyStatus()).toMatchObject({ version: 2, source: 'local' });
    await page.close();
  });
});
