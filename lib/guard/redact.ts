/** Replaces every finding in a free text by its masked form, e.g. before a justification is logged. */
import { scan } from '../detect/scan.ts';
import type { ScanOptions } from '../detect/types.ts';

export function redactText(text: string, options?: ScanOptions): string {
  let out = '';
  let at = 0;
  for (const f of scan(text, options)) {
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return out + text.slice(at);
}
