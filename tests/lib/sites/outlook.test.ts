import { describe, expect, it } from 'vitest';
import { outlook } from '../../../lib/sites/outlook.ts';
import { adapterFor, underPolicy } from '../../../lib/sites/index.ts';
import { defaultPolicyJson, loadPolicy } from '../policy/helpers.ts';
import { $, loadFixture } from './fixture.ts';

const FR_BODY = [
  'Bonjour Maître,',
  '',
  'Veuillez trouver ci-joint le compromis signé pour la vente du bien situé rue des Tanneurs 12 à 1000 Bruxelles.',
  'Acquéreuse : Sophie Lambert, née le 14/01/1992, numéro national 92.01.14-123.38.',
  "Compte pour l'acompte : BE68 5390 0754 7034.",
  '',
  'Bien à vous,',
  'Julie Peeters',
  'Century 21 Primogest',
  '+32 2 345 67 89',
].join('\n');

const NL_BODY = [
  'Beste meester,',
  '',
  'In bijlage de identiteitskaart van de koper, Jan Janssens (rijksregisternummer 85.07.30-033.28).',
  '',
  'Met vriendelijke groeten,',
  'Julie',
  'Van: Notaris Peeters <notariaat.peeters@notaris.be>',
  'Verzonden: maandag 3 maart 2025 10:12',
  'Aan: Julie Peeters <julie.peeters@primogest.be>',
  'Onderwerp: Verkoopovereenkomst Kerkstraat 8',
  '',
  'Geachte mevrouw Peeters,',
  'Mag ik de identiteitskaart van de koper ontvangen?',
  'Met vriendelijke groeten,',
  'Notaris Peeters',
].join('\n');

function load(file = 'outlook/mail.html') {
  const f = loadFixture(file);
  return { ...f, root: outlook.findComposeRoots(f.doc)[0]! };
}

/** A second compose like OWA's: same markup, new random group prefix and new docking/editor numbers. */
function addSecondCompose(doc: Document, root: Element): Element {
  const copy = root.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[id]')) {
    el.id = el.id.replace(/^x6f3e1_/, 'q8w2e4_').replace(/_0$/, '_5').replace(/_1$/, '_6');
  }
  for (const chip of copy.querySelectorAll('._EType_RECIPIENT_ENTITY')) chip.remove();
  root.parentElement!.append(copy);
  return copy;
}

describe('outlook: finding compose windows', () => {
  it('finds the one compose of the page, not the <template> copy nor the ribbon', () => {
    const { doc, root } = load();
    expect(outlook.findComposeRoots(doc)).toHaveLength(1);
    expect(root.querySelector('[id^="docking_InitVisiblePart_"]')).not.toBeNull();
    expect(root.querySelector('[id^="editorParent_"]')).not.toBeNull();
    expect(root.contains($(doc, '[data-demo-new]'))).toBe(false);
  });

  it('finds the inline reply of a conversation (Dutch tenant)', () => {
    const { doc, root } = load('outlook/mail-nl.html');
    expect(outlook.findComposeRoots(doc)).toEqual([root]);
    expect(root.contains($(doc, '[id^=CONV_][role=heading]'))).toBe(false);
  });

  it('keeps two open composes apart', () => {
    const { doc, root } = load();
    const second = addSecondCompose(doc, root);
    expect(outlook.findComposeRoots(doc)).toEqual([root, second]);
    expect(outlook.readDraft(second).recipients.map((r) => r.address)).toEqual(['compta@fiduciaire-lemaire.be']);
    expect(outlook.composeRootOf($(second, '[id^=editorParent_] [contenteditable=true]'))).toBe(second);
    expect(outlook.composeRootOf($(root, '[id^=editorParent_] [contenteditable=true]'))).toBe(root);
  });

  it('does not merge two composes when one lost its body editor', () => {
    const { doc, root } = load();
    const second = addSecondCompose(doc, root);
    $(second, '[id^=editorParent_]').remove();
    expect(outlook.findComposeRoots(doc)).toEqual([root, second]);
    expect(outlook.health(second)).toEqual({ ok: false, missing: ['body'] });
  });

  it('composeRootOf finds the compose from its header, wells, attachments and editor, and is null outside', () => {
    const { doc, root } = load('outlook/mail-nl.html');
    const inside = ['button.fui-SplitButton__primaryActionButton i', '[role=group][id$="_CC"] [contenteditable=true]',
      '[role=listbox] [role=option]', '#divRplyFwdMsg b'];
    for (const css of inside) expect(outlook.composeRootOf($(root, css)), css).toBe(root);
    expect(outlook.composeRootOf($(root, '#divRplyFwdMsg b').firstChild!)).toBe(root); // a text node
    for (const css of ['[data-demo-new]', '[id^=CONV_][role=heading]', '[role=document]', '#folderPaneDroppableContainer']) {
      expect(outlook.composeRootOf($(doc, css)), css).toBeNull();
    }
  });
});

