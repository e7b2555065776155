import { describe, expect, it } from 'vitest';
import { adapterFor, underPolicy } from '../../../lib/sites/index.ts';
import { defaultPolicyJson, loadPolicy } from '../policy/helpers.ts';
import { isRoundcubePage, roundcube } from '../../../lib/sites/roundcube.ts';
import { $, loadFixture } from './fixture.ts';

// Both fixtures are the real Roundcube 1.6 compose page as Chromium rendered it (see their first line).
const BODY = [
  'Bonjour Maître,',
  '',
  'Voici le compromis pour la vente rue Haute 12.',
  'Acquéreuse : Sophie Lambert, numéro national 85.07.30-033.28.',
  '',
  'Bien à vous,',
  'Julie Peeters',
].join('\n');

function plain(file = 'roundcube/compose.html') {
  const f = loadFixture(file);
  return { ...f, root: roundcube.findComposeRoots(f.doc)[0]! };
}

describe('roundcube: recognising the app and its compose page', () => {
  it('finds the one compose page: #layout, holding the headers, the body, the attachments and the send button', () => {
    const { doc, root } = plain();
    expect(roundcube.findComposeRoots(doc)).toEqual([root]);
    expect(root.id).toBe('layout');
    for (const css of ['#_to', '#composebody', '#attachment-list', '.formbuttons button.send', '.content-frame-navigation a.send']) {
      expect(root.contains($(doc, css)), css).toBe(true);
    }
  });

  it('knows a Roundcube page by its client script, and nothing else', () => {
    expect(isRoundcubePage(loadFixture('roundcube/compose.html').doc)).toBe(true);
    expect(isRoundcubePage(loadFixture('gmail/inbox.html').doc)).toBe(false);
    expect(isRoundcubePage(loadFixture('outlook/mail.html').doc)).toBe(false);
  });

  it('sees no compose without the compose form posting _action=send (e.g. the mailbox list)', () => {
    const { doc, root } = plain();
    $(doc, 'form[name=form] > input[name=_action]').setAttribute('value', 'list');
    expect(roundcube.findComposeRoots(doc)).toEqual([]);
    expect(roundcube.composeRootOf($(root, '#composebody'))).toBeNull();
  });

  it('composeRootOf climbs from headers, body, attachments and send to the page, and is null outside it', () => {
    const { doc, root } = plain();
    for (const css of ['#_cc + ul.recipient-input input', '#composebody', '#attachment-list .attachment-name', '.formbuttons button.send']) {
      expect(roundcube.composeRootOf($(root, css)), css).toBe(root);
    }
    expect(roundcube.composeRootOf($(doc, '#messagestack'))).toBeNull(); // Roundcube's notices sit outside #layout
    expect(roundcube.composeRootOf(doc.head)).toBeNull();
  });
});

