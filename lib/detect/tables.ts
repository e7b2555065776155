/**
 * Tables pasted into a mail or exported from a sheet ("N° | Nom | Prénom | Né(e) le | GSM", tab-separated
 * sheets, CSV files with ";" as Excel writes them in Belgium or "," as Google Sheets does): the header row
 * names its columns, so a cell under a name, birth-date or address column is personal data without the
 * words that anchor it in prose ("1 | KABONGO MUKENDI | Grâce | 16/04/2002 | …").
 * A table is a block of lines, with no blank line between them, each holding at least two of the same
 * separator ("|", a tab, ";", or a "," not followed by a space: prose puts a space after its commas); its
 * first line is the header ("|", tab and ";" blocks anywhere in the text, "," ones only as a CSV file whose
 * header is the text's first line). A header's cells are short words without numbers; they name a column
 * exactly ("Adresse") or by a word among a few ("Huidige gemeente of adres"). Address columns count in
 * tables that also have a name column (a list of people, not of properties); a street column takes the
 * number, box, postcode and city columns after it; a postcode and city alone is no address. Only lines
 * holding separators are looked at, and each block's header is read once per scan.
 */
import { isPlausibleBirthYear, isRealDate } from './calendar.ts';
import { charCode, indexIn, isDigit, isHSpace, lineEnd, lineStart, searchIn, stripAccents, wordEndAfter } from './chars.ts';
import { isoDate } from './dates.ts';
import { ANCHORS } from './name-words.ts';
import { nameAt } from './names.ts';
import { type ScanState, tag } from './state.ts';
import { buildTrie, wordClass } from './trie.ts';

const NAME = 1;
const BIRTH = 2;
/** A name column beside a first-name column ("Naam | Voornaam"): its cells are surnames, also when alone elsewhere. */
const SURNAME = 5;
/** A whole address, or its street (then the ADDRESS_PART columns right after it belong to it). */
const ADDRESS = 3;
const ADDRESS_PART = 4;

/** Header cells (lowercase, no accents, without "(e)"/"(s)") and the column they name. */
const HEADERS: ReadonlyMap<string, number> = new Map([
  ...[
    'nom', 'noms', 'nom de famille', 'prenom', 'nom et prenom', 'nom prenom', 'naam', 'namen', 'voornaam', 'voornamen',
    'achternaam', 'familienaam', 'naam en voornaam', 'name', 'names', 'first name', 'last name', 'surname', 'full name',
    'firstname', 'lastname', 'fullname', 'given name', 'family name',
    'candidat', 'kandidaat', 'locataire', 'huurder', 'proprietaire', 'eigenaar', 'coproprietaire', 'mede-eigenaar',
    'acheteur', 'koper', 'vendeur', 'verkoper', 'client', 'klant', 'contact', 'contactpersoon', 'occupant', 'bewoner',
    'tenant', 'owner', 'buyer', 'seller',
  ].map((h) => [h, NAME] as const),
  ...[
    'ne le', 'date de naissance', 'naissance', 'geboren', 'geboren op', 'geboortedatum', 'date of birth', 'birth date',
    'dob', 'born', 'birthdate', 'birthday', 'date naissance',
  ].map((h) => [h, BIRTH] as const),
  ...[
    'adresse', 'adres', 'address', 'domicile', 'adresse actuelle', 'huidig adres', 'current address', 'rue', 'straat',
    'street', 'rue et numero', 'straat en nummer', 'straat + nr', 'home address',
  ].map((h) => [h, ADDRESS] as const),
  ...[
    'n°', 'no', 'nr', 'numero', 'nummer', 'huisnummer', 'number', 'boite', 'bte', 'bus', 'box', 'code postal', 'cp',
    'postcode', 'zip', 'localite', 'ville', 'commune', 'gemeente', 'woonplaats', 'stad', 'city', 'town',
  ].map((h) => [h, ADDRESS_PART] as const),
]);

