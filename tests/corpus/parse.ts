/**
 * Parser for the labelled evaluation corpus (format: tests/corpus/README.md).
 *
 *   {{type|value}}        a gold span: personal data of finding type `type` (a TEXT_FINDING_TYPES name)
 *   {{trap:kind|value}}   a marked trap: a lookalike that must NOT be reported (kind is free, [a-z0-9-]+)
 *
 * Both markers are removed; the value stays in the text and the span covers exactly the value.
 * Offsets are JS string indices (UTF-16 code units), end exclusive, like Finding.start/end.
 * Pure TypeScript: no Node APIs.
 */
import { TEXT_FINDING_TYPES, type TextFindingType } from '../../lib/detect/types.ts';

export interface GoldSpan {
  type: TextFindingType;
  start: number;
  end: number;
  value: string;
}

export interface TrapSpan {
  kind: string;
  start: number;
  end: number;
  value: string;
}

export interface LabelledText {
  text: string;
  spans: GoldSpan[];
  traps: TrapSpan[];
}

export class LabelError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${source}:${line}:${column}: ${message}`);
    this.name = 'LabelError';
  }
}

const TYPES: ReadonlySet<string> = new Set(TEXT_FINDING_TYPES);
const TRAP_KIND = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parse one labelled file. `source` names the file in error messages. */
export function parseLabelled(input: string, source = '<input>'): LabelledText {
  const spans: GoldSpan[] = [];
  const traps: TrapSpan[] = [];
  let text = '';
  let i = 0;

  const where = (offset: number): [number, number] => {
    const before = input.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return [line, column];
  };
  const fail = (message: string, offset: number): never => {
    const [line, column] = where(offset);
    throw new LabelError(message, source, line, column);
  };

  while (i < input.length) {
    const open = input.indexOf('{{', i);
    const strayClose = input.indexOf('}}', i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) fail('"}}" without an opening "{{"', strayClose);
    if (open === -1) {
      text += input.slice(i);
      break;
    }
    text += input.slice(i, open);
    const close = input.indexOf('}}', open + 2);
    const nextOpen = input.indexOf('{{', open + 2);
    if (close === -1) fail('unclosed label: "{{" without "}}"', open);
    if (nextOpen !== -1 && nextOpen < close) fail('nested or unclosed label: "{{" inside a label', nextOpen);
    const body = input.slice(open + 2, close);
    const bar = body.indexOf('|');
    if (bar === -1) fail(`label without "|": {{${body}}}`, open);
    const label = body.slice(0, bar);
    const value = body.slice(bar + 1);
    if (value.length === 0) fail(`empty value in label "${label}"`, open);
    if (value.includes('|')) fail(`value contains "|" in label "${label}"`, open);
    if (value !== value.trim()) fail(`value of "${label}" starts or ends with whitespace: label the value only`, open);
    const start = text.length;
    text += value;
    const end = text.length;
    if (label.startsWith('trap:')) {
      const kind = label.slice(5);
      if (!TRAP_KIND.test(kind)) fail(`bad trap kind "${kind}" (lowercase letters, digits and dashes)`, open);
      traps.push({ kind, start, end, value });
    } else if (TYPES.has(label)) {
      spans.push({ type: label as TextFindingType, start, end, value });
    } else {
      fail(`unknown label type "${label}" (expected one of ${TEXT_FINDING_TYPES.join(', ')} or trap:<kind>)`, open);
    }
    i = close + 2;
  }
  return { text, spans, traps };
}

/** Write a parsed text back in the labelled format (inverse of parseLabelled for well-formed input). */
export function renderLabelled(doc: LabelledText): string {
  const marks = [
    ...doc.spans.map((s) => ({ start: s.start, end: s.end, label: s.type as string })),
    ...doc.traps.map((t) => ({ start: t.start, end: t.end, label: `trap:${t.kind}` })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) throw new Error(`overlapping labels at ${m.start}`);
    out += doc.text.slice(at, m.start) + `{{${m.label}|${doc.text.slice(m.start, m.end)}}}`;
    at = m.end;
  }
  return out + doc.text.slice(at);
}
