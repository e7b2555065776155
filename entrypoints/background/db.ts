/**
 * The share log: Dexie database `vigie`, table `shares` (design.md, "Contracts"). The background writes;
 * the popup opens the same database (same extension origin) and only reads, through queryShares/exportShares/logFacets.
 * Every write goes through toStoredShare (strict zod, masked samples only); every read through fromStored.
 *
 * Speed at 100 000 rows: each filter the UI offers has an index whose keys end with `time`, so one key range
 * both filters and orders, `count()` is a native index count and `offset/limit` is a cursor advance.
 * Only a second filter or the free-text search falls back to a scan of the narrowest range.
 */
import { Dexie, type Table } from 'dexie';
import { cleanFilter, matchesFilter, normaliseRecipient, type LogFilter } from '../../lib/log/query.ts';
import {
  fromStored, SharePatchSchema, toStoredShare, type ShareRecord, type SharePatch, type StoredShare,
} from '../../lib/log/record.ts';

export const DB_NAME = 'vigie';
const DAY_MS = 86_400_000;
const BULK_CHUNK = 2_000;

export class VigieDb extends Dexie {
  shares!: Table<StoredShare, number>;
  constructor(name = DB_NAME) {
    super(name);
    // Bump the version and add an upgrade when the row shape or the indexes change; never edit version 1.
    this.version(1).stores({
      shares:
        '++id, &eventId, time, site, agentKey, [site+time], [agentKey+time], [decision+time], [choice+time], *typeTime, *rcptTime',
    });
  }
}

let db: VigieDb | undefined;
export function openLog(): VigieDb {
  db ??= new VigieDb();
  return db;
}

export interface QueryOptions {
  offset?: number;
  /** 0 counts without loading rows. Default 50. */
  limit?: number;
  /** Newest first by default. */
  order?: 'desc' | 'asc';
}
export interface QueryResult {
  rows: ShareRecord[];
  total: number;
  /** The index that served the query, and whether a scan of its range filtered the rest (tests and diagnostics). */
  plan: { index: string; scan: boolean };
}

type Key = number | [string, number];
interface Plan { index: string; lower: Key; upper: Key; covers: (keyof LogFilter)[] }

/** The index for the most selective filter present, with the time range folded into its key range. */
function planFor(f: LogFilter): Plan {
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  const pair = (index: string, k: keyof LogFilter, v: string): Plan => ({
    index, lower: [v, from], upper: [v, to], covers: [k, 'from', 'to'],
  });
  if (f.recipient) return pair('rcptTime', 'recipient', normaliseRecipient(f.recipient));
  if (f.type) return pair('typeTime', 'type', f.type);
  if (f.agent) return pair('[agentKey+time]', 'agent', f.agent.toLowerCase());
  if (f.choice) return pair('[choice+time]', 'choice', f.choice);
  if (f.site) return pair('[site+time]', 'site', f.site);
  if (f.decision) return pair('[decision+time]', 'decision', f.decision);
  return { index: 'time', lower: from, upper: to, covers: ['from', 'to'] };
}

function rangeOf(plan: Plan, order: 'desc' | 'asc') {
  const c = openLog().shares.where(plan.index).between(plan.lower, plan.upper, true, false);
  return order === 'desc' ? c.reverse() : c;
}

const needsScan = (f: LogFilter, plan: Plan) => Object.keys(f).some((k) => !plan.covers.includes(k as keyof LogFilter));
const readRows = (rows: unknown[]) => rows.map(fromStored).filter((r): r is ShareRecord => r !== null);

export async function queryShares(filter: LogFilter = {}, opts: QueryOptions = {}): Promise<QueryResult> {
  const { offset = 0, limit = 50, order = 'desc' } = opts;
  const f = cleanFilter(filter);
  const plan = planFor(f);
  const scan = needsScan(f, plan);
  const log = openLog();
  return log.transaction('r', log.shares, async () => {
    if (!scan) {
      const total = await rangeOf(plan, order).count();
      const rows = limit > 0 ? await rangeOf(plan, order).offset(offset).limit(limit).toArray() : [];
      return { rows: readRows(rows), total, plan: { index: plan.index, scan } };
    }
    // One pass: count every match, keep the requested page.
    let total = 0;
    const page: StoredShare[] = [];
    await rangeOf(plan, order).each((row) => {
      if (!matchesFilter(row, f)) return;
      if (total >= offset && page.length < limit) page.push(row);
      total += 1;
    });
    return { rows: readRows(page), total, plan: { index: plan.index, scan } };
  });
}

