/**
 * The keyword context before a candidate: which keyword classes occur in the few words before
 * it, and which one is nearest.
 *
 * Policy (one place, used by every detector that reads context):
 * - The window is the last CONTEXT_WORDS words within CONTEXT_WINDOW characters before the
 *   candidate, across line breaks, and for numbers not beyond the previous number. Labels in
 *   forms, mails, deeds and CRM notes sit right before the value ("N° national : …", "GSM 0470 …",
 *   "kaartnummer eID …"); a longer window (Purview uses 300 characters) lets a label from a
 *   neighbouring field decide.
 * - `present` (the classes found anywhere in the window) raises confidence.
 * - `nearest` (the class of the keyword ending closest to the candidate) routes ambiguous
 *   numbers (eID card vs OGM reference vs bank account) and decides negative context.
 * - A negative or OGM keyword that is the nearest one and ends within NEGATIVE_REACH characters
 *   of the candidate suppresses numeric candidates ("Facture n° 85073003329", "EAN 5414…").
 *
 * The window is read backwards word by word and each word start is tried as the start of a
 * keyword (phrases like "numero de registre national" are found from their first word), so
 * the cost is a few dozen char reads per candidate, and the answer depends only on the text
 * before the candidate: an incremental scan gets exactly the context a full scan gets.
 * The result is packed in one small integer (no allocation per candidate).
 */
import { KIND } from './chars.ts';
import { CONTEXT_TRIE, Kw } from './keywords.ts';
import { keywordAt } from './trie.ts';

export const CONTEXT_WINDOW = 50;
export const CONTEXT_WORDS = 4;
export const WIDE_WINDOW = 100;
export const WIDE_WORDS = 9;
export const NEGATIVE_REACH = 40;

/** Packed context: present bits (16) | nearest class + 1 (5 bits) | distance (≤ 255). */
export type Context = number;

const NEAREST = 65536;
const DISTANCE = NEAREST * 32;

export const present = (ctx: Context): number => ctx & 0xffff;
export const nearest = (ctx: Context): number => ((ctx >>> 16) & 31) - 1;
export const distance = (ctx: Context): number => ctx >>> 21;
export const has = (ctx: Context, k: Kw): boolean => (ctx & (1 << k)) !== 0;

/** Whether a negative (or payment-reference) keyword is the nearest one and within reach (`shift` adds distance). */
export function isSuppressed(ctx: Context, shift = 0): boolean {
  const n = nearest(ctx);
  return (n === Kw.Negative || n === Kw.Ogm) && distance(ctx) + shift <= NEGATIVE_REACH;
}

/**
 * Context before `pos`. The walk stops at a digit when `stopAtDigits` (a number's label sits
 * after the previous number: "Tél 0470 … — NN 62.11…"), which also keeps it short in dense text.
 * `nearestAmong` (a bit set of classes) restricts which classes may be the nearest one
 * (addresses weigh only residence against property words). Addresses and 12-digit numbers read
 * a wider window (`maxWords`, `window`): their deciding word can sit a clause before them
 * ("l'adresse de M. De Vries : …", "la carte d'identité de M. Willem porte le n° …").
 */
export function readContext(
  text: string,
  pos: number,
  stopAtDigits = true,
  nearestAmong = 0xffff,
  maxWords = CONTEXT_WORDS,
  window = CONTEXT_WINDOW,
): Context {
  const limit = Math.max(0, pos - window);
  let bits = 0;
  let near = -1;
  let nearEnd = -1;
  let words = 0;
  let i = pos;
  while (i > limit && words < maxWords) {
    const c = (text.charCodeAt(i - 1) | 0);
    const kind = KIND[c]!;
    if (kind === 0 || kind === 4) {
      i--;
      continue;
    }
    if (kind === 2) {
      if (stopAtDigits) break;
      i--;
      continue;
    }
    let ws = i - 1;
    let next = ws;
    if (kind === 1) {
      while (ws > limit && KIND[(text.charCodeAt(ws - 1) | 0)] === 1) ws--;
      next = ws;
      const before = ws > 0 ? KIND[(text.charCodeAt(ws - 1) | 0)]! : 0;
      if (before === 4 && ws - 1 > limit && KIND[(text.charCodeAt(ws - 2) | 0)] === 1) {
        next = ws - 1; // a part of "Saint-Josse" or "d'identité": tried, counted with its word
      } else {
        words++;
        if (before === 2) {
          i = ws;
          continue; // glued to digits ("2A", "1er"): not a word start
        }
      }
    } else {
      if (c === 43 || c === 42) while (ws > limit && (text.charCodeAt(ws - 1) | 0) === c) ws--;
      next = ws;
      if (c === 0xb0 && ws > 0 && KIND[(text.charCodeAt(ws - 1) | 0)] === 1) {
        i = ws;
        continue; // "n°" is "numéro", not a birth sign
      }
    }
    const k = keywordAt(CONTEXT_TRIE, text, ws, pos);
    // A currency after an amount is that amount's ("budget 350.000 €⏎M.;HUBERT;;010 65 23 17"), no label of what follows.
    if (k >= 0 && !((k & 255) === Kw.Negative && currencyAfterAmount(text, ws))) {
      const cls = k & 255;
      const end = k >> 8;
      bits |= 1 << cls;
      // A phrase ending where the nearest keyword ends is the longer reading ("on loue" over "loue").
      if (end >= nearEnd && (nearestAmong & (1 << cls)) !== 0) {
        nearEnd = end;
        near = cls;
      }
    }
    i = next;
  }
  return near < 0 ? bits : bits + (near + 1) * NEAREST + Math.min(255, pos - nearEnd) * DISTANCE;
}

/** A currency ("€", "EUR", "euros") at `ws` right after a number's digit (spaces between). */
function currencyAfterAmount(text: string, ws: number): boolean {
  const c = text.charCodeAt(ws) | 0;
  if (c !== 0x20ac && (c | 32) !== 101) return false;
  if (c !== 0x20ac && ((text.charCodeAt(ws + 1) | 32) !== 117 || (text.charCodeAt(ws + 2) | 32) !== 114)) return false;
  let i = ws;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0 || text.charCodeAt(i - 1) === 0x202f)) i--;
  return i > 0 && KIND[text.charCodeAt(i - 1) | 0] === 2;
}
