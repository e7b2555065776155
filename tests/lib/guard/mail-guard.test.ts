/**
 * The webmail guard on the Gmail page fixture, in happy-dom, with a fake bridge standing in for the background.
 * A "site" listener in the bubble phase plays Gmail's own send handler: it must run only when Vigie lets it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import defaultPolicyJson from '../../../rules/default-policy.json';
import { parsePolicy } from '../../../rules/schema.ts';
import { startMailGuard, type GuardBridge } from '../../../lib/guard/mail-guard.ts';
import { gmail } from '../../../lib/sites/gmail.ts';
import { googleForms } from '../../../lib/sites/google-forms.ts';
import type { SendVerdict } from '../../../lib/messages.ts';

const parsed = parsePolicy(defaultPolicyJson);
if (!parsed.ok) throw new Error('default policy invalid');
const policy = parsed.policy;

function page() {
  const window = new HappyWindow({
    url: 'https://mail.google.com/mail/u/0/#inbox',
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/sites/gmail/inbox.html'), 'utf8');
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  const doc = window.document as unknown as Document;
  const root = gmail.findComposeRoots(doc)[0]!;
  const sent: string[] = [];
  // Gmail's own handler, in the bubble phase on document (like jsaction).
  doc.addEventListener('click', (e) => {
    if (gmail.sendButton(root)?.contains(e.target as Node)) sent.push(gmail.readDraft(root).body);
  });
  return { window, doc, root, sent };
}

function fakeBridge(verdict: SendVerdict) {
  let release: (eventId: string, send: boolean) => void = () => undefined;
  const calls: { phase: string; eventId: string }[] = [];
  const bridge: GuardBridge = {
    locale: 'fr',
    texts: { title: 'Vigie', block: 'Bloqué', warn: 'À justifier', dismiss: 'Fermer', unchecked: 'Non vérifié' },
    policy: () => policy,
    newEventId: () => `00000000-0000-4000-8000-00000000000${calls.length}`,
    send: async (phase, eventId) => {
      calls.push({ phase, eventId });
      return verdict.action === 'dialog' ? { ...verdict, eventId } : verdict;
    },
    dialogUrl: (eventId, nonce) => `chrome-extension://x/dialog.html#e=${eventId}&n=${nonce}`,
    prepareDialog: vi.fn(),
    showDialog: vi.fn(),
    closeDialog: vi.fn(),
    isDialogOpen: () => true,
    onRelease: (h) => {
      release = h;
    },
  };
  return { bridge, calls, release: (id: string, send: boolean) => release(id, send) };
}

/** Keeps only the notary as recipient: the chip in To; no typed leftover, no Cc/Bcc. */
function onlyNotary(root: Element) {
  (root.querySelector('div[name=to] input') as HTMLInputElement).value = '';
  root.querySelectorAll('div[name=cc] [role=option], div[name=bcc] [role=option]').forEach((chip) => chip.remove());
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('mail guard on the Gmail fixture', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('lets an allowed send through untouched and reports it once', async () => {
    const { window, root, sent } = page();
    onlyNotary(root);
    const { bridge, calls } = fakeBridge({ action: 'release' });
    startMailGuard(window as unknown as Window, gmail, bridge, controller.signal);
    gmail.sendButton(root)!.click();
    await flush();
    expect(sent).toHaveLength(1);
    expect(calls.map((c) => c.phase)).toEqual(['passed']);
    expect(bridge.prepareDialog).not.toHaveBeenCalled(); // nothing to warn about: no dialog page loaded ahead
  });

  it('holds a send to an unknown recipient with a national number, and sends once after release', async () => {
    const { window, root, sent } = page();
    const { bridge, calls, release } = fakeBridge({ action: 'dialog', eventId: '', nonce: 'n'.repeat(32), decision: 'warn' });
    startMailGuard(window as unknown as Window, gmail, bridge, controller.signal);
    gmail.sendButton(root)!.click();
    await flush();
    expect(sent).toHaveLength(0);
    expect(calls.map((c) => c.phase)).toEqual(['held']);
    expect(bridge.showDialog).toHaveBeenCalledOnce();

    // A second click while the dialog is open is swallowed and asks nothing new.
    gmail.sendButton(root)!.click();
    await flush();
    expect(calls).toHaveLength(1);
    expect(sent).toHaveLength(0);

    release(calls[0]!.eventId, true);
    release(calls[0]!.eventId, true); // a repeated release never sends twice
    expect(sent).toHaveLength(1);
    expect(bridge.closeDialog).toHaveBeenCalled();
  });

  it('never sends after a cancel, and Ctrl+Enter is held like a click', async () => {
    const { window, root, sent } = page();
    const { bridge, calls, release } = fakeBridge({ action: 'dialog', eventId: '', nonce: 'n'.repeat(32), decision: 'block' });
    startMailGuard(window as unknown as Window, gmail, bridge, controller.signal);
    const body = gmail.bodyElement(root)!;
    const key = new window.KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, cancelable: true });
    body.dispatchEvent(key as unknown as Event);
    await flush();
    expect(key.defaultPrevented).toBe(true);
    expect(calls.map((c) => c.phase)).toEqual(['held']);
    release(calls[0]!.eventId, false);
    expect(sent).toHaveLength(0);
  });

  it('fails closed when the background does not answer and the recipient could be blocked', async () => {
    const { window, root, sent } = page();
    const { bridge } = fakeBridge({ action: 'release' });
    bridge.send = () => Promise.reject(new Error('no background'));
    startMailGuard(window as unknown as Window, gmail, bridge, controller.signal);
    gmail.sendButton(root)!.click();
    await flush();
    await flush();
    expect(sent).toHaveLength(0);
  });

  it('shows an inline warning naming the recipient while typing, and hides it when fixed', async () => {
    vi.useFakeTimers();
    try {
      const { window, doc, root } = page();
      const { bridge } = fakeBridge({ action: 'release' });
      startMailGuard(window as unknown as Window, gmail, bridge, controller.signal);
      const body = gmail.bodyElement(root)!;
      body.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
      vi.advanceTimersByTime(200);
      const host = doc.querySelector('[data-vigie=inline-warning-host]');
      const warning = host?.shadowRoot?.querySelector('[data-testid=vigie-inline-warning]');
      expect(warning?.textContent).toContain('compta@fiduciaire-lemaire.be');
      expect(warning?.textContent).toMatch(/numéro national/i);
      expect(bridge.prepareDialog).toHaveBeenCalledOnce(); // a send is likely held: its dialog loads ahead

      onlyNotary(root);
      body.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
      vi.advanceTimersByTime(200);
      expect(doc.querySelector('[data-vigie=inline-warning-host]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('mail guard on the Google Forms fixture', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  /** The form page, with Forms' own handler (bubble phase on document) recording each post it would make. */
  function formPage() {
    const window = new HappyWindow({
      url: 'https://docs.google.com/forms/d/e/1FAIpQLSd3mYbXk7Qw9RtUvLpZ0aB1cD2eF3gH/viewform',
      settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
    });
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/sites/google-forms/viewform.html'), 'utf8');
    window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
    const doc = window.document as unknown as Document;
    const root = googleForms.findComposeRoots(doc)[0]!;
    const posted: string[] = [];
    doc.addEventListener('click', (e) => {
      if (googleForms.sendButton(root)?.contains(e.target as Node)) posted.push(googleForms.readDraft(root).body);
    });
    doc.addEventListener('submit', (e) => {
      if (!e.defaultPrevented) posted.push('submit-event');
    });
    const type = (value: string) => {
      (root.querySelector('textarea') as HTMLTextAreaElement).value = value;
    };
    return { window, root, posted, type };
  }

  it('holds even an allowed form send until the background confirms, then clicks Submit once', async () => {
    const { window, root, posted, type } = formPage();
    type('Villa 4 façades, 3 chambres, jardin de 12 ares.');
    let answer: (v: SendVerdict) => void = () => undefined;
    const { bridge, calls } = fakeBridge({ action: 'release' });
    bridge.send = async (phase, eventId) => {
      calls.push({ phase, eventId });
      return new Promise<SendVerdict>((r) => (answer = r));
    };
    startMailGuard(window as unknown as Window, googleForms, bridge, controller.signal);
    googleForms.sendButton(root)!.click();
    await flush();
    expect(calls.map((c) => c.phase)).toEqual(['held']);
    expect(posted).toEqual([]); // not before the background lifted any block on the form
    answer({ action: 'release' });
    await flush();
    expect(posted).toEqual(['Message\nVilla 4 façades, 3 chambres, jardin de 12 ares.']);
  });

  it("holds the form's own submit event (requestSubmit) like a click on Submit", async () => {
    const { window, root, posted, type } = formPage();
    type('Rappelez-moi au 0476 12 34 56.');
    const { bridge, calls, release } = fakeBridge({ action: 'dialog', eventId: '', nonce: 'n'.repeat(32), decision: 'warn' });
    startMailGuard(window as unknown as Window, googleForms, bridge, controller.signal);
    const submit = new window.Event('submit', { bubbles: true, cancelable: true });
    root.dispatchEvent(submit as unknown as Event);
    await flush();
    expect(submit.defaultPrevented).toBe(true);
    expect(posted).toEqual([]);
    expect(calls.map((c) => c.phase)).toEqual(['held']);
    release(calls[0]!.eventId, true);
    expect(posted).toHaveLength(1); // the Submit button, clicked once
  });

  it('when the background does not answer, a form the local policy allows still goes; one it would block does not', async () => {
    const allowed = formPage();
    allowed.type('Appartement 2 chambres, terrasse sud.');
    const { bridge } = fakeBridge({ action: 'release' });
    bridge.send = () => Promise.reject(new Error('no background'));
    startMailGuard(allowed.window as unknown as Window, googleForms, bridge, controller.signal);
    googleForms.sendButton(allowed.root)!.click();
    await flush();
    await flush();
    expect(allowed.posted).toHaveLength(1);

    const blocked = formPage();
    blocked.type('Numéro national du vendeur : 85.07.30-033.28');
    startMailGuard(blocked.window as unknown as Window, googleForms, bridge, controller.signal);
    googleForms.sendButton(blocked.root)!.click();
    await flush();
    await flush();
    expect(blocked.posted).toEqual([]);
  });
});
