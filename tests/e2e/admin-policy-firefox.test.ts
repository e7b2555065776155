/**
 * Managed policy in real Firefox ESR: Debian's firefox-esr reads /etc/firefox/policies/policies.json at start, and
 * `3rdparty.Extensions.<add-on id>` becomes the extension's storage.managed. The managed rules decide the send in
 * the Gmail fixture (checked on the server), the managed identity goes into the log and is read-only in the options
 * page. The policy names a private copy of the add-on (support/policies.ts), so no other test run is affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { ADDED_NOTARY, rulesText } from '../support/rules-files.ts';
import { until, type FirefoxSession } from './support/firefox.ts';
import { clickSend, composeGmail, dialogShown, launchFirefoxOnFixtures, openOptions, readFirefoxLog } from './support/firefox-gmail.ts';
import { firefoxCopy, writeFirefoxPolicy, type ExtensionCopy } from './support/policies.ts';

describe('managed policy in Firefox (policies.json)', () => {
  let server: FixtureServer;
  let copy: ExtensionCopy;
  let policy: { remove(): void };
  let s: FirefoxSession;
  const sent = () => server.sent.filter((m) => m.host === 'mail.google.com');

  beforeAll(async () => {
    server = await startFixtureServer();
    copy = firefoxCopy();
    policy = writeFirefoxPolicy(copy.id, {
      rules: rulesText(2), // the default rules + etude-janssens.be as a notary office, as one JSON string like in Chrome
      agentName: 'Luc Peeters',
      agentEmail: 'luc.peeters@primogest.be',
    });
    s = await launchFirefoxOnFixtures(server, copy);
  }, 180_000);
  afterAll(async () => {
    await s?.close();
    policy?.remove();
    copy?.remove();
    await server?.close();
  });

  it('the options page shows the managed policy and the managed identity, read-only', async () => {
    const page = await openOptions(s);
    const shown = await until('the policy status', () =>
      page.evaluate(() => {
        const dl = document.querySelector('[data-testid=vigie-policy-status]');
        const name = document.querySelector<HTMLInputElement>('[data-testid=vigie-agent-name]');
        return dl && name?.value ? { source: dl.getAttribute('data-source'), version: dl.getAttribute('data-version'), name: name.value, readOnly: name.readOnly } : null;
      }),
    );
    expect(shown).toEqual({ source: 'managed', version: '2', name: 'Luc Peeters', readOnly: true });
    await page.close();
  });

  it('applies the managed rules: a national number to the notary office the admin added goes through, logged under the managed identity', async () => {
    const before = sent().length;
    const page = await composeGmail(s, ADDED_NOTARY, 'NN du vendeur : 85.07.30-033.28');
    await clickSend(page);
    await until('the send', async () => sent().length === before + 1);
    expect(await dialogShown(page)).toBe(false);
    await page.close();

    const options = await openOptions(s);
    const rows = await readFirefoxLog<{ decision: string; agent: { name?: string; email?: string }; destinations: { to: string }[] }>(options, 1);
    const row = rows.find((r) => r.destinations.some((d) => d.to === ADDED_NOTARY));
    expect(row).toMatchObject({ decision: 'allow', agent: { name: 'Luc Peeters', email: 'luc.peeters@primogest.be' } });
    await options.close();
  });

  it('an office the managed rules do not name is still stopped', async () => {
    const page = await composeGmail(s, 'greffe@etude-inconnue.be', 'NN du vendeur : 85.07.30-033.28');
    const before = sent().length;
    await clickSend(page);
    await until('the send dialog', () => dialogShown(page));
    expect(sent().length).toBe(before);
    await page.close();
  });
});
