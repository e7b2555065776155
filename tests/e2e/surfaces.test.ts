/**
 * Any watched page, in Debian's Chromium on the Gmail fixture: a real paste (clipboard + Ctrl+V) and a real file
 * choice are judged against the compose window's recipients; and a Gmail redesign that breaks the compose root
 * selector shows "protection dégradée sur Gmail" in the popup.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog, readLog } from './support/log.ts';
import { GMAIL, addRecipient, newest, typeBody } from './support/mail.ts';

const NATIONAL_NUMBER = '85.07.30-033.28';
const UNKNOWN = 'sophie.lambert@gmail.com';

describe('paste, upload and health on a watched page', () => {
  let server: FixtureServer;
  let s: ChromiumSession;
  const sentHere = () => server.sent.filter((m) => m.host === 'mail.google.com');

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('stops a national number pasted into a mail to an unknown address and logs it; what is sent does not carry it', async () => {
    const before = sentHere().length;
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);
    const c = newest(GMAIL, page);
    await addRecipient(GMAIL, c, 'to', UNKNOWN);
    await typeBody(GMAIL, c, 'Bonjour, ');
    // A page script's own paste event is stopped like any other, and never reaches the log.
    const forgedStopped = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('.Ap [g_editable=true]')!.dispatchEvent(event);
      return event.defaultPrevented;
    }, `numéro national ${NATIONAL_NUMBER}`);
    expect(forgedStopped).toBe(true);
    await page.evaluate((text) => navigator.clipboard.writeText(text), `numéro national ${NATIONAL_NUMBER}`);
    await GMAIL.body(c).press('Control+V');
    const warning = page.getByTestId('vigie-inline-warning').filter({ hasText: 'Un numéro national ne peut pas être envoyé à sophie.lambert@gmail.com' });
    await warning.waitFor({ state: 'visible' });
    expect(await GMAIL.body(c).innerText()).not.toContain(NATIONAL_NUMBER);
    const row = await findLog(s.worker, (r) => r.action === 'paste');
    expect(row).toMatchObject({ site: 'gmail', action: 'paste', decision: 'block', choice: 'blocked', status: 'not-sent', destinations: [{ to: UNKNOWN, decision: 'block' }] });
    expect(row.findings).toMatchObject([{ type: 'be-national-number', count: 1, samples: ['•••••••••28'] }]);
    expect(JSON.stringify(row)).not.toContain('033.28');
    expect((await readLog(s.worker)).filter((r) => r.action === 'paste')).toHaveLength(1); // the agent's paste only
    // A harmless paste goes in as usual.
    await page.evaluate(() => navigator.clipboard.writeText('la visite est confirmée.'));
    await GMAIL.body(c).press('Control+V');
    await expect.poll(() => GMAIL.body(c).innerText()).toContain('la visite est confirmée.');
    await GMAIL.sendButton(c).click();
    await expect.poll(() => sentHere().length).toBe(before + 1);
    expect(JSON.stringify(sentHere().at(-1)!.body)).not.toContain('85.07.30');
    await page.close();
  });

  it('refuses an ID card scan chosen for a mail to an unknown address and logs it: Gmail never gets the file', async () => {
    const before = sentHere().length;
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);
    const c = newest(GMAIL, page);
    await addRecipient(GMAIL, c, 'to', UNKNOWN);
    // A file on disk: Chromium then fires the input's events itself, trusted, as for the agent's own choice (a buffer
    // is handed over by a script, whose events are not trusted: stopped all the same, but not logged).
    const dir = mkdtempSync(join(tmpdir(), 'vigie-upload-'));
    const scan = join(dir, 'carte-identite-recto.jpg');
    writeFileSync(scan, 'fake jpeg');
    await c.locator('input[type=file]').setInputFiles(scan);
    rmSync(dir, { recursive: true });
    await page.getByTestId('vigie-inline-warning').filter({ hasText: "pièce d'identité" }).waitFor({ state: 'visible' });
    expect(await c.locator('.dL').count()).toBe(0); // no attachment chip: the page's change handler never ran
    const row = await findLog(s.worker, (r) => r.action === 'upload');
    expect(row).toMatchObject({ site: 'gmail', choice: 'blocked', destinations: [{ to: UNKNOWN, decision: 'block' }], findings: [{ type: 'identity-document' }] });
    await c.locator('input[type=file]').setInputFiles({ name: 'facade-sud.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('fake jpeg') });
    await expect.poll(() => c.locator('.dL .vI').allInnerTexts()).toEqual(['facade-sud.jpg']);
    await GMAIL.sendButton(c).click();
    await expect.poll(() => sentHere().length).toBe(before + 1);
    expect(sentHere().at(-1)!.body).toMatchObject({ to: [UNKNOWN], attachments: ['facade-sud.jpg'] });
    await page.close();
  });

  it('shows "protection dégradée sur Gmail" in the popup when the compose root selector no longer matches', async () => {
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);
    await newest(GMAIL, page).waitFor({ state: 'visible' });
    // Gmail ships a redesign: the compose window's class changes, the editor is still there.
    await page.evaluate(() => document.querySelectorAll('div.M9').forEach((el) => el.classList.replace('M9', 'M9x')));
    const health = () =>
      s.worker.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('health:sites'))['health:sites'] as Record<string, { ok: boolean; missing: string[] }> | undefined)?.gmail);
    await expect.poll(health, { timeout: 15_000 }).toMatchObject({ ok: false, missing: ['composeRoot'] });
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const banner = popup.getByTestId('vigie-health-degraded');
    await banner.waitFor({ state: 'visible' });
    expect(await banner.innerText()).toContain('Protection dégradée sur Gmail');
    expect(await banner.innerText()).toContain('composeRoot');
    // Back to the old markup: the next report clears it.
    await page.evaluate(() => document.querySelectorAll('div.M9x').forEach((el) => el.classList.replace('M9x', 'M9')));
    await expect.poll(health, { timeout: 15_000 }).toMatchObject({ ok: true });
    await popup.reload();
    await popup.getByTestId('vigie-tab-status').waitFor();
    expect(await popup.getByTestId('vigie-health-degraded').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