const MAX_COLUMNS = 64;
/** Longest header cell ("Huidige gemeente of adres", "Aantal slaapkamers gezocht"). */
const MAX_HEADER = 48;
const PERSON_NAME = tag('person-name', 'medium');
const POSTAL_ADDRESS = tag('postal-address', 'medium');
const DATE_OF_BIRTH = tag('date-of-birth', 'high');
/** An ISO date, as exports write it ("1985-03-12", also with a time after it). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/;

/**
 * A table block: its lines [start, end), its separator, the kind of each column (0: neither), and the lines that go
 * on a quoted cell of the line above (a message with line breaks in a CSV export), which are no rows.
 */
interface Block {
  start: number;
  end: number;
  sep: string;
  columns: readonly number[];
  inCell?: ReadonlySet<number>;
}

/** Adds the name, birth-date and address cells of the table rows that start in [from, to). */
export function scanTables(st: ScanState, from: number, to: number): void {
  const text = st.text;
  let block: Block | null = null;
  // ";" tables too, pasted into a mail (prose writes few semicolons); one whose header is the text's first line is
  // read as a CSV file below.
  for (const sep of ['|', '\t', ';']) {
    for (let at = searchIn(text, sep, from, to); at >= 0; ) {
      const ls = lineStart(text, at);
      const le = lineEnd(text, at);
      if (ls >= from && separators(text, ls, le, sep) >= 2) {
        if (block === null || block.sep !== sep || ls < block.start || ls >= block.end) block = blockAt(text, ls, sep);
        if (ls > block.start && block.columns.length > 0 && !(sep === ';' && block.start === 0) && !block.inCell?.has(ls)) row(st, ls, le, block);
      }
      at = searchIn(text, sep, le, to);
    }
  }
  // A CSV file: its header is the text's first line (in prose, "," is everywhere: looking for tables of commas
  // there would cost more than the rest of this pass). Its rows run to the first blank line; a quoted
  // cell may go on over several lines, which are not rows.
  const firstEnd = lineEnd(text, 0);
  for (const sep of [';', ',']) {
    if (separators(text, 0, firstEnd, sep) < 2) continue;
    const csv = { start: 0, end: text.length, sep, columns: columnsOf(text, 0, firstEnd, sep) };
    if (csv.columns.length === 0) continue;
    let quoted = false;
    for (let ls = firstEnd + 1, le = ls; ls < to && ls < text.length; ls = le + 1) {
      le = lineEnd(text, ls);
      if (le === ls || (le === ls + 1 && text.charCodeAt(ls) === 13)) break;
      if (!quoted && ls >= from) row(st, ls, le, csv);
      if (quotes(text, ls, le) % 2 === 1) quoted = !quoted;
    }
  }
  jsonValues(st, from, to);
  vcards(st, from, to);
  formsSummaries(st, from, to);
}

/** The count line above a Google Forms question's answers, in its French, Dutch and English interface. */
const ANSWER_COUNT = /^\d{1,6} (?:réponses?|reacties?|antwoorden?|responses?)\r?$/;
/** What the count lines are looked for by (a digit and a space come before it). */
const ANSWER_WORDS = [' réponse', ' reactie', ' antwoord', ' response'];
/** Longest end of a count line after its digits (" antwoorden\r"). */
const COUNT_TAIL = 13;
/** Most answers listed under one question that are read (and lines walked back to find their count line). */
const MAX_ANSWERS = 1000;

/**
 * Google Forms' summary of the answers ("Résumé", "Overzicht", "Summary"), copied as text: a question's title, maybe
 * its description, "12 réponses", then one answer per line up to a blank line. Under a name, birth-date or address
 * question, each answer is a cell of that column ("Nom *", "12 réponses", "Lambert", "Mukendi", …). A full scan reads
 * the counts the numbers pass noted (searching the text for four words cost 5% of the scan); an incremental one
 * searches its window, and the paragraph above it (its count line may open a long list).
 */
function formsSummaries(st: ScanState, from: number, to: number): void {
  const text = st.text;
  if (from === 0 && to >= text.length) {
    for (const at of st.answerCounts) answers(st, at, 0, 0, to);
    return;
  }
  // The paragraph's lines above the window, each read once at its start for a count.
  const first = lineStart(text, from);
  let ps = first;
  for (let n = 0; ps > 1 && n < MAX_ANSWERS; n++) {
    const above = lineStart(text, ps - 1);
    if (isBlankLine(text, above, ps - 1)) break;
    ps = above;
    let at = ps;
    while (at < ps + 6 && isDigit(charCode(text, at))) at++;
    if (at > ps && charCode(text, at) === 32) answers(st, at, ps, from, to);
  }
  for (const word of ANSWER_WORDS) {
    for (let at = searchIn(text, word, first, to); at >= 0; at = searchIn(text, word, at + word.length, to)) answers(st, at, ps, from, to);
  }
}

