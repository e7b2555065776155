/**
 * Roles in the background (entrypoints/background/roles.ts) through the real router (index.ts `route`), with WXT's
 * fake browser: first-run passphrases, session unlocks, wrong passphrases, managed roles, and the router refusing
 * role-bound UI messages (forged or not) from anyone without the role.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RoleResult, RoleStatus } from '../../lib/roles/roles.ts';

type Route = (typeof import('../../entrypoints/background/index.ts'))['route'];

const ADMIN = 'phrase secrète admin 2026';
const DIRECTOR = 'phrase secrète direction';
const defaultRules = readFileSync(new URL('../../rules/default-policy.json', import.meta.url), 'utf8');

/** The default rules at version 2 with a notary office added: what the admin page applies. */
function rulesV2(): string {
  const j = JSON.parse(defaultRules);
  j.version = 2;
  j.parties.find((p: { id: string }) => p.id === 'notaries').recognise.domains.push({ domain: 'etude-janssens.be' });
  return `${JSON.stringify(j, null, 2)}\n`;
}

let route: Route;
const optionsPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const ui = (message: object) => route(message, optionsPage()) as Promise<unknown>;
const status = () => ui({ type: 'ui-bg:role-status' }) as Promise<RoleStatus>;
const unlock = (role: string, passphrase: string) => ui({ type: 'ui-bg:role-unlock', role, passphrase }) as Promise<RoleResult>;
const activeVersion = async () => ((await ui({ type: 'ui-bg:policy-get' })) as { status: { version: number; source: string } }).status;

/** A fresh background (as after a service-worker restart); storage is kept unless reset. */
async function startBackground(): Promise<void> {
  vi.resetModules();
  ({ route } = await import('../../entrypoints/background/index.ts'));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await startBackground();
}, 60_000);

