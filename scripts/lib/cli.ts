/** Small helpers shared by the command-line tools (scan, policy). */
import { readFileSync } from 'node:fs';

/** A usage or input error: printed as one line on stderr, exit code 2 (design.md contract). */
export class UsageError extends Error {}

/** Reads a file, or stdin for "-", as bytes. */
export function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
  }
}

/**
 * Decodes text the way exports reach an admin: UTF-8 (BOM kept, so offsets match the file as JS reads it),
 * UTF-16 with a BOM (Excel's "Unicode text"), else Windows-1252 (Excel's CSV on Belgian Windows).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Runs a CLI main function with the exit-code conventions: 2 for usage/input errors, 1 for other failures. */
export function runCli(main: (argv: string[]) => Promise<number> | number): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      }
    });
}