describe('outlook: readDraft', () => {
  it('reads chips (address from aria-label, name from text), typed text, subject, body and attachments', () => {
    const { root } = load();
    expect(outlook.readDraft(root)).toEqual({
      site: 'outlook',
      action: 'send-email',
      recipients: [
        { field: 'to', address: 'etude.dubois@notaire.be', displayName: 'Maître Dubois' },
        { field: 'to', address: 'compta@fiduciaire-lemaire.be', typed: true },
        { field: 'cc', address: 'sophie.lambert@gmail.com', displayName: 'Sophie Lambert' },
        { field: 'cc', address: 'julie.peeters@primogest.be', displayName: 'Julie Peeters' },
        { field: 'bcc', address: 'archives@primogest.be' },
      ],
      subject: 'Compromis de vente – Rue des Tanneurs 12, 1000 Bruxelles',
      body: FR_BODY,
      attachments: [{ name: 'Compromis_Tanneurs12_signe.pdf' }, { name: 'Carte_identite_Lambert.jpg' }],
    });
  });

  it('reads a Dutch inline reply: no subject field, quoted history, an unresolved name in Cc', () => {
    const { root } = load('outlook/mail-nl.html');
    expect(outlook.readDraft(root)).toEqual({
      site: 'outlook',
      action: 'send-email',
      recipients: [
        { field: 'to', address: 'notariaat.peeters@notaris.be', displayName: 'Notaris Peeters' },
        { field: 'cc', address: 'jan.devos@immo-devos.be', typed: true },
      ],
      unresolved: [{ field: 'cc', text: 'Vermeulen' }],
      subject: '',
      body: NL_BODY,
      attachments: [{ name: 'ID_Janssens.pdf' }],
    });
  });

  it('readEnvelope is the draft without its body; bodyElement is the roosterjs editor', () => {
    const { root } = load('outlook/mail-nl.html');
    const { body, ...envelope } = outlook.readDraft(root);
    expect(outlook.readEnvelope(root)).toEqual(envelope);
    expect(body).toBe(NL_BODY);
    expect(outlook.bodyElement(root)).toBe($(root, '[id^="editorParent_"] [contenteditable=true][role=textbox]'));
  });

  it('does not read chip names as typed text when chips sit inside the editable well', () => {
    const { doc, root } = load();
    const well = $(root, '[role=group][id$="_TO"] [contenteditable=true]');
    const chip = $(root, '[role=group][id$="_TO"] ._EType_RECIPIENT_ENTITY');
    well.prepend(chip.cloneNode(true));
    well.append(doc.createTextNode('; x@y.be'));
    const to = outlook.readDraft(root).recipients.filter((r) => r.field === 'to');
    expect(to.map((r) => r.address)).toEqual(['etude.dubois@notaire.be', 'compta@fiduciaire-lemaire.be', 'x@y.be']);
    expect(outlook.readDraft(root).unresolved).toBeUndefined();
  });
});

describe('outlook: sendGesture', () => {
  it.each(['', ' .fui-Button__icon', ' i.fui-Icon-font', ' svg path'])('a click on the send button%s is a send click', (inner) => {
    const { root, click } = load();
    expect(outlook.sendGesture(click($(root, `button.fui-SplitButton__primaryActionButton${inner}`)), root)).toBe('click');
  });

  it('the send options arrow, the ribbon split button and other controls are not sends', () => {
    const { doc, root, click } = load();
    expect(outlook.sendGesture(click($(root, 'button.fui-SplitButton__menuButton')), root)).toBeNull();
    expect(outlook.sendGesture(click($(root, 'button.fui-SplitButton__menuButton svg')), root)).toBeNull();
    expect(outlook.sendGesture(click($(doc, '#innerRibbonContainer button.fui-SplitButton__primaryActionButton')), root)).toBeNull();
    for (const css of ['[data-demo-discard]', '._EType_RECIPIENT_ENTITY', '[role=listbox] [role=option]', '[id^=editorParent_] [contenteditable=true]']) {
      expect(outlook.sendGesture(click($(root, css)), root), css).toBeNull();
    }
  });

  it.each([
    ['Ctrl+Enter in the body', '[id^=editorParent_] [contenteditable=true]', { key: 'Enter', ctrlKey: true }],
    ['Meta+Enter in the To well', '[role=group][id$="_TO"] [contenteditable=true]', { key: 'Enter', metaKey: true }],
    ['Ctrl+Enter in the subject', 'input[aria-label="Ajouter un objet"]', { key: 'Enter', ctrlKey: true }],
  ])('%s is the keyboard shortcut', (_, css, init) => {
    const { root, key } = load();
    expect(outlook.sendGesture(key($(root, css), init), root)).toBe('keyboard-shortcut');
  });

  it('Enter or Space on the focused send button is a keyboard activation', () => {
    const { root, key } = load('outlook/mail-nl.html');
    const send = $(root, 'button.fui-SplitButton__primaryActionButton');
    expect(outlook.sendGesture(key(send, { key: 'Enter' }), root)).toBe('keyboard-activation');
    expect(outlook.sendGesture(key(send, { key: ' ' }), root)).toBe('keyboard-activation');
  });

  it('plain Enter in a well or the body, and a focusout, are not sends', () => {
    const { root, key, window } = load();
    expect(outlook.sendGesture(key($(root, '[role=group][id$="_TO"] [contenteditable=true]'), { key: 'Enter' }), root)).toBeNull();
    expect(outlook.sendGesture(key($(root, '[id^=editorParent_] [contenteditable=true]'), { key: 'Enter' }), root)).toBeNull();
    const blur = new window.FocusEvent('focusout', { bubbles: true });
    $(root, 'button.fui-SplitButton__primaryActionButton').dispatchEvent(blur as unknown as Event);
    expect(outlook.sendGesture(blur as unknown as Event, root)).toBeNull();
  });
});

