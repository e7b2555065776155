/**
 * Keyed hashes of finding values for the share log: HMAC-SHA-256 with a per-install key, so the
 * same IBAN shared twice can be recognised without the log holding it. Web Crypto only
 * (globalThis.crypto.subtle), which Node 20, browsers and extension workers all provide.
 */

/** Hasher over normalised values (valueOf); resolves to lowercase hex. */
export type Hasher = (value: string) => Promise<string>;

/**
 * `key`: a CryptoKey for HMAC-SHA-256, raw key bytes, or a string whose UTF-8 bytes are the key.
 * The key is imported once, on first use.
 */
export function createHasher(key: CryptoKey | Uint8Array | string): Hasher {
  const subtle = globalThis.crypto.subtle;
  let imported: Promise<CryptoKey> | null = null;
  const cryptoKey = (): Promise<CryptoKey> => {
    if (imported === null) {
      if (typeof key === 'string' || key instanceof Uint8Array) {
        const raw = typeof key === 'string' ? new TextEncoder().encode(key) : new Uint8Array(key);
        imported = subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      } else {
        imported = Promise.resolve(key);
      }
    }
    return imported;
  };
  return async (value) => {
    const mac = await subtle.sign('HMAC', await cryptoKey(), new TextEncoder().encode(value));
    return toHex(new Uint8Array(mac));
  };
}

/** A fresh 32-byte random key for createHasher. */
export function generateHashKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(32));
}

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
