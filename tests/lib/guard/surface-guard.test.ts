/**
 * Paste, drop, file inputs and mailto links on a watched page (the Omnicasa fixture, in happy-dom), judged against
 * the destination where one is known. A "site" listener in the bubble phase plays the page: it must not see what
 * Vigie stops.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import defaultPolicyJson from '../../../rules/default-policy.json';
import { parsePolicy } from '../../../rules/schema.ts';
import { parseMailto, startSurfaceGuard, type SurfaceBridge } from '../../../lib/guard/surface-guard.ts';
import { omnicasa } from '../../../lib/sites/omnicasa.ts';
import type { Policy } from '../../../lib/policy/types.ts';

const parsed = parsePolicy(defaultPolicyJson);
if (!parsed.ok) throw new Error('default policy invalid');
const POLICY = parsed.policy;
const NN = '85.07.30-033.28';

function page(policy: Policy | null = POLICY) {
  const window = new HappyWindow({
    url: 'https://primogest.omnicasa.com/Property/Detail/2024-117',
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/sites/omnicasa/index.html'), 'utf8');
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, ''));
  const doc = window.document as unknown as Document;
  const seen: string[] = [];
  for (const type of ['paste', 'drop', 'input', 'change', 'click']) doc.addEventListener(type, () => seen.push(type));
  /** What the guard reported to the background (the send bridge): stopped gestures only. */
  const reports: Parameters<SurfaceBridge['send']>[] = [];
  let ids = 0;
  const bridge: SurfaceBridge = {
    locale: 'fr',
    texts: { title: 'Vigie', block: 'Bloqué', warn: 'À justifier', dismiss: 'Fermer' },
    policy: () => policy,
    newEventId: () => `event-${++ids}`,
    send: async (...args) => {
      reports.push(args);
      return { action: 'refused', reason: '' };
    },
  };
  const $ = (css: string) => doc.querySelector(css) as HTMLElement;
  const warning = () =>
    [...doc.querySelectorAll('[data-vigie=inline-warning-host]')].map((h) => h.shadowRoot?.querySelector('[data-testid=vigie-inline-warning]')?.textContent ?? '').join('|');
  return { window, doc, seen, bridge, reports, $, warning };
}

/**
 * A paste or drop event carrying text (and files), as the browser builds it: `trusted` as from the agent's own
 * gesture (happy-dom makes every event untrusted, as a page script's are).
 */