/** The answers in [from, to) under the count whose word follows the space at `at`, when it is one (its line at or after `ps`). */
function answers(st: ScanState, at: number, ps: number, from: number, to: number): void {
  const text = st.text;
  // The count's line read from its digits to its end, a few characters each side (not a long line's ends).
  let ls = at;
  while (ls > at - 6 && isDigit(charCode(text, ls - 1))) ls--;
  if (ls === at || ls < ps || (ls > 0 && text.charCodeAt(ls - 1) !== 10)) return;
  const nl = indexIn(text, 10, at, at + COUNT_TAIL);
  const le = nl >= 0 ? nl : at + COUNT_TAIL >= text.length ? text.length : -1;
  if (le < 0 || !ANSWER_COUNT.test(text.slice(ls, le))) return;
  const kind = questionKind(text, ls);
  if (kind === 0 || kind === ADDRESS_PART) return;
  for (let a = le + 1, n = 0; a < to && n < MAX_ANSWERS; n++) {
    const ae = lineEnd(text, a);
    if (isBlankLine(text, a, ae)) break;
    if (a >= from) {
      const s = trimStart(text, a, ae);
      cell(st, kind, s, trimEnd(text, s, ae));
    }
    a = ae + 1;
  }
}

/** The kind of the question whose count line starts at `count`: its title opens the paragraph, a description may follow. */
function questionKind(text: string, count: number): number {
  let title = count;
  for (let k = 0; k < 2 && title > 1; k++) {
    title = lineStart(text, title - 1);
    const above = title > 1 ? lineStart(text, title - 1) : 0;
    if (title === 0 || isBlankLine(text, above, title - 1)) return headerKind(text.slice(title, trimEnd(text, title, lineEnd(text, title))));
  }
  return 0;
}

/** Only spaces (or a carriage return) in text[ls, le). */
function isBlankLine(text: string, ls: number, le: number): boolean {
  for (let i = ls; i < le; i++) if (!isHSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 13) return false;
  return true;
}

/** Longest JSON key read before its colon (`"date_de_naissance":`), and longest value read (a name, a date, an address). */
const MAX_KEY = 40;
const MAX_VALUE = 200;

/**
 * A JSON export (a CRM's, a web form's), also pasted into a mail: a string value under a name, birth-date or address
 * key (`"name": "WOUTERS"`, `"birth_date": "1985-03-12"`), read like a cell under its column's header. Found by its
 * `":`, which prose hardly ever writes.
 */
function jsonValues(st: ScanState, from: number, to: number): void {
  const text = st.text;
  for (let at = searchIn(text, '":', from, to); at >= 0; at = searchIn(text, '":', at + 2, to)) {
    const ks = text.lastIndexOf('"', at - 1);
    if (ks < 0 || at - ks > MAX_KEY) continue;
    const kind = headerKind(text.slice(ks + 1, at));
    if (kind === 0 || kind === ADDRESS_PART) continue;
    let s = at + 2;
    while (isHSpace(text.charCodeAt(s))) s++;
    if (text.charCodeAt(s) !== 34) continue;
    const e = text.indexOf('"', ++s);
    // Within the line, and short (a JSON export is often one long line: its end is never looked for).
    if (e < 0 || e - s > MAX_VALUE || indexIn(text, 10, s, e) >= 0) continue;
    cell(st, kind, s, e);
  }
}

/**
 * vCards (a contact sent from a phone, exported from a CRM): between BEGIN:VCARD and END:VCARD, the formatted name
 * (FN), the name's parts (N: family;given;…) and each address (ADR: ;;street;city;region;postcode;country).
 */
