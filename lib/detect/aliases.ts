/**
 * Surnames repeated alone. Once a text names a person in full ("Chloé Raskin", "M. Olivier GOFFIN", "HERMAN
 * Quentin"), the same surname elsewhere in it is that person too, with no anchor of its own: "dossier RASKIN",
 * "vente GOFFIN-HUBERTY / STASSART", "relancer garant Raskin", "le dossier HERMAN".
 *
 * The surnames come from the names the other passes found, of two words or more (or of one after an honorific, "M. et
 * Mme Bastin-Collignon", or in a table's surname column): the last word, or the first when it is written in capitals
 * before the first name; three letters or more, no particle or title. Their repeats are the capitalised words the
 * names pass read and found no name at. Both are noted by the passes as they go
 * (alias-notes.ts): no second walk over the text. A repeat counts when a full name with that surname lies within
 * ALIAS_REACH characters (before or after it), so an incremental scan (range.ts), which reads that far around its
 * window, finds exactly what a full scan finds. Not a person: a firm named after someone ("Étude Bodart & Wilmet",
 * "Wuyts Vastgoed BV", "Immo Deltour & Fils") or a street ("rue Dupont", "Jan Van Beersstraat"). */
import { foldedHash, lettersEnd, prefixOf } from './alias-notes.ts';
import { charCode, isAlnum, isApostrophe, isDigit, isHSpace, isUpper, sameFolded, searchIn, wordEndAfter, wordStartBefore } from './chars.ts';
import { STREET_SUFFIXES } from './addresses.ts';
import { FIRM_AFTER, FIRM_BEFORE, isFlemishOp, NAME_WORDS, NOT_NAME, PARTICLE, STREET_TYPES } from './name-words.ts';
import { type ScanState, tag } from './state.ts';
import { suffixClass, wordClass } from './trie.ts';

/** How far from a full name its surname alone is read as that person. */
export const ALIAS_REACH = 3000;
/**
 * A legend whose initials start within the text's first LEGEND_HEAD characters (a printout's header: "Medewerkers: LD =
 * Lotte Desmet, …") reads its initials all through the text (an agenda export runs on for pages); the incremental scan
 * reads the names of the text's head for it (scan.ts collect).
 */
export const LEGEND_HEAD = 2000;

const PERSON_NAME = tag('person-name', 'medium');
const MIN_LETTERS = 3;

/** A surname of the text: one place it is written, and where its full names start (ascending). */
interface Surname {
  start: number;
  end: number;
  names: number[];
}

/** The table of surnames' first three letters (surnamesOf), reused scan after scan. */
const PREFIXES = new Uint8Array(32 * 32 * 32);

/**
 * The surnames noted (alias-notes.ts), by folded hash; null for a word that is no surname (under three letters, a
 * particle, a title), checked once per word. `prefixes` marks the first three folded letters of each surname, so most
 * capitalised words are dismissed unread.
 */
function surnamesOf(st: ScanState, prefixes: Uint8Array): Map<number, Surname | null> {
  const text = st.text;
  const n = st.notes;
  const surnames = new Map<number, Surname | null>();
  for (let k = 0; k < n.parts; k++) {
    const hash = n.partHash[k]!;
    const known = surnames.get(hash);
    if (known === undefined) {
      const p = n.partStart[k]!;
      const e = n.partEnd[k]!;
      const surname = e - p >= MIN_LETTERS && isUpper((text.charCodeAt(p) | 0)) && wordClass(NAME_WORDS, text, p, e) < 0;
      surnames.set(hash, surname ? { start: p, end: e, names: [n.partName[k]!] } : null);
      if (surname) prefixes[prefixOf(text, p)] = 1;
    } else if (known !== null) {
      known.names.push(n.partName[k]!); // a hash shared by two surnames only widens where the first one is looked for
    }
  }
  // The passes add in text order, one pass after the other.
  for (const known of surnames.values()) known?.names.sort((a, b) => a - b);
  return surnames;
}

/** Whether a full name with this surname starts within ALIAS_REACH of `at` (`names` ascending: a binary search). */
function nearName(names: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]! < at - ALIAS_REACH) lo = mid + 1;
    else hi = mid;
  }
  return lo < names.length && names[lo]! <= at + ALIAS_REACH;
}

/** The word before `i` (spaces skipped), as [start, end); start = end when there is none. */
function wordBefore(text: string, i: number): [number, number] {
  let e = i;
  while (e > 0 && isHSpace((text.charCodeAt(e - 1) | 0))) e--;
  return [wordStartBefore(text, e, 40), e];
}

/** Start of "Van den " / "de " / "Op de " right before a surname ("Van Hecke", "De Smedt", "Op de Beeck"), or `start` itself. */
function particlesBefore(text: string, start: number): number {
  let first = start;
  for (let n = 0; n < 3 && charCode(text, first - 1) === 32; n++) {
    const [s, e] = wordBefore(text, first - 1);
    if (s === e || e !== first - 1) break;
    const cls = wordClass(NAME_WORDS, text, s, e);
    if (cls !== PARTICLE && !(cls === NOT_NAME && isFlemishOp(text, s, e))) break;
    first = s;
  }
  return first;
}