function carrying(window: HappyWindow, type: 'paste' | 'drop', text: string, files: { name: string; type: string }[] = [], trusted = true): Event {
  const event = new window.Event(type, { bubbles: true, cancelable: true }) as unknown as Event;
  const data = { getData: (format: string) => (format === 'text/plain' ? text : ''), files };
  Object.defineProperty(event, type === 'paste' ? 'clipboardData' : 'dataTransfer', { value: data });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function chooseFiles(window: HappyWindow, input: HTMLInputElement, names: string[]): Event {
  Object.defineProperty(input, 'files', { value: names.map((name) => ({ name, type: name.endsWith('.jpg') ? 'image/jpeg' : 'application/pdf' })), configurable: true });
  const event = new window.Event('change', { bubbles: true, cancelable: true }) as unknown as Event;
  input.dispatchEvent(event);
  return event;
}

describe('surface guard', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('stops a national number pasted into an SMS to an unknown number, says why, and reports it for the log', () => {
    const { window, $, seen, bridge, reports, warning } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    const paste = carrying(window, 'paste', `Son numéro national : ${NN}`);
    $('textarea[name=Message]').dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    expect(seen).not.toContain('paste');
    expect(warning()).toContain('Un numéro national ne peut pas être envoyé par SMS au +32476123456');
    expect(reports).toHaveLength(1);
    const [phase, , gesture, { envelope, findings, failed }] = reports[0]!;
    expect([phase, gesture, failed]).toEqual(['stopped', 'paste', false]);
    expect(envelope).toMatchObject({ site: 'omnicasa', action: 'paste', targets: [{ kind: 'phone', number: '+32476123456' }, { kind: 'phone', number: '+32475987654' }] });
    expect(findings.map((f) => [f.type, f.masked])).toEqual([['be-national-number', '•••••••••28']]);
  });

  it("stops a page script's synthetic paste without reporting it: only the agent's own gestures reach the log", () => {
    const { window, $, bridge, reports } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    const forged = carrying(window, 'paste', `Son numéro national : ${NN}`, [], false);
    $('textarea[name=Message]').dispatchEvent(forged);
    expect(forged.defaultPrevented).toBe(true);
    expect(reports).toEqual([]);
  });

  it('warns without stopping when pasted contact data needs a justification (a typed Cc is unknown)', () => {
    const { window, $, seen, bridge, reports, warning } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    const paste = carrying(window, 'paste', 'Le vendeur est joignable au 0475 98 76 54.');
    $('.oc-mail-composer .oc-editor').dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(false);
    expect(seen).toContain('paste');
    expect(warning()).toContain('sophie.lambert@gmail.com');
    expect(warning()).toContain('À justifier');
    expect(reports).toEqual([]); // not stopped: the send check logs the mail, with its justification
  });

  it("stops personal data dropped into the listing's description: the portals publish it", () => {
    const { window, $, seen, bridge, warning } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    const drop = carrying(window, 'drop', 'Contact propriétaire : 0475 98 76 54');
    $('textarea[name=Description]').dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(seen).not.toContain('drop');
    expect(warning()).toMatch(/ne peut pas être publié sur « portal »/);
  });

  it('leaves alone what has no known destination, no personal data, or no policy yet', () => {
    for (const policy of [POLICY, null]) {
      const { window, $, bridge, warning } = page(policy);
      const c = new AbortController();
      startSurfaceGuard(window as unknown as Window, omnicasa, bridge, c.signal);
      const outside = carrying(window, 'paste', `NN ${NN}`);
      $('.oc-topbar').dispatchEvent(outside); // not in a compose window: the send check will judge the draft
      const plain = carrying(window, 'paste', 'Visite samedi à 10 h.');
      $('textarea[name=Message]').dispatchEvent(plain);
      const sms = carrying(window, 'paste', `NN ${NN}`);
      $('textarea[name=Message]').dispatchEvent(sms);
      expect([outside.defaultPrevented, plain.defaultPrevented, sms.defaultPrevented]).toEqual([false, false, policy !== null]);
      if (!policy) expect(warning()).toBe('');
      c.abort();
    }
  });

  it('empties a file input given an ID card scan for an unknown host; lets a facade photo through', () => {
    const { window, doc, seen, bridge, warning } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    const input = doc.createElement('input');
    input.type = 'file';
    doc.body.append(input);
    const facade = chooseFiles(window, input, ['facade-sud.jpg']);
    expect(facade.defaultPrevented).toBe(false);
    expect(seen).toEqual(['change']);
    const scan = chooseFiles(window, input, ['carte-identite-recto.jpg']);
    expect(scan.defaultPrevented).toBe(true);
    expect(seen).toEqual(['change']); // the page never saw the second choice
    expect(input.value).toBe('');
    expect(warning()).toContain("Une pièce d'identité ne peut pas être envoyée à https://primogest.omnicasa.com/Property/Detail/2024-117");
  });

  it('judges a file attached in a composer against its recipients', () => {
    const { window, $, bridge } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    // Recipients: a notary (may receive identity documents), a typed unknown Cc → the unknown one blocks it.
    expect(chooseFiles(window, $('.oc-mail-composer input[type=file]') as HTMLInputElement, ['acte-de-vente-signe.pdf']).defaultPrevented).toBe(true);
  });

  it('checks a mailto: link carrying personal data against its addresses; a bare address passes', () => {
    const { window, doc, bridge, warning } = page();
    startSurfaceGuard(window as unknown as Window, omnicasa, bridge, controller.signal);
    const link = doc.createElement('a');
    link.href = `mailto:sophie.lambert@gmail.com?subject=Dossier&body=${encodeURIComponent(`NN du vendeur : ${NN}`)}`;
    doc.body.append(link);
    const click = new window.MouseEvent('click', { bubbles: true, cancelable: true }) as unknown as Event;
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(warning()).toContain('sophie.lambert@gmail.com');
    const bare = new window.MouseEvent('click', { bubbles: true, cancelable: true }) as unknown as Event;
    doc.querySelector('.oc-owner a')!.dispatchEvent(bare);
    expect(bare.defaultPrevented).toBe(false);
  });

  it('parses mailto: links: recipients in the path and in to/cc/bcc, subject and body as text', () => {
    expect(parseMailto('mailto:a@x.be,B@Y.be?cc=c%40z.be&bcc=d@w.be&subject=Hi&body=Line%201%0ALine%202')).toEqual({
      recipients: [
        { address: 'a@x.be', field: 'to' },
        { address: 'b@y.be', field: 'to' },
        { address: 'c@z.be', field: 'cc' },
        { address: 'd@w.be', field: 'bcc' },
      ],
      text: 'Hi\nLine 1\nLine 2',
    });
    expect(parseMailto('https://x.be')).toBeNull();
    expect(parseMailto('mailto:?body=x')).toEqual({ recipients: [], text: 'x' });
  });
});
