/**
 * The `keys` strategy of db-read.ts: several filters or a search. Each filter's key range yields its ids (primary
 * keys only, no row is read), the ids are intersected in memory in time order, and only the page's rows are read.
 * The first pages try a short scan first so they show before the whole intersection is known.
 */
import { matchesFilter, type LogFilter } from '../../lib/log/query.ts';
import { describePlan, WORD_INDEX, type KeyRange, type QueryPlan } from '../../lib/log/plan.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import { fromStored } from '../../lib/log/stored.ts';
import { openLog } from './db.ts';

export type Order = 'desc' | 'asc';

const CACHE_MS = 15_000;
/** A scan for the first page reads at most this many rows (~0.1 ms each in Chromium) before using the indexes. */
const SCAN_BUDGET = 1_500;
const SCAN_PAGES = 200;
let cache: { key: string; at: number; ids: Promise<number[]>; done?: boolean } | undefined;

export const readRows = (rows: unknown[]) => rows.map(fromStored).filter((r): r is ShareRecord => r !== null);
export const between = (r: KeyRange) => openLog().shares.where(r.index).between(r.lower, r.upper, true, false);

/** Writes in this context drop the cached id lists (another context's writes age out with CACHE_MS). */
export function forgetCachedQueries(): void {
  cache = undefined;
}

/**
 * The ids matching a `keys` plan, in time order, from index keys only. An equality range of a `[value+time]`
 * index lists its ids already in time order; a search alone takes the times from its `[word, time]` keys.
 * The promise is shared for a few seconds, so the page and the count (asked together) and paging compute once.
 */
export function idsOf(plan: QueryPlan, f: LogFilter, order: Order): Promise<number[]> {
  const key = JSON.stringify([f, order]);
  if (cache && cache.key === key && Date.now() - cache.at < CACHE_MS) return cache.ids;
  const entry: NonNullable<typeof cache> = { key, at: Date.now(), ids: computeIds(plan, order) };
  cache = entry;
  entry.ids.then(() => (entry.done = true), () => cache === entry && (cache = undefined));
  return entry.ids;
}

/** True when the ids of this filter are known and fresh (paging then skips the scan). */
export function idsKnown(f: LogFilter, order: Order): boolean {
  return !!cache?.done && cache.key === JSON.stringify([f, order]) && Date.now() - cache.at < CACHE_MS;
}

async function computeIds(plan: QueryPlan, order: Order): Promise<number[]> {
  const [first, ...rest] = plan.ranges;
  let ordered: number[];
  if (first!.index !== WORD_INDEX) ordered = (await between(first!).primaryKeys()) as number[];
  else {
    const times = new Map<number, number>();
    await between(first!).eachKey((k, cursor) => {
      const time = (k as [string, number])[1];
      if (time >= plan.from && time < plan.to) times.set(cursor.primaryKey as number, time);
    });
    ordered = [...times].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => id);
  }
  for (const r of rest) {
    if (ordered.length === 0) break;
    const ids = new Set((await between(r).primaryKeys()) as number[]);
    ordered = ordered.filter((id) => ids.has(id));
  }
  return order === 'desc' ? ordered.reverse() : ordered;
}

/**
 * The first pages of a `keys` plan without waiting for the whole intersection: walk the first equality range
 * (or the time index) newest first and test at most SCAN_BUDGET rows. Undefined when the budget runs out.
 */
export async function scanPage(
  plan: QueryPlan, f: LogFilter, offset: number, limit: number, order: Order,
): Promise<{ rows: ShareRecord[]; total?: number; plan: ReturnType<typeof describePlan> } | undefined> {
  if (limit === 0 || offset + limit > SCAN_PAGES) return undefined;
  const eq = plan.ranges.find((r) => r.index !== WORD_INDEX);
  const c = eq ? between(eq) : openLog().shares.where('time').between(plan.from, plan.to, true, false);
  let scanned = 0;
  let stopped = false;
  const hits: unknown[] = [];
  const stop = () => (stopped = hits.length >= offset + limit || scanned >= SCAN_BUDGET);
  await (order === 'desc' ? c.reverse() : c).until(stop).each((row) => {
    scanned += 1;
    if (matchesFilter(row, f)) hits.push(row);
  });
  if (stopped && hits.length < offset + limit) return undefined;
  return { rows: readRows(hits.slice(offset, offset + limit)), total: stopped ? undefined : hits.length, plan: describePlan(plan) };
}
