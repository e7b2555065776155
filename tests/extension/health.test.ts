/** The background's record of selector health (cs-bg:health), on WXT's fake browser storage. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { degradedSites, forgetTab, healthEvents, recordHealth, tabHealth } from '../../entrypoints/background/health.ts';
import { route } from '../../entrypoints/background/index.ts';

const GMAIL_TAB = { tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox' };

describe('selector health in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the latest report per tab and per site, and records degradations and recoveries only', async () => {
    await recordHealth({ site: 'gmail', ok: true, missing: [] }, GMAIL_TAB);
    expect(await healthEvents()).toEqual([]); // a first healthy report is no news
    await recordHealth({ site: 'gmail', ok: false, missing: ['composeRoot'] }, GMAIL_TAB);
    await recordHealth({ site: 'gmail', ok: false, missing: ['composeRoot'] }, { tabId: 8, url: 'https://mail.google.com/mail/u/1/' });
    expect(await tabHealth(7)).toMatchObject({ site: 'gmail', ok: false, missing: ['composeRoot'], host: 'mail.google.com' });
    expect((await degradedSites()).map((s) => s.site)).toEqual(['gmail']);
    expect((await healthEvents()).map((e) => e.ok)).toEqual([false]); // the same state from another tab is no change
    await recordHealth({ site: 'gmail', ok: true, missing: [] }, GMAIL_TAB);
    expect(await degradedSites()).toEqual([]);
    expect((await healthEvents()).map((e) => e.ok)).toEqual([false, true]);
    await forgetTab(7);
    expect(await tabHealth(7)).toBeUndefined();
  });

  it('keeps concurrent reports from several sites', async () => {
    await Promise.all([
      recordHealth({ site: 'gmail', ok: false, missing: ['body'] }, GMAIL_TAB),
      recordHealth({ site: 'omnicasa', ok: false, missing: ['smsBody'] }, { tabId: 9, url: 'https://primogest.omnicasa.com/' }),
    ]);
    expect((await degradedSites()).map((s) => s.site).sort()).toEqual(['gmail', 'omnicasa']);
  });

  it('accepts cs-bg:health only from a content script, validated', async () => {
    const tab = { id: 7 } as never;
    const sender = { id: fakeBrowser.runtime.id, tab, url: GMAIL_TAB.url, frameId: 0 };
    expect(await route({ type: 'cs-bg:health', site: 'gmail', ok: false, missing: ['body'] }, sender)).toEqual({ ok: true });
    expect((await degradedSites()).map((s) => s.site)).toEqual(['gmail']);
    expect(await route({ type: 'cs-bg:health', site: 'gmail', ok: 'no', missing: [] }, sender)).toEqual({ refused: 'malformed message' });
    expect(route({ type: 'cs-bg:health', site: 'gmail', ok: true, missing: [] }, { id: 'another-extension', tab, url: GMAIL_TAB.url })).toBeUndefined();
    expect((await degradedSites()).map((s) => s.site)).toEqual(['gmail']);
  });
});
