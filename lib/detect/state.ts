/**
 * Scan state: the text, the year used for age checks, the scan's regex instances (regexes with
 * lastIndex are state, so they live here, not in the modules), a memo of contexts, and the
 * candidates found so far. One instance serves every scan (scan.ts): scans are synchronous and
 * never nested.
 */
import type { Confidence, Finding, TextFindingType } from './types.ts';
import { type Context, readContext } from './context.ts';

/**
 * Overlap strength: a checksum-validated identifier or an email beats a phone or passport,
 * which beats a date of birth, which beats the keyword-anchored names and addresses.
 */
const STRENGTH: Readonly<Record<TextFindingType, number>> = {
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

/** A regex kept as source + flags by the modules; each scan makes its own RegExp object. */
export interface Pattern {
  readonly source: string;
  readonly flags: string;
}

/**
 * A candidate is the Finding it may become: created once, its `masked` field is filled in only
 * if it survives overlap resolution and the caller's filters (one object per candidate).
 */
export interface Candidate extends Finding {
  type: TextFindingType;
}

export function candidate(type: TextFindingType, start: number, end: number, confidence: Confidence): Candidate {
  return { type, start, end, confidence, masked: '' };
}

/** Whether `a` should win over `b` when they overlap: stronger type, then longer, then earlier. */
export function beats(a: Candidate, b: Candidate): boolean {
  const sa = STRENGTH[a.type];
  const sb = STRENGTH[b.type];
  if (sa !== sb) return sa > sb;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.start < b.start;
}

export class ScanState {
  text = '';
  nowYear = 0;
  /** One list per detector pass (numbers, emails, names), each kept sorted by start. */
  lists: Candidate[][] = [];
  private out: Candidate[] = [];
  private lastContextPos = -1;
  private lastContext: Context = 0;
  private readonly regexes = new Map<Pattern, RegExp>();

  /** Starts a scan of `text`. */
  begin(text: string, nowYear: number): void {
    this.text = text;
    this.nowYear = nowYear;
    this.lists = [];
    this.lastContextPos = -1;
  }

  /** Ends a scan: the state keeps no reference to the text or its candidates. */
  end(): void {
    this.text = '';
    this.lists = [];
    this.out = [];
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
    this.out = [];
    this.lists.push(this.out);
  }

  push(type: TextFindingType, start: number, end: number, confidence: Confidence): void {
    this.add(candidate(type, start, end, confidence));
  }

  /**
   * Adds a candidate to the current pass's list, keeping it sorted by start (then longest first).
   * Detectors find candidates in text order, so the insertion step almost never moves anything.
   */
  add(c: Candidate): void {
    const out = this.out;
    let k = out.length;
    while (k > 0 && (out[k - 1]!.start > c.start || (out[k - 1]!.start === c.start && out[k - 1]!.end < c.end))) k--;
    if (k === out.length) out.push(c);
    else out.splice(k, 0, c);
  }
}
