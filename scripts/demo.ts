/**
 * npm run demo: builds Vigie, serves the demo pages under the real host names (mail.google.com,
 * outlook.office.com…) from a local HTTPS server, and opens Debian's Chromium with the extension on them.
 * Nothing leaves this machine: the host names resolve to 127.0.0.1 inside this Chromium only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from './lib/fixture-server.ts';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
/** Debian's Chromium, or the one CHROMIUM_PATH names (as for the browser tests). */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p !== undefined && existsSync(p));
const PAGES = ['https://demo.vigie.test/', 'https://mail.google.com/mail/u/0/#inbox', 'https://outlook.office.com/mail/'];

if (!CHROMIUM) {
  console.error('Chromium is not installed. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary)');
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const server = await startFixtureServer();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext(mkdtempSync(join(ROOT, '.tmp', 'demo-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: null,
  ignoreDefaultArgs: ['--disable-extensions'],
  env: { ...process.env, LANGUAGE: process.env.VIGIE_LANG ?? 'fr' },
  args: [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${server.hostResolverRules}, EXCLUDE localhost`,
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    `--lang=${process.env.VIGIE_LANG ?? 'fr'}`,
  ],
});
for (const url of PAGES) await (await context.newPage()).goto(url);

console.log(`
Vigie demo is running (${headless ? 'headless: no display found' : 'a Chromium window is open'}).
  Guide:    https://demo.vigie.test/
  Gmail:    https://mail.google.com/mail/u/0/#inbox
  Outlook:  https://outlook.office.com/mail/
What the demo pages "sent" is printed below. Press Ctrl+C to stop.
`);
let seen = 0;
const timer = setInterval(() => {
  for (; seen < server.sent.length; seen++) {
    const m = server.sent[seen]!;
    console.log(`[${new Date(m.time).toLocaleTimeString()}] ${m.host} sent: ${JSON.stringify(m.body).slice(0, 160)}`);
  }
}, 500);
const stop = async () => {
  clearInterval(timer);
  await context.close().catch(() => undefined);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
context.on('close', stop);
