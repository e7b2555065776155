/**
 * Where the popup's data comes from, behind two small interfaces so tests (and the lead's wiring) can swap them.
 * The log is read straight from the Dexie database (same extension origin, read-only use); the current tab's
 * status comes from the background, which may not answer (service worker starting, old version): then null.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  countShares, exportShares, logFacets, pageShares, type LogFacets, type PageResult, type QueryOptions,
} from '../../entrypoints/background/db.ts';
import type { LogFilter } from '../../lib/log/query.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import { fromStored } from '../../lib/log/stored.ts';

export interface LogSource {
  /** One page; `total` comes along when it is free, else the view asks `count` (which may take longer). */
  page(filter: LogFilter, opts: QueryOptions): Promise<Pick<PageResult, 'rows' | 'total'>>;
  count(filter: LogFilter): Promise<number>;
  facets(): Promise<LogFacets>;
  /** Every row matching the filter, newest first (exports). */
  exportRows(filter: LogFilter): Promise<ShareRecord[]>;
}

export const dexieLogSource: LogSource = { page: pageShares, count: countShares, facets: logFacets, exportRows: exportShares };

/** The background's answer to `{type:'ui-bg:tab-status'}`. Extra fields are ignored; recent rows are re-validated. */
const TabStatusSchema = z.object({
  host: z.string(),
  protected: z.boolean(),
  site: z.string().optional(),
  policyVersion: z.number(),
  recentDecisions: z.array(z.unknown()).default([]),
  /** The site adapter's selector health on this page, when the background knows it (style.md habit 6). */
  health: z.object({ ok: z.boolean(), missing: z.array(z.string()).optional() }).optional(),
  /** The admin switched this site's adapter off (policy sites.<id>.enabled: false). */
  disabled: z.boolean().optional(),
  /** Every site whose selectors no longer match where they should (latest report per site). */
  degraded: z.array(z.object({ site: z.string(), missing: z.array(z.string()), time: z.number() })).optional(),
  /** Why the last rules update was refused (the last good policy stays active). */
  policyError: z.string().optional(),
});
export type TabStatus = Omit<z.infer<typeof TabStatusSchema>, 'recentDecisions'> & { recentDecisions: ShareRecord[] };
export type TabStatusLoader = () => Promise<TabStatus | null>;

const TAB_STATUS_TIMEOUT_MS = 2_500;

export function parseTabStatus(answer: unknown): TabStatus | null {
  const parsed = TabStatusSchema.safeParse(answer);
  if (!parsed.success) return null;
  const recent = parsed.data.recentDecisions.map(fromStored).filter((r): r is ShareRecord => r !== null);
  return { ...parsed.data, recentDecisions: recent };
}

/** Null when the background does not answer in time, answers nothing, or answers something malformed. */
export const getTabStatus: TabStatusLoader = async () => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), TAB_STATUS_TIMEOUT_MS);
  });
  try {
    const answer = await Promise.race([browser.runtime.sendMessage({ type: 'ui-bg:tab-status' }), timeout]);
    return parseTabStatus(answer);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
};

/** The ping the header shows (kept from the scaffold: the smoke tests read `vigie-status`). */
export async function pingBackground(): Promise<boolean> {
  try {
    const r = (await browser.runtime.sendMessage({ type: 'ui-bg:ping' })) as { ok?: boolean } | undefined;
    return r?.ok === true;
  } catch {
    return false;
  }
}
