/**
 * The share log: Dexie database `vigie`, table `shares` (design.md, "Contracts"). The background writes through
 * the functions below; the popup opens the same database (same extension origin) and only reads (db-read.ts,
 * re-exported here). Every write goes through toStoredShare (strict zod, masked samples only).
 *
 * `meta` keeps the row count: IndexedDB's count() walks the whole index (about 0.8 s at 100 000 rows in Chromium),
 * so the total the popup shows on opening comes from this counter, kept in the same transaction as each write.
 */
import { Dexie, type Table } from 'dexie';
import { SharePatchSchema, type SharePatch } from '../../lib/log/record.ts';
import { fromStored, toStoredShare, type StoredShare } from '../../lib/log/stored.ts';

import { forgetCachedQueries } from './db-read.ts';

export * from './db-read.ts';

export const DB_NAME = 'vigie';
export const COUNT_KEY = 'shares.count';
const DAY_MS = 86_400_000;
const BULK_CHUNK = 2_000;

export interface MetaRow {
  key: string;
  value: number;
}

export class VigieDb extends Dexie {
  shares!: Table<StoredShare, number>;
  meta!: Table<MetaRow, string>;
  constructor(name = DB_NAME) {
    super(name);
    // Every filter the journal offers has an index whose key ends with `time`: one key range filters and orders.
    // Bump the version and add an upgrade when the row shape or the indexes change; never edit a shipped version.
    this.version(1).stores({
      shares:
        '++id, &eventId, time, site, agentKey, [site+time], [agentKey+time], [decision+time], [choice+time], *typeTime, *rcptTime, *wordTime',
      meta: 'key',
    });
  }
}

let db: VigieDb | undefined;
export function openLog(): VigieDb {
  db ??= new VigieDb();
  return db;
}

/** Inside a write transaction: the count before this write (recounted once if the counter is missing). */
async function countBefore(log: VigieDb): Promise<number> {
  return (await log.meta.get(COUNT_KEY))?.value ?? (await log.shares.count());
}

const stripId = (record: unknown): StoredShare => {
  const { id: _ignored, ...row } = toStoredShare(record);
  return row;
};

/**
 * Writes one share. Idempotent by eventId: a retry (service-worker restart, message resent) returns the
 * existing row instead of adding a second one. Throws a ZodError on an invalid or unmasked record.
 */
export async function addShare(record: unknown): Promise<{ id: number; created: boolean }> {
  const row = stripId(record);
  const log = openLog();
  forgetCachedQueries();
  return log.transaction('rw', log.shares, log.meta, async () => {
    const existing = await log.shares.where('eventId').equals(row.eventId).first();
    if (existing?.id !== undefined) return { id: existing.id, created: false };
    const before = await countBefore(log);
    const id = await log.shares.add(row);
    await log.meta.put({ key: COUNT_KEY, value: before + 1 });
    return { id, created: true };
  });
}

/** Bulk version of addShare (imports, seeding): validates everything first, skips eventIds already stored. */
export async function addShares(records: readonly unknown[]): Promise<number> {
  const rows = records.map(stripId);
  const log = openLog();
  forgetCachedQueries();
  let added = 0;
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = rows.slice(i, i + BULK_CHUNK);
    added += await log.transaction('rw', log.shares, log.meta, async () => {
      const before = await countBefore(log);
      let n = chunk.length;
      try {
        await log.shares.bulkAdd(chunk);
      } catch (error) {
        // Rows whose eventId exists fail alone (unique index); the others are kept. Anything else is real.
        if (!(error instanceof Dexie.BulkError)) throw error;
        const failures = Object.values(error.failuresByPos);
        if (failures.some((f) => f.name !== 'ConstraintError')) throw error;
        n -= failures.length;
      }
      await log.meta.put({ key: COUNT_KEY, value: before + n });
      return n;
    });
  }
  return added;
}

/** Changes the status/choice/decision/justification/reasons of a logged share. False when the eventId is unknown. */
export async function updateShare(eventId: string, patch: SharePatch): Promise<boolean> {
  const changes = SharePatchSchema.parse(patch);
  const log = openLog();
  forgetCachedQueries();
  return log.transaction('rw', log.shares, async () => {
    const row = await log.shares.where('eventId').equals(eventId).first();
    const current = row && fromStored(row);
    if (!current) return false;
    await log.shares.put(toStoredShare({ ...current, ...changes, id: row.id }));
    return true;
  });
}

/**
 * Deletes the rows older than the retention period; returns how many. Also recounts the rows (this runs a few
 * times a day from the background), which repairs the counter if anything ever wrote around these functions.
 */
export async function purgeOlderThan(days: number, now = Date.now()): Promise<number> {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`retention must be a number of days >= 0, got ${days}`);
  const log = openLog();
  forgetCachedQueries();
  return log.transaction('rw', log.shares, log.meta, async () => {
    const deleted = await log.shares.where('time').below(now - days * DAY_MS).delete();
    await log.meta.put({ key: COUNT_KEY, value: await log.shares.count() });
    return deleted;
  });
}
