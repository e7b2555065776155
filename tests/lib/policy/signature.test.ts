/** Signed rules: ECDSA P-256 / SHA-256, raw r||s in base64, over the exact bytes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromBase64, generateRulesKeyPair, signRules, verifyRules } from '../../../lib/policy/signature.ts';
import { checkRulesFile } from '../../../lib/policy/check-file.ts';
import { DEFAULT_POLICY_PATH } from './helpers.ts';

const bytes = new Uint8Array(readFileSync(DEFAULT_POLICY_PATH));

describe('signRules / verifyRules', async () => {
  const { privateJwk, publicJwk } = await generateRulesKeyPair();
  const signature = await signRules(privateJwk, bytes);

  it('produces a base64 raw 64-byte signature that verifies', async () => {
    expect(fromBase64(signature)?.length).toBe(64);
    expect(await verifyRules(publicJwk, bytes, signature)).toEqual({ ok: true });
    expect(await verifyRules(publicJwk, bytes, `${signature}\n`)).toEqual({ ok: true }); // as read from a .sig file
  });

  it('fails with a reason when one byte of the file is flipped', async () => {
    const tampered = bytes.slice();
    tampered[100] = (tampered[100] ?? 0) ^ 0x01;
    expect(await verifyRules(publicJwk, tampered, signature)).toEqual({
      ok: false,
      reason: expect.stringMatching(/does not match the file/),
    });
  });

  it('fails when one byte of the signature is flipped', async () => {
    const sig = fromBase64(signature)!;
    sig[10] = (sig[10] ?? 0) ^ 0x80;
    const flipped = btoa(String.fromCharCode(...sig));
    expect((await verifyRules(publicJwk, bytes, flipped)).ok).toBe(false);
  });

  it('fails with another key', async () => {
    const other = await generateRulesKeyPair();
    expect(await verifyRules(other.publicJwk, bytes, signature)).toMatchObject({ ok: false, reason: /does not match/ });
  });

  it('explains malformed signatures and keys', async () => {
    expect(await verifyRules(publicJwk, bytes, 'not base64!')).toEqual({ ok: false, reason: 'the signature is not base64' });
    expect(await verifyRules(publicJwk, bytes, btoa('x'.repeat(70)))).toMatchObject({ ok: false, reason: /70 bytes; expected 64/ });
    expect(await verifyRules({ kty: 'RSA' }, bytes, signature)).toMatchObject({ ok: false, reason: /not an ECDSA P-256 public key/ });
    await expect(signRules(publicJwk, bytes)).rejects.toThrow(/private key/);
  });

  it('a private JWK handed to verify only uses its public half', async () => {
    expect(await verifyRules(privateJwk, bytes, signature)).toEqual({ ok: true });
  });

  it('checkRulesFile requires the signature when a key is configured, and checks it first', async () => {
    expect(await checkRulesFile(bytes, { publicKey: publicJwk, signature })).toMatchObject({ ok: true });
    expect(await checkRulesFile(bytes, { publicKey: publicJwk })).toMatchObject({ ok: false, reason: /not signed/ });
    const tampered = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('"block"', '"allow"'));
    expect(await checkRulesFile(tampered, { publicKey: publicJwk, signature })).toMatchObject({ ok: false, reason: /does not match/ });
  });
});
