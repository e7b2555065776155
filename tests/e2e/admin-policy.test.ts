/**
 * The admin's channels in real Chromium: an enterprise policy file in /etc/chromium/policies/managed/ (managed
 * rules + the agent's identity + a signed rules URL), and a signed rules file on a local HTTP server that the
 * background polls. What reached the Gmail fixture's server and the extension's log is checked, and the options
 * page shows where the policy came from and why a file was refused.
 * The policy names a private copy of the extension (support/policies.ts), so no other test run is affected.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { generateRulesKeyPair } from '../../lib/policy/signature.ts';
import { ADDED_NOTARY, rulesText, sign } from '../support/rules-files.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { findLog } from './support/log.ts';
import { GMAIL, addRecipient, clickInDialog, dialogFrame, hasDialog, newest, typeBody } from './support/mail.ts';
import { chromiumCopy, writeChromiumPolicy, type ExtensionCopy } from './support/policies.ts';

const NATIONAL_NUMBER = '85.07.30-033.28';
/** A notary office the admin adds later, through the signed rules URL. */
const URL_NOTARY_DOMAIN = 'etude-peeters.be';
const URL_NOTARY = `greffe@${URL_NOTARY_DOMAIN}`;
const POLL_ALARM = 'vigie-policy-poll';

/** A static web host for rules.json and rules.json.sig, with ETags, as the agency's website would serve them. */
function startRulesHost(): Promise<{ server: Server; url: string; publish(rules: Uint8Array | string, sig: string): void; hits: string[] }> {
  let files: Record<string, Buffer> = {};
  let etag = '';
  let n = 0;
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url} ${req.headers['if-none-match'] ?? ''}`);
    const body = files[req.url ?? ''];
    if (!body) return void res.writeHead(404).end('not found');
    const tag = `${etag}-${req.url}`;
    if (req.headers['if-none-match'] === tag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: tag, 'content-length': body.length }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${port}/vigie/rules.json`,
        hits,
        publish(rules, sig) {
          files = { '/vigie/rules.json': Buffer.from(rules), '/vigie/rules.json.sig': Buffer.from(`${sig}\n`) };
          etag = `"${++n}"`;
        },
      });
    }),
  );
}

