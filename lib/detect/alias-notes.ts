/**
 * What the passes note for the surnames repeated alone (aliases.ts), while the text they read is at hand: the
 * capitalised words the names pass found no name at, and the surnames of the full names any pass added. Typed
 * arrays reused scan after scan, like the candidates (state.ts).
 */
import { charCode, FOLD, indexIn, isHSpace, isLetter, isUpper } from './chars.ts';
import { CONTEXT_TRIE } from './keywords.ts';
import { FIRST_NAME, NAME_WORDS, PARTICLE } from './name-words.ts';
import { wordClass } from './trie.ts';

/** The first three folded letters of the word at `p`, as an index in a table of 32 × 32 × 32. */
export const prefixOf = (text: string, p: number): number =>
  (FOLD[charCode(text, p)]! << 10) | (FOLD[charCode(text, p + 1)]! << 5) | FOLD[charCode(text, p + 2)]!;

const SEED = 0x811c9dc5;
const mix = (h: number, c: number): number => Math.imul(h ^ FOLD[c]!, 16777619);

/** Hash of the folded letters of text[start, end), case and accents ignored (read from the end, as noteName reads). */
export function foldedHash(text: string, start: number, end: number): number {
  let h = SEED;
  for (let i = end - 1; i >= start; i--) h = mix(h, text.charCodeAt(i) | 0);
  return h;
}

/** End of the letters starting at `start` (a hyphen ends them: "GOFFIN-HUBERTY" is two surnames). */
export function lettersEnd(text: string, start: number): number {
  let i = start;
  while (i - start < 40 && isLetter(charCode(text, i))) i++;
  return i;
}

function grown<T extends Int32Array | Uint16Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Whether text[start, end) holds capitals (and hyphens) only. */
function allCaps(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) | 0;
    if (!isUpper(c) && c !== 45) return false;
  }
  return end > start;
}

export class AliasNotes {
  /** Capitalised words that start no name: their start, and prefixOf() of it. */
  capStart = new Int32Array(1024);
  capPrefix = new Uint16Array(1024);
  caps = 0;
  /** Parts of the last word of full names ("Mary BRENNAN-GALLAGHER": two): folded hash, start, end, the name's start. */
  partHash = new Int32Array(256);
  partStart = new Int32Array(256);
  partEnd = new Int32Array(256);
  partName = new Int32Array(256);
  parts = 0;
  /** Initials a text gives for a name ("AR = Amandine Ronveaux", "Amandine Ronveaux (AR)"): the initials' start and end. */
  legends: number[] = [];

  reset(): void {
    this.caps = 0;
    this.parts = 0;
    this.legends.length = 0;
  }

  noteCapital(text: string, p: number): void {
    if (this.caps === this.capStart.length) {
      this.capStart = grown(this.capStart);
      this.capPrefix = grown(this.capPrefix);
    }
    this.capStart[this.caps] = p;
    this.capPrefix[this.caps++] = prefixOf(text, p);
  }

  /**
   * A person's name at [start, end): of two words or more, the parts of its last word are surnames. The last word is
   * read once, backwards, each part hashed as it goes; a name of one word (a first name, a surname alone) takes its
   * parts back, unless it is `certain`: found with high confidence, as after an honorific ("M. Lambert"), or a table's
   * surname column ("Naam | Voornaam").
   */
  noteName(text: string, start: number, end: number, certain = false): void {
    const before = this.parts;
    let i = end;
    let partEnd = end;
    let h = SEED;
    for (;;) {
      const c = i > start ? text.charCodeAt(i - 1) | 0 : 0;
      if (i > start && isLetter(c)) {
        h = mix(h, c);
        i--;
        continue;
      }
      if (i < partEnd) this.notePart(h, i, partEnd, start);
      if (c !== 45) break;
      partEnd = --i;
      h = SEED;
    }
    if (i === start || !isHSpace((text.charCodeAt(i - 1) | 0))) {
      if (!(certain && i === start)) this.parts = before;
      return;
    }
    // "Yannick MUKENDI KALALA": the words in capitals before a last word in capitals are surnames too (not the first word).
    if (allCaps(text, i, end)) {
      // "NDIAYE AMINATA", "DELCOURT ANNE" (a bank statement): the first name last, the surname first.
      let fe = start;
      while (isLetter((text.charCodeAt(fe) | 0))) fe++;
      if (fe - start >= 3 && wordClass(FIRST_NAME, text, i, end) >= 0 && allCaps(text, start, fe)) this.notePart(foldedHash(text, start, fe), start, fe, start);
      let we = i;
      for (let w = 0; w < 2; w++) {
        while (we > start && isHSpace((text.charCodeAt(we - 1) | 0))) we--;
        let ws = we;
        while (ws > start && isLetter((text.charCodeAt(ws - 1) | 0))) ws--;
        if (ws === start || we - ws < 3 || !allCaps(text, ws, we) || !isHSpace((text.charCodeAt(ws - 1) | 0))) break;
        if (wordClass(NAME_WORDS, text, ws, we) !== PARTICLE) this.notePart(foldedHash(text, ws, we), ws, we, start);
        we = ws;
      }
    }
    // "HERMAN Quentin", "KUIJPERS Marloes": the surname in capitals written first, the first name last.
    let e = start;
    while (isUpper((text.charCodeAt(e) | 0))) e++;
    if (e - start >= 3 && !isLetter((text.charCodeAt(e) | 0)) && !isUpper((text.charCodeAt(i + 1) | 0))) {
      this.parts = before;
      this.notePart(foldedHash(text, start, e), start, e, start);
    }
    // The first name too ("Cormac Fitzgerald" → "Cormac"): capitalised, not an initial, in capitals nor a label
    // read into the name ("Mobile Piotr").
    let fe = start;
    while (isLetter((text.charCodeAt(fe) | 0))) fe++;
    if (fe - start >= 3 && isUpper((text.charCodeAt(start) | 0)) && !isUpper((text.charCodeAt(start + 1) | 0)) && isHSpace((text.charCodeAt(fe) | 0)) && wordClass(CONTEXT_TRIE, text, start, fe) < 0) {
      this.notePart(foldedHash(text, start, fe), start, fe, start);
    }
    this.noteLegend(text, start, end);
  }

