/** Keyed hashes for the share log: HMAC-SHA-256 through Web Crypto. */
import { describe, expect, it } from 'vitest';
import { createHasher, generateHashKey } from '../../../lib/detect/index.ts';

describe('createHasher', () => {
  it('matches RFC 4231 test case 2 (key "Jefe")', async () => {
    const hash = createHasher('Jefe');
    expect(await hash('what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('accepts raw key bytes and an imported CryptoKey, with the same result', async () => {
    const bytes = new TextEncoder().encode('Jefe');
    const key = await globalThis.crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(await createHasher(bytes)('what do ya want for nothing?')).toBe(expected);
    expect(await createHasher(key)('what do ya want for nothing?')).toBe(expected);
  });

  it('differs per key and per value, and is stable for one key', async () => {
    const a = createHasher(generateHashKey());
    const b = createHasher(generateHashKey());
    expect(await a('BE48001123456727')).toBe(await a('BE48001123456727'));
    expect(await a('BE48001123456727')).not.toBe(await a('BE83363012345615'));
    expect(await a('BE48001123456727')).not.toBe(await b('BE48001123456727'));
  });
});

describe('generateHashKey', () => {
  it('returns 32 fresh random bytes', () => {
    const k1 = generateHashKey();
    const k2 = generateHashKey();
    expect(k1).toBeInstanceOf(Uint8Array);
    expect(k1.length).toBe(32);
    expect(Buffer.from(k1).equals(Buffer.from(k2))).toBe(false);
  });
});