describe('admin channels in Chromium', () => {
  let fixtures: FixtureServer;
  let host: Awaited<ReturnType<typeof startRulesHost>>;
  let copy: ExtensionCopy;
  let policyFile: { remove(): void };
  let s: ChromiumSession;
  let keys: Awaited<ReturnType<typeof generateRulesKeyPair>>;
  const sent = () => fixtures.sent.filter((m) => m.host === 'mail.google.com');

  beforeAll(async () => {
    keys = await generateRulesKeyPair();
    fixtures = await startFixtureServer();
    host = await startRulesHost(); // nothing published yet: the first poll gets a 404
    copy = chromiumCopy();
    policyFile = writeChromiumPolicy(copy.id, {
      rules: rulesText(2), // the default rules + etude-janssens.be as a notary office
      rulesUrl: host.url,
      rulesPublicKeys: [JSON.stringify(keys.publicJwk)],
      pollIntervalMinutes: 60,
      agentName: 'Sophie Lambert',
      agentEmail: 'sophie.lambert@primogest.be',
    });
    s = await launchChromium([`--host-resolver-rules=${fixtures.hostResolverRules}`, '--ignore-certificate-errors'], 'fr', copy.dir);
    expect(s.extensionId).toBe(copy.id);
  });
  afterAll(async () => {
    await s?.close();
    policyFile?.remove();
    copy?.remove();
    await fixtures?.close();
    host?.server.close();
  });

  async function compose(to: string, body: string): Promise<{ page: Page; c: ReturnType<typeof newest> }> {
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);
    const c = newest(GMAIL, page);
    await addRecipient(GMAIL, c, 'to', to);
    await typeBody(GMAIL, c, body);
    return { page, c };
  }

  async function optionsPage(): Promise<Page> {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.getByTestId('vigie-policy-status').waitFor();
    return page;
  }

  async function status(): Promise<{ source: string; version: number; error: string | null }> {
    const page = await optionsPage();
    const dl = page.getByTestId('vigie-policy-status');
    const error = page.getByTestId('vigie-policy-error');
    const result = {
      source: (await dl.getAttribute('data-source')) ?? '',
      version: Number(await dl.getAttribute('data-version')),
      error: (await error.count()) > 0 ? await error.textContent() : null,
    };
    await page.close();
    return result;
  }

  /** Fires the poll alarm now, as the browser does when the interval is up. */
  async function pollNow(): Promise<void> {
    const worker = s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`)) ?? s.worker;
    const before = host.hits.length;
    await worker.evaluate((name) => (globalThis as unknown as { chrome: { alarms: { create(n: string, i: object): void } } }).chrome.alarms.create(name, { when: Date.now() }), POLL_ALARM);
    await expect.poll(() => host.hits.length, { timeout: 15_000 }).toBeGreaterThan(before);
  }

  it('applies the managed rules and identity: a notary office the admin added receives a national number', async () => {
    await expect.poll(async () => (await status()).source, { timeout: 15_000 }).toBe('managed');
    const before = sent().length;
    const { page, c } = await compose(ADDED_NOTARY, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    await GMAIL.sendButton(c).click();
    await expect.poll(() => sent().length).toBe(before + 1);
    expect(hasDialog(page)).toBe(false);
    const row = await findLog(s.worker, (r) => r.destinations.some((d) => d.to === ADDED_NOTARY)) as unknown as {
      decision: string;
      agent: { name?: string; email?: string };
    };
    expect(row).toMatchObject({ decision: 'allow', agent: { name: 'Sophie Lambert', email: 'sophie.lambert@primogest.be' } });
    await page.close();
  });

  it('shows the managed identity read-only in the options page, and the agent cannot change it', async () => {
    const page = await optionsPage();
    const name = page.getByTestId('vigie-agent-name');
    await expect.poll(() => name.inputValue()).toBe('Sophie Lambert');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('vigie-agent-email').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('vigie-identity-managed').isVisible()).toBe(true);
    // Even a message sent from the extension's own page cannot override a managed value.
    const after = await page.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ agent: { name: string } }> } } }).chrome.runtime;
      await rt.sendMessage({ type: 'ui-bg:settings-set', agent: { name: 'Someone Else', email: 'x@gmail.com' } });
      return (await rt.sendMessage({ type: 'ui-bg:settings-get' })).agent;
    });
    expect(after).toEqual({ name: 'Sophie Lambert', email: 'sophie.lambert@primogest.be' });
    await page.close();
  });

  it('a new signed version at the rules URL is picked up and applied to the next send, without reloading the page', async () => {
    expect((await status()).error).toMatch(/HTTP 404/); // nothing published yet: said so, managed rules still apply
    const before = sent().length;
    const { page, c } = await compose(URL_NOTARY, `NN : ${NATIONAL_NUMBER}`);
    await GMAIL.sendButton(c).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-blocked').waitFor({ state: 'visible' });
    await clickInDialog(dialog.getByTestId('vigie-cancel'));
    await expect.poll(() => hasDialog(page)).toBe(false);
    expect(sent().length).toBe(before);

    const v3 = rulesText(3, { notaryDomains: ['etude-janssens.be', URL_NOTARY_DOMAIN] });
    host.publish(v3, await sign(keys.privateJwk, v3));
    await pollNow();
    await expect.poll(async () => status(), { timeout: 15_000 }).toMatchObject({ source: 'url', version: 3, error: null });

    // The same page, the same draft: the send now goes through.
    await GMAIL.sendButton(c).click();
    await expect.poll(() => sent().length).toBe(before + 1);
    expect(hasDialog(page)).toBe(false);
    await page.close();
  });

  it('a tampered file is refused: the error shows in the options page and the last good policy keeps deciding', async () => {
    const v4 = rulesText(4, { notaryDomains: ['etude-janssens.be', URL_NOTARY_DOMAIN, 'gmail-notaire.be'] });
    const sig = await sign(keys.privateJwk, v4);
    const tampered = Buffer.from(v4);
    tampered[300] = tampered[300]! ^ 0x01;
    host.publish(tampered, sig);
    await pollNow();
    await expect.poll(async () => (await status()).error, { timeout: 15_000 }).toMatch(/signature does not match the file/);
    const page = await optionsPage();
    const shown = await page.getByTestId('vigie-policy-error').textContent();
    expect(shown).toMatch(/La signature ne correspond pas/); // the reason in the admin's language, the details after it
    expect(shown).toMatch(/dernière politique valide reste active/);
    expect(await page.getByTestId('vigie-policy-version').textContent()).toBe('3');
    await page.close();

    const before = sent().length;
    const { page: mail, c } = await compose(URL_NOTARY, `NN : ${NATIONAL_NUMBER}`);
    await GMAIL.sendButton(c).click();
    await expect.poll(() => sent().length).toBe(before + 1);
    await mail.close();
  });

  it('a page script can neither read nor change the policy', async () => {
    const { page } = await compose('sophie.lambert@gmail.com', `NN : ${NATIONAL_NUMBER}`);
    await page.getByTestId('vigie-inline-warning').waitFor({ state: 'visible' });
    const seen = await page.evaluate(async (id) => {
      const w = globalThis as unknown as { chrome?: { runtime?: unknown; storage?: unknown } };
      const out: string[] = [`runtime:${typeof w.chrome?.runtime}`, `storage:${typeof w.chrome?.storage}`];
      // Forged messages in the page's own channels.
      window.postMessage({ type: 'ui-bg:settings-set', agent: { name: 'x', email: 'x@x.be' } }, '*');
      window.postMessage({ type: 'cs-bg:hello', site: 'gmail' }, '*');
      try {
        const r = await fetch(`chrome-extension://${id}/managed_schema.json`);
        out.push(`fetch:${r.status}`);
      } catch {
        out.push('fetch:blocked');
      }
      // Nothing of the policy is in the page: not the domains it names, not its version.
      out.push(`dom-mentions-policy:${document.documentElement.outerHTML.includes('etude-peeters.be')}`);
      return out;
    }, s.extensionId);
    expect(seen).toEqual(['runtime:undefined', 'storage:undefined', 'fetch:blocked', 'dom-mentions-policy:false']);
    expect(await status()).toMatchObject({ source: 'url', version: 3 });
    await page.close();
  });
});
