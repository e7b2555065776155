/**
 * The dialog host in happy-dom: a dialog page loaded ahead stays hidden and holds no event, showing it reuses the
 * same frame (only the fragment changes: no reload), and a frame the page removed is replaced.
 */
import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DialogHost } from '../../../lib/guard/dialog-host.ts';

const PAGE = 'chrome-extension://abc/dialog.html';

/** The host element and, through a spy on attachShadow, its closed shadow root's frame (the page cannot see it). */
function setUp() {
  const window = new HappyWindow({ url: 'https://mail.google.com/mail/u/0/', settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true } });
  const doc = window.document as unknown as Document;
  const roots: ShadowRoot[] = [];
  const attach = window.HTMLElement.prototype.attachShadow;
  window.HTMLElement.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root as unknown as ShadowRoot);
    return root;
  };
  const host = () => doc.querySelector<HTMLElement>('[data-vigie^=dialog]');
  const frame = () => roots.at(-1)?.querySelector('iframe') ?? null;
  /** The frame's load event, as the browser fires it once the dialog page has loaded. */
  const loaded = () => frame()!.dispatchEvent(new window.Event('load') as unknown as Event);
  return { doc, dialog: new DialogHost(doc), host, frame, roots, loaded };
}

describe('DialogHost', () => {
  it('loads the dialog hidden ahead, then shows an event in the same frame', () => {
    const { dialog, host, frame, roots, loaded } = setUp();
    dialog.prepare(PAGE);
    expect(host()?.getAttribute('data-vigie')).toBe('dialog-standby');
    expect(host()?.style.visibility).toBe('hidden');
    expect(host()?.style.pointerEvents).toBe('none');
    expect(frame()?.style.visibility).toBe('hidden'); // its all:initial would make it visible again
    expect(frame()?.style.pointerEvents).toBe('none');
    expect(host()?.shadowRoot).toBeNull(); // closed
    expect(frame()?.src).toBe(PAGE); // no event id, no nonce until shown
    expect(dialog.open).toBe(false);

    dialog.prepare(PAGE); // idempotent
    expect(roots).toHaveLength(1);

    const prepared = frame();
    loaded();
    dialog.show(`${PAGE}#e=1&n=secret`);
    expect(roots).toHaveLength(1);
    expect(frame()).toBe(prepared);
    expect(frame()?.src).toBe(`${PAGE}#e=1&n=secret`);
    expect(host()?.getAttribute('data-vigie')).toBe('dialog-host');
    expect(host()?.style.visibility).not.toBe('hidden');
    expect(frame()?.style.visibility).not.toBe('hidden');
    expect(dialog.open).toBe(true);
  });

  it('creates a visible frame when nothing was prepared, and a fresh one for each dialog after a close', () => {
    const { dialog, host, frame, roots, loaded } = setUp();
    dialog.show(`${PAGE}#e=1&n=a`);
    expect(host()?.getAttribute('data-vigie')).toBe('dialog-host');
    expect(frame()?.src).toBe(`${PAGE}#e=1&n=a`);
    dialog.close();
    expect(host()).toBeNull();
    expect(dialog.open).toBe(false);

    dialog.prepare(PAGE);
    loaded();
    dialog.show(`${PAGE}#e=2&n=b`);
    expect(roots).toHaveLength(2);
    // Showing again while a dialog is shown replaces it (the shown frame is never reused for another event).
    dialog.show(`${PAGE}#e=3&n=c`);
    expect(roots).toHaveLength(3);
    expect(frame()?.src).toBe(`${PAGE}#e=3&n=c`);
    expect(host()?.getAttribute('data-vigie')).toBe('dialog-host');
  });

  it('shows in a new frame while the prepared one is still loading (a fragment set then can be lost)', () => {
    const { doc, dialog, host, frame, roots } = setUp();
    dialog.prepare(PAGE);
    dialog.show(`${PAGE}#e=1&n=a`);
    expect(roots).toHaveLength(2);
    expect(frame()?.src).toBe(`${PAGE}#e=1&n=a`);
    expect(host()?.getAttribute('data-vigie')).toBe('dialog-host');
    expect(doc.querySelectorAll('[data-vigie^=dialog]')).toHaveLength(1);
  });

  it('replaces a prepared frame that the page removed', () => {
    const { dialog, host, roots } = setUp();
    dialog.prepare(PAGE);
    host()!.remove();
    dialog.prepare(PAGE);
    expect(roots).toHaveLength(2);
    host()!.remove();
    dialog.show(`${PAGE}#e=1&n=a`);
    expect(roots).toHaveLength(3);
    expect(host()?.getAttribute('data-vigie')).toBe('dialog-host');
    expect(dialog.open).toBe(true);
  });
});
