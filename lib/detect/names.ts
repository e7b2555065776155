/**
 * Person names, where something marks them as names:
 *   honorifics   M., Mr, Monsieur, Mme, Madame, Mlle, Me/Maître, Dr, Dhr., de heer, meneer, Mevr.,
 *                mevrouw, Mrs, Ms, Herr, Frau, notaire/notaris/meester before a name → high
 *   roles        épouse, veuve, compagnon, fils, zoon, echtgenote, agent, makelaar, propriétaire,
 *                eigenaar, huurder, représentée par, vertegenwoordigd door… before a name → medium
 *   declarations "Je soussigné(e) Jean Dupont", "Ik, ondergetekende, Jan Peeters" → high
 *   greetings    "Bonjour Jean,", "Beste Jan,", "Dag Sofie," (the name ends the clause) → medium
 *   closings     "Bien à vous," / "Met vriendelijke groeten," + a name on the next line → medium
 *   labels       "Acheteur : Jean Dupont", "Naam en voornaam: Claes An", "Nom : DUPONT" → medium
 *   first names  a capitalised word from a lexicon of common first names (firstnames.ts), with the
 *                surname after it ("Thomas Lemaire") or before it ("Claes An") → medium
 * (E-mail display names, "Jean Dupont <jean@…>", are found by emails.ts.)
 * The name is the capitalised words that follow (initials, particles such as de, van der,
 * Van den, d' inside), never the honorific or title. "Madame, Monsieur,", "Beste klant",
 * "Bonjour à tous", "M. le Notaire", "Cher Maître", a first name inside a street name
 * ("avenue Louise 54", "Saint-Jean") give nothing.
 *
 * One `test()`-driven regex pass finds the capitalised anchors and every capitalised word; the
 * kind of anchor (or of the word before a capitalised word) is read through tries, so nothing is
 * allocated per word.
 */
import { charCode, indexIn, isAlnum, isApostrophe, isAsciiLower, isDigit, isHSpace, isLetter, isUpper, KIND, sameFolded, wordEndAfter, wordStartBefore } from './chars.ts';
import { AGE_UNITS, Anchor, ANCHORS, ENGLISH_STREET_TYPES, FIRM_BEFORE, FIRST_NAME, INSTITUTION, isFlemishOp, NAME_WORDS, NOT_NAME, PARTICLE, STREET_TYPES } from './name-words.ts';
import { STREET_SUFFIXES } from './addresses.ts';
import { type Pattern, type ScanState, tag } from './state.ts';
import { buildTrie, classAt, step, suffixClass, wordClass } from './trie.ts';
import type { Confidence } from './types.ts';

/**
 * The capitalised anchors, as regex alternatives tried in this order (the first one that is not
 * glued to more lowercase letters wins). Each starts with its literal capital.
 */
export const ANCHOR_ALTERNATIVES: readonly string[] = [
  String.raw`M(?:\.|r\.?|rs\.?|s\.?|me\.?|mes\.?|lle\.?|onsieur|adame|ademoiselle|e|a[iî]tre|evr\.?|evrouw|eneer|w\.|eester|tr\.|erci(?: d'avance| et bonne journ[ée]e)?)`,
  String.raw`Dr\.?`, String.raw`Dhr\.?`, 'Docteur', 'Heer', 'Herr', 'Frau', String.raw`Fam\.`, 'Notaire', 'Notaris', 'Notary', 'Bonjour',
  'Bonsoir', 'Ch[eè]re?s?', 'Beste', 'Geachte', 'Dear', 'Hallo', 'Hello', 'Dag', 'Hoi', 'Hey', 'Hi', 'Salut',
  'Coucou', 'Goedemorgen', 'Goedemiddag', 'Goedenavond', 'Goeiemorgen', 'Goeiemiddag', 'Goeienavond', 'Goeiedag', 'Bien (?:à|a) (?:vous|toi)', 'Bien cordialement',
  'Cordialement', 'Belle journ[ée]e', 'Bonne (?:journ[ée]e|soir[ée]e)', 'À (?:plus|bient[ôo]t)',
  'A (?:plus|bient[ôo]t)', 'Avec (?:mes|nos) remerciements', 'Met (?:vriendelijke|hartelijke) groet(?:en)?',
  'Vriendelijke groet(?:en)?', 'Hartelijke groet(?:en)?', 'Groet(?:en|jes)', 'Mvg', 'Kind regards', 'Best regards',
  'Warm regards', 'Best', 'Regards', 'Thanks', 'Thank you', 'Sincerely', 'Yours sincerely', 'Cheers',
  'Sinc[eè]res salutations', 'Salutations(?: distingu[ée]es)?', 'Je soussign[ée]e?', 'Soussign[ée]e?',
  'Ik,? ondergetekende', 'Ondergetekende', 'Acheteur', 'Acqu[ée]reur', 'Vendeur', 'Propri[ée]taire', 'Locataire',
  'Bailleur', 'Preneur', 'Nom(?: et pr[ée]nom| de naissance| de jeune fille)?', 'Naam(?: en voornaam)?', 'Geboortenaam', 'Meisjesnaam',
  'Maiden name', 'Birth name', 'Pr[ée]nom', 'Voornaam', 'Achternaam', 'Name', 'Surname',
  'Koper', 'Verkoper', 'Eigenaar', 'Huurder', 'Verhuurder', 'Contact(?:persoon)?', 'Client', 'Klant',
  'Partner', 'Partenaire', 'Conjointe?', 'Echtgeno(?:ot|te)', 'Épou(?:x|se)', 'Epou(?:x|se)',
  'Agent(?: vendeur| responsable)?', 'Makelaar', 'Kandidaat', 'Candidat', 'Demandeur', 'Aanvrager',
  'Encod[ée]e? par',
];

/**
 * Alternatives grouped by their first letter, keeping their order within a letter: the same
 * matches (alternatives with different first letters never match at the same place), but the
 * regex tries one group per capital instead of every alternative (~15% less regex time).
 */
