/**
 * The upload guard in happy-dom on the media-new.php page saved from the real WordPress, with a fake bridge in place
 * of the background. A "site" listener plays plupload: it must see files only when Vigie lets them through.
 */
import { Window as HappyWindow } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import defaultPolicyJson from '../../../rules/default-policy.json';
import { parsePolicy } from '../../../rules/schema.ts';
import type { GuardBridge } from '../../../lib/guard/mail-guard.ts';
import { startUploadGuard } from '../../../lib/guard/upload-guard.ts';
import { wordpressUploads } from '../../../lib/sites/wordpress.ts';
import type { SendVerdict } from '../../../lib/messages.ts';

const parsed = parsePolicy(defaultPolicyJson);
if (!parsed.ok) throw new Error('default policy invalid');
const policy = parsed.policy;
const controller = new AbortController();
afterEach(() => controller.abort());

function setup(verdict: SendVerdict) {
  const window = new HappyWindow({ url: 'http://wp.primogest.test:18080/wp-admin/media-new.php', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/sites/wordpress/media-new.html'), 'utf8');
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const input = doc.querySelector('#plupload-upload-ui input[type=file]') as HTMLInputElement;
  const seen: string[] = [];
  input.addEventListener('change', () => seen.push(...[...(input.files ?? [])].map((f) => f.name)));
  let release: (id: string, send: boolean) => void = () => undefined;
  const calls: { phase: string; eventId: string; gesture: string }[] = [];
  const bridge: GuardBridge = {
    locale: 'fr',
    texts: { title: 'Vigie', block: 'Bloqué', warn: 'À justifier', dismiss: 'Fermer', unchecked: 'Non vérifié' },
    policy: () => policy,
    newEventId: () => `00000000-0000-4000-8000-00000000000${calls.length}`,
    send: async (phase, eventId, gesture) => {
      calls.push({ phase, eventId, gesture });
      return verdict.action === 'dialog' ? { ...verdict, eventId } : verdict;
    },
    dialogUrl: (e, n) => `chrome-extension://x/dialog.html#e=${e}&n=${n}`,
    prepareDialog: vi.fn(),
    showDialog: vi.fn(),
    closeDialog: vi.fn(),
    isDialogOpen: () => true,
    onRelease: (h) => {
      release = h;
    },
  };
  startUploadGuard(window as unknown as Window, wordpressUploads, bridge, controller.signal);
  /** The browser's side of a file choice: the input's files set, then input and change. */
  const choose = (...names: string[]) => {
    const data = new window.DataTransfer();
    for (const name of names) data.items.add(new window.File(['x'], name, { type: 'image/jpeg' }) as never);
    input.files = data.files as unknown as FileList;
    for (const type of ['input', 'change']) input.dispatchEvent(new window.Event(type, { bubbles: true }) as unknown as Event);
  };
  return { window, input, seen, calls, bridge, choose, release: (id: string, send: boolean) => release(id, send) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('upload guard on WordPress media-new.php', () => {
  it('lets a property photo through untouched', async () => {
    const { seen, calls, choose } = setup({ action: 'release' });
    choose('villa-facade.jpg');
    await flush();
    expect(seen).toEqual(['villa-facade.jpg']);
    expect(calls).toEqual([]); // nothing personal: nothing to check or log
  });

  it('holds an ID card scan: the site sees nothing, the input is emptied, the dialog opens', async () => {
    const { input, seen, calls, bridge, choose, release } = setup({ action: 'dialog', eventId: '', nonce: 'n'.repeat(32), decision: 'block' });
    choose('carte-identite-recto.jpg');
    await flush();
    expect(seen).toEqual([]);
    expect(input.files?.length ?? 0).toBe(0);
    expect(calls).toMatchObject([{ phase: 'held', gesture: 'file-choice' }]);
    expect(bridge.showDialog).toHaveBeenCalledOnce();
    release(calls[0]!.eventId, false);
    expect(seen).toEqual([]);
  });

  it('hands the same files back to the site once after "send anyway"', async () => {
    const { seen, calls, choose, release } = setup({ action: 'dialog', eventId: '', nonce: 'n'.repeat(32), decision: 'warn' });
    choose('acte-de-vente.pdf', 'facade.jpg');
    await flush();
    expect(seen).toEqual([]);
    release(calls[0]!.eventId, true);
    release(calls[0]!.eventId, true); // a repeated release never delivers twice
    expect(seen).toEqual(['acte-de-vente.pdf', 'facade.jpg']);
  });
});
