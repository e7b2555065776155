/**
 * A share record as the database stores it: the record plus denormalised keys for the indexes
 * (entrypoints/background/db.ts). Writes go through `toStoredShare` (strict parse), reads through `fromStored`.
 */
import type { FindingType } from '../detect/types.ts';
import { ShareRecordSchema, type Destination, type ShareRecord } from './record.ts';
import { searchTokens } from './search.ts';

export interface StoredShare extends ShareRecord {
  /** Lower-cased agent email, else name, else ''. */
  agentKey: string;
  types: FindingType[];
  /** Lower-cased destinations plus the bare domain of each email address. */
  recipients: string[];
  /** [type, time] pairs: a multi-entry index that filters by type and orders by time in one range. */
  typeTime: [string, number][];
  /** [recipient key, time] pairs, same idea. */
  rcptTime: [string, number][];
  /** [search word, time] pairs (lib/log/search.ts): the free-text search reads this index, not the rows. */
  wordTime: [string, number][];
}

/** The denormalised keys: stripped on read and from exports. */
export const INDEX_KEYS = ['agentKey', 'types', 'recipients', 'typeTime', 'rcptTime', 'wordTime'] as const;

/** The record without its index keys (the object is copied, not changed). */
export function withoutIndexKeys(row: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  for (const k of INDEX_KEYS) delete copy[k];
  return copy;
}

export function agentKeyOf(agent: ShareRecord['agent']): string {
  return (agent.email?.trim() || agent.name?.trim() || '').toLowerCase();
}

/** The keys a recipient filter matches: each destination lower-cased, and the domain of each email address. */
export function recipientKeysOf(destinations: readonly Destination[]): string[] {
  const keys = new Set<string>();
  for (const d of destinations) {
    const to = d.to.trim().toLowerCase();
    keys.add(to);
    const at = to.lastIndexOf('@');
    if (at > 0 && at < to.length - 1) keys.add(to.slice(at + 1));
  }
  return [...keys];
}

/** Validates strictly (throws a ZodError) and adds the index keys. The only way a row should reach the database. */
export function toStoredShare(input: unknown): StoredShare {
  const record = ShareRecordSchema.parse(input);
  const types = [...new Set(record.findings.map((f) => f.type))];
  const recipients = recipientKeysOf(record.destinations);
  return {
    ...record,
    agentKey: agentKeyOf(record.agent),
    types,
    recipients,
    typeTime: types.map((t) => [t, record.time]),
    rcptTime: recipients.map((r) => [r, record.time]),
    wordTime: searchTokens(record).map((w) => [w, record.time]),
  };
}

/** Reads a stored row back as a record (untrusted on read): drops the index keys, null when the row is invalid. */
export function fromStored(row: unknown): ShareRecord | null {
  if (typeof row !== 'object' || row === null) return null;
  const parsed = ShareRecordSchema.safeParse(withoutIndexKeys(row));
  return parsed.success ? parsed.data : null;
}
