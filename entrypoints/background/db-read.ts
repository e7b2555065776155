/**
 * Reading the share log fast at 100 000 rows. In Chromium, reading a row's value costs ~0.1 ms and walking an index
 * key ~0.008 ms, so queries read index keys and load only the rows of the page:
 * - `range`: at most one filter besides the dates: one key range of a `[value+time]` index filters and orders;
 *   the page is a cursor advance (from the nearer end when the total is known), the count a native count.
 * - `keys`: several filters or a search: each filter's key range yields its ids, the ids are intersected in
 *   memory (in time order, see idsOf), then only the page's 50 rows are read.
 * - `values`: the host filter has no index: scan the narrowest range and test each row.
 */
import { describePlan, planFor, type QueryPlan } from '../../lib/log/plan.ts';
import { cleanFilter, matchesFilter, type LogFilter } from '../../lib/log/query.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import { COUNT_KEY, openLog } from './db.ts';
import { between, idsKnown, idsOf, readRows, scanPage, type Order } from './db-keys.ts';

export { forgetCachedQueries } from './db-keys.ts';

export interface QueryOptions {
  offset?: number;
  /** 0 counts without loading rows. Default 50. */
  limit?: number;
  /** Newest first by default. */
  order?: Order;
  /** The total, when the caller already knows it: far pages are then read from the nearer end. */
  total?: number;
}
export interface PageResult {
  rows: ShareRecord[];
  /** Set when it came for free (whole log, or a `keys` plan); else ask countShares. */
  total?: number;
  /** The first index used and how (tests and diagnostics). */
  plan: { index: string; strategy: QueryPlan['strategy'] };
}
export type QueryResult = PageResult & { total: number };

function collection(plan: QueryPlan, order: Order) {
  const r = plan.ranges[0];
  const c = r ? between(r) : openLog().shares.where('time').between(plan.from, plan.to, true, false);
  return order === 'desc' ? c.reverse() : c;
}


async function rowsOf(ids: number[]): Promise<ShareRecord[]> {
  return readRows((await openLog().shares.bulkGet(ids)).filter(Boolean));
}

/** One page of rows, as fast as the filter allows; the total only when it costs nothing extra. */
export async function pageShares(filter: LogFilter = {}, opts: QueryOptions = {}): Promise<PageResult> {
  const { offset = 0, limit = 50, order = 'desc' } = opts;
  const f = cleanFilter(filter);
  const plan = planFor(f);
  if (plan.strategy === 'keys') {
    const quick = !idsKnown(f, order) && (await scanPage(plan, f, offset, limit, order));
    if (quick) return quick;
    const ids = await idsOf(plan, f, order);
    return { rows: await rowsOf(ids.slice(offset, offset + limit)), total: ids.length, plan: describePlan(plan) };
  }
  if (plan.strategy === 'values') {
    let total = 0;
    const page: unknown[] = [];
    await collection(plan, order).each((row) => {
      if (!matchesFilter(row, f)) return;
      if (total >= offset && page.length < limit) page.push(row);
      total += 1;
    });
    return { rows: readRows(page), total, plan: describePlan(plan) };
  }
  const total = opts.total ?? (Object.keys(f).length === 0 ? (await openLog().meta.get(COUNT_KEY))?.value : undefined);
  let rows: unknown[] = [];
  if (limit > 0 && total !== undefined && offset > total / 2) {
    const n = Math.max(0, Math.min(limit, total - offset));
    rows = (await collection(plan, order === 'desc' ? 'asc' : 'desc').offset(Math.max(0, total - offset - n)).limit(n).toArray()).reverse();
  } else if (limit > 0) {
    rows = await collection(plan, order).offset(offset).limit(limit).toArray();
  }
  return { rows: readRows(rows), total, plan: describePlan(plan) };
}

export async function countShares(filter: LogFilter = {}): Promise<number> {
  const f = cleanFilter(filter);
  const plan = planFor(f);
  if (plan.strategy === 'keys') return (await idsOf(plan, f, 'desc')).length;
  if (plan.strategy === 'values') return (await pageShares(f, { limit: 0 })).total!;
  if (Object.keys(f).length === 0) {
    const counted = (await openLog().meta.get(COUNT_KEY))?.value;
    if (counted !== undefined) return counted;
  }
  return collection(plan, 'asc').count();
}

/** A page and the total together. */
export async function queryShares(filter: LogFilter = {}, opts: QueryOptions = {}): Promise<QueryResult> {
  const page = await pageShares(filter, opts);
  return { ...page, total: page.total ?? (await countShares(filter)) };
}

/** Every row matching the filter, newest first (exports). */
export async function exportShares(filter: LogFilter = {}): Promise<ShareRecord[]> {
  const f = cleanFilter(filter);
  const plan = planFor(f);
  if (plan.strategy === 'keys') return rowsOf(await idsOf(plan, f, 'desc'));
  const c = collection(plan, 'desc');
  return readRows(await (plan.strategy === 'values' ? c.filter((row) => matchesFilter(row, f)) : c).toArray());
}

/** The newest `limit` matching rows, without counting the rest (the tab view). */
export async function recentShares(filter: LogFilter = {}, limit = 5): Promise<ShareRecord[]> {
  const f = cleanFilter(filter);
  const plan = planFor(f);
  if (plan.strategy === 'keys') return (await pageShares(f, { limit })).rows;
  const c = collection(plan, 'desc');
  return readRows(await (plan.strategy === 'values' ? c.filter((row) => matchesFilter(row, f)) : c).limit(limit).toArray());
}

export interface LogFacets {
  sites: string[];
  agents: { key: string; name?: string; email?: string }[];
}

/** Distinct values of an index by skipping from one to the next (a few key lookups, not a walk of every row). */
async function distinct(index: 'site' | 'agentKey', max = 500): Promise<string[]> {
  const shares = openLog().shares;
  const out: string[] = [];
  let next = (await shares.orderBy(index).limit(1).keys()) as string[];
  while (next.length > 0 && out.length < max) {
    out.push(next[0]!);
    next = (await shares.where(index).above(next[0]!).limit(1).keys()) as string[];
  }
  return out;
}

/** The values the filter menus offer: the sites and agents present in the log. */
export async function logFacets(): Promise<LogFacets> {
  const shares = openLog().shares;
  const [sites, keys] = await Promise.all([distinct('site'), distinct('agentKey')]);
  const agents = await Promise.all(
    keys.map(async (key) => {
      const last = await shares.where('[agentKey+time]').between([key, -Infinity], [key, Infinity]).last();
      return { key, name: last?.agent.name, email: last?.agent.email };
    }),
  );
  return { sites, agents };
}