// 600 000 PBKDF2 iterations per hash or check: about a second each on a busy machine.
describe('roles', { timeout: 120_000 }, () => {
  it('first run: stores the passphrases hashed, never in clear, and unlocks admin for this session only', async () => {
    expect(await status()).toMatchObject({ role: 'agent', source: 'default', managed: false, passphrases: { admin: false, director: false } });
    const r = (await ui({ type: 'ui-bg:role-setup', admin: ADMIN, director: DIRECTOR })) as RoleResult;
    expect(r).toMatchObject({ ok: true, status: { role: 'admin', source: 'passphrase', passphrases: { admin: true, director: true } } });

    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const session = JSON.stringify(await fakeBrowser.storage.session.get(null));
    for (const stored of [local, session]) {
      expect(stored).not.toContain(ADMIN);
      expect(stored).not.toContain(DIRECTOR);
    }
    expect(local).toContain('PBKDF2-SHA-256');

    // The browser closes: storage.session is gone, and with it the unlock.
    await fakeBrowser.storage.session.clear();
    await startBackground();
    expect((await status()).role).toBe('agent');
  });

  it('the first-run setup cannot be run again to take over the roles', async () => {
    await ui({ type: 'ui-bg:role-setup', admin: ADMIN });
    await ui({ type: 'ui-bg:role-lock' });
    expect(await ui({ type: 'ui-bg:role-setup', admin: 'une autre phrase admin', director: 'une autre phrase dir' })).toEqual({ ok: false, error: 'already-set' });
    expect((await unlock('admin', 'une autre phrase admin')).ok).toBe(false);
    expect((await unlock('admin', ADMIN)).ok).toBe(true);
  });

  it('refuses a wrong passphrase; the director passphrase opens director, the admin one admin', async () => {
    await ui({ type: 'ui-bg:role-setup', admin: ADMIN, director: DIRECTOR });
    await ui({ type: 'ui-bg:role-lock' });
    expect(await unlock('director', 'pas la bonne phrase')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await unlock('admin', DIRECTOR)).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect((await status()).role).toBe('agent');
    expect(await unlock('director', DIRECTOR)).toMatchObject({ ok: true, status: { role: 'director' } });
    expect(await unlock('admin', ADMIN)).toMatchObject({ ok: true, status: { role: 'admin' } });
    const s = await status();
    expect(s.until).toBeGreaterThan(Date.now());
    expect(s.until).toBeLessThanOrEqual(Date.now() + 8 * 3_600_000);
  });

  it('after five wrong passphrases, unlocking waits a minute, even with the right one', async () => {
    await ui({ type: 'ui-bg:role-setup', admin: ADMIN, director: DIRECTOR });
    await ui({ type: 'ui-bg:role-lock' });
    for (let i = 0; i < 5; i++) expect((await unlock('director', `mauvaise phrase ${i}`)).ok).toBe(false);
    const r = await unlock('director', DIRECTOR);
    expect(r).toMatchObject({ ok: false, error: 'too-many-attempts' });
    expect((r as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(50_000);
    expect((await status()).role).toBe('agent');
  });

  it('the router refuses rules and passphrase changes from the extension UI without the admin role', async () => {
    await ui({ type: 'ui-bg:role-setup', admin: ADMIN, director: DIRECTOR });
    await ui({ type: 'ui-bg:role-lock' });
    // A forged message from the options page (e.g. typed in its console) by an agent.
    expect(await ui({ type: 'ui-bg:policy-apply', text: rulesV2() })).toEqual({ refused: expect.stringContaining('admin role') });
    expect(await ui({ type: 'ui-bg:role-passphrase', role: 'admin', passphrase: 'je prends la main' })).toEqual({ refused: expect.stringContaining('admin role') });
    expect(await activeVersion()).toMatchObject({ version: 1, source: 'default' });
    // The director is not admin either.
    await unlock('director', DIRECTOR);
    expect(await ui({ type: 'ui-bg:policy-apply', text: rulesV2() })).toEqual({ refused: expect.stringContaining('the current role is director') });
    expect(await activeVersion()).toMatchObject({ version: 1 });
    // The admin may.
    await unlock('admin', ADMIN);
    expect(await ui({ type: 'ui-bg:policy-apply', text: rulesV2() })).toEqual({ ok: true });
    expect(await activeVersion()).toMatchObject({ version: 2, source: 'local' });
    // And an admin may change a passphrase: the old one stops working.
    expect(await ui({ type: 'ui-bg:role-passphrase', role: 'director', passphrase: 'nouvelle phrase direction' })).toMatchObject({ ok: true });
    await ui({ type: 'ui-bg:role-lock' });
    expect((await unlock('director', DIRECTOR)).ok).toBe(false);
    expect((await unlock('director', 'nouvelle phrase direction')).ok).toBe(true);
  });

  it('role messages from a content script or a web page never reach the role handlers', async () => {
    await ui({ type: 'ui-bg:role-setup', admin: ADMIN });
    const contentScript = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, url: 'https://mail.google.com/mail/u/0/' };
    for (const message of [
      { type: 'ui-bg:policy-apply', text: rulesV2() },
      { type: 'ui-bg:role-unlock', role: 'admin', passphrase: ADMIN },
      { type: 'ui-bg:role-status' },
    ]) {
      expect(await route(message, contentScript)).toEqual({ refused: 'malformed message' });
      expect(route(message, { id: 'another-extension', url: 'https://evil.example/' })).toBeUndefined();
    }
    expect(await activeVersion()).toMatchObject({ version: 1 });
  });

  it('writing a role into storage grants nothing without a passphrase behind it; an expired unlock ends', async () => {
    await fakeBrowser.storage.local.set({ role: 'admin', rolePassphrases: { admin: { kdf: 'PBKDF2-SHA-256', iterations: 1, salt: 'AA==', hash: 'AA==' } } });
    await fakeBrowser.storage.session.set({ roleUnlock: { role: 'admin', until: Date.now() + 3_600_000 } });
    expect(await status()).toMatchObject({ role: 'agent', passphrases: { admin: false } });
    expect(await ui({ type: 'ui-bg:policy-apply', text: rulesV2() })).toMatchObject({ refused: expect.any(String) });

    await ui({ type: 'ui-bg:role-setup', admin: ADMIN });
    await fakeBrowser.storage.session.set({ roleUnlock: { role: 'admin', until: Date.now() - 1 } });
    expect((await status()).role).toBe('agent');
  });

  it('a role from the enterprise policy wins, and passphrases are then switched off', async () => {
    await ui({ type: 'ui-bg:role-setup', admin: ADMIN });
    await fakeBrowser.storage.managed.set({ role: 'director' });
    await startBackground();
    expect(await status()).toMatchObject({ role: 'director', source: 'managed', managed: true });
    expect(await unlock('admin', ADMIN)).toEqual({ ok: false, error: 'managed' });
    expect(await ui({ type: 'ui-bg:policy-apply', text: rulesV2() })).toMatchObject({ refused: expect.stringContaining('admin role') });

    // Organisation-wide lists, by the email the policy sets.
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ agentEmail: 'it@primogest.be', adminEmails: ['it@primogest.be'], directorEmails: ['dir@primogest.be'] });
    await startBackground();
    expect(await status()).toMatchObject({ role: 'admin', source: 'managed' });
    expect(await ui({ type: 'ui-bg:policy-apply', text: rulesV2() })).toEqual({ ok: true });
  });
});
