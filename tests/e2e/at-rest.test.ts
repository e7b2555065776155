/**
 * No raw personal data at rest (DEVELOPERS.md non-negotiable): after real sends in Chromium — allowed, cancelled,
 * sent anyway with a justification that repeats the phone number — the browser profile's files hold none of the
 * values typed, in any encoding Chromium stores strings in. A positive control proves the search reaches the log.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server.ts';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { waitForLog } from './support/log.ts';
import { GMAIL, addRecipient, clickInDialog, dialogFrame, newest, typeBody } from './support/mail.ts';

const RAW = ['85.07.30-033.28', '85073003328', '0476 12 34 56', '0476123456', '32476123456', 'BE48 0011 2345 6727', 'BE48001123456727'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return [];
    return st.isDirectory() ? files(path) : st.isFile() ? [path] : [];
  });
}

/** Where `needle` occurs in the profile: as UTF-8, as Latin-1 (V8's one-byte strings) or as UTF-16LE (two-byte ones). */
function occurrences(profile: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'latin1'), Buffer.from(needle, 'utf16le')];
  return files(profile).filter((f) => {
    const bytes = readFileSync(f);
    return forms.some((form) => bytes.includes(form));
  });
}

describe('no raw personal data at rest', () => {
  let server: FixtureServer;
  let s: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    s = await launchChromium([`--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors']);
    const page = await s.context.newPage();
    await page.goto(GMAIL.url);

    // Allowed: a national number and an IBAN to a notary.
    let c = newest(GMAIL, page);
    await addRecipient(GMAIL, c, 'to', 'etude.dubois@notaire.be');
    await typeBody(GMAIL, c, 'NN 85.07.30-033.28, compte BE48 0011 2345 6727.');
    await GMAIL.sendButton(c).click();
    // Held, then sent anyway with a justification that repeats the phone number.
    await GMAIL.newCompose(page);
    c = newest(GMAIL, page);
    await addRecipient(GMAIL, c, 'to', 'sophie.lambert@gmail.com');
    await typeBody(GMAIL, c, 'Mon GSM : 0476 12 34 56');
    await GMAIL.sendButton(c).click();
    const dialog = await dialogFrame(page);
    await dialog.getByTestId('vigie-legal-basis').selectOption('consent');
    await dialog.getByTestId('vigie-justification').fill('Elle veut être rappelée au 0476 12 34 56 (+32476123456).');
    await clickInDialog(dialog.getByTestId('vigie-send-anyway'));
    // Wait until the agent's choice is in the log, then close the browser (not s.close(), which deletes the
    // profile): closing flushes the profile to disk.
    for (let i = 0; i < 100 && !((await waitForLog(s.worker, 2)).some((r) => r.choice === 'sent-anyway') && server.sent.length === 2); i++) {
      await page.waitForTimeout(100);
    }
    await s.context.close();
  });
  afterAll(async () => {
    await server?.close();
    if (s) rmSync(s.profileDir, { recursive: true, force: true });
  });

  it('sent both messages and logged both shares', () => {
    expect(server.sent).toHaveLength(2);
  });

  it('finds the log on disk (positive control)', () => {
    // The masked justification is stored as written: this proves the search reads the log's files.
    expect(occurrences(s.profileDir, 'Elle veut être rappelée au').length).toBeGreaterThan(0);
  });

  it.each(RAW)('holds no trace of %s', (value) => {
    expect(occurrences(s.profileDir, value)).toEqual([]);
  });
});
