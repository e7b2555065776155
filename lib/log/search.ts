/**
 * Free-text search over the log, by word prefixes: each word typed must begin a word of the row (accents and case
 * ignored). Prefixes rather than substrings so the database can answer from an index of the row's words
 * (db.ts, `*wordTime`) instead of reading 100 000 rows: `notaire` finds `etude@notaire-dubois.be`, `depot` finds
 * "Dépôt", `6727` finds the masked IBAN `BE•• •••• •••• 6727`.
 */
import type { ShareRecord } from './record.ts';

const MAX_TOKEN = 60;
const MAX_TOKENS = 300;
/** Letters, digits and the mask characters make words; everything else separates them. */
const SEPARATORS = /[^\p{L}\p{N}•*]+/u;
const EDGES = /^[^\p{L}\p{N}•*]+|[^\p{L}\p{N}•*]+$/gu;

/** Lower-case without diacritics, so `depot` finds `dépôt`. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The words of a search box: folded, trimmed of punctuation; one-letter words are dropped when longer ones exist. */
export function searchWords(query: string): string[] {
  const words = [...new Set(foldText(query).split(/\s+/).map((w) => w.replace(EDGES, '').slice(0, MAX_TOKEN)))].filter(Boolean);
  return words.some((w) => w.length > 1) ? words.filter((w) => w.length > 1) : words;
}

/** Searched as whole words only: identifiers whose parts mean nothing alone. */
function wholeFields(row: ShareRecord): (string | undefined)[] {
  return [row.host, row.eventId];
}

/** Searched by whole chunks and by parts. Codes (decision, action…) are left out: the menus filter those. */
function splitFields(row: ShareRecord): (string | undefined)[] {
  const fields: (string | undefined)[] = [row.agent.name, row.agent.email, row.site, row.justification?.text];
  for (const d of row.destinations) fields.push(d.to, d.party);
  for (const f of row.findings) fields.push(...f.samples);
  return fields;
}

function chunksOf(field: string | undefined): string[] {
  return field ? foldText(field).split(/\s+/).map((c) => c.replace(EDGES, '')).filter(Boolean) : [];
}

/**
 * The words a row can be found by: each whitespace-separated chunk (`etude@notaire-dubois.be`), its parts
 * (`etude`, `notaire`, `dubois`, `be`) and, for an address, its domain (`notaire-dubois.be`).
 */
export function searchTokens(row: ShareRecord): string[] {
  const tokens = new Set<string>();
  const add = (t: string) => t && tokens.add(t.slice(0, MAX_TOKEN));
  for (const field of wholeFields(row)) chunksOf(field).forEach(add);
  for (const field of splitFields(row)) {
    for (const chunk of chunksOf(field)) {
      add(chunk);
      for (const part of chunk.split(SEPARATORS)) add(part);
      const at = chunk.indexOf('@');
      if (at >= 0) add(chunk.slice(at + 1));
    }
  }
  return [...tokens].slice(0, MAX_TOKENS);
}

/** Every word is the beginning of one of the tokens. */
export function matchesWords(tokens: readonly string[], words: readonly string[]): boolean {
  return words.every((w) => tokens.some((t) => t.startsWith(w)));
}
