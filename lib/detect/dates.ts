/**
 * Dates of birth. A date is personal data here only when a birth keyword introduces it:
 * "né(e) le", "née à Namur le", "geboren (te Gent) op", "geboortedatum", "geb.", "°",
 * "date of birth", "DOB". "signé le 12 mars" or "visite le 15.04.2025" are not birth dates.
 * The date itself is found from its digits (numeric pass); the birth keyword must be the nearest
 * keyword before it (context.ts), and the words between keyword and date must be filler
 * ("le", "op", ":", "à <ville> le"), so "né le …, marié le 05/06/2010" flags only the first date.
 */
import { isPlausibleBirthYear, isRealDate } from './calendar.ts';
import { charCode, isDigit, isHSpace, isLetter, isUpper, KIND, lastIndexIn, lineStart, wordEndAfter, wordStartBefore } from './chars.ts';
import { distance, nearest, readContext } from './context.ts';
import { bit, Kw } from './keywords.ts';
import type { Run } from './runs.ts';
import { type ScanState, tag } from './state.ts';
import { buildTrie, wordClass } from './trie.ts';


/** Month names and abbreviations (FR, NL, EN, DE) → month number. */
const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1, januari: 1, january: 1, januar: 1, jänner: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, fev: 2, februari: 2, feb: 2, february: 2, februar: 2,
  mars: 3, maart: 3, mrt: 3, march: 3, mar: 3, märz: 3, maerz: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, mei: 5, may: 5,
  juin: 6, juni: 6, jun: 6, june: 6,
  juillet: 7, juil: 7, juli: 7, jul: 7, july: 7,
  août: 8, aout: 8, augustus: 8, aug: 8, august: 8,
  septembre: 9, sept: 9, september: 9, sep: 9,
  octobre: 10, oct: 10, oktober: 10, okt: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  décembre: 12, decembre: 12, déc: 12, dec: 12, december: 12, dezember: 12, dez: 12,
};

/** First letters of month names (j f m a s o n d), as a bit set over a–z. */
const MONTH_INITIALS = [...'jfmasond'].reduce((bits, ch) => bits | (1 << (ch.charCodeAt(0) - 97)), 0);
const isMonthInitial = (c: number): boolean => c >= 97 && c <= 122 && ((MONTH_INITIALS >>> (c - 97)) & 1) === 1;

/** Month words by month (index + 1), folded: the trie reads "février", "Févr", "MÄRZ" alike. */
const MONTH_TRIE = buildTrie(
  Array.from({ length: 12 }, (_, m) => Object.entries(MONTHS).filter(([, v]) => v === m + 1).map(([k]) => k)),
);

/** Ordinal suffixes after a day number: "1er", "1re", "1e", "1ste", "2de", "1st", "2nd", "3rd", "4th". */
const ORDINALS = buildTrie([['er', 're', 'e', 'ste', 'de', 'st', 'nd', 'rd', 'th']]);

