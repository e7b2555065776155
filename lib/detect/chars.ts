/**
 * Character-class helpers on UTF-16 code units. The scanners work on char codes
 * (no per-character strings, no regex per character) because they run on every keystroke.
 * "Letter" covers ASCII and the Latin-1 / Latin Extended-A letters used in French, Dutch and German.
 */

/**
 * text.charCodeAt(i), or 0 outside the text. The scanners look at the char before or after a word or a number all the
 * time, before the text's start or past its end when the word starts or ends it; those reads go through here. Outside
 * the text, charCodeAt gives NaN (which would make V8 drop a function's integer code: "not a Smi"), and V8 stops
 * inlining charCodeAt at a call site that once read outside its string, for good: every later scan in the page then
 * calls a builtin per char read there (~10% of a scan on agency text). Reads inside a span already bounded read the
 * text directly, written `(text.charCodeAt(i) | 0)`. tests/lib/detect/bounds.test.ts checks no read goes outside.
 */
export const charCode = (text: string, i: number): number => (i >>> 0 < text.length ? text.charCodeAt(i) : 0);

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Char code → keyword-trie symbol (trie.ts): 1–26 for letters, folding case and accents; 27 space,
 * 28 apostrophe, 29 ".", 30 "°", 31 "-", 32 "+", 33 "*", 34 "€", 35 "☎", 36 "/"; 0 otherwise.
 * Built once, never written afterwards.
 */
export const FOLD: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 26; c++) {
    t[65 + c] = c + 1;
    t[97 + c] = c + 1;
  }
  const latin: Record<string, string> = {
    a: 'àáâãäåÀÁÂÃÄÅ', c: 'çÇ', e: 'èéêëÈÉÊË', i: 'ìíîïÌÍÎÏ', n: 'ñÑ', o: 'òóôõöøÒÓÔÕÖØ', u: 'ùúûüÙÚÛÜ', y: 'ýÿÝ',
  };
  for (const [base, chars] of Object.entries(latin)) for (const ch of chars) t[ch.charCodeAt(0)] = base.charCodeAt(0) - 96;
  // Latin Extended-A (Polish, Czech, Turkish, Romanian, Hungarian names: "Łukasz", "Ayşe", "Dvořák"): the base letter.
  for (let c = 0x100; c < 0x180; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0) | 32;
    if (base >= 97 && base <= 122) t[c] = base - 96;
  }
  for (const [ch, base] of [['ı', 'i'], ['ł', 'l'], ['Ł', 'l'], ['đ', 'd'], ['Đ', 'd'], ['ħ', 'h'], ['Ħ', 'h'], ['ŀ', 'l'], ['Ŀ', 'l']] as const) {
    t[ch.charCodeAt(0)] = base.charCodeAt(0) - 96;
  }
  t[0xdf] = 19; // ß reads as s
  for (const c of [32, 9, 0xa0, 0x202f]) t[c] = 27;
  t[39] = 28;
  t[0x2019] = 28;
  t[46] = 29;
  t[0xb0] = 30;
  t[0xba] = 30;
  t[45] = 31;
  t[43] = 32;
  t[42] = 33;
  t[0x20ac] = 34;
  t[0x260e] = 35;
  t[47] = 36;
  return t;
})();

/**
 * Character kinds for the scanners' loops: 1 letter (ASCII, Latin-1, Latin Extended-A/B), 2 digit,
 * 3 keyword-start symbol (+ * € ☎ °), 4 joiner inside words (- ' ’), 0 other.
 */
export const KIND: Uint8Array = (() => {
  const k = new Uint8Array(65536);
  for (let c = 65; c <= 90; c++) k[c] = k[c + 32] = 1;
  for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) k[c] = 1;
  k[0xaa] = k[0xba] = 1;
  for (let c = 48; c <= 57; c++) k[c] = 2;
  for (const c of [43, 42, 0x20ac, 0x260e, 0xb0]) k[c] = 3;
  for (const c of [45, 39, 0x2019]) k[c] = 4;
  return k;
})();


export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Uppercase letters: A–Z, À–Þ (minus ×), and those of Latin Extended-A, where capitals sit on even
 * code points except in Ĺ–ň and Ÿ–ž (odd: "Łukasz", "Żaneta"); ı, ĸ and ŉ have no case.
 */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  if (c < 0x100 || c > 0x17e || c === 0x131 || c === 0x138 || c === 0x149) return false;
  if (c === 0x178) return true; // Ÿ
  const oddCapitals = (c >= 0x139 && c <= 0x148) || c >= 0x179;
  return (c & 1) === (oddCapitals ? 1 : 0);
}

export const isLetter = (c: number): boolean => KIND[c] === 1;

export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** Horizontal spaces that may separate parts of one token: space, tab, no-break spaces. */
export const isHSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;

/** Apostrophes written inside names and words: ' and ’. */
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Lowercase without diacritics: "Chaussée" → "chaussee". Used on short words and file names. */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Start of the line holding position i (just after the previous line break). */
export function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** End of the line holding position i (its line break, or the end of the text). */
export function lineEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

/** Start of the word (letters, apostrophes and inner hyphens) that ends at `end` (exclusive). */
export function wordStartBefore(text: string, end: number, maxLen: number): number {
  let i = end;
  const limit = Math.max(0, end - maxLen);
  while (i > limit) {
    const c = (text.charCodeAt(i - 1) | 0);
    if (isLetter(c)) i--;
    else if ((c === 45 || isApostrophe(c)) && i - 1 > limit && isLetter((text.charCodeAt(i - 2) | 0)) && i < end) i--;
    else break;
  }
  return i;
}

/** End of the word (letters, inner hyphens and apostrophes) that starts at `start`. */
export function wordEndAfter(text: string, start: number, maxLen: number): number {
  let i = start;
  const limit = Math.min(text.length, start + maxLen);
  while (i < limit) {
    const c = (text.charCodeAt(i) | 0);
    if (isLetter(c)) i++;
    else if ((c === 45 || isApostrophe(c)) && i > start && i + 1 < limit && isLetter(charCode(text, i + 1))) i++;
    else break;
  }
  return i;
}

/** Whether text[a, aEnd) and text[b, bEnd) are the same word, case and accents aside (folded as the tries fold). */
export function sameFolded(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (FOLD[(text.charCodeAt(a + k) | 0)] !== FOLD[(text.charCodeAt(b + k) | 0)]) return false;
  return true;
}

/** Where char code `c` first is in text[from, to) (`to` past the end reads to the end), or -1: indexOf would search on past `to`. */
export function indexIn(text: string, c: number, from: number, to: number): number {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/**
 * Where `needle` first starts in [from, to), or -1, reading no further than `to` (plus the needle's length): an
 * incremental scan of a long draft must not search on to its end for a character or word its window lacks. A scan
 * to the text's end uses the native search.
 */
export function searchIn(text: string, needle: string, from: number, to: number): number {
  if (to >= text.length) return text.indexOf(needle, from);
  // V8 slices a long string without copying it: the native search, bounded.
  const i = text.slice(from, to + needle.length - 1).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

/** Where char code `c` last is in text[from, to) (`from` below 0 reads from the start), or -1: lastIndexOf would search on back past `from`. */
export function lastIndexIn(text: string, c: number, from: number, to: number): number {
  const start = Math.max(from, 0);
  for (let i = Math.min(to, text.length) - 1; i >= start; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}