function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const alt of alternatives) {
    const rest = groups.get(alt[0]!) ?? [];
    rest.push(alt.slice(1));
    groups.set(alt[0]!, rest);
  }
  return [...groups].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`)).join('|');
}

/**
 * Capitals and lowercase letters in the regex. Lowercase letters include Latin Extended-A (the "ı" of "Yıldız", the "ş"
 * of "Ayşe"): free. Capitals don't ("Łukasz", "Şahin" start no match): any character above U+00FF that can start a
 * match defeats the regex's first-character check and costs 7 ms of the bench's 40-ms names pass.
 */
const UPPER = '[A-ZÀ-Ý]';
const LOWER = '[a-zà-ÿĀ-ſ]';

/**
 * The kinds of matches, told apart by their last characters (test() gives only the end):
 *   a capitalised anchor ("Monsieur", "Bien à vous"): ends after the anchor, before a non-letter;
 *   an initial and a capital ("G. Poncelet"): ends after ". ";
 *   an initial after a surname ("Delvaux G.", "Van den Broeck P."): ends after the "." (an anchor
 *     "M." ends there too: it is tried as an anchor first);
 *   any other capitalised word: its first two letters. The word before it is then read for a
 *     lowercase honorific or role ("dhr. Peeters", "épouse Hallet"), which costs less than
 *     searching for "heer", "mevrouw"… in the regex (a lookbehind at every capital tripled
 *     the pass), and the word itself is looked up among first names;
 *   a word in capitals: its first four letters (shares the capital's test with the previous kind),
 *     kept for the surnames repeated alone (aliases.ts).
 */
export const ANCHOR_PATTERN: Pattern = {
  flags: 'g',
  source: `(?:${byFirstLetter(ANCHOR_ALTERNATIVES)})(?!${LOWER})|${UPPER}\\. (?=${UPPER})|${UPPER}(?:${LOWER}|${UPPER}{3})|${UPPER}\\.(?=[ \\t,;)–]|$)`,
};

const MAX_NAME_WORDS = 5;

/** Finds the name anchors and capitalised words ending in [from, to) and adds the names they mark. */
export function scanNames(st: ScanState, from: number, to: number): void {
  const text = st.text;
  const re = st.re(ANCHOR_PATTERN);
  re.lastIndex = from;
  while (re.test(text)) {
    const end = re.lastIndex;
    if (end > to) break;
    const last = (text.charCodeAt(end - 1) | 0);
    let next: number;
    if (last === 32 && (text.charCodeAt(end - 2) | 0) === 46) next = initialName(st, end - 3);
    else if (isWordStart(text, end)) {
      next = isHSpace(charCode(text, end - 3)) ? afterLowercaseAnchor(st, end - 2) : firstNameAt(st, end - 2);
      if (next < 0) st.notes.noteCapital(text, end - 2);
    } else if (isUpper(last) && isUpper((text.charCodeAt(end - 2) | 0))) {
      // Four capitals: a word in capitals ("RASKIN", "GOFFIN-HUBERTY"), read here only as a possible surname
      // repeated alone (aliases.ts); "M. DUPONT", "DUPONT Jean" are read from their anchor and first name.
      // (Three would stop at every EPC, PEB, TVA, IPI of a listing.) A bank statement's transfer names its
      // counterparty ("VIREMENT EUROPEEN DE GILLET MONIQUE").
      next = end;
      while (isLetter(charCode(text, next))) next++;
      if (KIND[charCode(text, end - 5)] !== 1) {
        st.notes.noteCapital(text, end - 4);
        if (wordClass(PAYMENT, text, end - 4, next) >= 0) next = Math.max(next, counterparty(st, next));
      }
    } else {
      next = nameAfterAnchor(st, end);
      if (next < 0 && last === 46 && isUpper((text.charCodeAt(end - 2) | 0))) {
        // Not an anchor after all: "Delvaux G.", or the "M." of "J-M. Delvaux".
        const before = charCode(text, end - 3);
        if (before === 32) next = surnameBeforeInitial(st, end - 2);
        else if (before === 45 && (text.charCodeAt(end) | 0) === 32) next = initialName(st, end - 2);
      }
    }
    if (next > end) re.lastIndex = next;
  }
}

/**
 * Whether a match ending at `end` is the first two letters of a capitalised word (the generic
 * alternative) rather than a whole anchor: the word goes on in lowercase, or it is a two-letter
 * word that is no anchor ("De Clercq", not "Me Dupont").
 */
function isWordStart(text: string, end: number): boolean {
  if (!isUpper(charCode(text, end - 2)) || KIND[charCode(text, end - 3)] === 1) return false;
  const next = charCode(text, end);
  if (KIND[next] === 1) return !isUpper(next);
  return KIND[(text.charCodeAt(end - 1) | 0)] === 1 && wordClass(ANCHORS, text, end - 2, end) < 0;
}

/**
 * A capitalised word at `start` right after a lowercase honorific or role ("dhr. Peeters",
 * "épouse Hallet", "dhr. de Vries"). Returns the end of the name found (to skip it), or -1.
 */
function afterLowercaseAnchor(st: ScanState, start: number): number {
  const text = st.text;
  // "le notaire J.-P. Lambert", "dhr. J. Peeters": the anchor is read before the initials, the name starts with them.
  const from = initialsBefore(text, start);
  let i = from;
  while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
  const dot = charCode(text, i - 1) === 46;
  if (dot) i--; // "dhr.", "mevr."
  if (charCode(text, i - 1) === 44) i--; // "ondergetekende, Jan"
  // "soussigné(e) Jean"; not an anchor inside brackets: "Acquéreur (couple)   Statut" (char tests: this runs for most
  // capitalised words).
  else if (charCode(text, i - 1) === 41 && charCode(text, i - 2) === 101 && charCode(text, i - 3) === 40) i -= 3;
  const ws = wordStartBefore(text, i, 20);
  if (ws < i && !isUpper((text.charCodeAt(ws) | 0))) {
    const kind = wordClass(ANCHORS, text, ws, i);
    // After a dot only an abbreviation ("dhr.", "mevr."): "…for the notary. Signing on Friday" ends a sentence; "me." is
    // the Dutch pronoun ending one ("mijn man brengt me. Neem ik niet op…"), Maître's "Me" takes no dot.
    const abbreviation = i - ws <= 4 && !isMe(text, ws, i);
    if ((kind === Anchor.Honorific || kind === Anchor.Declaration) && (!dot || abbreviation)) return emit(st, from, 1, 'high', false);
    // A greeting inside a line ("Dear Michael, dear Fiona,"): the name ends the clause.
    if (kind === Anchor.Greeting && !dot) {
      const found = emit(st, from, 1, 'medium', true);
      if (found > 0) return found;
    }
    // A role word right before ("épouse Hallet", "zoon Jelle"); not across a full stop ("…zoon. Terugbellen"). The
    // English "son" after a possessive only ("their son Arjun"): the French "son" is "his" or "her" ("son Audi").
    if (!dot && (kind === Anchor.Role || (kind < 0 && wordClass(SON, text, ws, i) >= 0 && possessiveBefore(text, ws)))) {
      const found = emit(st, from, 1, 'medium', false);
      if (found > 0) return found;
    }
    // "dhr. de Vries", "mevr. van der Heijden": lowercase particles between the honorific and the name.
    if (!dot && isHSpace(charCode(text, ws - 1)) && wordClass(NAME_WORDS, text, ws, i) === PARTICLE) {
      let first = ws;
      for (let n = 0; n < 3; n++) {
        let j = first - 1;
        while (j > 0 && isHSpace((text.charCodeAt(j - 1) | 0))) j--;
        if (charCode(text, j - 1) === 46) j--;
        const ws2 = wordStartBefore(text, j, 20);
        if (ws2 === j) break;
        const kind2 = wordClass(ANCHORS, text, ws2, j);
        if (kind2 === Anchor.Honorific) return emit(st, first, 1, 'high', false);
        if (j !== first - 1 || wordClass(NAME_WORDS, text, ws2, j) !== PARTICLE) break;
        first = ws2;
      }
    }
  }
  const found = firstNameAt(st, start);
  // "Łukasz Nowak": the names regex starts no match at a capital above U+00FF (see UPPER), so such a first name is read
  // from the surname after it.
  const c0 = ws < i ? text.charCodeAt(ws) | 0 : 0;
  if (found < 0 && c0 > 0xff && i === start - 1 && isUpper(c0) && wordClass(FIRST_NAME, text, ws, i) >= 0) return emit(st, ws, 2, 'medium', false);
  return found < 0 && ws === i ? chatSender(st, from, i) : found;
}

/**
 * Whether only a timestamp comes before text[end] (a "]" or "-") on its line: a chat export's
 * "[14/05/2025, 08:04:52] ", "14/05/2025, 08:04 - ", Teams' "[08:47] ".
 */
function afterTimestamp(text: string, end: number): boolean {
  let time = false;
  for (let k = end - 1; end - k <= 32; k--) {
    const c = k < 0 ? 10 : text.charCodeAt(k) | 0;
    if (c === 10 || c === 13) return time;
    if (c === 58) time = true;
    else if (!(isDigit(c) || isHSpace(c) || c === 47 || c === 46 || c === 44 || c === 45 || c === 91 || (c | 32) === 97 || (c | 32) === 112 || (c | 32) === 109)) return false;
  }
  return false;
}

/**
 * The sender after a chat timestamp that ends at `stampEnd`, at `start`: followed by ":" ("Seb Hardy: oui"), or,
 * after a bracketed one, two words or more alone on their line (Teams: "[08:47] Lotte De Cock"). Returns its end, or -1.
 */
function chatSender(st: ScanState, start: number, stampEnd: number): number {
  const text = st.text;
  const b = charCode(text, stampEnd - 1);
  if ((b !== 93 && b !== 45) || !afterTimestamp(text, stampEnd - 1)) return -1;
  const bracket = b === 93;
  const end = nameAt(text, start, 1);
  if (end < 0) return -1;
  const c = charCode(text, end);
  if (c !== 58 && !(bracket && (c === 10 || c === 13 || end === text.length) && nameAt(text, start, 2) === end)) return -1;
  return emit(st, start, 1, 'medium', false);
}

/** Start of the initials ("J. ", "J.-P. ", "A. M. ") right before the word at `start`, or `start` when there are none. */
function initialsBefore(text: string, start: number): number {
  let s = start;
  for (;;) {
    let i = s;
    while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
    if (i === s || charCode(text, i - 1) !== 46 || !isUpper(charCode(text, i - 2))) return s;
    let initial = i - 2;
    if (charCode(text, initial - 1) === 45 && charCode(text, initial - 2) === 46 && isUpper(charCode(text, initial - 3))) initial -= 3; // "J.-P."
    if (initial > 0 && isLetter((text.charCodeAt(initial - 1) | 0))) return s; // "dhr." is a word, not an initial
    s = initial;
  }
}

/** A capitalised word at `start` that is a known first name, with its surname. End of the name, or -1. */
function firstNameAt(st: ScanState, start: number): number {
  const text = st.text;
  const c = charCode(text, start - 1);
  // "Saint-Jean", "l'Église"; but "les enfants d'Anne-Marie": the elided "de" before a first name.
  const elided = isApostrophe(c) && (charCode(text, start - 2) | 32) === 100 && KIND[charCode(text, start - 3)] !== 1;
  // A shared contact's file name ("00000007-Anne-Sophie Delvigne.vcf"): a hyphen after its number.
  if ((c === 45 && !isDigit(charCode(text, start - 2))) || (isApostrophe(c) && !elided)) return -1;
  // The word ("Julia's" → "Julia", "Jean-Pierre" whole) is looked up while it is read: most
  // capitalised words leave the first-name trie after a letter or two.
  let state = 0;
  let we = start;
  // After "Anne-": where the second first name starts, when the list also holds pairs that start so ("Anne-Marie").
  let second = -1;
  for (let ch = text.charCodeAt(start) | 0; KIND[ch] === 1 || (ch === 45 && KIND[charCode(text, we + 1)] === 1); ch = charCode(text, ++we)) {
    const next = step(FIRST_NAME, state, ch);
    // "Pieter-Jan", "Jean-Luc": two first names joined by a hyphen, when the pair is not in the list itself.
    if (ch === 45 && classAt(FIRST_NAME, state) >= 0) {
      if (next === 0) state = 0;
      else {
        second = we + 1;
        state = next;
      }
    } else if (next !== 0) state = next;
    else if (second > 0) {
      // "Anne-Françoise": no pair in the list, two first names.
      we = second;
      second = -1;
      state = step(FIRST_NAME, 0, text.charCodeAt(we) | 0);
      if (state === 0) return -1;
    } else return -1;
  }
  // "☐ Marié(e)": a word with its feminine ending in brackets is no name.
  if (classAt(FIRST_NAME, state) < 0 || (charCode(text, we) === 40 && (charCode(text, we + 1) | 32) === 101 && charCode(text, we + 2) === 41)) return -1;
  let i = elided ? start - 2 : start;
  while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
  // "Lien : primogest.be/…": a word opening its line or column before " :" is a form's label (French typography).
  const opens = i === 0 || charCode(text, i - 1) === 10 || charCode(text, i - 1) === 13 || start - i >= 2 || charCode(text, start - 1) === 9;
  if (opens && charCode(text, we) === 32 && charCode(text, we + 1) === 58) return -1;
  if (wordName(text, start, we)) return -1;
  if (charCode(text, i - 1) === 46 && i < start) i--; // "Av. Paul Pastur", "St. Jan"
  const ws = wordStartBefore(text, i, 20);
  if (inStreetName(text, ws, i, we) || inFirmName(text, ws, i, we) || (ws < i && wordClass(ARTICLE, text, ws, i) >= 0)) return -1;
  // "Claes Katrien", "HERMAN Quentin": a surname written before the first name, one space before it.
  let from = start;
  if (charCode(text, start - 1) === 32 && !isHSpace(charCode(text, start - 2))) {
    const sws = wordStartBefore(text, start - 1, 30);
    if (sws < start - 1 && isSurname(text, sws, start - 1)) from = sws;
  }
  return emit(st, from, 1, 'medium', false);
}

/**
 * First names that are also words: "Elke" (Dutch "every"), "Lien" (French "link"), "Frans" (Dutch "French"), "An" (the
 * English article).
 */
const WORD_NAMES = buildTrie([['elke'], ['lien'], ['frans'], ['an']]);
const EVERY = 0;
const LINK = 1;
const ARTICLE_AN = 3;
/** What follows "Lien" the link: "Lien vers Sheets", "Lien du formulaire". */
const LINK_AFTER = buildTrie([['vers', 'du', 'de', 'des', 'pour', 'ci-dessous', 'direct', 'utile', 'utiles']]);
/** Words right before a language: "Wij spreken ook Frans", "spreekt enkel Frans". */
const LANGUAGE_BEFORE = buildTrie([['spreken', 'spreekt', 'spreek', 'sprak', 'praten', 'praat', 'verstaat', 'ook', 'enkel', 'alleen', 'vloeiend']]);

/**
 * The first name at [start, we) is a word here. Such a name goes on with a surname ("Elke Van Hoecke") or is read from
 * its anchor ("Beste Elke,"): "Elke aansprakelijkheid", "Lien du formulaire", "Wij spreken ook Frans".
 */
function wordName(text: string, start: number, we: number): boolean {
  const kind = wordClass(WORD_NAMES, text, start, we);
  if (kind < 0) return false;
  const next = charCode(text, we) === 32 && isAsciiLower(charCode(text, we + 1)) ? we + 1 : -1;
  if (kind === EVERY) return next > 0;
  // "An Van Laere", "An Maes belde": a surname right after it; not "An offer", nor a title's "An Update On The Sale".
  if (kind === ARTICLE_AN) {
    if (charCode(text, we) !== 32 || !isUpper(charCode(text, we + 1))) return true;
    const se = wordEndAfter(text, we + 1, 30);
    return wordClass(NAME_WORDS, text, we + 1, se) !== PARTICLE && charCode(text, se) === 32 && isUpper(charCode(text, se + 1));
  }
  // "Lien vers Sheets"; a form's "Lien<TAB>primogest.be/…" (WordPress' publish panel)
  if (kind === LINK) return (next > 0 && wordClass(LINK_AFTER, text, next, wordEndAfter(text, next, 12)) >= 0) || (charCode(text, we) === 9 && isAsciiLower(charCode(text, we + 1)));
  let i = start;
  while (isHSpace(charCode(text, i - 1))) i--;
  const ws = wordStartBefore(text, i, 12);
  return ws < i && wordClass(LANGUAGE_BEFORE, text, ws, i) >= 0;
}

/** The word [ws, we) is "me" in lowercase. */
const isMe = (text: string, ws: number, we: number): boolean =>
  we - ws === 2 && (text.charCodeAt(ws) | 0) === 109 && (text.charCodeAt(ws + 1) | 0) === 101;

/** Dutch articles: the word after one is no person ("in het Frans", "een Vlaamse"). */
const ARTICLE = buildTrie([['het', 'een']]);

/**
 * The name that starts with the initial at `start` ("G. Poncelet"; "J-M. DELVAUX" when a capital and "-"
 * come before it), where isInitialName finds one. Returns its end, or -1.
 */
function initialName(st: ScanState, start: number): number {
  const text = st.text;
  if (charCode(text, start - 1) === 45 && isUpper(charCode(text, start - 2)) && KIND[charCode(text, start - 3)] !== 1) start -= 2;
  const where = isInitialName(text, start);
  return where === NO ? -1 : emit(st, start, 2, 'medium', true, where === COLUMN);
}

const NO = 0;
const YES = 1;
/** At a line start: a name only when a column follows it (a signature block), not a heading "A. Introduction". */
const COLUMN = 2;

/**
 * "G. Poncelet", "(S. Verstraete)", "– J. Vandeputte", "<TAB>L. Vanhamme<TAB>": an initial and a surname after
 * ",", "(", "–", "-", ":", in a table cell or after a column gap; at a line start, when a column follows.
 */
function isInitialName(text: string, start: number): number {
  const hyphenated = (text.charCodeAt(start + 1) | 0) === 45; // "J-M."
  const dot = hyphenated ? start + 3 : start + 1;
  if ((hyphenated && !isUpper((text.charCodeAt(start + 2) | 0))) || (text.charCodeAt(dot) | 0) !== 46 || (text.charCodeAt(dot + 1) | 0) !== 32 || !isUpper((text.charCodeAt(dot + 2) | 0))) return NO;
  if (charCode(text, start - 1) === 9 || charCode(text, start - 1) === 124) return YES;
  let k = start - 1;
  // After a column gap (two spaces or more, not at the line start): a signature block "E. Yıldız   L. Claes".
  if (isHSpace(charCode(text, k - 1)) && isHSpace(charCode(text, k))) {
    while (k >= 0 && isHSpace((text.charCodeAt(k) | 0))) k--;
    return k >= 0 && (text.charCodeAt(k) | 0) !== 10 && (text.charCodeAt(k) | 0) !== 13 ? YES : COLUMN;
  }
  while (k >= 0 && isHSpace((text.charCodeAt(k) | 0))) k--;
  const c = charCode(text, k);
  if (c === 44 || c === 40 || c === 0x2013 || c === 45 || c === 58) return YES;
  return k < 0 || c === 10 || c === 13 || (c === 62 && (k === 0 || (text.charCodeAt(k - 1) | 0) === 10)) ? COLUMN : NO; // "> " quotes a line
}

/**
 * "Delvaux G.", "Van den Broeck P.", "El Amrani S.": a surname, one space, the initial at `initial`
 * (a capital and "."). The surname must not be a word that labels something ("Lot B.", "Annexe A.").
 * Returns the end of the name, or -1.
 */
function surnameBeforeInitial(st: ScanState, initial: number): number {
  const text = st.text;
  const end = initial + 2;
  const we = initial - 1;
  const ws = wordStartBefore(text, we, 40);
  // An acronym ("PEB B.", "EPC A.", "KBC B.") is no surname: in capitals, four letters at least.
  if (ws === we || !isSurname(text, ws, we) || (we - ws < 4 && isUpper((text.charCodeAt(ws + 1) | 0)))) return -1;
  // "Van den Broeck P.", "El Amrani S.": a particle chain written with a capital starts the name.
  const start = particlesBefore(text, ws);
  if (nameAt(text, start, 2) !== end) return -1;
  st.add(start, end, NAME_MEDIUM);
  return end;
}

/** Start of the capitalised particle chain ("Van den", "De", "El") right before the word at `start`, or `start`. */
function particlesBefore(text: string, start: number): number {
  let s = start;
  for (let n = 0; n < 3 && charCode(text, s - 1) === 32; n++) {
    const ws = wordStartBefore(text, s - 1, 10);
    if (ws === s - 1 || KIND[(text.charCodeAt(ws - 1) | 0)] === 1 || wordClass(NAME_WORDS, text, ws, s - 1) !== PARTICLE) break;
    if (isUpper((text.charCodeAt(ws) | 0))) return ws;
    s = ws;
  }
  return start;
}

/** The first name is part of a street or place name: after a street word, or before a house number. */
function inStreetName(text: string, ws: number, we: number, nameEnd: number): boolean {
  if (ws < we && wordClass(STREET_TYPES, text, elided(text, ws, we), we) >= 0) return true;
  const particle = ws < we && wordClass(NAME_WORDS, text, ws, we) === PARTICLE;
  if (particle || (ws < we && !isUpper((text.charCodeAt(ws) | 0)))) {
    // "rue de Louise", "place du Jean"…; "Lycée français Jean": look one word further back.
    let i = ws;
    while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
    const ws2 = wordStartBefore(text, i, 20);
    const type = ws2 < i ? wordClass(STREET_TYPES, text, elided(text, ws2, i), i) : -1;
    if (particle ? type >= 0 : type === INSTITUTION) return true;
  }
  // An English street type right after ("Albert Road"), or a house number (1–4 digits, not 0…: a phone starts with 0
  // or +) right after: "Louise 54"; not an age ("Lina 7 ans").
  let k = nameEnd;
  while (isHSpace(charCode(text, k))) k++;
  if (k > nameEnd && isUpper(charCode(text, k)) && wordClass(ENGLISH_STREET_TYPES, text, k, wordEndAfter(text, k, 20)) >= 0) return true;
  if (k === nameEnd || charCode(text, k) < 49 || charCode(text, k) > 57) return false;
  let n = 0;
  while (isDigit(charCode(text, k + n))) n++;
  if (n > 4) return false;
  const unit = isHSpace(charCode(text, k + n)) ? k + n + 1 : k + n;
  return wordClass(AGE_UNITS, text, unit, wordEndAfter(text, unit, 8)) < 0;
}

/**
 * The first name is a partner's surname in a firm's name: after a firm word ("Étude Gérard", "Cabinet Martin"), or
 * joined by "&" to a capitalised word that is no first name ("Gérard & Lhoest", "Ravet & Roland"; "Jean & Marie
 * Dupont" is a couple). `ws`, `we`: the word before the first name (empty when a sign comes before it); `nameEnd`: the
 * first name's end.
 */
function inFirmName(text: string, ws: number, we: number, nameEnd: number): boolean {
  if (ws < we && wordClass(FIRM_BEFORE, text, ws, we) >= 0) return true;
  // Before the "&" a partner alone only when no surname follows the first name ("Jonas Verstraeten & Lotte De Smedt").
  if (charCode(text, we - 1) === 38 && !(isHSpace(charCode(text, nameEnd)) && isUpper(charCode(text, nameEnd + 1)))) {
    let j = we - 1;
    while (isHSpace((text.charCodeAt(j - 1) | 0))) j--;
    const partner = wordStartBefore(text, j, 30);
    if (partner < j && isUpper((text.charCodeAt(partner) | 0)) && wordClass(FIRST_NAME, text, partner, j) < 0) return true;
  }
  let k = nameEnd;
  while (isHSpace(charCode(text, k))) k++;
  if (charCode(text, k) !== 38) return false;
  k++;
  while (isHSpace((text.charCodeAt(k) | 0))) k++;
  return isUpper((text.charCodeAt(k) | 0)) && wordClass(FIRST_NAME, text, k, wordEndAfter(text, k, 30)) < 0;
}

/** Start of the word text[ws, we) past an elided article: "avenue" in "l'avenue", "allée" in "d'allée". */
function elided(text: string, ws: number, we: number): number {
  const c = (text.charCodeAt(ws) | 0) | 32;
  return we - ws > 2 && (c === 108 || c === 100) && isApostrophe((text.charCodeAt(ws + 1) | 0)) ? ws + 2 : ws;
}

/** A capitalised or uppercase word that can be a surname written before a first name. */
function isSurname(text: string, ws: number, we: number): boolean {
  if (!isUpper((text.charCodeAt(ws) | 0)) || we - ws < 2) return false;
  if (ws > 0 && KIND[(text.charCodeAt(ws - 1) | 0)] === 1) return false;
  const cls = wordClass(NAME_WORDS, text, ws, we);
  return cls !== NOT_NAME && cls !== PARTICLE && wordClass(ANCHORS, text, ws, we) < 0 && wordClass(STREET_TYPES, text, ws, we) < 0 && wordClass(FIRST_NAME, text, ws, we) < 0;
}

/** After a capitalised anchor ending at `anchorEnd`; returns the end of the name found, or -1. */
function nameAfterAnchor(st: ScanState, anchorEnd: number): number {
  const text = st.text;
  const lastEnd = (text.charCodeAt(anchorEnd - 1) | 0) === 46 ? anchorEnd - 1 : anchorEnd;
  const lastStart = wordStartBefore(text, lastEnd, 20);
  if (lastStart > 0 && isLetter((text.charCodeAt(lastStart - 1) | 0))) return -1;
  switch (wordClass(ANCHORS, text, lastStart, lastEnd)) {
    case Anchor.Honorific: {
      // A letter's block ("Monsieur et Madame⏎VERCRUYSSE – KAYEMBE"), a PDF's line ending after the honorific: the name
      // opens the next line after a courtesy title that is a word of its own (not "n° 494/15M.⏎Libre à l'acte").
      const next = capitalOnNextLine(text, anchorEnd);
      const courtesy = next > 0 && wordClass(COURTESY, text, lastStart, lastEnd) >= 0 && !isAlnum(charCode(text, lastStart - 1));
      return emit(st, courtesy ? next : skipSpaces(text, anchorEnd), 1, 'high', false);
    }
    case Anchor.Declaration:
      return emit(st, skipFiller(text, anchorEnd), 1, 'high', false);
    case Anchor.Greeting:
      return emit(st, skipSpaces(text, anchorEnd), 1, 'medium', true);
    case Anchor.Closing:
      return emit(st, nextLine(text, anchorEnd), 1, 'medium', true);
    case Anchor.Label:
      return emit(st, afterColon(text, anchorEnd, lastStart), 2, 'medium', true);
    case Anchor.NameLabel:
    case Anchor.Role: // "Partner: Ayşe Öztürk", "Épouse : Marie Dupont": a role written as a label
      return emit(st, afterColon(text, anchorEnd, lastStart), 1, 'medium', true);
    default:
      return -1;
  }
}

/** A bank statement's transfer in capitals: its kind, the words that may follow it, and the word before the counterparty. */
const PAYMENT = buildTrie([['virement', 'versement', 'ordre', 'overschrijving', 'instantoverschrijving', 'storting', 'opdracht', 'transfer']]);
const PAYMENT_WORDS = buildTrie([
  ['europeen', 'europeenne', 'instantane', 'sepa', 'permanent', 'europese', 'doorlopende', 'instant', 'en', 'faveur', 'in', 'favour'],
  ['de', 'a', 'du', 'van', 'naar', 'aan', 'from', 'to', 'of'],
]);
/** "M. OU MME", "DHR. EN MEVR.": the words joining two honorifics or two names on a statement. */
const EITHER = buildTrie([['ou', 'et', 'en', 'of', 'and', 'or']]);

/**
 * The counterparty of a transfer in capitals after its kind word ending at `at` ("ORDRE PERMANENT DE NDIAYE AMINATA",
 * "VIREMENT DE M. OU MME VANDERSMISSEN-KOUASSI", "… DE LAMBERT THOMAS OU HOUBEN SARAH"): after an honorific, or with
 * an initial or a known first name (not "VIREMENT DE COMPTE EPARGNE"). Returns the end of what was read, or -1.
 */
function counterparty(st: ScanState, at: number): number {
  const text = st.text;
  let pos = at;
  let honorific = false;
  let to = false;
  for (let w = 0; w < 8; w++) {
    if (charCode(text, pos) !== 32) return -1;
    const ws = pos + 1;
    const we = wordEndAfter(text, ws, 20);
    if (we === ws || !isUpper((text.charCodeAt(ws) | 0))) break;
    const dot = charCode(text, we) === 46 ? 1 : 0;
    if (!to) {
      const cls = wordClass(PAYMENT_WORDS, text, ws, we);
      if (cls < 0) return -1;
      to = cls === 1;
    } else if (wordClass(ANCHORS, text, ws, we) === Anchor.Honorific) honorific = true;
    else if (!honorific || wordClass(EITHER, text, ws, we) < 0 || (charCode(text, we) === 47 && wordClass(EITHER, text, we + 1, wordEndAfter(text, we + 1, 3)) < 0)) break;
    pos = we + dot;
    if (charCode(text, pos) === 47) pos = wordEndAfter(text, pos + 1, 3); // "EN/OF"
  }
  if (!to || charCode(text, pos) !== 32) return -1;
  let end = -1;
  for (let start = pos + 1, k = 0; k < 2; k++) {
    const e = nameAt(text, start, 1);
    const initial = charCode(text, start + 1) === 46;
    if (e < 0 || (!honorific && !initial && !hasFirstName(text, start, e))) break;
    st.add(start, e, honorific ? NAME_HIGH : NAME_MEDIUM);
    end = e;
    // "LAMBERT THOMAS OU HOUBEN SARAH", "J.W. VAN DIJK EN/OF M. DE GROOT": a second holder.
    if (charCode(text, e) !== 32) break;
    let je = wordEndAfter(text, e + 1, 3);
    if (wordClass(EITHER, text, e + 1, je) < 0) break;
    if (charCode(text, je) === 47) je = wordEndAfter(text, je + 1, 3);
    if (charCode(text, je) !== 32) break;
    start = je + 1;
    const hw = wordEndAfter(text, start, 20);
    if (wordClass(ANCHORS, text, start, hw) === Anchor.Honorific && charCode(text, hw) === 46 && charCode(text, hw + 1) === 32) {
      start = hw + 2;
      honorific = true;
    } else honorific = false;
  }
  return end;
}

/** A word of text[s, e) is a known first name. */
function hasFirstName(text: string, s: number, e: number): boolean {
  for (let ws = s; ws < e; ) {
    const we = wordEndAfter(text, ws, 30);
    if (we > ws && wordClass(FIRST_NAME, text, ws, we) >= 0) return true;
    ws = we + 1;
  }
  return false;
}

const SON = buildTrie([['son', 'sons']]);
const POSSESSIVES = buildTrie([['their', 'our', 'my', 'his', 'her', 'your']]);

/** An English possessive is the word before `ws`. */
function possessiveBefore(text: string, ws: number): boolean {
  if (!isHSpace(charCode(text, ws - 1))) return false;
  const ps = wordStartBefore(text, ws - 1, 6);
  return ps < ws - 1 && wordClass(POSSESSIVES, text, ps, ws - 1) >= 0;
}

/** Courtesy titles (not "Notaire", "Maître", a signature's job line): a letter's block puts the name on the next line. */
const COURTESY = buildTrie([['monsieur', 'madame', 'mademoiselle', 'mme', 'mlle', 'm', 'mr', 'mrs', 'ms', 'dhr', 'mevr', 'mevrouw', 'meneer', 'heer']]);

const NAME_HIGH = tag('person-name', 'high');
const NAME_MEDIUM = tag('person-name', 'medium');

/**
 * Adds the name starting at `start` (nameAt) when it qualifies; returns its end, or -1. `mustEndColumn`: a tab
 * or a gap of spaces must follow it (the names of a signature block, side by side).
 */
function emit(st: ScanState, start: number, minWords: number, confidence: Confidence, mustEndClause: boolean, mustEndColumn = false): number {
  const text = st.text;
  const end = nameAt(text, start, minWords);
  if (end < 0) return -1;
  // Greetings, closings and labels: the name must end the clause ("Bonjour Jean," not "Bonjour Jean a appelé").
  if (mustEndClause && !endsClause(text, end)) return -1;
  if (mustEndColumn && charCode(text, end) !== 9 && !(isHSpace(charCode(text, end)) && isHSpace(charCode(text, end + 1)))) return -1;
  // "Jan Van Beersstraat 31" is a street; after an honorific, the person ends before it: "mevr. Mbuyi van Tiensestraat 212".
  const lastWord = wordStartBefore(text, end, 40);
  if (suffixClass(STREET_SUFFIXES, text, lastWord, end) >= 0) {
    const cut = confidence === 'high' ? beforeParticles(text, lastWord) : start;
    if (cut <= start) return -1;
    st.add(start, cut, NAME_HIGH);
    return end;
  }
  st.add(start, end, confidence === 'high' ? NAME_HIGH : NAME_MEDIUM);
  return end;
}

/** End of the words before `ws` once the spaces and lowercase particles right before it are left out ("Mbuyi| van …"). */
function beforeParticles(text: string, ws: number): number {
  let e = ws;
  for (;;) {
    while (isHSpace((text.charCodeAt(e - 1) | 0))) e--;
    const s = wordStartBefore(text, e, 10);
    if (s === e || isUpper((text.charCodeAt(s) | 0)) || wordClass(NAME_WORDS, text, s, e) !== PARTICLE) return e;
    e = s;
  }
}

function endsClause(text: string, i: number): boolean {
  if (charCode(text, i) === 9) return true; // a table cell ends
  if (isHSpace(charCode(text, i)) && isHSpace(charCode(text, i + 1))) return true; // a form: "Nom : DUPONT   Prénom : …"
  while (i < text.length && isHSpace((text.charCodeAt(i) | 0))) i++;
  if (i >= text.length) return true;
  const c = (text.charCodeAt(i) | 0);
  // , ! : ; . ( ) | - – — newline, "<" before an email, or "et"/"en"/"and" joining a second name.
  if (c === 44 || c === 33 || c === 58 || c === 59 || c === 46 || c === 40 || c === 41 || c === 124 || c === 45 || c === 0x2013 || c === 0x2014 || c === 10 || c === 13 || c === 60) return true;
  return wordClass(JOINERS, text, i, wordEndAfter(text, i, 4)) >= 0;
}

/** Words that join a second name: "Jean et Marie", "Jan en Els". */
const JOINERS = buildTrie([['et', 'en', 'and', 'und']]);

/** The next line's start when a line break at `i` is followed by a capital, else -1. */
function capitalOnNextLine(text: string, i: number): number {
  const j = charCode(text, i) === 13 ? i + 1 : i;
  return charCode(text, j) === 10 && isUpper(charCode(text, j + 1)) ? j + 1 : -1;
}

function skipSpaces(text: string, i: number): number {
  if (!isHSpace(charCode(text, i))) return -1;
  while (isHSpace(charCode(text, i))) i++;
  return i;
}

/** After "soussigné": "(e)", commas and spaces. */
function skipFiller(text: string, i: number): number {
  if (text.startsWith('(e)', i)) i += 3;
  while (i < text.length && (isHSpace((text.charCodeAt(i) | 0)) || (text.charCodeAt(i) | 0) === 44)) i++;
  return i;
}

/** Start of the next non-empty line after a closing formula (at most one blank line between). */
function nextLine(text: string, i: number): number {
  for (let c = charCode(text, i); c === 44 || c === 46 || c === 33 || isHSpace(c); c = charCode(text, ++i));
  let breaks = 0;
  while (i < text.length) {
    const c = (text.charCodeAt(i) | 0);
    if (c === 10) breaks++;
    // A quoted reply's ">" markers open the lines below ("> Kind regards,\n>\n> Marie-Astrid de Villers").
    else if (c !== 13 && !isHSpace(c) && !(c === 62 && breaks > 0)) break;
    if (breaks > 2) return -1;
    i++;
  }
  return breaks >= 1 ? i : -1;
}

/**
 * After a label: optional "(s)"/"(e)"/"(es)", spaces, a colon, spaces, maybe an arrow ("Naam: --> …"); or a
 * tab instead of the colon (an exported sheet: "Nom<TAB>DUPONT"); or, for a label alone on its line, the
 * next line (a form's answers: "Nom<LF>Vanderstraeten"). -1 without any.
 */
function afterColon(text: string, i: number, labelStart: number): number {
  if (charCode(text, i) === 40) {
    const close = indexIn(text, 41, i + 1, i + 5); // "(s)", "(e)", "(es)"
    if (close < 0) return -1;
    i = close + 1;
  }
  const tab = charCode(text, i) === 9;
  while (isHSpace(charCode(text, i))) i++;
  if (charCode(text, i) === 42) i++; // "Nom *": a required field
  let c = charCode(text, i);
  if (c !== 58) {
    if (tab) return i;
    return (c === 10 || c === 13) && aloneOnLine(text, labelStart) ? nextLine(text, i) : -1;
  }
  i++;
  while (isHSpace(charCode(text, i))) i++;
  c = charCode(text, i);
  if (c === 10 || c === 13) return nextLine(text, i); // "Nom :<LF>DUQUESNE"
  // An arrow: "-->", "=>", "→".
  let k = i;
  while (c === 45 || c === 61) c = text.charCodeAt(++k) | 0;
  if (c === 62 || c === 0x2192) {
    i = k + 1;
    while (isHSpace((text.charCodeAt(i) | 0))) i++;
  }
  return dotLeaderEnd(text, i);
}

/** Past a printed form's dotted line before its handwritten answer ("Naam: .......VERSTRAETE"): two dots or more. */
function dotLeaderEnd(text: string, i: number): number {
  if (charCode(text, i) !== 46 || charCode(text, i + 1) !== 46) return i;
  let k = i + 2;
  while (k - i < 40 && charCode(text, k) === 46) k++;
  return k;
}

/** Whether only letters, spaces and "/" come before `wordStart` on its line: a label on a line of its own ("Nom / Name"). */
function aloneOnLine(text: string, wordStart: number): boolean {
  for (let k = wordStart; wordStart - k < 30; k--) {
    const c = k === 0 ? 10 : text.charCodeAt(k - 1) | 0;
    if (c === 10) return true;
    if (KIND[c] !== 1 && c !== 32 && c !== 47) return false;
  }
  return false;
}

const Token = { Name: 0, Initial: 1, Particle: 2, Stop: 3 } as const;
type Token = (typeof Token)[keyof typeof Token];

/**
 * End of the name starting at `i`: up to MAX_NAME_WORDS capitalised words, initials ("J.",
 * "J.-P.") and inner particles, separated by single spaces. -1 unless it has a real name word and
 * at least `minWords` words counting initials. (A name found always starts at `i`: its first
 * token is kept or the name is not there.)
 */
export function nameAt(text: string, i: number, minWords: number): number {
  if (i < 0 || i >= text.length) return -1;
  let start = -1;
  let end = -1;
  let names = 0;
  let initials = 0;
  let pos = i;
  // "Dirk Lippens van Algemene Bouw Deinze": a lowercase particle after a full name, then more than one capitalised
  // word, is "from" a firm or place (a surname after "van" is one word: "Jan van Dijk").
  let beforeParticle = -1;
  let namesAtParticle = 0;
  for (let w = 0; w < 2 * MAX_NAME_WORDS && names < MAX_NAME_WORDS; w++) {
    const we = wordEndAfter(text, pos, 40);
    if (we === pos) break;
    const kind = tokenKind(text, pos, we);
    if (kind === Token.Stop) break;
    let tokenEnd = we;
    if (kind === Token.Initial) {
      tokenEnd = we + 1;
      // "J.-P."
      if (charCode(text, tokenEnd) === 45 && isUpper(charCode(text, tokenEnd + 1)) && charCode(text, tokenEnd + 2) === 46) tokenEnd += 3;
      initials++;
    } else if (kind === Token.Name) {
      names++;
    } else if (!isHSpace(charCode(text, we)) || !startsNameOrParticle(text, we + 1)) {
      break; // a particle only counts before a name: "Van den Bossche", not "M. le notaire"
    } else if (names >= 2 && beforeParticle < 0 && !isUpper((text.charCodeAt(pos) | 0))) {
      beforeParticle = end;
      namesAtParticle = names;
    }
    if (start < 0) start = pos;
    // An English possessive ends the name without its "'s": "Fiona's Irish passport" names Fiona.
    if (kind === Token.Name && we - pos > 2 && isApostrophe((text.charCodeAt(we - 2) | 0)) && ((text.charCodeAt(we - 1) | 0) | 32) === 115) {
      end = we - 2;
      break;
    }
    if (kind !== Token.Particle) end = tokenEnd;
    pos = tokenEnd;
    // One space joins the words of a name; a tab ends it (the next cell of a table).
    const sep = charCode(text, pos);
    if (!isHSpace(sep) || sep === 9 || isHSpace(charCode(text, pos + 1))) break;
    pos++;
  }
  if (beforeParticle > 0 && names - namesAtParticle > 1) end = beforeParticle;
  return names >= 1 && names + initials >= minWords && end > start ? end : -1;
}

function startsNameOrParticle(text: string, pos: number): boolean {
  if (isUpper(charCode(text, pos))) return true;
  const we = wordEndAfter(text, pos, 10);
  return we > pos && wordClass(NAME_WORDS, text, pos, we) === PARTICLE;
}

function tokenKind(text: string, pos: number, we: number): Token {
  const c0 = (text.charCodeAt(pos) | 0);
  if (isDigit(charCode(text, we))) return Token.Stop; // "VX800689" is a code
  if (isApostrophe(charCode(text, pos + 1)) && !isUpper(charCode(text, pos + 2))) return Token.Stop; // "L'équipe", "d'autres"
  if (isUpper(c0)) {
    if (we - pos === 1) return charCode(text, we) === 46 && wordClass(ANCHORS, text, pos, we) < 0 ? Token.Initial : Token.Stop;
    // "J-M.": two initials joined by a hyphen
    if (we - pos === 3 && (text.charCodeAt(pos + 1) | 0) === 45 && isUpper((text.charCodeAt(pos + 2) | 0)) && (text.charCodeAt(we) | 0) === 46) return Token.Initial;
    const cls = wordClass(NAME_WORDS, text, pos, we);
    if (cls === NOT_NAME) return isFlemishOp(text, pos, we) ? Token.Particle : Token.Stop;
    if (wordClass(ANCHORS, text, pos, we) === Anchor.Honorific) return Token.Stop;
    return cls === PARTICLE ? Token.Particle : Token.Name;
  }
  // "d'Ursel", "d’Hoop"
  if (we - pos > 2 && isApostrophe((text.charCodeAt(pos + 1) | 0)) && isUpper((text.charCodeAt(pos + 2) | 0))) return Token.Name;
  return wordClass(NAME_WORDS, text, pos, we) === PARTICLE ? Token.Particle : Token.Stop;
}

/**
 * The display name before an e-mail address written "Jean Dupont <jean@…>" (mail headers, quoted
 * replies, "… schreef Sofie Verstraete <…>"): `lt` is the position of "<". Two name words, or one
 * known first name. Adds it and returns true when found.
 */
export function displayNameBefore(st: ScanState, lt: number): boolean {
  const text = st.text;
  let end = lt;
  while (end > 0 && isHSpace((text.charCodeAt(end - 1) | 0))) end--;
  if (charCode(text, end - 1) === 34 || charCode(text, end - 1) === 39) end--; // "Jean Dupont" <…>
  if (end === lt || !isLetter((text.charCodeAt(end - 1) | 0))) return false;
  // Word starts going back, over single spaces; the farthest one that reads forward as a name
  // ending exactly before "<" wins ("De : Catherine Dubois", not "schreef Sofie Verstraete").
  const starts: number[] = [];
  for (let p = end; starts.length < MAX_NAME_WORDS; ) {
    const ws = wordStartBefore(text, p, 40);
    if (ws === p) break;
    starts.push(ws);
    if (charCode(text, ws - 1) !== 32 || isHSpace(charCode(text, ws - 2))) break;
    p = ws - 1;
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const start = starts[k]!;
    if (nameAt(text, start, 1) !== end) continue;
    if (k === 0 && wordClass(FIRST_NAME, text, start, end) < 0) return false; // one word: a known first name only
    // A firm named after its owner: "Loodgieterij Van Kerckhoven <info@…>", "Notariskantoor Verhaegen <…>".
    if (k + 1 < starts.length && wordClass(FIRM_BEFORE, text, starts[k + 1]!, start - 1) >= 0) return false;
    if (isMailboxName(text, starts, k, lt)) return false;
    st.add(start, end, NAME_MEDIUM);
    return true;
  }
  return false;
}

/**
 * An organisation's mailbox: no word of the display name (starts[k] down to starts[0]) is a known first name, and one
 * is the address's local part or its domain's first label ("Omgeving Hasselt <omgeving@hasselt.be>", "Immo Peeters
 * <info@peeters.be>"; "Jan Peeters <jan@peeters.be>" stays a person).
 */
function isMailboxName(text: string, starts: readonly number[], k: number, lt: number): boolean {
  const at = indexIn(text, 64, lt + 1, lt + 65);
  if (at < 0) return false;
  const firstDot = indexIn(text, 46, at + 1, at + 64);
  const dot = firstDot < 0 ? Math.min(at + 64, text.length) : firstDot;
  let match = false;
  for (let w = k; w >= 0; w--) {
    const ws = starts[w]!;
    const we = wordEndAfter(text, ws, 40);
    if (wordClass(FIRST_NAME, text, ws, we) >= 0) return false;
    match ||= sameFolded(text, ws, we, lt + 1, at) || sameFolded(text, ws, we, at + 1, dot);
  }
  return match;
}
