/** The content script's event ids: valid UUIDs (lib/messages.ts EventId) also where crypto.randomUUID is missing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { randomUuid } from '../../entrypoints/webmail.content/bridge.ts';

describe('randomUuid', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes v4 UUIDs from getRandomValues on a plain-http page (no crypto.randomUUID outside secure contexts)', () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    expect(typeof crypto.randomUUID).toBe('undefined');
    const ids = Array.from({ length: 200 }, () => randomUuid());
    for (const id of ids) {
      expect(z.uuid().safeParse(id).success, id).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses crypto.randomUUID where the page is a secure context', () => {
    const spy = vi.spyOn(globalThis.crypto, 'randomUUID');
    expect(z.uuid().safeParse(randomUuid()).success).toBe(true);
    expect(spy).toHaveBeenCalledOnce();
  });
});
