import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_PATH, ROOT, tempProfile } from './paths.ts';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  /** Closes the browser and deletes its profile (a test that reads the profile afterwards closes `context` itself). */
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless, in a fresh profile. */
/** `lang` sets the browser's UI language, which is what `i18n.getMessage` follows (default French, the agents' language). */
/** `extensionDir`: another copy of the build (support/policies.ts runs one under its own id). */
export async function launchChromium(extraArgs: string[] = [], lang = 'fr', extensionDir = CHROME_BUILD): Promise<ChromiumSession> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const profileDir = tempProfile('chromium');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // On Linux, Chromium takes its UI language from the environment; --lang alone is ignored headless.
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_BE.UTF-8` },
    locale: lang,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(worker.url()).host;
  // Chromium answers storage.managed only once its policy service has loaded the extension's schema (seconds after
  // start on a busy machine). Vigie's background waits for the managed policy before answering (policyReady), so a
  // send in the first seconds is held until then; the tests start when the browser is ready, as an agent would.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get());
  // At first run (no agent identity yet) the background opens the options page, and Chromium may put it in the
  // next blank tab a test opens, interrupting that tab's navigation: let it open (and load) before tests start.
  const isOptions = (p: Page) => p.url().includes(`${extensionId}/options.html`);
  const firstRun = context.pages().find(isOptions) ?? (await context.waitForEvent('page', { predicate: isOptions, timeout: 3_000 }).catch(() => undefined));
  await firstRun?.waitForLoadState().catch(() => undefined);
  const close = async () => {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, worker, extensionId, profileDir, close };
}
