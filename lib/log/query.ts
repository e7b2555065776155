/**
 * The log's filter model, pure. `matchesFilter` is the reference semantics; the database (db.ts) answers the same
 * question through its indexes and falls back to this function for what no index covers.
 */
import { z } from 'zod';
import { FINDING_TYPES } from '../detect/types.ts';
import { CHOICES, DECISIONS, type ShareRecord } from './record.ts';
import { agentKeyOf, recipientKeysOf } from './stored.ts';
import { matchesWords, searchTokens, searchWords } from './search.ts';

export const LogFilterSchema = z.strictObject({
  /** Epoch ms, inclusive. */
  from: z.number().optional(),
  /** Epoch ms, exclusive (the UI passes the midnight after the last day). */
  to: z.number().optional(),
  /** An agent key: lower-cased email (or name when the agent has no email). */
  agent: z.string().optional(),
  site: z.string().optional(),
  /** The page's host name, exact and case-insensitive (no index: prefer `site` for speed). */
  host: z.string().optional(),
  decision: z.enum(DECISIONS).optional(),
  choice: z.enum(CHOICES).optional(),
  type: z.enum(FINDING_TYPES).optional(),
  /** An exact address or destination (`notaire@x.be`, a form id, `public:wordpress`) or an email domain (`x.be`, `@x.be`). */
  recipient: z.string().optional(),
  /** Free text: each word begins a word of the row, case- and accent-insensitive (lib/log/search.ts). */
  search: z.string().optional(),
});
export type LogFilter = z.infer<typeof LogFilterSchema>;

/** Lower-case, trimmed, without a leading `@` (so `@notaire.be` means the domain). */
export function normaliseRecipient(needle: string): string {
  return needle.trim().toLowerCase().replace(/^@/, '');
}

/** Drops empty strings and undefined values, so `{ site: '' }` means "any site". */
export function cleanFilter(filter: LogFilter): LogFilter {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = typeof v === 'string' && k !== 'search' ? v.trim() : v;
  }
  return out as LogFilter;
}

export function isEmptyFilter(filter: LogFilter): boolean {
  return Object.keys(cleanFilter(filter)).length === 0;
}

export function matchesFilter(row: ShareRecord, filter: LogFilter): boolean {
  const f = cleanFilter(filter);
  if (f.from !== undefined && row.time < f.from) return false;
  if (f.to !== undefined && row.time >= f.to) return false;
  if (f.agent !== undefined && agentKeyOf(row.agent) !== f.agent.toLowerCase()) return false;
  if (f.site !== undefined && row.site !== f.site) return false;
  if (f.host !== undefined && row.host.toLowerCase() !== f.host.toLowerCase()) return false;
  if (f.decision !== undefined && row.decision !== f.decision) return false;
  if (f.choice !== undefined && row.choice !== f.choice) return false;
  if (f.type !== undefined && !row.findings.some((x) => x.type === f.type)) return false;
  if (f.recipient !== undefined && !recipientKeysOf(row.destinations).includes(normaliseRecipient(f.recipient))) {
    return false;
  }
  if (f.search !== undefined && !matchesWords(searchTokens(row), searchWords(f.search))) return false;
  return true;
}
