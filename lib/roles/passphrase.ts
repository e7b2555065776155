/**
 * Local role passphrases: PBKDF2-HMAC-SHA-256 with a random 16-byte salt and 600 000 iterations (OWASP's figure for
 * PBKDF2-SHA-256; well above the 310 000 floor). Only the salt, the iteration count and the derived 32 bytes are
 * kept; the passphrase itself is never stored. WebCrypto only, so the same code runs in Node tests and the browser.
 */
import { fromBase64, toBase64 } from '../policy/signature.ts';

export const PBKDF2_ITERATIONS = 600_000;
/** Below this, a stored record is refused (never downgraded by a tampered record). */
export const MIN_PBKDF2_ITERATIONS = 310_000;
export const MIN_PASSPHRASE_LENGTH = 10;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PassphraseRecord {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of the derived 32 bytes */
  hash: string;
}

/** The same passphrase typed on another keyboard or OS must give the same bytes. */
const normalise = (passphrase: string) => passphrase.normalize('NFC');

async function derive(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(normalise(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, HASH_BITS);
  return new Uint8Array(bits);
}

/** What is wrong with a new passphrase, or null. */
export function passphraseProblem(passphrase: string): 'too-short' | null {
  return [...normalise(passphrase).trim()].length < MIN_PASSPHRASE_LENGTH ? 'too-short' : null;
}

export async function hashPassphrase(passphrase: string): Promise<PassphraseRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(passphrase, salt, PBKDF2_ITERATIONS);
  return { kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares in time independent of where the bytes differ. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** True only for the passphrase the record was made from. A malformed or weakened record never matches. */
export async function verifyPassphrase(passphrase: string, record: PassphraseRecord | undefined): Promise<boolean> {
  if (!isPassphraseRecord(record)) return false;
  const salt = fromBase64(record.salt);
  const expected = fromBase64(record.hash);
  if (!salt || !expected || salt.length < SALT_BYTES || expected.length !== HASH_BITS / 8) return false;
  return sameBytes(await derive(passphrase, salt, record.iterations), expected);
}

export function isPassphraseRecord(value: unknown): value is PassphraseRecord {
  const r = value as PassphraseRecord | null | undefined;
  return (
    typeof r === 'object' && r !== null && r.kdf === 'PBKDF2-SHA-256' && Number.isInteger(r.iterations) &&
    r.iterations >= MIN_PBKDF2_ITERATIONS && r.iterations <= 10_000_000 && typeof r.salt === 'string' && typeof r.hash === 'string'
  );
}
