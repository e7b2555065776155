import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID, FIREFOX_PATH, ROOT, tempProfile } from './paths.ts';

export interface FirefoxSession {
  browser: Browser;
  /** Base URL of the extension's pages, e.g. moz-extension://<uuid>/ */
  extensionBase: string;
  profileDir: string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Debian's Firefox ESR over WebDriver BiDi, with the built extension installed as a temporary add-on. */
/** `extension`: another copy of the build under its own id (support/policies.ts). */
export async function launchFirefox(
  extraPrefs: Record<string, unknown> = {},
  options: Partial<LaunchOptions> = {},
  extension: { dir: string; id: string } = { dir: FIREFOX_BUILD, id: FIREFOX_EXTENSION_ID },
): Promise<FirefoxSession> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const profileDir = tempProfile('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [extension.id]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': 'fr-BE,fr',
      'intl.locale.requested': 'fr',
      ...extraPrefs,
    },
    ...options,
  });
  await browser.installExtension(extension.dir);
  return {
    browser,
    extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    profileDir,
    // A BiDi session can leave browser.close() unanswered: after 20 s the process is killed.
    close: async () => {
      await step('closing Firefox', browser.close(), 20_000).catch(() => void browser.process()?.kill('SIGKILL'));
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Bounds a browser step, so a hang fails fast and says which step hung instead of eating the test's whole timeout. */
export async function step<T>(what: string, p: Promise<T>, ms = 20_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
