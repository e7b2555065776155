/**
 * The labelled corpus (tests/corpus/labelled: hand-written agency mails, CRM notes, forms, exports) as one text for the
 * throughput race. The generated corpus is built from templates; this one is what agents really write, denser in
 * names, tables and mail headers, and costlier per byte for the engine. The files are joined by blank lines, their
 * labels shifted to match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseLabelled } from '../../tests/corpus/parse.ts';
import type { Span } from './corpus.ts';

export const HANDWRITTEN_DIR = new URL('../../tests/corpus/labelled/', import.meta.url);
const JOIN = '\n\n\n';

export interface HandwrittenCorpus {
  files: number;
  text: string;
  spans: Span[];
}

export function handwrittenCorpus(dir = HANDWRITTEN_DIR): HandwrittenCorpus {
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let text = '';
  const spans: Span[] = [];
  for (const name of names) {
    const labelled = parseLabelled(readFileSync(new URL(name, dir), 'utf8'), name);
    if (text) text += JOIN;
    for (const s of labelled.spans) spans.push({ type: s.type, start: text.length + s.start, end: text.length + s.end });
    text += labelled.text;
  }
  return { files: names.length, text, spans };
}
