/**
 * Data-subject awareness: a recipient's own contact data is not a third-party share.
 *
 * For an email recipient, these findings are waived (they do not count against that recipient):
 *  1. an `email` finding equal to the recipient's address (normalised);
 *  2. a `person-name` finding whose name parts (two or more, accents and case ignored) all appear in
 *     the recipient's display name or in the parts of their address's local part
 *     (`jean.dupont@…` ↔ "Jean Dupont"); a single word ("Dupont") is never enough;
 *  3. a `phone` or `postal-address` finding in the same contact block as a finding from 1 or 2.
 *     A contact block: the two spans are at most CONTACT_BLOCK_CHARS apart, no blank line separates
 *     them (when the draft text is known), and the nearest name or email finding to the phone/address
 *     is the recipient's own — so "Jean Dupont, jean@x.be — Marie Martin 0475…" keeps Marie's number.
 * For an SMS recipient, only a `phone` finding equal to the recipient's number is waived.
 *
 * Only contact data is ever waived. Identity numbers, bank accounts, birth dates and documents always
 * count, even for their own subject: the engine cannot prove whose national number it is, and a
 * mistaken waiver would be a silent leak (conservative by design).
 */
import { parseAddress } from './address.ts';
import { samePhone } from './phone.ts';
import type { AnalysedFinding, Destination } from './types.ts';

export const CONTACT_BLOCK_CHARS = 200;

/** Titles that are not name parts. */
const TITLES = new Set([
  'm', 'mr', 'mme', 'mlle', 'me', 'maitre', 'monsieur', 'madame', 'dhr', 'mevr', 'mevrouw', 'meneer',
  'heer', 'de', 'dr', 'mrs', 'ms', 'miss', 'notaire', 'notaris',
]);

export function nameParts(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length >= 2 && !TITLES.has(part));
}

// Per-finding normalisations, computed once per finding whatever the number of recipients
// (a 1 MB draft to 20 recipients must stay within the send-check budget).
const addressCache = new WeakMap<AnalysedFinding, string | null>();
const partsCache = new WeakMap<AnalysedFinding, string[]>();

function addressOf(f: AnalysedFinding): string | null {
  let a = addressCache.get(f);
  if (a === undefined) addressCache.set(f, (a = parseAddress(f.value)?.address ?? null));
  return a;
}

function partsOf(f: AnalysedFinding): string[] {
  let p = partsCache.get(f);
  if (p === undefined) partsCache.set(f, (p = nameParts(f.value)));
  return p;
}

const BLANK_LINE = /\n[ \t\r]*\n/;

function gap(a: AnalysedFinding, b: AnalysedFinding): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

function sameBlock(a: AnalysedFinding, b: AnalysedFinding, text: string | undefined): boolean {
  if (gap(a, b) > CONTACT_BLOCK_CHARS) return false;
  if (text === undefined) return true;
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return !BLANK_LINE.test(between);
}

/** Who an email recipient is in the text: their address (rule 1) and name parts (rule 2). */
interface Subject {
  address: string;
  parts: ReadonlySet<string>;
}

function subjectOf(destination: Destination): Subject | null {
  if (destination.kind !== 'email') return null;
  const address = parseAddress(destination.address);
  if (address === null) return null;
  const parts = new Set([...nameParts(destination.displayName ?? ''), ...nameParts(address.local.replace(/\+.*$/, ''))]);
  return { address: address.address, parts };
}

/** Rules 1 and 2: the address or the name (two parts or more, all theirs) of one of `subjects`, which anchor rule 3. */
function isAnchor(f: AnalysedFinding, subjects: readonly Subject[]): boolean {
  if (f.type === 'email') {
    const address = addressOf(f);
    return subjects.some((s) => s.address === address);
  }
  if (f.type !== 'person-name') return false;
  const parts = partsOf(f);
  return parts.length >= 2 && subjects.some((s) => parts.every((p) => s.parts.has(p)));
}

/** Rule 1 for an SMS recipient. */
const isOwnNumber = (f: AnalysedFinding, number: string) => f.type === 'phone' && samePhone(f.value, number);

/** The findings that are the destination's own data (see the module comment). */
export function ownDataOf(
  destination: Destination,
  findings: readonly AnalysedFinding[],
  text?: string,
): Set<AnalysedFinding> {
  const waived = new Set<AnalysedFinding>();
  // An SMS recipient's own number in the text is theirs (rule 1 for phones); nothing else can be proven.
  if (destination.kind === 'phone') {
    for (const f of findings) if (isOwnNumber(f, destination.number)) waived.add(f);
    return waived;
  }
  const subject = subjectOf(destination);
  if (subject === null) return waived;

  const { people, contacts } = sortedLists(findings);
  const anchors = people.filter((f) => isAnchor(f, [subject]));
  for (const f of anchors) waived.add(f);

  // Only phones/addresses near one of the recipient's own findings can be theirs: visit just those.
  for (const anchor of anchors) {
    const [from, to] = contactsNear(contacts, anchor);
    for (let i = from; i < to; i++) {
      const c = contacts[i] as AnalysedFinding;
      if (waived.has(c)) continue;
      const nearest = nearestInBlock(people, c, text);
      if (nearest !== undefined && waived.has(nearest)) waived.add(c);
    }
  }
  return waived;
}

