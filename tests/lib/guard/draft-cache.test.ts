import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { BodyFindings } from '../../../lib/guard/draft-cache.ts';
import { essentialFindings } from '../../../lib/guard/analyse.ts';

function body(html: string) {
  const window = new Window({ url: 'https://mail.google.com/' });
  const el = window.document.createElement('div');
  el.innerHTML = html;
  window.document.body.append(el);
  return { window, el: el as unknown as HTMLElement };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('BodyFindings', () => {
  it('gives offsets into the body text as blocks joined by line breaks', () => {
    const { el } = body('<div>Bonjour Madame,</div><div>Mon GSM : 0476 12 34 56</div>');
    const cache = new BodyFindings(el, {});
    const text = 'Bonjour Madame,\nMon GSM : 0476 12 34 56';
    const phone = cache.findings().find((f) => f.type === 'phone');
    expect(phone && text.slice(phone.start, phone.end)).toBe('0476 12 34 56');
  });

  it('rescans only the blocks that changed, and forgets removed ones', async () => {
    const { el } = body('<div>NN 85.07.30-033.28</div><div>rien</div>');
    const cache = new BodyFindings(el, {});
    expect(cache.findings().map((f) => f.type)).toEqual(['be-national-number']);
    (el.children[1] as HTMLElement).textContent = 'GSM 0476 12 34 56';
    el.children[0]!.remove();
    await flush(); // MutationObserver records arrive as a microtask
    expect(cache.findings().map((f) => f.type)).toEqual(['phone']);
    cache.disconnect();
  });

  it('changes its version only when the findings change, not when typing shifts them', async () => {
    const { el } = body('<div>Bonjour,</div><div>GSM 0476 12 34 56</div>');
    const cache = new BodyFindings(el, {});
    cache.findings();
    const v = cache.version;
    (el.children[0] as HTMLElement).textContent = 'Bonjour Madame,';
    await flush();
    expect(cache.findings()[0]!.start).toBe('Bonjour Madame,\nGSM '.length);
    expect(cache.version).toBe(v);
    (el.children[0] as HTMLElement).textContent = 'NN 85.07.30-033.28';
    await flush();
    cache.findings();
    expect(cache.version).toBe(v + 1);
    cache.disconnect();
  });
});

describe('essentialFindings', () => {
  it('keeps one finding per type and value, in order, and counts the distinct ones', () => {
    const f = (type: 'phone' | 'email', value: string, start: number) => ({ type, value, start, end: start + 1, confidence: 'high' as const, masked: 'x' });
    const out = essentialFindings([f('phone', '0476', 0), f('email', 'a@b.be', 5), f('phone', '0476', 9)], []);
    expect(out.findings.map((x) => x.start)).toEqual([0, 5]);
    expect(out.distinct).toBe(2);
  });
});
