/**
 * Omnicasa end to end, in Debian's Chromium, on the CRM fixture served as primogest.omnicasa.com (an agency's
 * subdomain, matched by the shipped rules). What reached the "server" is checked on the server; the log in the
 * extension's database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog, readLog, waitForLog } from './support/log.ts';
import { clickInDialog, dialogFrame, hasDialog } from './support/mail.ts';

const BASE = 'https://primogest.omnicasa.com/Property/Detail/2024-117';
const NATIONAL_NUMBER = '85.07.30-033.28';
const PHONE = '0476 12 34 56';
const NOTARY = 'etude.dubois@notaire.be';
const UNKNOWN = 'sophie.lambert@gmail.com';

describe('Omnicasa', () => {
  let server: FixtureServer;
  let s: ChromiumSession;
  const sent = (channel: string) => server.sent.filter((m) => m.path === `/__demo/send/omnicasa/${channel}`);

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function email(to: string, body: string): Promise<Page> {
    const page = await s.context.newPage();
    await page.goto(`${BASE}?compose=mail`);
    const composer = page.locator('.oc-mail-composer');
    await composer.locator('input[name=To]').pressSequentially(to);
    await composer.locator('input[name=To]').press('Enter');
    await composer.locator('input[name=Subject]').fill('Dossier 2024-117');
    await composer.locator('.oc-editor').click();
    await page.keyboard.insertText(body);
    return page;
  }

  it('lets an allowed email through untouched, and logs it', async () => {
    const before = sent('email').length;
    const logBefore = (await readLog(s.worker)).length;
    const page = await email(NOTARY, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await page.locator('.oc-mail-composer button.oc-send').click();
    await expect.poll(() => sent('email').length).toBe(before + 1);
    expect(sent('email').at(-1)!.body).toMatchObject({ to: [NOTARY] });
    expect(hasDialog(page)).toBe(false);
    const row = (await waitForLog(s.worker, logBefore + 1)).at(-1)!;
    expect(row).toMatchObject({ site: 'omnicasa', choice: 'sent', decision: 'allow' });
    await page.close();
  });

  it('blocks an email with a national number to an unknown address: nothing reaches the server', async () => {
    const before = sent('email').length;
    const page = await email(UNKNOWN, `Son numéro national : ${NATIONAL_NUMBER}`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await page.locator('.oc-mail-composer button.oc-send').click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    expect(await dialog.getByTestId('vigie-send-anyway').count()).toBe(0);
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    // Ctrl+Enter, the composer's shortcut, is held too.
    await page.locator('.oc-mail-composer .oc-editor').press('Control+Enter');
    await dialogFrame(page);
    await page.waitForTimeout(500);
    expect(sent('email').length).toBe(before);
    const row = await findLog(s.worker, (r) => r.site === 'omnicasa' && r.choice === 'blocked' && r.destinations.some((d) => d.to === UNKNOWN));
    expect(row?.decision).toBe('block');
    await page.close();
  });

  it('holds an email with a phone number to an unknown address; sent once after a justification', async () => {
    const before = sent('email').length;
    const page = await email(UNKNOWN, `Rappelez le vendeur au ${PHONE}.`);
    await page.locator('.oc-mail-composer button.oc-send').click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-legal-basis').selectOption('consent');
    await dialog.getByTestId('vigie-justification').fill("Le vendeur a demandé d'être rappelé par l'acheteuse.");
    await clickInDialog(dialog.getByTestId('vigie-send-anyway'));
    await expect.poll(() => sent('email').length).toBe(before + 1);
    await page.waitForTimeout(500);
    expect(sent('email').length).toBe(before + 1);
    expect(sent('email').at(-1)!.body).toMatchObject({ to: [UNKNOWN] });
    const row = await findLog(s.worker, (r) => r.site === 'omnicasa' && r.choice === 'sent-anyway');
    expect(row?.justification?.legalBasis).toBe('consent');
    await page.close();
  });

  it('blocks an SMS carrying a national number to an unknown number', async () => {
    const before = sent('sms').length;
    const page = await s.context.newPage();
    await page.goto(`${BASE}?compose=sms`);
    const composer = page.locator('.oc-sms-composer');
    await composer.locator('input[name=PhoneNumbers]').pressSequentially(PHONE);
    await composer.locator('input[name=PhoneNumbers]').press('Enter');
    await composer.locator('textarea[name=Message]').click();
    await page.keyboard.insertText(`Pour le notaire, votre numéro national : ${NATIONAL_NUMBER}`);
    await composer.locator('button.oc-send').click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(sent('sms').length).toBe(before);
    const row = await findLog(s.worker, (r) => r.site === 'omnicasa' && r.destinations.some((d) => d.to === 'SMS +32476123456'));
    expect(row).toMatchObject({ decision: 'block', choice: 'blocked' });
    await page.close();
  });

  it('blocks publishing a listing whose description carries a phone number: no portal receives it', async () => {
    const before = sent('publish').length;
    const page = await s.context.newPage();
    await page.goto(BASE);
    const description = page.locator('textarea[name=Description]');
    await description.click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(` Visites : appeler le propriétaire au ${PHONE}.`);
    const zimmo = page.locator('.oc-portal-toggle[value=zimmo]');
    await zimmo.click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(await zimmo.isChecked()).toBe(false); // the switch did not move
    await page.locator('button[name=publish]').click();
    await dialogFrame(page);
    await page.waitForTimeout(500);
    expect(sent('publish').length).toBe(before);
    const row = await findLog(s.worker, (r) => r.site === 'omnicasa' && r.destinations.some((d) => d.to === 'publication portal'));
    expect(row).toMatchObject({ decision: 'block', choice: 'blocked' });
    await page.close();
  });

  it('publishes a listing without personal data at once, and lets a portal be switched off', async () => {
    const before = sent('publish').length;
    const page = await s.context.newPage();
    await page.goto(BASE);
    const immoweb = page.locator('.oc-portal-toggle[value=immoweb]');
    await immoweb.click();
    await expect.poll(() => sent('publish').length).toBe(before + 1);
    expect(sent('publish').at(-1)!.body).toMatchObject({ portal: 'immoweb', published: true });
    await immoweb.click();
    await expect.poll(() => sent('publish').length).toBe(before + 2);
    expect(sent('publish').at(-1)!.body).toMatchObject({ portal: 'immoweb', published: false });
    expect(hasDialog(page)).toBe(false);
    await page.close();
  });
});
