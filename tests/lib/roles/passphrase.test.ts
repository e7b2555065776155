import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../../lib/policy/signature.ts';
import { MIN_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS, hashPassphrase, passphraseProblem, verifyPassphrase } from '../../../lib/roles/passphrase.ts';
import { hasRole, roleFromManaged } from '../../../lib/roles/roles.ts';

const PASS = 'la vigie veille sur nous';

// 600 000 PBKDF2 iterations take about a second each on a busy machine.
describe('role passphrases (PBKDF2-SHA-256)', { timeout: 60_000 }, () => {
  it('stores a salted PBKDF2-SHA-256 hash with at least 310 000 iterations, never the passphrase', async () => {
    const record = await hashPassphrase(PASS);
    expect(record.kdf).toBe('PBKDF2-SHA-256');
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(record.iterations).toBe(PBKDF2_ITERATIONS);
    expect(fromBase64(record.salt)).toHaveLength(16);
    expect(fromBase64(record.hash)).toHaveLength(32);
    const stored = JSON.stringify(record);
    expect(stored).not.toContain(PASS);
    expect(stored).not.toContain(btoa(PASS));

    // The same bytes WebCrypto derives independently: the hash really is PBKDF2 over the passphrase and salt.
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASS), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(record.salt)! as BufferSource, iterations: record.iterations }, material, 256);
    expect(Buffer.from(bits).toString('base64')).toBe(record.hash);
  });

  it('uses a new random salt each time: the same passphrase never gives the same record', async () => {
    const [a, b] = await Promise.all([hashPassphrase(PASS), hashPassphrase(PASS)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('accepts the right passphrase only', async () => {
    const record = await hashPassphrase(PASS);
    expect(await verifyPassphrase(PASS, record)).toBe(true);
    expect(await verifyPassphrase('la vigie veille sur vous', record)).toBe(false);
    expect(await verifyPassphrase(`${PASS} `, record)).toBe(false);
    expect(await verifyPassphrase('', record)).toBe(false);
  });

  it('matches a passphrase typed with composed or decomposed accents (NFC)', async () => {
    const record = await hashPassphrase('clé de l\u00e9tude');
    expect(await verifyPassphrase('cle\u0301 de le\u0301tude', record)).toBe(true);
  });

  it('refuses a weakened or malformed record (e.g. iterations lowered in storage)', async () => {
    const record = await hashPassphrase(PASS);
    expect(await verifyPassphrase(PASS, { ...record, iterations: MIN_PBKDF2_ITERATIONS - 1 })).toBe(false);
    expect(await verifyPassphrase(PASS, { ...record, hash: 'not base64!' })).toBe(false);
    expect(await verifyPassphrase(PASS, { ...record, salt: '' })).toBe(false);
    expect(await verifyPassphrase(PASS, undefined)).toBe(false);
  });

  it('asks for at least 10 characters', () => {
    expect(passphraseProblem('court')).toBe('too-short');
    expect(passphraseProblem('          ')).toBe('too-short');
    expect(passphraseProblem('assez longue')).toBeNull();
  });
});

describe('roles', () => {
  it('rank agent < director < admin', () => {
    expect(hasRole('admin', 'director')).toBe(true);
    expect(hasRole('director', 'admin')).toBe(false);
    expect(hasRole('agent', 'director')).toBe(false);
  });

  it('come from the enterprise policy: a per-user role, or lists by the email the policy itself sets', () => {
    const none = { directorEmails: [], adminEmails: [] };
    expect(roleFromManaged(none)).toBeUndefined();
    expect(roleFromManaged({ ...none, role: 'director' })).toBe('director');
    const lists = { directorEmails: ['dir@primogest.be'], adminEmails: ['it@primogest.be'] };
    expect(roleFromManaged({ ...lists, agentEmail: 'IT@primogest.be' })).toBe('admin');
    expect(roleFromManaged({ ...lists, agentEmail: 'dir@primogest.be' })).toBe('director');
    expect(roleFromManaged({ ...lists, agentEmail: 'sophie@primogest.be' })).toBe('agent');
    // Lists without a managed email: nobody is identified, so nobody is elevated (and passphrases stay off).
    expect(roleFromManaged(lists)).toBe('agent');
  });
});
