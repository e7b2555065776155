/**
 * Keyword tries over folded characters, for context keywords and the word lists of names and
 * addresses. A regex alternation of hundreds of keywords runs at ~30 MB/s in V8 (each position
 * tries every alternative), and lowercasing words to look them up in a Set allocates; walking a
 * trie over char codes does neither.
 *
 * Folding (chars.ts FOLD): ASCII and Latin-1 letters map case- and accent-insensitively to 26
 * symbols; spaces, apostrophes, ".", "°", "-", "+", "*", "€", "☎" and "/" have their own symbols;
 * anything else (digits included) ends a keyword. Keywords are written folded-compatible ("numero national",
 * "n° de carte", "carte d'identite"); a trailing "*" makes a prefix keyword ("cadastr*" matches
 * "cadastral"); other keywords must end where the word ends.
 */
import { FOLD } from './chars.ts';

const SYMBOLS = 37;

/** Letter (folded) or digit: what a keyword may not be glued to. */
const isWordChar = (c: number): boolean => (FOLD[c]! >= 1 && FOLD[c]! <= 26) || (c >= 48 && c <= 57);

export interface Trie {
  /** next[state * SYMBOLS + symbol] → state, or 0 for none (state 0 is the root, never a target). */
  readonly next: Uint16Array;
  /**
   * pair[a * SYMBOLS + b] = 1 when some keyword starts with the symbols a b (or is the one symbol a).
   * Checked before walking: most words start no keyword, and this small table stays in cache
   * while the trie rows, spread over a few hundred KB, would not.
   */
  readonly pair: Uint8Array;
  /** Class + 1 when a whole-word keyword ends at this state. */
  readonly word: Uint8Array;
  /** Class + 1 when a prefix keyword ends at this state. */
  readonly prefix: Uint8Array;
}

/** Builds a trie from keyword lists, one list per class (class = index, at most 255 classes). */
export function buildTrie(classes: readonly (readonly string[])[], reversed = false): Trie {
  let capacity = 1;
  for (const list of classes) for (const kw of list) capacity += kw.length;
  if (capacity > 65535) throw new Error('trie too large');
  const next = new Uint16Array(capacity * SYMBOLS);
  const word = new Uint8Array(capacity);
  const prefix = new Uint8Array(capacity);
  let states = 1;
  classes.forEach((keywords, cls) => {
    for (const raw of keywords) {
      const isPrefix = raw.endsWith('*');
      const len = isPrefix ? raw.length - 1 : raw.length;
      let s = 0;
      for (let k = 0; k < len; k++) {
        const sym = FOLD[raw.charCodeAt(reversed ? len - 1 - k : k)]!;
        if (sym === 0) throw new Error(`keyword "${raw}" has a character the trie cannot fold`);
        const at = s * SYMBOLS + sym;
        if (next[at] === 0) next[at] = states++;
        s = next[at]!;
      }
      (isPrefix ? prefix : word)[s] = cls + 1;
    }
  });
  const pair = new Uint8Array(SYMBOLS * SYMBOLS);
  for (let a = 1; a < SYMBOLS; a++) {
    const s1 = next[a]!;
    if (s1 === 0) continue;
    for (let b = 0; b < SYMBOLS; b++) if (b === 0 ? word[s1] !== 0 || prefix[s1] !== 0 : next[s1 * SYMBOLS + b] !== 0) pair[a * SYMBOLS + b] = 1;
  }
  return { next: next.slice(0, states * SYMBOLS), pair, word: word.slice(0, states), prefix: prefix.slice(0, states) };
}

/**
 * The longest keyword starting at text[i] (which must start a word if it is a letter) and ending
 * at or before `limit`: returns end * 256 + class, or -1.
 */
export function keywordAt(trie: Trie, text: string, i: number, limit: number): number {
  const { next, word, prefix } = trie;
  const a = FOLD[(text.charCodeAt(i) | 0)]!;
  if (trie.pair[a * SYMBOLS + (i + 1 < limit ? FOLD[(text.charCodeAt(i + 1) | 0)]! : 0)] === 0 && trie.pair[a * SYMBOLS] === 0) return -1;
  let s = 0;
  let best = -1;
  for (let j = i; j < limit; ) {
    const t = FOLD[(text.charCodeAt(j) | 0)]!;
    if (t === 0) break;
    s = next[s * SYMBOLS + t]!;
    if (s === 0) break;
    j++;
    if (prefix[s] !== 0) best = j * 256 + prefix[s]! - 1;
    else if (word[s] !== 0 && (j >= text.length || !isWordChar((text.charCodeAt(j) | 0)))) best = j * 256 + word[s]! - 1;
  }
  return best;
}

/**
 * A lookup made while the caller reads a word (tries without prefix keywords): from state 0, feed
 * each char code to step(); state 0 again means no keyword goes on, so the caller can stop
 * reading; at the word's end, classAt() is the class of the whole word, or -1.
 */
export const step = (trie: Trie, state: number, c: number): number => trie.next[state * SYMBOLS + FOLD[c]!]!;
export const classAt = (trie: Trie, state: number): number => trie.word[state]! - 1;

/** Class of the exact word text[start, end) (a whole-word or prefix keyword), or -1. */
export function wordClass(trie: Trie, text: string, start: number, end: number): number {
  const { next, word, prefix } = trie;
  let s = 0;
  let pre = -1;
  for (let j = start; j < end; j++) {
    s = next[s * SYMBOLS + FOLD[(text.charCodeAt(j) | 0)]!]!;
    if (s === 0) return pre;
    if (prefix[s] !== 0) pre = prefix[s]! - 1;
  }
  return word[s] !== 0 ? word[s]! - 1 : pre;
}

/**
 * Class of the longest suffix of text[start, end) in a trie built with `reversed`, when at least
 * two letters come before it ("Kerkstraat" ends with "straat"; "Adam" is a first name, not a
 * "-dam"); -1 otherwise.
 */
export function suffixClass(trie: Trie, text: string, start: number, end: number): number {
  const { next, word } = trie;
  let s = 0;
  let best = -1;
  for (let j = end - 1; j > start + 1; j--) {
    s = next[s * SYMBOLS + FOLD[(text.charCodeAt(j) | 0)]!]!;
    if (s === 0) break;
    if (word[s] !== 0) best = word[s]! - 1;
  }
  return best;
}
