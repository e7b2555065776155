/**
 * No read outside the text (chars.ts charCode): after one, V8 stops inlining charCodeAt at that call site for good,
 * and every later scan in the page pays a builtin call per char read there. V8 reports such a read in optimised code
 * as an "out of bounds" deoptimisation; the driver optimises the engine, then scans texts cut anywhere.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DRIVER = fileURLToPath(new URL('./bounds-driver.ts', import.meta.url));

it('never reads before the start or past the end of a text, once optimised', () => {
  const r = spawnSync(process.execPath, ['--trace-deopt', '--import', 'tsx', DRIVER], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^scanned: \d{4,} texts$/m);
  // The trace shows optimised code running and leaving it (deoptimisations for other reasons happen: new type feedback).
  expect(r.stdout).toMatch(/reason: /);
  const outOfBounds = [...r.stdout.matchAll(/reason: out of bounds\).*?<JSFunction (\S+)/g)].map((m) => m[1]);
  expect(outOfBounds).toEqual([]);
}, 120_000);