/** What may stand between the keyword and the date ("née Collignon à Huy le": a maiden name too). Bounded, so linear. */
const FILLER = /^\s*(?:\([^)\n]{1,40}\))?[\s:,(*-]*(?:(?:is|est|was|ist|as)\s+)?(?:(?:le|op|on|am|den|the)[\s:]*)?$|^[\s:,(]*(?:[^\s\d;.!?,:()]+\s+)?(?:à|a|te|in|at|en)\s[^\d\n;.!?]{1,40}?(?:,\s*)?\s(?:le|op|on|am)\s*$|^[\s:]*[^\d\n;.!?,:]{1,40},\s*(?:le|op|on|am)\s*$|^[ \t\u00a0]+(?:[^\d\n;.!?,:()=]|(?<=\b(?:m|mr|mme|mlle|dhr|mevr|mw))\.){1,30}[:=]\s*$/i;

/**
 * Cheap gate before the month regex, at the end of a one- or two-digit number: "12 mars",
 * "1er mars", "3 maart" pass; "4 chambres", "10h", "2 slaapkamers" mostly do not.
 */
function mayStartTextDate(text: string, end: number): boolean {
  let k = end;
  const c = charCode(text, k) | 32;
  if (c === 101 || c === 114 || c === 115 || c === 100) k += charCode(text, k + 1) === 114 || charCode(text, k + 1) === 116 ? 2 : 1;
  const sp = charCode(text, k);
  return (sp === 32 || sp === 0xa0) && isMonthInitial(charCode(text, k + 1) | 32);
}

/** Cheap gate for a date written with a month name at the day number text[s, e): "12 mars 1985", "November 14, 1981". */
export const mayBeTextDate = (text: string, s: number, e: number): boolean => mayStartTextDate(text, e) || mayEndTextDate(text, s, e);

/**
 * Cheap gate for an English date written month first, at a day number text[s, e): "November 14, 1981" (a
 * capitalised word with a month's initial before it, ", " and a digit after it; not "Markt 7, 2000").
 */
function mayEndTextDate(text: string, s: number, e: number): boolean {
  if (charCode(text, e) !== 44 || charCode(text, e + 1) !== 32 || charCode(text, s - 1) !== 32) return false;
  const c = text.charCodeAt(wordStartBefore(text, s - 1, 10)) | 0;
  return c >= 65 && c <= 90 && isMonthInitial(c | 32) && isDigit(charCode(text, e + 2));
}

/** Verdicts of birthWordBefore. */
const NO = 0;
const YES = 1;
const ASK_CONTEXT = 2;

/**
 * Reads the words right before a date: a birth word ("née", "geboortedatum", "naissance", "°",
 * "geb.") → YES; a filler ("le", "op", "on", "am") after a birth word ("né le", "geboren op") →
 * YES; a filler after other words ("née à Namur le") → ASK_CONTEXT (the general reader and the
 * FILLER pattern decide); anything else → NO. Visit and deed dates mostly end here.
 */
function birthWordBefore(text: string, pos: number): number {
  let i = skipBack(text, pos);
  const c = charCode(text, i - 1);
  if (c === 0xb0) return KIND[charCode(text, i - 2)] === 1 ? NO : YES; // "° 12/03/1985", not "n° 12/03/1985"
  if (c === 46) i--; // "geb.", "d.o.b."
  const ws = wordStartBefore(text, i, 20);
  if (ws === i) return charCode(text, i - 1) === 44 && bornIn(text, i - 1) ? YES : NO;
  const kind = wordClass(BIRTH_OR_FILLER, text, ws, i);
  // One letter ("b." for born, the "e" of "né(e)") only in lowercase: "label E." is no birth.
  if (kind === BIRTH) return i - ws > 1 || !isUpper((text.charCodeAt(ws) | 0)) ? YES : NO;
  // A label's other words ("geboortedatum nakijken:", "date de naissance à vérifier :"): the birth word a few words back.
  if (kind !== FILLER_WORD) return bornIn(text, i) || afterDateNoun(text, pos) ? YES : lastIndexIn(text, 58, i, pos) >= 0 || lastIndexIn(text, 61, i, pos) >= 0 ? ASK_CONTEXT : NO;
  const j = skipBack(text, ws);
  const ws2 = wordStartBefore(text, j, 20);
  return (ws2 < j && wordClass(BIRTH_OR_FILLER, text, ws2, j) === BIRTH) || afterDateNoun(text, pos) ? YES : ASK_CONTEXT;
}

/**
 * "° Roeselare 06.02.1951", "°Namur, 12/03/1985", "° Iași (Roumanie), 22.03.1987", "geb. Gent 03.09.1994", "née à
 * Namur 12/03/1985": a birth sign or word, maybe "à" / "te" / "in", and a place (the word ending at `end`, or before
 * the parenthesis ending there) before the date.
 */
function bornIn(text: string, end: number): boolean {
  if ((text.charCodeAt(end - 1) | 0) === 41) {
    const before = beforeParenthesis(text, end, 30);
    if (before === end) return false;
    end = before;
  }
  let i = wordStartBefore(text, end, 30);
  if (i === end || !isUpper((text.charCodeAt(i) | 0))) return false;
  while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
  if (charCode(text, i - 1) === 0xb0) return KIND[charCode(text, i - 2)] !== 1;
  if (charCode(text, i - 1) === 10) i -= charCode(text, i - 2) === 13 ? 2 : 1; // an ID card's "date of birth⏎NAMUR 14 MARS 1991"
  let ws = wordStartBefore(text, i, 3);
  if (ws < i && wordClass(PLACE_BEFORE, text, ws, i) >= 0) {
    i = ws;
    while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
  }
  const dot = charCode(text, i - 1) === 46;
  if (dot) i--; // "geb."
  ws = wordStartBefore(text, i, 20);
  // A one-letter birth word ("b.", the "e" of "né(e)") is no word here: "Rue E. Gent 12/03/1985"; before a dot, only an
  // abbreviation ("geb."), not a sentence's end ("Date de naissance. Rendez-vous : 12/03/2025").
  return i - ws > 1 && (!dot || i - ws <= 3) && wordClass(BIRTH_OR_FILLER, text, ws, i) === BIRTH;
}

/** The preposition before a birth place: "née à Namur", "geboren te Gent", "born in Utrecht". */
const PLACE_BEFORE = buildTrie([['a', 'te', 'in']]);

/** Steps back over a dotted line, spaces, ":", an arrow ("Geboortedatum: --> …") and one parenthesised word ("Geboortedatum (contractant): …"). */
function skipBack(text: string, pos: number): number {
  let i = pos;
  // A printed form's dotted line before the handwritten answer ("Geboortedatum: ..03/11/1991"): two dots or more.
  if (charCode(text, i - 1) === 46 && charCode(text, i - 2) === 46) {
    while (i > 0 && pos - i < 40 && (text.charCodeAt(i - 1) | 0) === 46) i--;
    pos = i;
  }
  while (i > 0 && pos - i < 8) {
    const c = (text.charCodeAt(i - 1) | 0);
    const next = text.charCodeAt(i) | 0;
    // Spaces, ":", "=", "(", a line break, the arrows "->", "-->", "=>", "→", and the "*" of a required form field
    // (Google Forms: "Date de naissance *").
    if (c === 32 || c === 0xa0 || c === 9 || c === 58 || c === 61 || c === 40 || c === 10 || c === 62 || c === 0x2192 || c === 42) i--;
    else if (c === 45 && (next === 62 || next === 45)) i--;
    else break;
  }
  return charCode(text, i - 1) === 41 ? beforeParenthesis(text, i, 44) : i;
}

/** Before the parenthesis that closes at `end` ("(contractant)", "(Roumanie)", at most `max` long) and the spaces before it; `end` if there is none. */
function beforeParenthesis(text: string, end: number, max: number): number {
  // Looked for within `max` chars: lastIndexOf would search back to the text's start each time ("né) …" × 10⁵).
  const open = lastIndexIn(text, 40, end - max, end);
  if (open < 0) return end;
  let i = open;
  while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
  return i;
}

const DATE_OF_BIRTH = tag('date-of-birth', 'high');
/** Words read back for a birth word before "à <place> le": "née à Porto (Portugal) le …". */
const BIRTH_WORDS = 6;
const BIRTH = 0;
const FILLER_WORD = 1;

/** Birth words (or the last word of a birth phrase), and the fillers of FILLER. */
const BIRTH_OR_FILLER = buildTrie([
  ['ne', 'nee', 'nes', 'nees', 'e', 'naissance', 'geboren', 'geboortedatum', 'geboorte', 'geb', 'birth', 'birthdate', 'born', 'dob', 'b', 'geburtsdatum', 'bday'],
  // and the verb that joins a birth word to its date: "mijn geboortedatum is 12 oktober 1992"
  ['le', 'op', 'on', 'am', 'den', 'the', 'is', 'est', 'was', 'ist', 'as'],
]);

/** Adds a date-of-birth candidate when the run starts a date that a birth keyword introduces. */
export function dateOfBirthAtRun(st: ScanState, run: Run): void {
  if (!run.startsDateShaped() && (run.count !== 1 || run.len(0) > 2)) return;
  // The date first: it rejects the dotted national numbers ("85.07.30-033.28") and future dates.
  let start = run.start;
  let date = dateAt(st, run);
  if (date < 0 && run.count === 1 && run.len(0) <= 2 && mayEndTextDate(st.text, run.start, run.end)) {
    // "born on November 14, 1981": the date starts with its month.
    start = wordStartBefore(st.text, run.start - 1, 12);
    date = monthFirstEnd(st, start, run);
  }
  if (date < 0) return;
  const before = birthWordBefore(st.text, start);
  if ((before === NO || (before === ASK_CONTEXT && !birthKeywordBefore(st, start))) && !restatesBirthDate(st, start, date)) return;
  if (before !== NO && startsRowUnderCells(st.text, start)) return;
  st.add(start, date, DATE_OF_BIRTH);
}

/**
 * Whether the date at `start` opens its line under a line of tab- or "|"-separated cells: a row under a header
 * ("…\tGeboortedatum" over "15/11/2025 09:14:52\t…", a form's time stamp), whose own column says what it is (tables.ts).
 */
function startsRowUnderCells(text: string, start: number): boolean {
  let i = start;
  while (isHSpace(charCode(text, i - 1))) i--;
  if (charCode(text, i - 1) !== 10) return false;
  let k = i - 1;
  if (charCode(text, k - 1) === 13) k--;
  for (let j = lineStart(text, k); j < k; j++) {
    const c = text.charCodeAt(j) | 0;
    if (c === 9 || c === 124) return true;
  }
  return false;
}

/** The nearest birth keyword (other keywords may sit in between), and only filler up to the date at `start`. */
function birthKeywordBefore(st: ScanState, start: number): boolean {
  const ctx = readContext(st.text, start, true, bit(Kw.Birth), BIRTH_WORDS);
  return nearest(ctx) === Kw.Birth && FILLER.test(st.text.slice(start - distance(ctx), start));
}

/** A birth date's name ("geboortedatum", "geb.datum", "date de naissance", "date of birth", "DOB") ending a text. */
const DATE_NOUN = /(?:geboortedatum|geb\. ?datum|date de naissance|date of birth|birth ?date|dob|geburtsdatum)$/i;
/** At most three words of a clause between it and the date. */
const NOTE_WORDS = /^[ \t]+(?:[^\s\d;.!?,:()]+[ \t]+){1,3}$/;

/** The last two letters (lowercase) of a date's name: datum, naissance, dob, birth, (birth)date. */
const dateNounEnd = (last: number, before: number): boolean =>
  (last === 109 && before === 117) || (last === 101 && (before === 99 || before === 116)) || (last === 98 && before === 111) || (last === 104 && before === 116);

/**
 * A note's words after the date's name, before the date at `pos` ("geb.datum in fiche stond 14/08/1961", "date de
 * naissance c'est bien le …", "geb.datum verkoper 14/03/1962"). The name's last letter is looked for at most 40
 * characters back on the line, by char tests first.
 */
function afterDateNoun(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && pos - k <= 40; k--) {
    const c = text.charCodeAt(k) | 0;
    if (c === 10 || isDigit(c)) return false;
    if (dateNounEnd(c | 32, charCode(text, k - 1) | 32) && !isLetter(charCode(text, k + 1)) && DATE_NOUN.test(text.slice(Math.max(0, k - 20), k + 1))) {
      return NOTE_WORDS.test(text.slice(k + 1, pos));
    }
  }
  return false;
}

/**
 * The date at `start` (ending at `end`) repeats in brackets the birth date just found ("Date of birth: 03/14/1987
 * (14.03.1987)", "14/02/1979 (in contract staat 14/12/1979)"), or is the next person's after it ("geb. 17/03/1994 resp.
 * 02/11/1991", "nés le 3/4/1980 et 5/6/1982").
 */
function restatesBirthDate(st: ScanState, start: number, end: number): boolean {
  if (!st.lastAddedIs(DATE_OF_BIRTH)) return false;
  const text = st.text;
  let i = start;
  while (isHSpace(charCode(text, i - 1))) i--;
  const aside = asideOpening(text, i);
  // Words in the brackets: a correction of the same year ("(in contract staat 14/12/1979)"), not another event's date.
  const words = aside >= 0 && aside < i - 1;
  if (aside >= 0) i = aside;
  else {
    if (charCode(text, i - 1) === 46) i--; // "resp."
    let ws = wordStartBefore(text, i, 20);
    if (ws === i) return false;
    if (wordClass(BIRTH_JOINERS, text, ws, i) < 0) {
      // "14/08/1961, gecorrigeerd naar 14/03/1961": the date just found, corrected.
      let j = ws;
      while (isHSpace(charCode(text, j - 1))) j--;
      const vs = wordStartBefore(text, j, 20);
      if (wordClass(CORRECTED, text, ws, i) !== 1 || vs === j || wordClass(CORRECTED, text, vs, j) !== 0) return false;
      ws = vs;
    }
    i = ws;
  }
  while (isHSpace(charCode(text, i - 1))) i--;
  if (charCode(text, i - 1) === 44) i--; // "12/03/1985, et"
  return st.lastAddedEnds(i, DATE_OF_BIRTH) && (!words || text.startsWith(text.slice(end - 4, end), i - 4));
}

/** The "(" opening, at most 30 characters before `i`, an aside of words only ("(", "(in contract staat "), or -1. */
function asideOpening(text: string, i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 30; k--) {
    const c = text.charCodeAt(k) | 0;
    if (c === 40) return k;
    if (isDigit(c) || c === 10 || c === 41 || c === 46) return -1;
  }
  return -1;
}

