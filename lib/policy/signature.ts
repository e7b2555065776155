/**
 * Detached signatures of rules files: ECDSA P-256 with SHA-256 over the exact file bytes.
 *
 * WebCrypto (`globalThis.crypto.subtle`, the same in Node 20 and browsers) produces and expects the raw
 * r||s form (64 bytes), not DER; the signature travels as base64 in `<rules.json>.sig`.
 * Keys are JWK: the public one is pinned in the extension (managed policy), the private one stays with the admin.
 */

const KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const RAW_SIGNATURE_BYTES = 64;

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Strict base64 decoding (whitespace around it allowed); null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  const binary = atob(clean);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function isP256Jwk(jwk: unknown): jwk is JsonWebKey {
  const k = jwk as JsonWebKey | null;
  return typeof k === 'object' && k !== null && k.kty === 'EC' && k.crv === 'P-256' && typeof k.x === 'string' && typeof k.y === 'string';
}

export async function generateRulesKeyPair(): Promise<{ privateJwk: JsonWebKey; publicJwk: JsonWebKey }> {
  const pair = await crypto.subtle.generateKey(KEY, true, ['sign', 'verify']);
  const [privateJwk, publicJwk] = await Promise.all([
    crypto.subtle.exportKey('jwk', pair.privateKey),
    crypto.subtle.exportKey('jwk', pair.publicKey),
  ]);
  return { privateJwk, publicJwk };
}

/**
 * A private JWK as a non-extractable signing key: once imported, its secret cannot be read back (the admin page
 * keeps only this CryptoKey, in memory, for the session).
 */
export async function importSigningKey(privateJwk: JsonWebKey): Promise<CryptoKey> {
  if (!isP256Jwk(privateJwk) || typeof privateJwk.d !== 'string') {
    throw new Error('the key is not an ECDSA P-256 private key in JWK form (kty "EC", crv "P-256", with "d")');
  }
  return crypto.subtle.importKey('jwk', { ...privateJwk, key_ops: ['sign'] }, KEY, false, ['sign']);
}

/** Signs the exact bytes; returns base64 of the raw 64-byte r||s signature. */
export async function signRules(privateKey: JsonWebKey | CryptoKey, bytes: Uint8Array): Promise<string> {
  const key = privateKey instanceof CryptoKey ? privateKey : await importSigningKey(privateKey);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, key, bytes as BufferSource));
  return toBase64(signature);
}

/** Checks a base64 raw signature over the exact bytes. Never throws: a failure comes with its reason. */
export async function verifyRules(publicJwk: JsonWebKey, bytes: Uint8Array, signatureBase64: string): Promise<VerifyResult> {
  if (!isP256Jwk(publicJwk)) {
    return { ok: false, reason: 'the key is not an ECDSA P-256 public key in JWK form (kty "EC", crv "P-256")' };
  }
  const signature = fromBase64(signatureBase64);
  if (signature === null) return { ok: false, reason: 'the signature is not base64' };
  if (signature.length !== RAW_SIGNATURE_BYTES) {
    return {
      ok: false,
      reason: `the signature is ${signature.length} bytes; expected ${RAW_SIGNATURE_BYTES} (raw r||s — convert DER signatures from OpenSSL)`,
    };
  }
  let key: CryptoKey;
  try {
    // Only the public half is imported, even if a private JWK was handed over by mistake.
    const { kty, crv, x, y } = publicJwk;
    key = await crypto.subtle.importKey('jwk', { kty, crv, x, y, ext: true }, KEY, false, ['verify']);
  } catch (err) {
    return { ok: false, reason: `the public key cannot be used: ${(err as Error).message}` };
  }
  const valid = await crypto.subtle.verify(SIGN, key, signature as BufferSource, bytes as BufferSource);
  return valid
    ? { ok: true }
    : { ok: false, reason: 'the signature does not match the file: it was changed after signing, or signed with another key' };
}