/** Whether the surname ending at `end`, its particles from `first`, names a firm or a street here. */
function firmOrStreet(text: string, first: number, end: number): boolean {
  // "Bodart & Wilmet": an ampersand on either side.
  let b = first;
  while (b > 0 && isHSpace((text.charCodeAt(b - 1) | 0))) b--;
  if (charCode(text, b - 1) === 38) return true;
  // The word before, or the one a hyphen joins it to ("place Saint-Lambert").
  const [ws, be] = charCode(text, first - 1) === 45 ? [wordStartBefore(text, first - 1, 40), first - 1] : wordBefore(text, first);
  const bs = isApostrophe(charCode(text, ws + 1)) ? ws + 2 : ws; // "l'étude Chapelle"
  if (bs < be && (wordClass(FIRM_BEFORE, text, bs, be) >= 0 || wordClass(STREET_TYPES, text, bs, be) >= 0)) return true;
  // A firm of two names: "Notariskantoor Hoogland Terpstra".
  if (bs < be && isUpper(charCode(text, bs)) && charCode(text, bs - 1) === 32) {
    const [fs, fe] = wordBefore(text, bs);
    if (fs < fe && wordClass(FIRM_BEFORE, text, fs, fe) >= 0) return true;
  }
  let a = end;
  while (isHSpace(charCode(text, a))) a++;
  if (charCode(text, a) === 38) return true;
  if (a === end) return false;
  // "Wuyts Vastgoed BV", "DESMET VAN AKEN ADVOCATEN BV": a firm's word among the capitalised words after it;
  // "Jan Van Beersstraat": the street's name goes on after particles to its street word.
  for (let n = 0; n < 4; n++) {
    const we = wordEndAfter(text, a, 40);
    if (we === a) return false;
    if (wordClass(FIRM_AFTER, text, a, we) >= 0 || suffixClass(STREET_SUFFIXES, text, a, we) >= 0) return true;
    const particle = wordClass(NAME_WORDS, text, a, we) === PARTICLE;
    if ((!particle && !isUpper(charCode(text, a))) || !isHSpace(charCode(text, we))) return false;
    a = we + 1;
  }
  return false;
}

/** Distinct initials read per scan: a legend lists a few colleagues, not hundreds. */
const MAX_INITIALS = 20;

/**
 * Initials the text gives for a name ("Utilisateurs : AR = Amandine Ronveaux, TM = Thibault Masset"), as a CRM's
 * activity log writes its users: each standalone occurrence near a legend, or anywhere after one in the text's head, is
 * that person ("20/06/2025 11:40<TAB>AR").
 */
function initialsAliases(st: ScanState, from: number, to: number, found: number[]): void {
  const text = st.text;
  const legends = st.notes.legends;
  const byInitials = new Map<string, number[]>();
  for (let k = 0; k < legends.length; k += 2) {
    const initials = text.slice(legends[k]!, legends[k + 1]!);
    const at = byInitials.get(initials);
    if (at) at.push(legends[k]!);
    else if (byInitials.size < MAX_INITIALS) byInitials.set(initials, [legends[k]!]);
  }
  for (const [initials, at] of byInitials) {
    at.sort((a, b) => a - b);
    const head = at[0]! < LEGEND_HEAD;
    let i = Math.max(from, at[0]! - ALIAS_REACH);
    const last = head ? to : Math.min(to, at[at.length - 1]! + ALIAS_REACH);
    for (i = searchIn(text, initials, i, last); i >= 0; i = searchIn(text, initials, i + initials.length, last)) {
      const e = i + initials.length;
      if (!isAlnum(charCode(text, i - 1)) && !isAlnum(charCode(text, e)) && !inCode(text, i, e) && (head || nearName(at, i))) found.push(i, e);
    }
  }
}

/** Initials at [i, e) inside a reference ("dossier V-ME-2025-0142"): hyphens on both sides, or one joining a number. */
function inCode(text: string, i: number, e: number): boolean {
  const before = charCode(text, i - 1) === 45;
  const after = charCode(text, e) === 45;
  return (before && after) || (before && isDigit(charCode(text, i - 2))) || (after && isDigit(charCode(text, e + 1)));
}

/**
 * Adds, as person names, the initials and surnames of full names found repeated alone near them, in [from, to). The
 * candidates are added in text order (a candidate list inserts each at its place: free only in order).
 */
export function scanAliases(st: ScanState, from: number, to: number): void {
  const n = st.notes;
  const found: number[] = [];
  if (n.legends.length > 0) initialsAliases(st, from, to, found);
  if (n.caps > 0 && n.parts > 0) surnameAliases(st, from, to, found);
  const order = Array.from({ length: found.length >> 1 }, (_, k) => k);
  if (n.legends.length > 0) order.sort((a, b) => found[2 * a]! - found[2 * b]!);
  for (const k of order) st.add(found[2 * k]!, found[2 * k + 1]!, PERSON_NAME);
}

/** The surnames of full names found, repeated alone near them (in text order). */
function surnameAliases(st: ScanState, from: number, to: number, found: number[]): void {
  const n = st.notes;
  const prefixes = PREFIXES.fill(0);
  const surnames = surnamesOf(st, prefixes);
  const text = st.text;
  for (let k = 0; k < n.caps; k++) {
    if (prefixes[n.capPrefix[k]!] === 0) continue;
    const p = n.capStart[k]!;
    if (p < from || p >= to) continue;
    const e = lettersEnd(text, p);
    const known = surnames.get(foldedHash(text, p, e));
    if (!known || !sameFolded(text, p, e, known.start, known.end) || !nearName(known.names, p)) continue;
    const first = particlesBefore(text, p);
    if (!firmOrStreet(text, first, e)) found.push(first, e);
  }
}
