/**
 * The labelled corpus (tests/corpus/labelled: hand-written agency mails, CRM notes, forms, exports) as one text for the
 * throughput race. The generated corpus is built from templates; this one is what agents really write, denser in
 * names, tables and mail headers, and costlier per byte for the engine. The files are joined by blank lines, their
 * labels shifted to match.
 */
import { LABELLED_DIR, loadLabelled } from '../../tests/corpus/load.ts';
import type { Span } from './corpus.ts';

const JOIN = '\n\n\n';

export interface HandwrittenCorpus {
  files: number;
  text: string;
  spans: Span[];
}

export function handwrittenCorpus(dir = LABELLED_DIR): HandwrittenCorpus {
  const files = loadLabelled(dir);
  let text = '';
  const spans: Span[] = [];
  for (const labelled of files) {
    if (text) text += JOIN;
    for (const s of labelled.spans) spans.push({ type: s.type, start: text.length + s.start, end: text.length + s.end });
    text += labelled.text;
  }
  return { files: files.length, text, spans };
}
