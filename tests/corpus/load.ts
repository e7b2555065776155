/**
 * The labelled corpus as files: every tests/corpus/labelled/*.txt, parsed (parse.ts), in name order. Used by the
 * accuracy test and by the bench's race on hand-written text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { type LabelledText, parseLabelled } from './parse.ts';

export const LABELLED_DIR = new URL('./labelled/', import.meta.url);

export interface LabelledFile extends LabelledText {
  /** The file name, without its directory. */
  file: string;
  /** The file's content, labels included. */
  source: string;
}

export function loadLabelled(dir: URL = LABELLED_DIR): LabelledFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const source = readFileSync(new URL(file, dir), 'utf8');
      return { file, source, ...parseLabelled(source, file) };
    });
}
