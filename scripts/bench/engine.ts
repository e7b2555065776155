/**
 * Loads the engine (lib/detect/index.ts) at run time. It is developed alongside this
 * benchmark, so a missing or broken engine must not stop the reference and size sections:
 * the loader returns the reason instead of throwing.
 */
import type { Finding, RangeScan, ScanOptions } from '../../lib/detect/types.ts';

/** The part of the engine's API the benchmark calls (see lib/detect/index.ts). */
export interface Engine {
  scan(text: string, options?: ScanOptions): Finding[];
  scanRange(text: string, editStart: number, editEnd: number, options?: ScanOptions): RangeScan;
}

export const DEFAULT_ENGINE_ENTRY = new URL('../../lib/detect/index.ts', import.meta.url);

export async function loadEngine(entry: URL = DEFAULT_ENGINE_ENTRY): Promise<{ engine: Engine } | { error: string }> {
  const name = entry.pathname.replace(/^.*\/(lib\/)/, '$1');
  try {
    // A runtime URL (not a literal) keeps the typecheck independent of the engine's progress.
    const mod = (await import(entry.href)) as Partial<Engine>;
    if (typeof mod.scan !== 'function') return { error: `${name} does not export scan()` };
    if (typeof mod.scanRange !== 'function') return { error: `${name} does not export scanRange()` };
    return { engine: mod as Engine };
  } catch (e) {
    return { error: `cannot load ${name}: ${(e as Error).message.split('\n')[0]}` };
  }
}