function vcards(st: ScanState, from: number, to: number): void {
  const text = st.text;
  // Each card read once, from its BEGIN to its END (at most MAX_CARD on): the next card is looked for after it. The
  // card [from, to) starts in may begin before it (an incremental scan's window inside a long card).
  const before = from > 0 ? cardBefore(text, 'BEGIN:', from) : -1;
  const first = before >= 0 && cardBefore(text, 'END:', from) < before ? before : cardAfter(text, 'BEGIN:', from, to);
  for (let at = first, end = 0; at >= 0 && at < to; at = cardAfter(text, 'BEGIN:', end, to)) {
    const stop = cardAfter(text, 'END:', at, at + MAX_CARD);
    end = stop < 0 ? Math.min(text.length, at + MAX_CARD) : stop;
    for (let ls = lineEnd(text, at) + 1; ls < end && ls < to; ls = lineEnd(text, ls) + 1) {
      const le = lineEnd(text, ls);
      const colon = indexIn(text, 58, ls, le);
      if (colon < 0) continue;
      const property = text.slice(ls, colon).split(';', 1)[0]!.toUpperCase();
      const e = trimEnd(text, colon + 1, le);
      if (property === 'FN') cell(st, NAME, colon + 1, e);
      else if (property === 'N') {
        // family;given;additional;prefix;suffix: the first two are names.
        for (let k = 0, s = colon + 1; k < 2 && s <= e; k++) {
          const ce = nextSepOrEnd(text, s, e);
          if (ce > s) cell(st, NAME, s, ce);
          s = ce + 1;
        }
      } else if (property === 'ADR') {
        // Past the post-office box and extended address (mostly empty): the street to the country.
        let s = colon + 1;
        for (let k = 0; k < 2; k++) s = nextSepOrEnd(text, s, e) + 1;
        if (s < e) addAddress(st, s, e);
      }
    }
  }
}

/** Longest vCard read (a photo makes a card long): a card's lines past it are not read, in any scan. */
const MAX_CARD = 100_000;

/**
 * Where the first `mark` + "VCARD" ("BEGIN:VCARD", "END:VCARD") that starts in [from, to) starts, or -1. Looked for by
 * its "VCARD": V8 finds a five-letter pattern in a long text about three times faster than the eleven-letter one.
 */
function cardAfter(text: string, mark: string, from: number, to: number): number {
  for (let v = searchIn(text, 'VCARD', from + mark.length, to + mark.length); v >= 0; v = searchIn(text, 'VCARD', v + 5, to + mark.length)) {
    if (text.startsWith(mark, v - mark.length)) return v - mark.length;
  }
  return -1;
}

/** Where the last `mark` + "VCARD" that starts at or before `from`, at most MAX_CARD before it, starts, or -1. */
function cardBefore(text: string, mark: string, from: number): number {
  const lo = Math.max(0, from - MAX_CARD);
  const area = text.slice(lo, from + mark.length + 5);
  for (let v = area.lastIndexOf('VCARD'); v >= mark.length; v = area.lastIndexOf('VCARD', v - 1)) {
    if (area.startsWith(mark, v - mark.length)) return lo + v - mark.length;
  }
  return -1;
}

/** The next ";" in text[from, end), or end (looked for within the line, as the colon is). */
function nextSepOrEnd(text: string, from: number, end: number): number {
  const i = indexIn(text, 59, from, end);
  return i < 0 ? end : i;
}

/** Quotes in text[from, to), read within the line (indexOf would search on to the next quote, maybe the text's end). */
function quotes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 34) n++;
  return n;
}

/** Most lines one quoted cell goes on over (a CSV export's message with line breaks). */
const MAX_CELL_LINES = 20;

/**
 * The table block holding the line that starts at `ls`, with its header's columns. In a ";" or "," block a quoted cell
 * may go on over lines without separators: they belong to the block (and its rows go on after them).
 */