/** A correction's verb, and the word before the corrected value ("gecorrigeerd naar", "corrigée en", "changed to"). */
const CORRECTED = buildTrie([
  ['gecorrigeerd', 'verbeterd', 'gewijzigd', 'aangepast', 'corrige', 'corrigee', 'modifie', 'modifiee', 'rectifie', 'rectifiee', 'corrected', 'changed', 'amended'],
  ['naar', 'in', 'en', 'to', 'tot'],
]);

/** Words joining a second birth date to the first. */
const BIRTH_JOINERS = buildTrie([['resp', 'respectivement', 'respectievelijk', 'respectively', 'et', 'en', 'and', 'of', 'ou']]);

/** End of "November 14, 1981" whose month word starts at `start` and whose day is the run, or -1. */
function monthFirstEnd(st: ScanState, start: number, run: Run): number {
  const text = st.text;
  const month = wordClass(MONTH_TRIE, text, start, run.start - 1) + 1;
  if (month === 0) return -1;
  let k = run.end + 2;
  let year = 0;
  for (let n = 0; n < 4; n++, k++) {
    const c = (text.charCodeAt(k) | 0);
    if (c < 48 || c > 57) return -1;
    year = year * 10 + c - 48;
  }
  return !isDigit((text.charCodeAt(k) | 0)) && isBirth(st, year, month, run.value(0, run.len(0))) ? k : -1;
}

