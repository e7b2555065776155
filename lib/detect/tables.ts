/**
 * Tables pasted into a mail or exported from a sheet ("N° | Nom | Prénom | Né(e) le | GSM", tab-separated
 * exports): the header row names its columns, so a cell under a name or birth-date column is personal
 * data without the words that anchor it in prose ("1 | KABONGO MUKENDI | Grâce | 16/04/2002 | …").
 * A table is a block of lines, with no blank line between them, each holding at least two of the same
 * separator ("|" or a tab); its first line is the header. Only lines holding separators are looked at,
 * and each block's header is read once per scan, so text without tables costs two indexOf calls.
 */
import { isPlausibleBirthYear, isRealDate } from './calendar.ts';
import { isHSpace, lineEnd, lineStart, stripAccents } from './chars.ts';
import { nameAt } from './names.ts';
import { type ScanState, tag } from './state.ts';

const NAME = 1;
const BIRTH = 2;

/** Header cells (lowercase, no accents, without "(e)"/"(s)") and the column they name. */
const HEADERS: ReadonlyMap<string, number> = new Map([
  ...[
    'nom', 'noms', 'nom de famille', 'prenom', 'nom et prenom', 'nom prenom', 'naam', 'namen', 'voornaam', 'voornamen',
    'achternaam', 'familienaam', 'naam en voornaam', 'name', 'names', 'first name', 'last name', 'surname', 'full name',
    'candidat', 'kandidaat', 'locataire', 'huurder', 'proprietaire', 'eigenaar', 'coproprietaire', 'mede-eigenaar',
    'acheteur', 'koper', 'vendeur', 'verkoper', 'client', 'klant', 'contact', 'contactpersoon', 'occupant', 'bewoner',
    'tenant', 'owner', 'buyer', 'seller',
  ].map((h) => [h, NAME] as const),
  ...[
    'ne le', 'date de naissance', 'naissance', 'geboren', 'geboren op', 'geboortedatum', 'date of birth', 'birth date',
    'dob', 'born',
  ].map((h) => [h, BIRTH] as const),
]);

const MAX_COLUMNS = 64;
const PERSON_NAME = tag('person-name', 'medium');
const DATE_OF_BIRTH = tag('date-of-birth', 'high');
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/;

/** A table block: its lines [start, end), its separator, and the kind of each column (0: neither). */
interface Block {
  start: number;
  end: number;
  sep: string;
  columns: readonly number[];
}

/** Adds the name and birth-date cells of the table rows that start in [from, to). */
export function scanTables(st: ScanState, from: number, to: number): void {
  const text = st.text;
  let block: Block | null = null;
  for (const sep of ['|', '\t']) {
    for (let at = text.indexOf(sep, from); at >= 0 && at < to; ) {
      const ls = lineStart(text, at);
      const le = lineEnd(text, at);
      if (ls >= from && separators(text, ls, le, sep) >= 2) {
        if (block === null || block.sep !== sep || ls < block.start || ls >= block.end) block = blockAt(text, ls, sep);
        if (ls > block.start && block.columns.length > 0) row(st, ls, le, block);
      }
      at = text.indexOf(sep, le);
    }
  }
}

/** The table block holding the line that starts at `ls`, with its header's columns. */
function blockAt(text: string, ls: number, sep: string): Block {
  let start = ls;
  while (start > 0) {
    const prev = lineStart(text, start - 1);
    if (separators(text, prev, start - 1, sep) < 2) break;
    start = prev;
  }
  let end = lineEnd(text, ls);
  while (end < text.length) {
    const next = lineEnd(text, end + 1);
    if (separators(text, end + 1, next, sep) < 2) break;
    end = next;
  }
  const headerEnd = lineEnd(text, start);
  // One line has no rows under a header; a header of hundreds of columns is no table anybody writes (a page
  // could make every line a header of thousands of cells, each read below).
  if (headerEnd === end || separators(text, start, headerEnd, sep) > MAX_COLUMNS) return { start, end, sep, columns: [] };
  const cells = text.slice(start, headerEnd).split(sep).map(headerKind);
  return { start, end, sep, columns: cells.some((k) => k !== 0) ? cells : [] };
}

function headerKind(cell: string): number {
  const key = stripAccents(cell).toLowerCase().replace(/\((?:e|s|es)\)/g, '').replace(/[:*]/g, '').trim().replace(/\s+/g, ' ');
  return HEADERS.get(key) ?? 0;
}

/** Adds the cells of one row that sit under a name or birth-date column. */
function row(st: ScanState, ls: number, le: number, block: Block): void {
  const text = st.text;
  let cs = ls;
  for (let col = 0; cs <= le; col++) {
    let ce = text.indexOf(block.sep, cs);
    if (ce < 0 || ce > le) ce = le;
    const kind = block.columns[col] ?? 0;
    if (kind !== 0) {
      let s = cs;
      let e = ce;
      while (s < e && isHSpace(text.charCodeAt(s))) s++;
      while (e > s && (isHSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
      if (kind === NAME && nameAt(text, s, 1) === e) st.add(s, e, PERSON_NAME);
      else if (kind === BIRTH && isBirthDate(text.slice(s, e), st.nowYear)) st.add(s, e, DATE_OF_BIRTH);
    }
    cs = ce + 1;
  }
}

function isBirthDate(cell: string, nowYear: number): boolean {
  const m = NUMERIC_DATE.exec(cell);
  if (m === null) return false;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year > nowYear % 100 ? 1900 : 2000;
  return isRealDate(year, Number(m[2]), Number(m[1])) && isPlausibleBirthYear(year, nowYear);
}

function separators(text: string, from: number, to: number, sep: string): number {
  let n = 0;
  for (let i = text.indexOf(sep, from); i >= 0 && i < to; i = text.indexOf(sep, i + 1)) n++;
  return n;
}