/**
 * Every finding that could be one of `destinations`' own data, or could decide whether one is, whatever the
 * confidence floor: the recipients' own addresses, names and numbers, the phones/addresses near those, and every
 * name/email near such a phone/address (the candidates for its nearest one). ownDataOf visits only these (the
 * windows are the same), so for every destination and floor it gives the same result on any subset of the findings
 * that keeps them all; no other finding is ever waived. The content script reports less with it (lib/guard/analyse.ts
 * essentialFindings).
 */
export function ownCandidates(destinations: readonly Destination[], findings: readonly AnalysedFinding[]): Set<AnalysedFinding> {
  const candidates = new Set<AnalysedFinding>();
  const numbers = destinations.flatMap((d) => (d.kind === 'phone' ? [d.number] : []));
  const subjects = destinations.map(subjectOf).filter((s) => s !== null);
  const anchors: AnalysedFinding[] = [];
  for (const f of findings) {
    if (f.type === 'phone' && numbers.some((n) => isOwnNumber(f, n))) candidates.add(f);
    else if (isAnchor(f, subjects)) anchors.push(f);
  }
  // Mostly none (no recipient named in the draft): then nothing needs sorting.
  if (anchors.length === 0) return candidates;

  const { people, contacts } = sortedLists(findings);
  const visited = new Set<AnalysedFinding>();
  for (const anchor of anchors) {
    candidates.add(anchor);
    const [from, to] = contactsNear(contacts, anchor);
    for (let i = from; i < to; i++) {
      const c = contacts[i] as AnalysedFinding;
      if (visited.has(c)) continue;
      visited.add(c);
      candidates.add(c);
      const [first, end] = peopleNear(people, c);
      for (let j = first; j < end; j++) candidates.add(people[j] as AnalysedFinding);
    }
  }
  return candidates;
}

/** Spans longer than this (a very long postal address) might be missed by the windowed search: none are. */
const LONGEST_SPAN = 1000;

const listsCache = new WeakMap<readonly AnalysedFinding[], { people: AnalysedFinding[]; contacts: AnalysedFinding[] }>();

/** Name/email findings and phone/address findings, each sorted by start; once per findings array. */
function sortedLists(findings: readonly AnalysedFinding[]) {
  let lists = listsCache.get(findings);
  if (!lists) {
    const byStart = (a: AnalysedFinding, b: AnalysedFinding) => a.start - b.start;
    lists = {
      people: findings.filter((f) => f.type === 'email' || f.type === 'person-name').sort(byStart),
      contacts: findings.filter((f) => f.type === 'phone' || f.type === 'postal-address').sort(byStart),
    };
    listsCache.set(findings, lists);
  }
  return lists;
}

/** Index of the first finding whose start is ≥ `start` (binary search on a start-sorted list). */
function firstStartingFrom(sorted: readonly AnalysedFinding[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices [from, to) of the start-sorted findings whose start is in [lo, hi] (offsets are integers). */
function startingWithin(sorted: readonly AnalysedFinding[], lo: number, hi: number): [number, number] {
  return [firstStartingFrom(sorted, lo), firstStartingFrom(sorted, hi + 1)];
}

/** The phones/addresses that could share a contact block with `anchor` (a long span may start well before it). */
const contactsNear = (contacts: readonly AnalysedFinding[], anchor: AnalysedFinding) =>
  startingWithin(contacts, anchor.start - CONTACT_BLOCK_CHARS - LONGEST_SPAN, anchor.end + CONTACT_BLOCK_CHARS);

/** The names/emails that could be nearest to the phone/address `f` in its block. */
const peopleNear = (people: readonly AnalysedFinding[], f: AnalysedFinding) =>
  startingWithin(people, f.start - CONTACT_BLOCK_CHARS - LONGEST_SPAN, f.end + CONTACT_BLOCK_CHARS);

/**
 * The closest name/email finding in the same block. `people` is sorted by start; only the neighbours
 * within CONTACT_BLOCK_CHARS are visited (peopleNear), so a 1 MB draft with thousands of findings stays fast.
 * Those on the left are visited nearest first, then those on the right: on a tie, the first visited wins.
 */
function nearestInBlock(people: readonly AnalysedFinding[], f: AnalysedFinding, text: string | undefined): AnalysedFinding | undefined {
  const [from, to] = peopleNear(people, f);
  const lo = firstStartingFrom(people, f.start);
  let best: AnalysedFinding | undefined;
  const consider = (p: AnalysedFinding) => {
    if (sameBlock(p, f, text) && (best === undefined || gap(p, f) < gap(best, f))) best = p;
  };
  for (let i = lo - 1; i >= from; i--) consider(people[i] as AnalysedFinding);
  for (let i = lo; i < to; i++) consider(people[i] as AnalysedFinding);
  return best;
}