/** End of the valid past date starting at the run (numeric or with a month name), or -1. */
function dateAt(st: ScanState, run: Run): number {
  const text = st.text;
  const l0 = run.len(0);
  const sep = run.sep[0]!;
  if (run.startsDateShaped()) {
    const l1 = run.len(1);
    const l2 = run.len(2);
    const a = run.value(0, l0);
    const b = run.value(run.off[1]!, l1);
    const c = run.value(run.off[2]!, l2);
    if (l0 <= 2 && l1 <= 2 && (l2 === 4 || l2 === 2)) {
      const y = l2 === 4 ? c : c + (c > st.nowYear % 100 ? 1900 : 2000);
      // Day first; month first (American: "11/14/1981") only where day first cannot be.
      return isBirth(st, y, b, a) || (b > 12 && isBirth(st, y, a, b)) ? run.gEnd[2]! : -1;
    }
    if (l0 === 4 && l1 === 2 && l2 === 2 && sep === 45) return isBirth(st, a, b, c) ? run.gEnd[2]! : -1;
    return -1;
  }
  if (run.count !== 1 || l0 > 2 || !mayStartTextDate(text, run.end)) return -1;
  return textDateEnd(st, run.end, run.value(0, l0));
}

/** After a day number ending at `k`: "er mars 1985", " maart 1962", " déc. 1985". End of the date, or -1. */
function textDateEnd(st: ScanState, k: number, day: number): number {
  const text = st.text;
  const ord = wordEndAfter(text, k, 4);
  if (ord > k) {
    if (wordClass(ORDINALS, text, k, ord) < 0) return -1;
    k = ord;
  }
  if ((text.charCodeAt(k) | 0) === 46) k++;
  if (!isHSpace((text.charCodeAt(k) | 0))) return -1;
  while (isHSpace((text.charCodeAt(k) | 0))) k++;
  const we = wordEndAfter(text, k, 12);
  const month = wordClass(MONTH_TRIE, text, k, we) + 1;
  if (month === 0) return -1;
  k = we;
  if (charCode(text, k) === 46) k++;
  // A passport's bilingual month: "17 AVR/APR 1994", "17 APR /AVR 94".
  let slash = k;
  while (isHSpace(charCode(text, slash))) slash++;
  if (charCode(text, slash) === 47) {
    let m2 = slash + 1;
    while (isHSpace(charCode(text, m2))) m2++;
    const we2 = wordEndAfter(text, m2, 12);
    if (we2 > m2 && wordClass(MONTH_TRIE, text, m2, we2) + 1 === month) k = we2;
  }
  if (charCode(text, k) === 44) k++;
  if (charCode(text, k) === 13) k++;
  // A space, or a line break where OCR cut the line ("14 MARS⏎1991").
  if (!isHSpace(charCode(text, k)) && charCode(text, k) !== 10) return -1;
  k++;
  while (isHSpace(charCode(text, k))) k++;
  let year = 0;
  let n = 0;
  for (; n < 4 && isDigit(charCode(text, k)); n++, k++) year = year * 10 + charCode(text, k) - 48;
  if (isDigit(charCode(text, k))) return -1;
  // Four digits, or two as a chat writes them ("né le 3 mars 97"), then no letter ("3 mars 14h" is a time).
  if (n === 2 && !isLetter(charCode(text, k))) year += year > st.nowYear % 100 ? 1900 : 2000;
  else if (n !== 4) return -1;
  return isBirth(st, year, month, day) ? k : -1;
}

