import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
/** Derived from the manifest `key` in wxt.config.ts. */
export const CHROME_EXTENSION_ID = 'bipmlgbcagcijhgdnjehjigdmioeefhd';
export const FIREFOX_EXTENSION_ID = 'vigie@primogest.be';
/** Pinned through the `extensions.webextensions.uuids` pref so moz-extension:// URLs are predictable. */
export const FIREFOX_EXTENSION_UUID = '5b0b7a3e-6a8e-4a8e-9f2e-0d6c1e5a7c21';

/** Debian's browsers (the real Chromium binary, not its wrapper script), unless the environment names others. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Browser profiles live inside the project (.tmp/, git-ignored) so a test run never touches the user's. */
export function tempProfile(prefix: string): string {
  return mkdtempSync(join(ROOT, '.tmp', `${prefix}-`));
}