describe('roundcube: readDraft', () => {
  it('reads resolved recipients with names, the address still typed, subject, plain body and attachments', () => {
    const { root } = plain();
    expect(roundcube.readDraft(root)).toEqual({
      site: 'roundcube',
      action: 'send-email',
      recipients: [
        { field: 'to', address: 'etude.dubois@notaire.be', displayName: 'Etude Dubois' },
        { field: 'to', address: 'jan.peeters@telenet.be' }, // no name: span.name shows the address
        { field: 'to', address: 'sophie.lambert@gmail.com', typed: true }, // typed, not yet a recipient box
        { field: 'cc', address: 'compta@fiduciaire-lemaire.be' },
        { field: 'bcc', address: 'archives@primogest.be', displayName: 'Archives Primogest' },
      ],
      subject: 'Compromis rue Haute 12',
      body: BODY,
      attachments: [{ name: 'compromis-rue-haute-12.pdf' }],
    });
  });

  it('readEnvelope is the draft without its body; in plain-text mode there is no body element to observe', () => {
    const { root } = plain();
    const { body, ...envelope } = roundcube.readDraft(root);
    expect(roundcube.readEnvelope(root)).toEqual(envelope);
    expect(body).toBe(BODY);
    expect(roundcube.bodyElement(root)).toBeNull();
    expect(roundcube.editables(root)).toEqual([$(root, '#composebody'), $(root, '#compose-subject')]);
  });

  it('follows edits: a recipient removed, names typed in Bcc, the body rewritten', () => {
    const { root } = plain();
    $(root, '#_to + ul li.recipient').remove();
    ($(root, '#_bcc + ul.recipient-input input') as HTMLInputElement).value = 'Jan <jan@telenet.be>, dubois';
    ($(root, '#composebody') as HTMLTextAreaElement).value = 'GSM 0476 12 34 56';
    const draft = roundcube.readDraft(root);
    expect(draft.recipients).toEqual([
      { field: 'to', address: 'jan.peeters@telenet.be' },
      { field: 'to', address: 'sophie.lambert@gmail.com', typed: true },
      { field: 'cc', address: 'compta@fiduciaire-lemaire.be' },
      { field: 'bcc', address: 'archives@primogest.be', displayName: 'Archives Primogest' },
      { field: 'bcc', address: 'jan@telenet.be', displayName: 'Jan', typed: true },
    ]);
    expect(draft.unresolved).toEqual([{ field: 'bcc', text: 'dubois' }]);
    expect(draft.body).toBe('GSM 0476 12 34 56');
  });

  it('reads the textarea Roundcube submits when the recipient widget is absent (another skin)', () => {
    const { root } = plain();
    for (const widget of root.querySelectorAll('ul.recipient-input')) widget.remove();
    ($(root, 'textarea#_to') as HTMLTextAreaElement).value = 'Etude Dubois <etude.dubois@notaire.be>, sophie.lambert@gmail.com';
    expect(roundcube.readEnvelope(root).recipients).toEqual([
      { field: 'to', address: 'etude.dubois@notaire.be', displayName: 'Etude Dubois', typed: true },
      { field: 'to', address: 'sophie.lambert@gmail.com', typed: true },
      { field: 'cc', address: 'compta@fiduciaire-lemaire.be', typed: true },
      { field: 'bcc', address: 'archives@primogest.be', displayName: 'Archives Primogest', typed: true },
    ]);
  });

  it('in HTML mode reads the TinyMCE frame, and refuses the stale textarea when the frame cannot be read', () => {
    // happy-dom gives a parsed iframe no document: the frame is present but unreadable. The browser test reads it.
    const { root } = plain('roundcube/compose-html.html');
    expect($(root, 'iframe#composebody_ifr')).toBeDefined();
    expect(roundcube.bodyElement(root)).toBeNull();
    expect(() => roundcube.readDraft(root)).toThrow(/HTML editor frame/);
    expect(roundcube.readEnvelope(root).subject).toBe('Compromis rue Haute 12');
  });
});

describe('roundcube: sendGesture', () => {
  it('a click on Send, on its label, or on the phone-layout clone is a send click', () => {
    const { root, click } = plain();
    expect(roundcube.sendGesture(click($(root, '.formbuttons button.send')), root)).toBe('click');
    expect(roundcube.sendGesture(click($(root, '.content-frame-navigation a.send')), root)).toBe('click');
    expect(roundcube.sendGesture(click($(root, '.content-frame-navigation a.send .inner')), root)).toBe('click');
  });

  it('a send control Roundcube disabled is not a send', () => {
    const { root, click } = plain();
    $(root, '.content-frame-navigation a.send').classList.add('disabled');
    expect(roundcube.sendGesture(click($(root, '.content-frame-navigation a.send')), root)).toBeNull();
  });

  it('clicks elsewhere are not sends: save draft (and its clone), attach, open in new window, body, recipients', () => {
    const { root, click } = plain();
    for (const css of ['a.save.draft', '#rcmbtn107-clone', 'button.attach', 'a.extwin', '#composebody', '#_to + ul li.recipient', '#attachment-list .attachment-name']) {
      expect(roundcube.sendGesture(click($(root, css)), root), css).toBeNull();
    }
  });

  it('Enter or Space on the focused Send button is a keyboard activation', () => {
    const { root, key } = plain();
    const send = $(root, '.formbuttons button.send');
    expect(roundcube.sendGesture(key(send, { key: 'Enter' }), root)).toBe('keyboard-activation');
    expect(roundcube.sendGesture(key(send, { key: ' ' }), root)).toBe('keyboard-activation');
  });

  it('has no send shortcut: Roundcube 1.6 sends nothing on Ctrl+Enter', () => {
    const { root, key } = plain();
    for (const css of ['#composebody', '#compose-subject', '#_to + ul.recipient-input input']) {
      expect(roundcube.sendGesture(key($(root, css), { key: 'Enter', ctrlKey: true }), root), css).toBeNull();
      expect(roundcube.sendGesture(key($(root, css), { key: 'Enter' }), root), css).toBeNull();
    }
  });
});

