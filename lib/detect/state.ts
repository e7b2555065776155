/**
 * Scan state: the text, the year used for age checks, the scan's regex instances (regexes with
 * lastIndex are state, so they live here, not in the modules), a memo of contexts, and the
 * candidates found so far. One instance serves every scan (scan.ts): scans are synchronous and
 * never nested.
 *
 * Candidates are not objects: each pass writes (start, end, tag) into reused typed arrays, the
 * tag packing the type and the confidence. A dense text yields one candidate per ~80 characters;
 * as objects they were allocated in the middle of the scan, copied by every young-generation GC
 * while they lived, and chased through memory by the overlap resolution. Only the survivors
 * become Finding objects, in text order, at the end (resolve.ts).
 */
import { AliasNotes } from './alias-notes.ts';
import { type Context, readContext } from './context.ts';
import { type Confidence, type Finding, TEXT_FINDING_TYPES, type TextFindingType } from './types.ts';

/** A candidate's type and confidence in one small integer: type index × 4 + confidence rank. */
export type Tag = number;

const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
const TYPE_CODE = Object.fromEntries(TEXT_FINDING_TYPES.map((t, i) => [t, i])) as Readonly<Record<TextFindingType, number>>;
const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };
const PERSON_NAME_TYPE = TYPE_CODE['person-name'];

export const tag = (type: TextFindingType, confidence: Confidence): Tag => TYPE_CODE[type] * 4 + RANK[confidence];
export const typeOf = (t: Tag): TextFindingType => TEXT_FINDING_TYPES[t >> 2]!;
export const confidenceOf = (t: Tag): Confidence => CONFIDENCES[t & 3]!;

/**
 * Overlap strength: a checksum-validated identifier or an email beats a phone or passport,
 * which beats a date of birth, which beats the keyword-anchored names and addresses.
 */
const STRENGTH_OF: Readonly<Record<TextFindingType, number>> = {
  'be-national-number': 4,
  'be-eid-card': 4,
  'bank-account': 4,
  iban: 4,
  'vat-number': 4,
  'fr-nir': 4,
  'nl-bsn': 4,
  'lu-national-id': 4,
  email: 4,
  phone: 3,
  passport: 3,
  'date-of-birth': 2,
  'postal-address': 1,
  'person-name': 1,
};
/** Strength by tag. */
const STRENGTH = Uint8Array.from({ length: TEXT_FINDING_TYPES.length * 4 }, (_, t) => STRENGTH_OF[typeOf(t)]);

/** Whether candidate a should win over b when they overlap: stronger type, then longer, then earlier. */
export function beats(aTag: Tag, aStart: number, aEnd: number, bTag: Tag, bStart: number, bEnd: number): boolean {
  const sa = STRENGTH[aTag]!;
  const sb = STRENGTH[bTag]!;
  if (sa !== sb) return sa > sb;
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  if (la !== lb) return la > lb;
  return aStart < bStart;
}

/** A regex kept as source + flags by the modules; the scan state makes the RegExp object. */
export interface Pattern {
  readonly source: string;
  readonly flags: string;
}

/** A finding before masking: what collect() returns, what finalize() masks. */
export interface Candidate extends Finding {
  type: TextFindingType;
}

/** One pass's candidates, in parallel arrays that grow as needed and are reused scan after scan. */
export class Candidates {
  length = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  tag = new Uint8Array(256);

  /**
   * Adds a candidate, keeping the list sorted by start (then longest first). Detectors find
   * candidates in text order, so the insertion step almost never moves anything.
   */
  add(start: number, end: number, t: Tag): void {
    if (this.length === this.start.length) this.grow();
    const s = this.start;
    const e = this.end;
    const g = this.tag;
    let k = this.length++;
    while (k > 0 && (s[k - 1]! > start || (s[k - 1] === start && e[k - 1]! < end))) {
      s[k] = s[k - 1]!;
      e[k] = e[k - 1]!;
      g[k] = g[k - 1]!;
      k--;
    }
    s[k] = start;
    e[k] = end;
    g[k] = t;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const start = new Int32Array(n);
    const end = new Int32Array(n);
    const t = new Uint8Array(n);
    start.set(this.start);
    end.set(this.end);
    t.set(this.tag);
    this.start = start;
    this.end = end;
    this.tag = t;
  }
}

export class ScanState {
  text = '';
  nowYear = 0;
  /** One list per detector pass (numbers, emails, names, tables, aliases), each kept sorted by start. */
  readonly lists = [new Candidates(), new Candidates(), new Candidates(), new Candidates(), new Candidates()];
  /** What the passes note for the surnames repeated alone (aliases.ts). */
  readonly notes = new AliasNotes();
  /** Where a number opening its line is followed by " r…" or " a…": maybe a Google Forms answer count (tables.ts). */
  readonly answerCounts: number[] = [];
  private out = this.lists[0]!;
  private pass = 0;
  private lastContextPos = -1;
  private lastContext: Context = 0;
  private readonly regexes = new Map<Pattern, RegExp>();

  /** Starts a scan of `text`. */
  begin(text: string, nowYear: number): void {
    this.text = text;
    this.nowYear = nowYear;
    for (const list of this.lists) list.length = 0;
    this.notes.reset();
    this.answerCounts.length = 0;
    this.pass = -1;
    this.lastContextPos = -1;
  }

  /** Ends a scan: the state keeps no reference to the text. */
  end(): void {
    this.text = '';
  }

  /** Keyword context before `pos` (context.ts); the candidates of one run share it. */
  context(pos: number): Context {
    if (pos !== this.lastContextPos) {
      this.lastContext = readContext(this.text, pos);
      this.lastContextPos = pos;
    }
    return this.lastContext;
  }

  /**
   * The state's instance of a sticky or global regex (their lastIndex is state, so modules keep
   * only sources; every use sets lastIndex first).
   */
  re(pattern: Pattern): RegExp {
    let re = this.regexes.get(pattern);
    if (re === undefined) {
      re = new RegExp(pattern.source, pattern.flags);
      this.regexes.set(pattern, re);
    }
    return re;
  }

  /** Starts the list of the next detector pass. */
  beginPass(): void {
    this.out = this.lists[++this.pass]!;
  }

  /** Whether the candidate added last in the current pass has tag `t` (a cheap test before a caller's walk back). */
  lastAddedIs(t: Tag): boolean {
    const k = this.out.length - 1;
    return k >= 0 && this.out.tag[k] === t;
  }

  /** Whether the candidate added last in the current pass ends at `end` with tag `t`. */
  lastAddedEnds(end: number, t: Tag): boolean {
    const k = this.out.length - 1;
    return k >= 0 && this.out.end[k] === end && this.out.tag[k] === t;
  }

  /** Adds a candidate of the current pass; detectors compute their tags (tag()) once, as constants. */
  add(start: number, end: number, t: Tag): void {
    this.out.add(start, end, t);
    if (t >> 2 === PERSON_NAME_TYPE) this.notes.noteName(this.text, start, end, (t & 3) === RANK.high);
  }
}
