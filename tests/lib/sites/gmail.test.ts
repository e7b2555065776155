import { describe, expect, it } from 'vitest';
import { gmail } from '../../../lib/sites/gmail.ts';
import { adapterFor, underPolicy } from '../../../lib/sites/index.ts';
import { defaultPolicyJson, loadPolicy } from '../policy/helpers.ts';
import { $, loadFixture } from './fixture.ts';

const INBOX_BODY = [
  'Bonjour Maître,',
  '',
  'Veuillez trouver ci-joint le compromis signé pour la vente du bien situé rue des Tanneurs 12 à 1000 Bruxelles.',
  'Acquéreuse : Sophie Lambert, née le 14/01/1992, numéro national 92.01.14-123.38.',
  "Compte pour l'acompte : BE68 5390 0754 7034.",
  '',
  'Bien à vous,',
  '',
  '--',
  'Julie Peeters',
  'Century 21 Primogest – Agent immobilier IPI 512.345',
  '+32 2 345 67 89',
].join('\n');

const REPLY_BODY = [
  'Bonjour Maître,',
  '',
  "C'est noté pour le 18 mars à 10 h. Je vous transmets la copie de la carte d'identité de l'acquéreuse.",
  '',
  'Julie',
  '',
  'Le lun. 3 mars 2025 à 10:12, Maître Dubois <etude.dubois@notaire.be> a écrit :',
  'Bonjour Madame Peeters,',
  '',
  "Je vous confirme la signature de l'acte authentique le 18 mars à 10 h en l'étude.",
  "Merci de m'envoyer la copie de la carte d'identité de l'acquéreuse.",
  '',
  'Maître Dubois',
].join('\n');

function inbox() {
  const f = loadFixture('gmail/inbox.html');
  const roots = gmail.findComposeRoots(f.doc);
  return { ...f, root: roots[0]! };
}

describe('gmail: finding compose windows', () => {
  it('finds the one pop-out compose of the inbox, not the <template> copies', () => {
    const { doc } = inbox();
    expect(gmail.findComposeRoots(doc)).toHaveLength(1);
  });

  it('finds an inline reply and a pop-out open together', () => {
    const { doc } = loadFixture('gmail/thread.html');
    const roots = gmail.findComposeRoots(doc);
    expect(roots).toHaveLength(2);
    expect(roots[0]!.closest('.AO')).not.toBeNull(); // the inline reply lives in the main pane
    expect(roots[1]!.closest('.AD')).not.toBeNull(); // the pop-out
  });

  it('composeRootOf climbs from any node to its compose, and is null outside', () => {
    const { doc, root } = inbox();
    expect(gmail.composeRootOf($(root, 'div[name=cc] [role=option]'))).toBe(root);
    expect(gmail.composeRootOf($(doc, '.T-I-KE'))).toBeNull();
  });
});

describe('gmail: readDraft', () => {
  it('reads chips with names, typed leftovers, subject, body lines and attachments', () => {
    const { root } = inbox();
    expect(gmail.readDraft(root)).toEqual({
      site: 'gmail',
      action: 'send-email',
      recipients: [
        { field: 'to', address: 'etude.dubois@notaire.be', displayName: 'Maître Dubois' },
        { field: 'to', address: 'compta@fiduciaire-lemaire.be', typed: true },
        { field: 'cc', address: 'sophie.lambert@gmail.com', displayName: 'Sophie Lambert' },
        { field: 'cc', address: 'julie.peeters@primogest.be', displayName: 'Julie Peeters' },
        { field: 'bcc', address: 'archives@primogest.be' }, // data-name equals the address: no display name
      ],
      subject: 'Compromis de vente – Rue des Tanneurs 12, 1000 Bruxelles',
      body: INBOX_BODY,
      attachments: [{ name: 'Compromis_Tanneurs12_signe.pdf' }, { name: 'Carte_identite_Lambert.jpg' }],
    });
  });

  it('readEnvelope is the draft without its body; bodyElement is the editor', () => {
    const { root } = inbox();
    const { body, ...envelope } = gmail.readDraft(root);
    expect(gmail.readEnvelope(root)).toEqual(envelope);
    expect(body).toBe(INBOX_BODY);
    expect(gmail.bodyElement(root)).toBe($(root, 'div.Am.Al.editable[contenteditable=true][g_editable=true]'));
  });

  it('keeps the quoted history of an inline reply in the body', () => {
    const { doc } = loadFixture('gmail/thread.html');
    const draft = gmail.readDraft(gmail.findComposeRoots(doc)[0]!);
    expect(draft.body).toBe(REPLY_BODY);
    expect(draft.subject).toBe('Re: Compromis Tanneurs 12');
    expect(draft.recipients).toEqual([{ field: 'to', address: 'etude.dubois@notaire.be', displayName: 'Maître Dubois' }]);
    expect(draft.attachments).toEqual([{ name: 'Carte_identite_Lambert.jpg' }]);
  });

  it('parses "Name <addr>" typed text and reports words that are no address as unresolved', () => {
    const { doc } = loadFixture('gmail/thread.html');
    const draft = gmail.readDraft(gmail.findComposeRoots(doc)[1]!);
    expect(draft.recipients).toEqual([{ field: 'to', address: 'jean.dupont@gmail.com', displayName: 'Jean Dupont', typed: true }]);
    expect(draft.unresolved).toEqual([{ field: 'to', text: 'dubois' }]);
    expect(draft.body).toBe('Bonjour,');
  });

  it('follows edits: a chip removed, text typed in the box, a body line added', () => {
    const { doc, root } = inbox();
    $(root, 'div[name=cc] [data-hovercard-id="sophie.lambert@gmail.com"]').remove();
    ($(root, 'div[name=to] input[peoplekit-id]') as HTMLInputElement).value = 'a@b.be; c@d.be';
    const line = doc.createElement('div');
    line.textContent = 'Nouvelle ligne';
    $(root, '.Ap [g_editable=true]').prepend(line);
    const draft = gmail.readDraft(root);
    expect(draft.recipients.map((r) => r.address)).toEqual([
      'etude.dubois@notaire.be',
      'a@b.be',
      'c@d.be',
      'julie.peeters@primogest.be',
      'archives@primogest.be',
    ]);
    expect(draft.body.startsWith('Nouvelle ligne\nBonjour Maître,\n')).toBe(true);
  });
});