describe('roundcube: controls and health', () => {
  it('sendButton is the real Send button, which runs rcmail.command(\'send\')', () => {
    const { root } = plain();
    const send = roundcube.sendButton(root);
    expect(send?.id).toBe('rcmbtn111');
    expect(send?.getAttribute('onclick')).toBe("return rcmail.command('send','',this,event)");
  });

  it('is healthy on both fixtures', () => {
    for (const file of ['roundcube/compose.html', 'roundcube/compose-html.html']) {
      const { root } = plain(file);
      expect(roundcube.health(root)).toEqual({ ok: true, missing: [] });
    }
  });

  it('names the required selectors that stop matching', () => {
    const { root } = plain();
    $(root, '#compose-subject').remove();
    $(root, '#composebody').remove();
    expect(roundcube.health(root)).toEqual({ ok: false, missing: ['body', 'subject'] });
  });
});

describe('roundcube: adapterFor', () => {
  it.each([
    'http://webmail.primogest.test:18081/?_task=mail&_action=compose&_id=20349535046b084b2170228',
    'https://mail.agence-exemple.be/roundcube/?_task=mail&_mbox=INBOX',
    'https://webmail.exemple.be/?_action=compose&_task=mail',
  ])('picks roundcube for %s (any host: the page itself is checked before the guard starts)', (url) => {
    expect(adapterFor(new URL(url))?.id).toBe('roundcube');
  });

  it.each([
    'https://webmail.exemple.be/?_task=login',
    'https://webmail.exemple.be/?_task=settings&_action=identities',
    'https://example.be/search?q=_task=mail',
    'ftp://webmail.exemple.be/?_task=mail',
  ])('picks nothing for %s', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });

  it('leaves Gmail to the Gmail adapter', () => {
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/?_task=mail#inbox'))?.id).toBe('gmail');
  });
});

describe('roundcube: selectors an admin replaces in the policy', () => {
  it("reads the recipients of another skin's markup with the selectors from the policy", () => {
    const { doc, root } = plain();
    const expected = roundcube.readEnvelope(root).recipients.filter((r) => r.field === 'to');
    expect(expected.length).toBeGreaterThan(0);
    // Another skin: the recipient list is not a ul.recipient-input after #_to.
    for (const list of doc.querySelectorAll('ul.recipient-input')) list.className = 'rcpt-list';
    expect(roundcube.readEnvelope(root).recipients.filter((r) => r.field === 'to')).not.toEqual(expected);
    const json = defaultPolicyJson();
    json.sites = { roundcube: { selectors: { toChips: ['#_to + ul.rcpt-list > li.recipient'], toTyped: ['#_to + ul.rcpt-list > li.input > input'] } } };
    const adapter = underPolicy(roundcube, loadPolicy(json));
    expect(adapter.readEnvelope(adapter.findComposeRoots(doc)[0]!).recipients.filter((r) => r.field === 'to')).toEqual(expected);
  });
});
