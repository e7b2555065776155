/**
 * How the share log answers a filter (entrypoints/background/db-read.ts): which index key ranges to read.
 * Pure: the index names are those db.ts declares. Each filter the journal offers has an index whose key ends with
 * `time`, so one key range both filters and orders.
 */
import { normaliseRecipient, type LogFilter } from './query.ts';
import { searchWords } from './search.ts';

export type IndexKey = number | (string | number)[];
export interface KeyRange {
  index: string;
  lower: IndexKey;
  upper: IndexKey;
}
/**
 * `range`: at most one filter besides the dates, read as one key range. `keys`: several ranges whose ids are
 * intersected. `values`: the host filter has no index, rows are tested one by one.
 */
export interface QueryPlan {
  strategy: 'range' | 'keys' | 'values';
  /** Most selective first (a guess: recipients and data kinds are rarer than sites and decisions). */
  ranges: KeyRange[];
  from: number;
  to: number;
}

export const WORD_INDEX = 'wordTime';

/** `filter` must be cleaned (cleanFilter). */
export function planFor(f: LogFilter): QueryPlan {
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  const eq = (index: string, v: string): KeyRange => ({ index, lower: [v, from], upper: [v, to] });
  const ranges: KeyRange[] = [];
  if (f.recipient) ranges.push(eq('rcptTime', normaliseRecipient(f.recipient)));
  if (f.type) ranges.push(eq('typeTime', f.type));
  if (f.agent) ranges.push(eq('[agentKey+time]', f.agent.toLowerCase()));
  if (f.choice) ranges.push(eq('[choice+time]', f.choice));
  if (f.site) ranges.push(eq('[site+time]', f.site));
  if (f.decision) ranges.push(eq('[decision+time]', f.decision));
  // A word matches by prefix: its range spans every token that begins with it, so it is not in time order.
  for (const w of searchWords(f.search ?? '')) ranges.push({ index: WORD_INDEX, lower: [w, -Infinity], upper: [`${w}\uffff`, Infinity] });
  const ordered = ranges.filter((r) => r.index !== WORD_INDEX);
  if (f.host) return { strategy: 'values', ranges: ordered.slice(0, 1), from, to };
  if (ranges.length <= 1 && ordered.length === ranges.length) return { strategy: 'range', ranges, from, to };
  return { strategy: 'keys', ranges, from, to };
}

export const describePlan = (plan: QueryPlan) => ({ index: plan.ranges[0]?.index ?? 'time', strategy: plan.strategy });