describe('gmail: sendGesture', () => {
  it('a click on Envoyer is a send click', () => {
    const { root, click } = inbox();
    expect(gmail.sendGesture(click($(root, '.IZ .T-I.aoO')), root)).toBe('click');
  });

  it('a click inside Send+Archive (its icon) is a send click', () => {
    const { doc, click } = loadFixture('gmail/thread.html');
    const reply = gmail.findComposeRoots(doc)[0]!;
    expect(gmail.sendGesture(click($(reply, '.Uo .asb svg')), reply)).toBe('click');
    expect(gmail.sendGesture(click($(reply, '.Uo .Ub')), reply)).toBe('click');
  });

  it('the schedule / more options arrow is not a send, nor is its inner icon', () => {
    const { root, click } = inbox();
    expect(gmail.sendGesture(click($(root, '.IZ [aria-haspopup=true]')), root)).toBeNull();
    expect(gmail.sendGesture(click($(root, '.IZ [aria-haspopup=true] svg')), root)).toBeNull();
  });

  it('clicks elsewhere are not sends', () => {
    const { doc, root, click } = inbox();
    for (const css of ['.Ap [g_editable=true]', '.dL .vI', '[command=Files]', '.og', 'div[name=to] .afX', 'input[name=subjectbox]']) {
      expect(gmail.sendGesture(click($(root, css)), root), css).toBeNull();
    }
    expect(gmail.sendGesture(click($(doc, '.T-I-KE')), root)).toBeNull(); // "Nouveau message" is outside the compose
  });

  it('the send button of another compose is not a send of this one', () => {
    const { doc, click } = loadFixture('gmail/thread.html');
    const [reply, popout] = gmail.findComposeRoots(doc);
    expect(gmail.sendGesture(click($(popout!, '.IZ .T-I.aoO')), reply!)).toBeNull();
  });

  it.each([
    ['Ctrl+Enter in the body', '.Ap [g_editable=true]', { key: 'Enter', ctrlKey: true }],
    ['Meta+Enter in the body', '.Ap [g_editable=true]', { key: 'Enter', metaKey: true }],
    ['Ctrl+Enter in the subject', 'input[name=subjectbox]', { key: 'Enter', ctrlKey: true }],
    ['Ctrl+Enter in the To box', 'div[name=to] input[peoplekit-id]', { key: 'Enter', ctrlKey: true }],
    ['Ctrl+Shift+Enter (extra modifiers are ignored, as InboxSDK does)', '.Ap [g_editable=true]', { key: 'Enter', ctrlKey: true, shiftKey: true }],
    ['Ctrl+Enter reported by keyCode only', '.Ap [g_editable=true]', { keyCode: 13, ctrlKey: true }],
  ])('%s is the keyboard shortcut', (_, css, init) => {
    const { root, key } = inbox();
    expect(gmail.sendGesture(key($(root, css), init), root)).toBe('keyboard-shortcut');
  });

  it('Enter or Space on the focused send button is a keyboard activation', () => {
    const { root, key } = inbox();
    const send = $(root, '.IZ .T-I.aoO');
    expect(gmail.sendGesture(key(send, { key: 'Enter' }), root)).toBe('keyboard-activation');
    expect(gmail.sendGesture(key(send, { key: ' ' }), root)).toBe('keyboard-activation');
  });

  it('plain Enter, other keys, and keys outside the compose are not sends', () => {
    const { doc, root, key } = inbox();
    expect(gmail.sendGesture(key($(root, '.Ap [g_editable=true]'), { key: 'Enter' }), root)).toBeNull();
    expect(gmail.sendGesture(key($(root, 'div[name=to] input[peoplekit-id]'), { key: 'Enter' }), root)).toBeNull();
    expect(gmail.sendGesture(key($(root, '.IZ .T-I.aoO'), { key: 'a' }), root)).toBeNull();
    expect(gmail.sendGesture(key($(root, '.IZ [aria-haspopup=true]'), { key: 'Enter' }), root)).toBeNull();
    expect(gmail.sendGesture(key($(doc, 'input[name=q]'), { key: 'Enter', ctrlKey: true }), root)).toBeNull();
  });
});

