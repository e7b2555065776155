/**
 * French NIRs of people born in Corsica, whose department is written 2A or 2B
 * ("2 83 12 2A 333 786 62", "199122B42576214"): the letter splits the digit run, so they are
 * read from the run that ends right before it. The key uses 19 for 2A and 18 for 2B.
 */
import { isAlnum, isDigit, isHSpace } from './chars.ts';
import { has, isSuppressed } from './context.ts';
import { isFrNir } from './identifiers.ts';
import { Kw } from './keywords.ts';
import type { Run } from './runs.ts';
import { type ScanState, tag } from './state.ts';

const NIR_HIGH = tag('fr-nir', 'high');
const NIR_MEDIUM = tag('fr-nir', 'medium');

/** When the run and what follows its A/B form a valid Corsican NIR, adds it and returns its end; else -1. */
export function corsicanNirAt(st: ScanState, run: Run): number {
  const text = st.text;
  if (run.digits !== 6 || run.dig[5] !== 2 || isAlnum((text.charCodeAt(run.start - 1) | 0))) return -1;
  const letter = (text.charCodeAt(run.end) | 0);
  const d = new Uint8Array(15);
  d.set(run.dig.subarray(0, 5));
  d[5] = 2;
  let n = 7;
  let i = run.end + 1;
  while (n < 15 && i < text.length) {
    const c = (text.charCodeAt(i) | 0);
    if (isDigit(c)) d[n++] = c - 48;
    else if (!isHSpace(c) || !isDigit((text.charCodeAt(i + 1) | 0))) break;
    i++;
  }
  if (n < 15 || (i < text.length && isAlnum((text.charCodeAt(i) | 0)))) return -1;
  if (!isFrNir(d, 0, letter === 65 ? 19 : 18)) return -1;
  const ctx = st.context(run.start);
  if (isSuppressed(ctx)) return -1;
  st.add(run.start, i, has(ctx, Kw.Nir) ? NIR_HIGH : NIR_MEDIUM);
  return i;
}