function blockAt(text: string, ls: number, sep: string): Block {
  const quoting = sep === ';' || sep === ',';
  let start = ls;
  while (start > 0) {
    let prev = lineStart(text, start - 1);
    if (separators(text, prev, start - 1, sep) < 2) {
      // The last line of a quoted cell (odd quotes): the block goes on above the line that opened it.
      if (!quoting || quotes(text, prev, start - 1) % 2 === 0) break;
      let opened = -1; // the end of the line that opened it
      for (let n = 0; opened < 0 && prev > 0 && n < MAX_CELL_LINES; n++) {
        const pe = prev - 1;
        prev = lineStart(text, pe);
        if (quotes(text, prev, pe) % 2 === 1) opened = pe;
      }
      if (opened < 0 || separators(text, prev, opened, sep) < 2) break;
    }
    start = prev;
  }
  const headerEnd = lineEnd(text, start);
  let end = headerEnd;
  let inCell: Set<number> | undefined;
  let open = false;
  let cellLines = 0;
  while (end < text.length) {
    const next = lineEnd(text, end + 1);
    if (open) {
      if (++cellLines > MAX_CELL_LINES) break;
      (inCell ??= new Set()).add(end + 1);
    } else if (separators(text, end + 1, next, sep) < 2) break;
    if (quoting && quotes(text, end + 1, next) % 2 === 1) {
      open = !open;
      cellLines = 0;
    }
    end = next;
  }
  // One line has no rows under a header.
  return { start, end, sep, columns: headerEnd === end ? [] : columnsOf(text, start, headerEnd, sep), inCell };
}

/**
 * The kind of each column of the header line text[start, end); empty when it names none. A header of hundreds
 * of columns is no table anybody writes (a page could make every line a header of thousands of cells).
 */
function columnsOf(text: string, start: number, end: number, sep: string): readonly number[] {
  if (separators(text, start, end, sep) > MAX_COLUMNS || !headerShaped(text, start, end, sep)) return [];
  const keys = text.slice(start, end).split(sep === ',' ? /,(?! )/ : sep).map(headerKey);
  const kinds = keys.map((key) => HEADERS.get(key) ?? kindByWords(key));
  // Addresses only in a table of people ("Adresse" in a list of properties is theirs, and public).
  const people = kinds.includes(NAME);
  const surnames = keys.some((key) => FIRST_NAME_HEADERS.has(key));
  const columns = kinds.map((k, c) => ((k === ADDRESS || k === ADDRESS_PART) && !people ? 0 : surnames && SURNAME_HEADERS.has(keys[c]!) ? SURNAME : k));
  return columns.some((k) => k !== 0) ? columns : [];
}

/**
 * Whether the line text[start, end) can be a header: no cell longer than MAX_HEADER, no number of three digits or
 * more (a value, or prose with semicolons). Read char by char before any cell is cut out and folded.
 */
function headerShaped(text: string, start: number, end: number, sep: string): boolean {
  const c0 = sep.charCodeAt(0);
  let cell = start;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === c0) cell = i + 1;
    else if (i - cell >= MAX_HEADER) return false;
    digits = c >= 48 && c <= 57 ? digits + 1 : 0;
    if (digits === 3) return false;
  }
  return true;
}