describe('gmail: controls and health', () => {
  it('sendButton is the native Envoyer button', () => {
    const { root } = inbox();
    const send = gmail.sendButton(root);
    expect(send?.textContent).toBe('Envoyer');
    expect(send?.getAttribute('data-tooltip')).toBe('Envoyer (Ctrl+Entrée)');
  });

  it('editables are the body and the subject', () => {
    const { root } = inbox();
    expect(gmail.editables(root)).toEqual([$(root, '.Ap [g_editable=true]'), $(root, 'input[name=subjectbox]')]);
  });

  it('is healthy on every compose of the fixtures', () => {
    for (const file of ['gmail/inbox.html', 'gmail/thread.html']) {
      for (const root of gmail.findComposeRoots(loadFixture(file).doc)) expect(gmail.health(root)).toEqual({ ok: true, missing: [] });
    }
  });

  it('names the required selectors that stop matching', () => {
    const { root } = inbox();
    $(root, '.Ap [g_editable=true]').remove();
    $(root, '.IZ .T-I.aoO').remove();
    root.classList.remove('M9');
    expect(gmail.health(root)).toEqual({ ok: false, missing: ['body', 'composeRoot', 'sendButton'] });
  });
});

describe('gmail: adapterFor', () => {
  it.each([
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/1/#inbox?compose=new',
    'https://mail.google.com/mail/',
    'https://mail.google.com./mail/u/0/',
  ])('picks gmail for %s', (url) => {
    expect(adapterFor(new URL(url))?.id).toBe('gmail');
  });

  it.each([
    'https://mail.google.com.evil.com/mail/u/0/',
    'https://evil.com/mail.google.com/mail/u/0/',
    'https://evilmail.google.com/mail/u/0/',
    'https://accounts.google.com/mail/',
    'http://mail.google.com/mail/u/0/',
    'https://mail.google.com/chat/u/0/',
  ])('picks nothing for %s', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });
});

describe('gmail: page health', () => {
  it('is healthy with a compose open, or with none', () => {
    expect(gmail.pageHealth!(loadFixture('gmail/inbox.html').doc)).toEqual({ ok: true, missing: [] });
    const { doc } = loadFixture('gmail/inbox.html');
    for (const el of doc.querySelectorAll('.M9, [g_editable]')) el.remove();
    expect(gmail.pageHealth!(doc)).toEqual({ ok: true, missing: [] });
  });

  it('reports the compose root broken when an editor is open but no compose root matches (a redesign)', () => {
    const { doc } = loadFixture('gmail/inbox.html');
    for (const el of doc.querySelectorAll('div.M9')) el.classList.replace('M9', 'M9x');
    expect(gmail.findComposeRoots(doc)).toHaveLength(0);
    expect(gmail.pageHealth!(doc)).toEqual({ ok: false, missing: ['composeRoot'] });
  });
});

describe('gmail: selectors an admin replaces in the policy', () => {
  /** The inbox fixture after a "redesign": compose windows are no longer div.M9. */
  function redesigned() {
    const f = loadFixture('gmail/inbox.html');
    for (const el of f.doc.querySelectorAll('div.M9')) {
      el.classList.remove('M9');
      el.classList.add('Zz9');
    }
    return f;
  }

  it('finds the compose window again with the selector from the policy, the shipped adapter does not', () => {
    const { doc } = redesigned();
    const json = defaultPolicyJson();
    json.sites = { gmail: { selectors: { composeRoot: ['div.Zz9'] } } };
    const policy = loadPolicy(json);
    expect(gmail.findComposeRoots(doc)).toEqual([]);
    const adapter = underPolicy(gmail, policy);
    const [root] = adapter.findComposeRoots(doc);
    expect(root).toBeDefined();
    expect(adapter.readEnvelope(root!).recipients.map((r) => r.address)).toEqual(gmail.readEnvelope(inbox().root).recipients.map((r) => r.address));
    expect(adapter.readDraft(root!).body).toBe(INBOX_BODY);
  });

  it('keeps the shipped adapter without an override, and one rebuilt adapter per override', () => {
    expect(underPolicy(gmail, loadPolicy(defaultPolicyJson()))).toBe(gmail);
    const json = defaultPolicyJson();
    json.sites = { gmail: { selectors: { composeRoot: ['div.Zz9'] } } };
    expect(underPolicy(gmail, loadPolicy(json))).toBe(underPolicy(gmail, loadPolicy(json)));
    expect(underPolicy(gmail, loadPolicy(json))).not.toBe(gmail);
  });
});
