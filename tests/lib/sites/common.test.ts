import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { SiteRules } from '../../../rules/sites/schema.ts';
import {
  checkHealth,
  classifySendGesture,
  dedupeRecipients,
  extractText,
  findAddress,
  normaliseAddress,
  outsideBody,
  parseAddressList,
  pick,
  queryAll,
  shortcutMatches,
  urlMatches,
} from '../../../lib/sites/common.ts';

function dom(html: string) {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = html;
  return { window, doc };
}
const text = (html: string) => extractText(dom(html).doc.body);

describe('extractText', () => {
  it.each([
    ['block elements become lines', '<div>a</div><div>b</div><p>c</p>', 'a\nb\nc'],
    ['<br> is a line break', 'a<br>b<br><br>c', 'a\nb\n\nc'],
    ['an empty <div><br></div> is a blank line (Gmail, roosterjs)', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['the first line of Gmail bodies is a bare text node', '<div dir="ltr">a<div><br></div><div>b</div></div>', 'a\n\nb'],
    ['a trailing <br> closing a block adds no line', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['source whitespace collapses like innerText', '<div>\n  a   b\n</div>\n  <div>  c</div>', 'a b\nc'],
    ['&nbsp; becomes a space and is not collapsed', 'a&nbsp;&nbsp;b', 'a  b'],
    ['an &nbsp;-only line is a blank line (Outlook)', '<div>a</div><div>&nbsp;</div><div>b</div>', 'a\n\nb'],
    ['inline elements stay on the line', '<div>IBAN <b>BE68</b> <span>5390</span> 0754</div>', 'IBAN BE68 5390 0754'],
    ['nested quotes and lists', '<blockquote><div>q1</div><ul><li>x</li><li>y</li></ul></blockquote>', 'q1\nx\ny'],
    ['table cells are separated', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\tb\nc'],
    ['<pre> keeps its whitespace', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    ['scripts and styles are not text', '<div>a<script>x()</script><style>p{}</style></div>', 'a'],
    ['hidden content is kept: it is sent too', '<div>a</div><div style="display:none">quoted</div>', 'a\nquoted'],
  ])('%s', (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('can skip elements (chips inside an editable well)', () => {
    const { doc } = dom('<div id="w"><span class="chip">Maître Dubois</span>x@y.be</div>');
    expect(extractText(doc.getElementById('w')!, (el) => el.classList.contains('chip'))).toBe('x@y.be');
  });
});

describe('addresses', () => {
  it.each([
    ['Jean.Dupont@Gmail.COM', 'jean.dupont@gmail.com'],
    ['mailto:a@b.be', 'a@b.be'],
    ['<a@b.be>', 'a@b.be'],
    ['"a@b.be"', 'a@b.be'],
    ['élodie@exemple.be', 'élodie@exemple.be'],
    ['a+tag@sub.domain.be', 'a+tag@sub.domain.be'],
  ])('normaliseAddress(%s) = %s', (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });

  it.each(['dubois', 'a@b', '@b.be', 'a@@b.be', 'a b@c.be', 'a@-b.be', ''])('normaliseAddress(%j) is not an address', (raw) => {
    expect(normaliseAddress(raw)).toBeNull();
  });

  it('findAddress takes the address out of a label', () => {
    expect(findAddress('Maître Dubois (M.Dubois@notaire-dubois.be)')).toBe('m.dubois@notaire-dubois.be');
    expect(findAddress('Maître Dubois')).toBeNull();
  });

  it.each([
    ['a@b.be, c@d.be; e@f.be', [{ address: 'a@b.be' }, { address: 'c@d.be' }, { address: 'e@f.be' }], []],
    ['a@b.be c@d.be', [{ address: 'a@b.be' }, { address: 'c@d.be' }], []],
    ['Jean Dupont <Jean@X.be>', [{ address: 'jean@x.be', displayName: 'Jean Dupont' }], []],
    ['"Dupont, Jean" <jean@x.be>; b@c.be', [{ address: 'jean@x.be', displayName: 'Dupont, Jean' }, { address: 'b@c.be' }], []],
    ['<jean@x.be>', [{ address: 'jean@x.be' }], []],
    ['a@b.be Jean <j@x.be>', [{ address: 'a@b.be' }, { address: 'j@x.be', displayName: 'Jean' }], []],
    ['dubois; a@b.be', [{ address: 'a@b.be' }], ['dubois']],
    ['Jean Vermeulen', [], ['Jean Vermeulen']],
    ['Jean <pas une adresse>', [], ['Jean <pas une adresse>']],
    ['  ,; ', [], []],
  ])('parseAddressList(%j)', (input, addresses, unresolved) => {
    expect(parseAddressList(input)).toEqual({ addresses, unresolved });
  });

  it('dedupeRecipients keeps one entry per field and address, preferring the chip', () => {
    expect(
      dedupeRecipients([
        { field: 'to', address: 'A@b.be', typed: true },
        { field: 'to', address: 'a@b.be', displayName: 'A' },
        { field: 'cc', address: 'a@b.be' },
        { field: 'to', address: 'a@b.be', typed: true },
      ]),
    ).toEqual([
      { field: 'to', address: 'a@b.be', displayName: 'A' },
      { field: 'cc', address: 'a@b.be' },
    ]);
  });
});

const RULES: SiteRules = {
  id: 'demo',
  hosts: ['mail.example.be'],
  paths: ['/mail/'],
  keys: ['Ctrl+Enter', 'Meta+Enter'],
  selectors: {
    root: { css: ['.root'], note: 'n', required: true },
    send: { css: ['.missing', 'button.send'], note: 'n', required: true },
    options: { css: ['.options'], note: 'n' },
  },
};

describe('rules helpers', () => {
  it('urlMatches wants https, the exact host and a path prefix', () => {
    expect(urlMatches(RULES, new URL('https://mail.example.be/mail'))).toBe(true);
    expect(urlMatches(RULES, new URL('https://mail.example.be/mail/x'))).toBe(true);
    expect(urlMatches(RULES, new URL('https://mail.example.be/mailbox'))).toBe(false);
    expect(urlMatches(RULES, new URL('https://mail.example.be.evil.io/mail/'))).toBe(false);
    expect(urlMatches({ ...RULES, paths: undefined }, new URL('https://mail.example.be/anything'))).toBe(true);
  });

  it('pick fails loudly when the rules lack a selector', () => {
    expect(pick(RULES, ['root', 'send']).send.css).toEqual(['.missing', 'button.send']);
    expect(() => pick(RULES, ['root', 'body'])).toThrow('rules/sites/demo.json: selector "body" is missing');
  });

  it('queryAll uses the first css that matches anything', () => {
    const { doc } = dom('<button class="send">1</button><b class="x">2</b><b class="x">3</b>');
    expect(queryAll(doc, { css: ['.none', '.x', 'button.send'], note: '' }).map((e) => e.textContent)).toEqual(['2', '3']);
    expect(queryAll(doc, { css: ['.none'], note: '' })).toEqual([]);
  });

  it('outsideBody gives the parts of a window around its body, in document order, and queryAll searches them', () => {
    const { doc } = dom(`<div id="root">
      <div id="head"><span class="chip">a@x.be</span></div>
      <div id="wrap"><div id="tools"><span class="chip">b@x.be</span></div><div id="body"><span class="chip">in@body.be</span></div><div id="after"></div></div>
      <div class="chip" id="foot">c@x.be</div>
    </div>`);
    const root = doc.getElementById('root')!;
    const scope = outsideBody(root, doc.getElementById('body'));
    expect(scope.map((e) => e.id)).toEqual(['head', 'tools', 'after', 'foot']);
    // A part that matches itself counts, the body's content never does, and the order is the document's.
    expect(queryAll(scope, { css: ['.chip'], note: '' }).map((e) => e.textContent)).toEqual(['a@x.be', 'b@x.be', 'c@x.be']);
    expect(queryAll(root, { css: ['.chip'], note: '' })).toHaveLength(4);
    // Without a body (or one outside the window) the whole window is searched.
    expect(outsideBody(root, null)).toEqual([root]);
    expect(outsideBody(root, doc.body)).toEqual([root]);
  });

  it('checkHealth names required selectors matching neither the root nor inside it', () => {
    const { doc } = dom('<div class="root"><button class="send"></button></div>');
    const root = doc.querySelector('.root')!;
    expect(checkHealth(root, RULES.selectors)).toEqual({ ok: true, missing: [] });
    root.className = '';
    root.innerHTML = '';
    expect(checkHealth(root, RULES.selectors)).toEqual({ ok: false, missing: ['root', 'send'] });
  });

  it.each([
    [{ key: 'Enter', ctrlKey: true }, 'Ctrl+Enter', true],
    [{ key: 'Enter', metaKey: true }, 'Ctrl+Enter', false],
    [{ key: 'Enter', ctrlKey: true, shiftKey: true }, 'Ctrl+Enter', true],
    [{ keyCode: 13, ctrlKey: true }, 'Ctrl+Enter', true],
    [{ key: 'Enter' }, 'Ctrl+Enter', false],
    [{ key: 's', altKey: true }, 'Alt+S', true],
    [{ key: 'd', altKey: true }, 'Alt+S', false],
  ])('shortcutMatches(%j, %s) = %s', (event, shortcut, expected) => {
    expect(shortcutMatches(event, shortcut)).toBe(expected);
  });
});

describe('classifySendGesture', () => {
  const targets = {
    send: [RULES.selectors.send!],
    notSend: RULES.selectors.options!,
    keys: RULES.keys,
  };
  function setup() {
    const { window, doc } = dom(
      '<div class="root"><textarea></textarea><button class="send"><span><i>✈</i></span>Envoyer</button>' +
        '<button class="send options"><i>▾</i></button></div><button class="send" id="outside"></button>',
    );
    const root = doc.querySelector('.root')!;
    const fire = (target: Element, event: unknown) => (target.dispatchEvent(event as Event), event as Event);
    const click = (css: string) => fire(doc.querySelector(css)!, new window.MouseEvent('click', { bubbles: true }));
    const key = (css: string, init: object) => fire(doc.querySelector(css)!, new window.KeyboardEvent('keydown', { bubbles: true, ...init }));
    const other = (css: string, type: string) => fire(doc.querySelector(css)!, new window.MouseEvent(type, { bubbles: true }));
    return { root, click, key, other };
  }

  it('classifies clicks, shortcuts and activations', () => {
    const { root, click, key, other } = setup();
    expect(classifySendGesture(click('.root > .send:not(.options)'), root, targets)).toBe('click');
    expect(classifySendGesture(click('.root > .send i'), root, targets)).toBe('click');
    expect(classifySendGesture(click('.options i'), root, targets)).toBeNull();
    expect(classifySendGesture(click('#outside'), root, targets)).toBeNull();
    expect(classifySendGesture(click('textarea'), root, targets)).toBeNull();
    expect(classifySendGesture(key('textarea', { key: 'Enter', metaKey: true }), root, targets)).toBe('keyboard-shortcut');
    expect(classifySendGesture(key('.root > .send', { key: ' ' }), root, targets)).toBe('keyboard-activation');
    expect(classifySendGesture(key('.root > .send', { key: 'Enter', altKey: true }), root, targets)).toBeNull();
    expect(classifySendGesture(key('.options', { key: 'Enter' }), root, targets)).toBeNull();
    expect(classifySendGesture(key('#outside', { key: 'Enter', ctrlKey: true }), root, targets)).toBeNull();
    expect(classifySendGesture(other('.root > .send', 'mousedown'), root, targets)).toBeNull();
  });
});