/** A header cell as HEADERS lists it. JSON keys and exported column names: "first_name", "birthDate" read as "first name". */
function headerKey(cell: string): string {
  return stripAccents(cell.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase().replace(/\((?:e|s|es)\)/g, '').replace(/[:*"]/g, '').trim().replace(/\s+/g, ' ');
}

function headerKind(cell: string): number {
  const key = headerKey(cell);
  return HEADERS.get(key) ?? kindByWords(key);
}

const FIRST_NAME_HEADERS = new Set(['prenom', 'voornaam', 'voornamen', 'first name', 'firstname', 'given name']);
const SURNAME_HEADERS = new Set(['nom', 'nom de famille', 'naam', 'achternaam', 'familienaam', 'last name', 'lastname', 'surname', 'family name']);

/** Words of longer headers: "Huidige gemeente of adres", "Adresse actuelle complète", "Naam kandidaat". */
const WORD_KINDS: ReadonlyMap<string, number> = new Map([
  ...['adresse', 'adres', 'address', 'domicile', 'woonadres', 'domicilie'].map((w) => [w, ADDRESS] as const),
  ...['nom', 'naam', 'name', 'prenom', 'voornaam'].map((w) => [w, NAME] as const),
  // A form's question as a spreadsheet's header: "Geboortedatum (voor de huurscreening)", "Date de naissance (jj/mm/aaaa)".
  ...['geboortedatum', 'naissance', 'birth', 'birthdate', 'birthday'].map((w) => [w, BIRTH] as const),
]);
/** Words that make such a header another thing's: an e-mail or web address, the property's, a firm's, a file's. */
const NOT_PERSONAL = new Set([
  'mail', 'email', 'ip', 'web', 'url', 'bien', 'pand', 'goed', 'property', 'immeuble', 'gebouw', 'societe', 'entreprise',
  'bedrijf', 'firma', 'company', 'agence', 'kantoor', 'fichier', 'bestand', 'file', 'facturation', 'facturatie',
  'billing', 'utilisateur', 'gebruiker', 'user',
]);
/** …and, of a name or birth header, a place's ("Nom de la commune", "Naam straat", "Lieu de naissance", "Place of birth"). */
const PLACES = new Set(['ville', 'rue', 'straat', 'commune', 'gemeente', 'lieu', 'plaats', 'city', 'street', 'town', 'place', 'pays', 'land', 'country']);

function kindByWords(key: string): number {
  const words = key.split(/[^a-z]+/).filter((w) => w !== ''); // "e-mail" reads as "e", "mail"; "E-mailadres" is no address word
  if (words.length > 6) return 0; // a sentence, not a header ("Date de naissance (jj/mm/aaaa)" is six words)
  let kind = 0;
  for (const w of words) {
    if (NOT_PERSONAL.has(w)) return 0;
    const k = WORD_KINDS.get(w) ?? 0;
    if (k === ADDRESS || kind === 0) kind = k;
  }
  return (kind === NAME || kind === BIRTH) && words.some((w) => PLACES.has(w)) ? 0 : kind;
}

/** Adds the cells of one row that sit under a name, birth-date or address column. */
function row(st: ScanState, ls: number, le: number, block: Block): void {
  const text = st.text;
  const { sep, columns } = block;
  let cs = ls;
  let address = -1; // start of the address being read across its columns
  let addressEnd = -1;
  for (let col = 0; cs <= le; col++) {
    const ce = cellEnd(text, cs, le, sep);
    const kind = columns[col] ?? 0;
    const s = trimStart(text, cs, ce);
    const e = trimEnd(text, s, ce);
    if (address >= 0 && kind !== ADDRESS_PART) {
      addAddress(st, address, addressEnd);
      address = -1;
    }
    if (kind === NAME || kind === BIRTH || kind === SURNAME) cell(st, kind, s, e);
    else if (kind === ADDRESS && s < e) {
      address = s;
      addressEnd = e;
    } else if (kind === ADDRESS_PART && address >= 0 && s < e) addressEnd = e;
    cs = ce + 1;
  }
  if (address >= 0) addAddress(st, address, addressEnd);
}

/** A name or birth-date cell (or JSON value) text[s, e), when it holds one; an address, for a JSON value. */
function cell(st: ScanState, kind: number, s: number, e: number): void {
  const text = st.text;
  if (kind === NAME || kind === SURNAME) {
    // Past a title or role the cell starts with ("Erven Jozef Mertens", "Mevr. An Maes").
    const we = wordEndAfter(text, s, 20);
    let n = we > s && wordClass(ANCHORS, text, s, we) >= 0 ? we : s;
    if (n > s && charCode(text, n) === 46) n++;
    while (n > s && n < e && isHSpace(text.charCodeAt(n))) n++;
    if (nameAt(text, n, 1) === e) {
      st.add(n, e, PERSON_NAME);
      // A surname alone is read alone elsewhere too (a longer name's surname is noted already).
      if (kind === SURNAME && indexIn(text, 32, n, e) < 0) st.notes.noteName(text, n, e, true);
      return;
    }
    // A couple in one cell ("Van Dyck Jonas & Claes Lotte", "Öztürk Emre en Yıldız Elif"): each name of two words or
    // more ("Wouters & Zonen" is a firm), or none.
    const parts: number[] = [];
    for (let k = nameAt(text, n, 2); k > n && parts.length < 8; k = nameAt(text, n, 2)) {
      parts.push(n, k);
      if (k === e) {
        for (let j = 0; j < parts.length; j += 2) st.add(parts[j]!, parts[j + 1]!, PERSON_NAME);
        break;
      }
      n = coupleJoinerEnd(text, k, e);
      if (n < 0) break;
    }
  } else if (kind === BIRTH && isBirthDate(text.slice(s, e), st.nowYear)) st.add(s, e, DATE_OF_BIRTH);
  else if (kind === ADDRESS) addAddress(st, s, e);
}

/** The words between a couple's two names in one cell (beside "&" and "/"). */
const COUPLE_JOINERS = buildTrie([['en', 'et', 'and']]);

/** Past " & ", " en ", " et ", " and ", " / " joining two names in one cell, or -1. */
function coupleJoinerEnd(text: string, k: number, e: number): number {
  if (!isHSpace(charCode(text, k))) return -1;
  const js = k + 1;
  const sign = charCode(text, js) === 38 || charCode(text, js) === 47;
  const je = sign ? js + 1 : wordEndAfter(text, js, 4);
  if (je === js || !isHSpace(charCode(text, je)) || je + 1 >= e) return -1;
  return sign || wordClass(COUPLE_JOINERS, text, js, je) >= 0 ? je + 1 : -1;
}

/** An address cell (or cells) with a letter and a digit: a street and its number at least. */
function addAddress(st: ScanState, s: number, e: number): void {
  const cell = st.text.slice(s, e);
  if (/\p{L}/u.test(cell) && /\d/.test(cell) && !POSTCODE_CITY_ALONE.test(cell)) st.add(s, e, POSTAL_ADDRESS);
}

/** A postcode and city alone ("3012 Wilsele", "B-1000 Bruxelles", "Leuven (3000)") is no address (a place, not a home). */
const POSTCODE_CITY_ALONE = /^(?:(?:[A-Z]{1,2}[- ]?)?\d{4,5}(?: ?[A-Z]{2})?[ ,-]+\p{L}[\p{L}'’ -]*|\p{L}[\p{L}'’ -]*[ ,]+\(?\d{4,5}\)?)$/u;

/** End of the cell starting at `cs` (a quoted CSV cell may hold the separator). */
function cellEnd(text: string, cs: number, le: number, sep: string): number {
  let from = cs;
  // Spaces before a quote; not a tab that ends an empty cell ("…\t\t…").
  while (from < le && isHSpace(text.charCodeAt(from)) && text.charCodeAt(from) !== 9) from++;
  if ((sep === ';' || sep === ',') && text.charCodeAt(from) === 34) {
    const close = indexIn(text, 34, from + 1, le);
    from = close > 0 ? close : cs;
  }
  const ce = nextSep(text, from, le, sep);
  return ce < 0 ? le : ce;
}

/** Past spaces and a CSV cell's opening quote. */
function trimStart(text: string, s: number, e: number): number {
  while (s < e && isHSpace(text.charCodeAt(s))) s++;
  return s < e && text.charCodeAt(s) === 34 ? s + 1 : s;
}

/** Before spaces, a carriage return and a CSV cell's closing quote. */
function trimEnd(text: string, s: number, e: number): number {
  while (e > s && (isHSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
  return e > s && text.charCodeAt(e - 1) === 34 ? e - 1 : e;
}

function isBirthDate(cell: string, nowYear: number): boolean {
  const iso = ISO_DATE.exec(cell);
  if (iso !== null) {
    const year = Number(iso[1]);
    return isRealDate(year, Number(iso[2]), Number(iso[3])) && isPlausibleBirthYear(year, nowYear);
  }
  // "16/04/2002", "16.04.02", "15 mars 1986", "1er maart 1962"
  const date = /\d/.test(cell.charAt(0)) ? isoDate(cell, nowYear) : null;
  return date !== null && isPlausibleBirthYear(Number(date.slice(0, 4)), nowYear);
}

/**
 * The next separator in [from, to), or -1 (searched no further: a line's last cell would otherwise look on through the
 * rest of a long draft); in CSV, a "," followed by a space is inside a quoted cell's text.
 */
function nextSep(text: string, from: number, to: number, sep: string): number {
  let i = searchIn(text, sep, from, to);
  if (sep === ',') while (i >= 0 && charCode(text, i + 1) === 32) i = searchIn(text, sep, i + 1, to);
  return i;
}

function separators(text: string, from: number, to: number, sep: string): number {
  let n = 0;
  for (let i = nextSep(text, from, to, sep); i >= 0; i = nextSep(text, i + 1, to, sep)) n++;
  return n;
}