const isBirth = (st: ScanState, y: number, m: number, d: number): boolean =>
  isRealDate(y, m, d) && isPlausibleBirthYear(y, st.nowYear);

/**
 * ISO form (YYYY-MM-DD) of a date written as a date-of-birth finding is: "12/03/1985",
 * "12.03.85", "1985-03-12", "12 mars 1985", "1er maart 1985". Null when it does not parse.
 */
export function isoDate(written: string, nowYear: number): string | null {
  const trimmed = written.trim();
  const monthFirst = /^([a-zà-ü]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(trimmed); // "November 14, 1981"
  const m = monthFirst === null ? /^(\d{1,4})\D+?(\d{1,2}|[a-zà-ü]{3,9})\.?\D*?(\d{2,4})$/i.exec(trimmed) : [trimmed, monthFirst[2], monthFirst[1], monthFirst[3]];
  if (m === null) return null;
  let [, a, b, c] = m as unknown as [string, string, string, string];
  if (a.length === 4) [a, c] = [c, a];
  let month = /^\d+$/.test(b) ? Number(b) : MONTHS[b.toLowerCase()];
  let year = Number(c);
  if (c.length === 2) year += year > nowYear % 100 ? 1900 : 2000;
  if (month !== undefined && month > 12 && /^\d+$/.test(a) && Number(a) <= 12) [a, month] = [String(month), Number(a)]; // "11/14/1981"
  if (month === undefined || !isRealDate(year, month, Number(a))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${a.padStart(2, '0')}`;
}