/** Every row matching the filter, newest first (exports). */
export async function exportShares(filter: LogFilter = {}): Promise<ShareRecord[]> {
  const f = cleanFilter(filter);
  const plan = planFor(f);
  const rows = needsScan(f, plan)
    ? await rangeOf(plan, 'desc').filter((row) => matchesFilter(row, f)).toArray()
    : await rangeOf(plan, 'desc').toArray();
  return readRows(rows);
}

/** The newest `limit` matching rows, without counting the rest: stops as soon as the page is full (tab status). */
export async function recentShares(filter: LogFilter = {}, limit = 5): Promise<ShareRecord[]> {
  const f = cleanFilter(filter);
  const plan = planFor(f);
  const range = rangeOf(plan, 'desc');
  const rows = needsScan(f, plan) ? await range.filter((row) => matchesFilter(row, f)).limit(limit).toArray() : await range.limit(limit).toArray();
  return readRows(rows);
}

export async function countShares(filter: LogFilter = {}): Promise<number> {
  return (await queryShares(filter, { limit: 0 })).total;
}

export interface LogFacets {
  sites: string[];
  agents: { key: string; name?: string; email?: string }[];
}

/** The values the filter menus offer: distinct sites and agents (unique index keys, no table scan). */
export async function logFacets(): Promise<LogFacets> {
  const log = openLog();
  const sites = (await log.shares.orderBy('site').uniqueKeys()) as string[];
  const keys = ((await log.shares.orderBy('agentKey').uniqueKeys()) as string[]).slice(0, 500);
  const agents = await Promise.all(
    keys.map(async (key) => {
      const last = await log.shares.where('[agentKey+time]').between([key, -Infinity], [key, Infinity]).last();
      return { key, name: last?.agent.name, email: last?.agent.email };
    }),
  );
  return { sites, agents };
}

/**
 * Writes one share. Idempotent by eventId: a retry (service-worker restart, message resent) returns the
 * existing row instead of adding a second one. Throws a ZodError on an invalid or unmasked record.
 */
export async function addShare(record: unknown): Promise<{ id: number; created: boolean }> {
  const { id: _ignored, ...row } = toStoredShare(record);
  const log = openLog();
  return log.transaction('rw', log.shares, async () => {
    const existing = await log.shares.where('eventId').equals(row.eventId).first();
    if (existing?.id !== undefined) return { id: existing.id, created: false };
    return { id: await log.shares.add(row), created: true };
  });
}

/** Bulk version of addShare (imports, seeding): validates everything first, skips eventIds already stored. */
export async function addShares(records: readonly unknown[]): Promise<number> {
  const rows = records.map((r) => {
    const { id: _ignored, ...row } = toStoredShare(r);
    return row;
  });
  const log = openLog();
  let added = 0;
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    try {
      await log.shares.bulkAdd(chunk);
      added += chunk.length;
    } catch (error) {
      // Rows whose eventId exists fail alone (unique index); the others are committed. Anything else is real.
      if (!(error instanceof Dexie.BulkError)) throw error;
      const failures = Object.values(error.failuresByPos);
      if (failures.some((f) => f.name !== 'ConstraintError')) throw error;
      added += chunk.length - failures.length;
    }
  }
  return added;
}

/** Changes the status/choice/decision/justification/reasons of a logged share. False when the eventId is unknown. */
export async function updateShare(eventId: string, patch: SharePatch): Promise<boolean> {
  const changes = SharePatchSchema.parse(patch);
  const log = openLog();
  return log.transaction('rw', log.shares, async () => {
    const row = await log.shares.where('eventId').equals(eventId).first();
    const current = row && fromStored(row);
    if (!current) return false;
    await log.shares.put(toStoredShare({ ...current, ...changes, id: row.id }));
    return true;
  });
}

/** Deletes the rows older than the retention period; returns how many. */
export async function purgeOlderThan(days: number, now = Date.now()): Promise<number> {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`retention must be a number of days >= 0, got ${days}`);
  return openLog().shares.where('time').below(now - days * DAY_MS).delete();
}
