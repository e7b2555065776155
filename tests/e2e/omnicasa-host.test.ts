/**
 * An Omnicasa instance on a host the manifest does not know (crm.primogest.test), named by the admin in the managed
 * policy (sites.omnicasa.hosts): the background registers the Omnicasa guard and the page hooks there at run time,
 * and a national number to an unknown address is stopped as on *.omnicasa.com. Real Chromium, a private copy of the
 * extension under its own id (support/policies.ts), its enterprise policy in /etc/chromium/policies/managed/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { rulesText } from '../support/rules-files.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog } from './support/log.ts';
import { clickInDialog, dialogFrame, hasDialog } from './support/mail.ts';
import { chromiumCopy, writeChromiumPolicy, type ExtensionCopy } from './support/policies.ts';

const HOST = 'crm.primogest.test';
const NATIONAL_NUMBER = '85.07.30-033.28';
const UNKNOWN = 'sophie.lambert@gmail.com';

describe('Omnicasa on a host the admin adds', () => {
  let fixtures: FixtureServer;
  let copy: ExtensionCopy;
  let policyFile: { remove(): void };
  let s: ChromiumSession;
  const sent = () => fixtures.sent.filter((m) => m.host === HOST && m.path === '/__demo/send/omnicasa/email');

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    copy = chromiumCopy();
    const rules = rulesText(3, { notaryDomains: [], mutate: (j) => void (j.sites = { ...j.sites, omnicasa: { ...j.sites?.omnicasa, hosts: [HOST] } }) });
    policyFile = writeChromiumPolicy(copy.id, { rules });
    s = await launchChromium([`--host-resolver-rules=${fixtures.hostResolverRules}`, '--ignore-certificate-errors'], 'fr', copy.dir);
  });
  afterAll(async () => {
    await s?.close();
    policyFile?.remove();
    copy?.remove();
    await fixtures?.close();
  });

  it('registers the guard for the host once the managed policy is read', async () => {
    const registered = () =>
      s.worker.evaluate(async () => {
        const scripting = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[]; world?: string }[]> } } }).chrome.scripting;
        return (await scripting.getRegisteredContentScripts()).map((r) => `${r.world ?? 'ISOLATED'} ${[...(r.matches ?? [])].sort().join(' ')}`).sort();
      });
    await expect.poll(registered, { timeout: 15_000 }).toEqual([`ISOLATED http://${HOST}/* https://${HOST}/*`, `MAIN http://${HOST}/* https://${HOST}/*`]);
  });

  it('blocks an email with a national number to an unknown address there: nothing reaches the server', async () => {
    const page = await s.context.newPage();
    await page.goto(`https://${HOST}/Property/Detail/2024-117?compose=mail`);
    const composer = page.locator('.oc-mail-composer');
    await composer.locator('input[name=To]').pressSequentially(UNKNOWN);
    await composer.locator('input[name=To]').press('Enter');
    await composer.locator('.oc-editor').click();
    await page.keyboard.insertText(`Son numéro national : ${NATIONAL_NUMBER}`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    await composer.locator('button.oc-send').click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(sent()).toEqual([]);
    const row = await findLog(s.worker, (r) => r.site === 'omnicasa' && r.choice === 'blocked');
    expect(row).toMatchObject({ host: HOST, decision: 'block' });
    await page.close();
  });
});
