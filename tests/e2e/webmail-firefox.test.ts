/**
 * The core Gmail scenario in Firefox ESR (puppeteer-core over WebDriver BiDi): allowed send goes through,
 * a phone number to an unknown address is held, sent anyway once with a justification, and logged.
 * Firefox reaches the demo pages under their real host names through the fixture server's CONNECT proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { until, type FirefoxSession } from './support/firefox.ts';
import { clickSend, composeGmail, dialogShown, launchFirefoxOnFixtures, openOptions, readFirefoxLog, sendAnywayByKeyboard } from './support/firefox-gmail.ts';

describe('webmail guard on gmail, in Firefox', () => {
  let server: FixtureServer;
  let s: FirefoxSession;
  const sent = () => server.sent.filter((m) => m.host === 'mail.google.com');

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchFirefoxOnFixtures(server);
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  const compose = (to: string, body: string) => composeGmail(s, to, body);

  it('sends to a notary untouched', async () => {
    const before = sent().length;
    const page = await compose('etude.dubois@notaire.be', 'NN du vendeur : 85.07.30-033.28');
    await clickSend(page);
    await until('the send', async () => sent().length === before + 1);
    expect(await dialogShown(page)).toBe(false);
    await page.close();
  });

  it('warns while typing, holds the send, and sends once after a justification', async () => {
    const before = sent().length;
    const page = await compose('sophie.lambert@gmail.com', 'Rappelez-moi au 0476 12 34 56.');
    await until('the inline warning', () =>
      page.evaluate(() => !!document.querySelector('[data-vigie=inline-warning-host]')?.shadowRoot?.querySelector('[data-testid=vigie-inline-warning]')),
    );
    await clickSend(page);
    await until('the send dialog', () => dialogShown(page));
    expect(sent().length).toBe(before);
    await sendAnywayByKeyboard(page, 'La cliente demande à être rappelée.');
    await until('the send', async () => sent().length === before + 1);
    expect(await dialogShown(page)).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(sent().length).toBe(before + 1);
    await page.close();
  });

  it('logged both shares, with the justification and without raw values', async () => {
    const page = await openOptions(s);
    const rows = await readFirefoxLog<{ choice: string; justification?: { legalBasis?: string; text?: string } }>(page, 2);
    expect(rows.map((r) => r.choice).sort()).toEqual(['sent', 'sent-anyway']);
    const anyway = rows.find((r) => r.choice === 'sent-anyway');
    expect(anyway?.justification?.legalBasis).toBeTruthy();
    expect(anyway?.justification?.text).toBe('La cliente demande à être rappelée.');
    const text = JSON.stringify(rows);
    expect(text).not.toContain('85.07.30-033.28');
    expect(text).not.toContain('0476 12 34 56');
    expect(text).not.toContain('0476123456');
  });
});