describe('outlook: controls and health', () => {
  it('sendButton is the split button primary action, in French and in Dutch', () => {
    expect(outlook.sendButton(load().root)?.title).toBe('Envoyer (Ctrl+Entrée)');
    const nl = outlook.sendButton(load('outlook/mail-nl.html').root);
    expect(nl?.title).toBe('Verzenden (Ctrl+Enter)');
    expect(nl?.id).toContain('primaryActionButton');
  });

  it('editables are the body and the subject (only the body in an inline reply)', () => {
    const { root } = load();
    expect(outlook.editables(root)).toEqual([$(root, '[id^=editorParent_] [contenteditable=true]'), $(root, 'input[aria-label="Ajouter un objet"]')]);
    const nl = load('outlook/mail-nl.html').root;
    expect(outlook.editables(nl)).toEqual([$(nl, '[aria-label="Berichttekst"][contenteditable=true]')]);
  });

  it('is healthy on both fixtures', () => {
    expect(outlook.health(load().root)).toEqual({ ok: true, missing: [] });
    expect(outlook.health(load('outlook/mail-nl.html').root)).toEqual({ ok: true, missing: [] });
  });

  it('names the required selectors that stop matching', () => {
    const { root } = load();
    $(root, '[id^="docking_InitVisiblePart_"]').id = 'renamed';
    $(root, 'button.fui-SplitButton__primaryActionButton').remove();
    expect(outlook.health(root)).toEqual({ ok: false, missing: ['composeAnchor', 'sendButton'] });
  });
});

describe('outlook: adapterFor', () => {
  it.each([
    'https://outlook.office.com/mail/',
    'https://outlook.office.com/mail/inbox/id/AAQkAGI2',
    'https://outlook.office365.com/mail/',
    'https://outlook.live.com/mail/0/',
    'https://outlook.cloud.microsoft/mail/',
    'https://outlook.office.com/mail/deeplink/compose',
    'https://outlook.office365.com/owa/?path=/mail/inbox',
  ])('picks outlook for %s', (url) => {
    expect(adapterFor(new URL(url))?.id).toBe('outlook');
  });

  it.each([
    'https://outlook.office.com.evil.com/mail/',
    'https://evil.com/outlook.office.com/mail/',
    'https://outlook.cloud.microsoft.evil.io/mail/',
    'https://myoutlook.live.com/mail/0/',
    'https://outlook.office.com/calendar/view/week',
  ])('picks nothing for %s', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });
});

describe('outlook: selectors an admin replaces in the policy', () => {
  it('reads the subject again after a redesign, with the selector from the policy', () => {
    const { doc, root } = load();
    const subject = outlook.readEnvelope(root).subject;
    expect(subject).not.toBe('');
    // The "redesign": the subject field gets another label, which no shipped selector knows.
    for (const input of doc.querySelectorAll('input[aria-label]')) {
      if (/bjet|nderwerp|ubject/.test(input.getAttribute('aria-label')!)) input.setAttribute('aria-label', 'Titre du message');
    }
    expect(outlook.readEnvelope(root).subject).toBe('');
    const json = defaultPolicyJson();
    json.sites = { outlook: { selectors: { subject: ['input[aria-label="Titre du message"]'] } } };
    const adapter = underPolicy(outlook, loadPolicy(json));
    expect(adapter.readEnvelope(adapter.findComposeRoots(doc)[0]!).subject).toBe(subject);
  });
});