  /**
   * Initials given for the name at [start, end): "XX = Name", "XX : Name", "XX (Name)", "Name (XX)" ("Name (XX in the
   * log)") or XX alone on the line above the name, XX its initials (a label before the name, "Dossierbeheerder: Lotte
   * Peeters (LP)", is no "XX :").
   */
  private noteLegend(text: string, start: number, end: number): void {
    let b = start;
    while (b > 0 && isHSpace((text.charCodeAt(b - 1) | 0))) b--;
    const sep = charCode(text, b - 1);
    if (sep === 10 && b > 1) {
      // Outlook on the web's avatar: the sender's initials alone on the line above the name ("CM⏎Céline Marchal").
      const e = charCode(text, b - 2) === 13 ? b - 2 : b - 1;
      let s = e;
      while (s > 0 && isUpper((text.charCodeAt(s - 1) | 0))) s--;
      if ((s === 0 || charCode(text, s - 1) === 10) && this.legendOf(text, s, e, start, end)) return;
    }
    // "XX = Name", "XX : Name", and a log entry's "XX (Name)".
    if (sep === 61 || sep === 58 || (sep === 40 && charCode(text, end) === 41)) {
      let e = b - 1;
      while (e > 0 && isHSpace((text.charCodeAt(e - 1) | 0))) e--;
      let s = e;
      while (s > 0 && isUpper((text.charCodeAt(s - 1) | 0))) s--;
      if (this.legendOf(text, s, e, start, end)) return;
    }
    if (charCode(text, end) === 32 && charCode(text, end + 1) === 40) {
      const s = end + 2;
      let e = s;
      while (isUpper(charCode(text, e))) e++;
      // "Kevin De Meyer (KDM in het logboek)": a few words may follow the initials in the brackets.
      const close = charCode(text, e) === 32 ? indexIn(text, 41, e, e + 30) : -1;
      if (charCode(text, e) === 41 || (close > 0 && indexIn(text, 10, e, close) < 0)) this.legendOf(text, s, e, start, end);
    }
  }

  /** Notes text[s, e) as the initials of the name at [start, end) when they are its initials; whether it did. */
  private legendOf(text: string, s: number, e: number, start: number, end: number): boolean {
    if (e - s < 2 || e - s > 3 || isLetter(charCode(text, s - 1)) || isLetter(charCode(text, e))) return false;
    // Initials of the name's words, in order, starting with the first ("Jean-Marc Dupont": JMD, JD; "Elke Van
    // Hoecke": EVH, EV, EH).
    let k = s;
    for (let i = start; i < end && k < e; i++) {
      if (isUpper((text.charCodeAt(i) | 0)) && !isLetter((text.charCodeAt(i - 1) | 0))) {
        if ((text.charCodeAt(k) | 0) === (text.charCodeAt(i) | 0)) k++;
        else if (k === s) return false;
      }
    }
    if (k !== e) return false;
    this.legends.push(s, e);
    return true;
  }

  private notePart(hash: number, start: number, end: number, name: number): void {
    if (this.parts === this.partHash.length) {
      this.partHash = grown(this.partHash);
      this.partStart = grown(this.partStart);
      this.partEnd = grown(this.partEnd);
      this.partName = grown(this.partName);
    }
    const k = this.parts++;
    this.partHash[k] = hash;
    this.partStart[k] = start;
    this.partEnd[k] = end;
    this.partName[k] = name;
  }
}
