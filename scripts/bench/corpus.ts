/**
 * Deterministic benchmark corpus: ~5 MB of mixed French (≈55%) / Dutch real-estate text
 * (pii.md §4), with every personal-data span labelled and every decoy counted.
 * Same seed → same bytes, on every run and machine: the only randomness is ./rng.ts.
 */
import type { TextFindingType } from '../../lib/detect/types.ts';
import { TRAP_KINDS, type TrapKind } from './decoys.ts';
import { createRng, type Rng } from './rng.ts';
import { makeAgency, makePerson, SLOTS, type Ctx, type Piece } from './slots.ts';
import { DOC_KINDS, DOC_WEIGHTS, TEMPLATES, type DocKind } from './templates.ts';
import type { Lang } from './vocabulary.ts';

export const DEFAULT_SEED = 42;
export const DEFAULT_CHARS = 5_300_000;
const FRENCH_SHARE = 0.55;

/** A labelled span of personal data: [start, end) in UTF-16 code units, as in a Finding. */
export interface Span {
  type: TextFindingType;
  start: number;
  end: number;
}

export interface Corpus {
  seed: number;
  text: string;
  spans: Span[];
  traps: Record<TrapKind, number>;
  docs: Record<DocKind, number>;
  /** Characters of French documents (the rest is Dutch). */
  frenchChars: number;
}

type Part = string | { slot: string };

/** Split "Prix : {price}" into literal text and slot references, once per template. */
function compile(template: string): Part[] {
  return template.split(/\{([\w-]+)\}/).map((s, i) => {
    if (i % 2 === 0) return s;
    if (!SLOTS[s]) throw new Error(`template slot {${s}} has no filler in slots.ts`);
    return { slot: s };
  });
}

const COMPILED = Object.fromEntries(
  DOC_KINDS.map((k) => [k, { fr: TEMPLATES[k].fr.map(compile), nl: TEMPLATES[k].nl.map(compile) }]),
) as Record<DocKind, Record<Lang, Part[][]>>;

function pickKind(r: Rng): DocKind {
  let x = r.next();
  for (const k of DOC_KINDS) if ((x -= DOC_WEIGHTS[k]) < 0) return k;
  return 'email';
}

export function generateCorpus(seed = DEFAULT_SEED, minChars = DEFAULT_CHARS): Corpus {
  const r = createRng(seed);
  const agency = makeAgency(r);
  const out: string[] = [];
  const spans: Span[] = [];
  const traps = Object.fromEntries(TRAP_KINDS.map((k) => [k, 0])) as Record<TrapKind, number>;
  const docs = Object.fromEntries(DOC_KINDS.map((k) => [k, 0])) as Record<DocKind, number>;
  let length = 0;
  let frenchChars = 0;

  const emit = (piece: Piece): void => {
    const text = typeof piece === 'string' ? piece : piece.text;
    if (typeof piece !== 'string') {
      if ('pii' in piece) spans.push({ type: piece.pii, start: length, end: length + text.length });
      else traps[piece.trap]++;
    }
    out.push(text);
    length += text.length;
  };

  while (length < minChars) {
    const lang: Lang = r.chance(FRENCH_SHARE) ? 'fr' : 'nl';
    const kind = pickKind(r);
    const ctx: Ctx = { r, lang, client: makePerson(r, lang), other: makePerson(r, lang), agency };
    const before = length;
    for (const part of r.pick(COMPILED[kind][lang])) {
      if (typeof part === 'string') emit(part);
      else {
        const filled = SLOTS[part.slot]!(ctx);
        if (Array.isArray(filled)) filled.forEach(emit);
        else emit(filled);
      }
    }
    emit('\n');
    docs[kind]++;
    if (lang === 'fr') frenchChars += length - before;
  }
  return { seed, text: out.join(''), spans, traps, docs, frenchChars };
}
