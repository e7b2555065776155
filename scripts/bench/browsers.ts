/**
 * `npm run bench -- --browsers`: the same throughput race (engine vs reference, same corpus) inside the browsers the
 * engine ships in, Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi): their
 * JITs are not Node's. Both detectors are bundled by esbuild into one script run in a blank page; a missing browser
 * is reported, not fatal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../../tests/e2e/support/paths.ts';

export interface BrowserThroughput {
  browser: string;
  /** The browser's own version string, or why it was not measured. */
  version?: string;
  error?: string;
  scanMs?: number;
  referenceMs?: number;
  /** scan speed ÷ reference speed. */
  ratio?: number;
}

/** What runs in the page: warm-ups, then interleaved timed passes (as the Node race), medians returned. */
const RACE = (runs: number): string => `(() => {
  const text = globalThis.__vigieText;
  const { scan, reference } = globalThis.__vigieBench;
  for (let i = 0; i < 2; i++) { scan(text); reference(text); }
  const a = [], b = [];
  for (let i = 0; i < ${runs}; i++) {
    let t = performance.now(); scan(text); a.push(performance.now() - t);
    t = performance.now(); reference(text); b.push(performance.now() - t);
  }
  const median = (xs) => xs.sort((p, q) => p - q)[xs.length >> 1];
  return { scanMs: median(a), referenceMs: median(b) };
})()`;

/** The engine (its index.ts) and the reference, as one classic script that sets globalThis.__vigieBench. */
async function bundle(engineEntry: URL): Promise<string> {
  const reference = fileURLToPath(new URL('./reference.ts', import.meta.url));
  const result = await build({
    stdin: {
      contents: `import { scan } from ${JSON.stringify(fileURLToPath(engineEntry))};\nimport { referenceScan } from ${JSON.stringify(reference)};\nglobalThis.__vigieBench = { scan, reference: referenceScan };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface PageLike {
  addScriptTag(options: { content: string }): Promise<unknown>;
  evaluate(fn: string): Promise<unknown>;
}

async function race(page: PageLike, script: string, text: string, runs: number): Promise<{ scanMs: number; referenceMs: number }> {
  await page.addScriptTag({ content: script });
  // The corpus goes in as a string literal: ~5 MB, once.
  await page.evaluate(`globalThis.__vigieText = ${JSON.stringify(text)}; 0`);
  return (await page.evaluate(RACE(runs))) as { scanMs: number; referenceMs: number };
}

const withRatio = (r: BrowserThroughput & { scanMs: number; referenceMs: number }): BrowserThroughput => ({ ...r, ratio: r.referenceMs / r.scanMs });

async function chromium(script: string, text: string, runs: number): Promise<BrowserThroughput> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    return withRatio({ browser: 'Chromium', version: browser.version(), ...(await race(page, script, text, runs)) });
  } finally {
    await browser.close();
  }
}

async function firefox(script: string, text: string, runs: number): Promise<BrowserThroughput> {
  const puppeteer = (await import('puppeteer-core')).default;
  const profile = mkdtempSync(join(tmpdir(), 'vigie-bench-firefox-'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocol: 'webDriverBiDi', userDataDir: profile });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const version = (await browser.version()).replace(/^firefox\//i, '');
    return withRatio({ browser: 'Firefox', version, ...(await race(page, script, text, runs)) });
  } finally {
    await browser.close().catch(() => void browser.process()?.kill('SIGKILL'));
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The race in each browser; a browser that cannot start gives its error instead of numbers. */
export async function browserThroughputs(engineEntry: URL, text: string, runs: number): Promise<BrowserThroughput[]> {
  const script = await bundle(engineEntry);
  const out: BrowserThroughput[] = [];
  for (const [name, run] of [['Chromium', chromium], ['Firefox', firefox]] as const) {
    try {
      out.push(await run(script, text, runs));
    } catch (e) {
      out.push({ browser: name, error: (e as Error).message.split('\n')[0] });
    }
  }
  return out;
}
