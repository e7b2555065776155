/**
 * Selector health, as the content scripts report it (cs-bg:health): the latest report per tab (session storage,
 * for the popup's "this tab"), the latest per site (local storage: a site stays "degraded" until a page of it reports
 * healthy again) and the record of every change (local storage, the newest HEALTH_EVENTS_MAX). Kept out of the
 * share log: a health change is not a share, and the `shares` rows keep their contract.
 */
import { browser } from 'wxt/browser';

export interface SiteHealth {
  site: string;
  ok: boolean;
  /** Names of the selectors that no longer match (rules/sites/<site>.json). */
  missing: string[];
  /** Host of the page that reported. */
  host: string;
  time: number;
}

export const HEALTH_SITES_KEY = 'health:sites';
export const HEALTH_EVENTS_KEY = 'health:events';
export const HEALTH_EVENTS_MAX = 200;
const tabKey = (tabId: number) => `health:tab:${tabId}`;

/** Writes one after the other: reports from several tabs must not overwrite each other's read-modify-write. */
let queue: Promise<unknown> = Promise.resolve();

export function recordHealth(report: { site: string; ok: boolean; missing: string[] }, sender: { tabId: number; url: string }): Promise<void> {
  const entry: SiteHealth = { site: report.site, ok: report.ok, missing: [...report.missing].sort(), host: new URL(sender.url).hostname, time: Date.now() };
  const write = queue.then(async () => {
    await browser.storage.session.set({ [tabKey(sender.tabId)]: entry });
    const stored = await browser.storage.local.get([HEALTH_SITES_KEY, HEALTH_EVENTS_KEY]);
    const sites = (stored[HEALTH_SITES_KEY] as Record<string, SiteHealth> | undefined) ?? {};
    const events = (stored[HEALTH_EVENTS_KEY] as SiteHealth[] | undefined) ?? [];
    const previous = sites[entry.site];
    const changed = !previous || previous.ok !== entry.ok || previous.missing.join() !== entry.missing.join();
    sites[entry.site] = entry;
    await browser.storage.local.set({
      [HEALTH_SITES_KEY]: sites,
      // A first healthy report is no news; a degradation, and the recovery after one, are recorded.
      ...(changed && (previous || !entry.ok) ? { [HEALTH_EVENTS_KEY]: [...events, entry].slice(-HEALTH_EVENTS_MAX) } : {}),
    });
  });
  queue = write.catch(() => undefined);
  return write;
}

/** The latest report from this tab (its current page), if any. */
export async function tabHealth(tabId: number): Promise<SiteHealth | undefined> {
  return (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as SiteHealth | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

/** Sites whose latest report says their selectors no longer match. */
export async function degradedSites(): Promise<SiteHealth[]> {
  const sites = ((await browser.storage.local.get(HEALTH_SITES_KEY))[HEALTH_SITES_KEY] as Record<string, SiteHealth> | undefined) ?? {};
  return Object.values(sites).filter((s) => !s.ok);
}

export async function healthEvents(): Promise<SiteHealth[]> {
  return ((await browser.storage.local.get(HEALTH_EVENTS_KEY))[HEALTH_EVENTS_KEY] as SiteHealth[] | undefined) ?? [];
}
