/**
 * Enterprise policy for the browser tests, written where the real browsers read it (we run as root):
 * Chromium: a JSON file in /etc/chromium/policies/managed/ (read at start and watched while running);
 * Firefox ESR: /etc/firefox/policies/policies.json (read at start).
 *
 * Those files apply to every browser on the machine, and other people's tests run the same extension at the same
 * time. So each test runs its own copy of the built extension under an id of its own (a fresh manifest key for
 * Chromium, a fresh gecko id for Firefox) and its policy names only that id: nobody else's run is affected.
 * Files are removed (or the entry taken out of a shared policies.json) when the test ends.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './paths.ts';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

export interface ExtensionCopy {
  dir: string;
  id: string;
  remove(): void;
}

function copyBuild(from: string, tag: string): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = join(ROOT, '.tmp', `${tag}-${randomBytes(4).toString('hex')}`);
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** The Chromium build under a fresh manifest key: its id is derived from the key (sha256, first 16 bytes, a–p). */
export function chromiumCopy(): ExtensionCopy {
  const dir = copyBuild(CHROME_BUILD, 'chrome-managed');
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.key = der.toString('base64');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  return { dir, id, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The Firefox build under a fresh add-on id. */
export function firefoxCopy(): ExtensionCopy {
  const dir = copyBuild(FIREFOX_BUILD, 'firefox-managed');
  const id = `vigie-test-${randomBytes(4).toString('hex')}@primogest.be`;
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.browser_specific_settings.gecko.id = id;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Chromium's Linux policy file for one extension (the same shape as docs/deployment/linux-chromium-policy.json). */
export function writeChromiumPolicy(extensionId: string, settings: Record<string, unknown>): { path: string; remove(): void } {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const path = join(CHROMIUM_POLICY_DIR, `vigie-test-${extensionId}.json`);
  writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }, null, 2));
  return { path, remove: () => rmSync(path, { force: true }) };
}

/**
 * Adds one extension's settings to Firefox's policies.json (merged: another test may have its own entry there),
 * and takes them out again; the file is deleted when nothing else is left in it.
 */
export function writeFirefoxPolicy(extensionId: string, settings: Record<string, unknown>): { remove(): void } {
  const read = (): { policies: Record<string, any> } => (existsSync(FIREFOX_POLICY_FILE) ? JSON.parse(readFileSync(FIREFOX_POLICY_FILE, 'utf8')) : { policies: {} });
  mkdirSync(join(FIREFOX_POLICY_FILE, '..'), { recursive: true });
  const doc = read();
  doc.policies['3rdparty'] ??= {};
  doc.policies['3rdparty'].Extensions ??= {};
  doc.policies['3rdparty'].Extensions[extensionId] = settings;
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify(doc, null, 2));
  return {
    remove() {
      if (!existsSync(FIREFOX_POLICY_FILE)) return;
      const now = read();
      delete now.policies['3rdparty']?.Extensions?.[extensionId];
      if (now.policies['3rdparty'] && Object.keys(now.policies['3rdparty'].Extensions ?? {}).length === 0) delete now.policies['3rdparty'];
      if (Object.keys(now.policies).length === 0) rmSync(FIREFOX_POLICY_FILE, { force: true });
      else writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify(now, null, 2));
    },
  };
}
