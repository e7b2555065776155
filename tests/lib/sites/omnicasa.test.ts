import { describe, expect, it } from 'vitest';
import { createOmnicasa, omnicasa, OMNICASA_RULES } from '../../../lib/sites/omnicasa.ts';
import { adapterFor } from '../../../lib/sites/index.ts';
import { siteEnabled, withOverride } from '../../../lib/sites/override.ts';
import { loadPolicy, defaultPolicyJson } from '../policy/helpers.ts';
import { $, loadFixture } from './fixture.ts';

function page() {
  const f = loadFixture('omnicasa/index.html');
  const [email, sms, listing] = omnicasa.findComposeRoots(f.doc);
  return { ...f, email: email!, sms: sms!, listing: listing! };
}

describe('omnicasa: hosts', () => {
  it.each([
    ['https://primogest.omnicasa.com/Property/Detail/2024-117', true],
    ['https://omnicasa.com.evil.example/', false],
    ['https://evilomnicasa.com/', false],
    ['http://primogest.omnicasa.com/', false],
    ['https://primogest.omnicasa.com./x', true],
  ])('%s → %s', (url, expected) => {
    expect(omnicasa.matches(new URL(url))).toBe(expected);
    expect(adapterFor(new URL(url))?.id === 'omnicasa').toBe(expected);
  });
});

describe('omnicasa: the three kinds of compose root', () => {
  it('finds the email composer, the SMS composer and the listing; composeRootOf climbs to the innermost', () => {
    const { doc, email, sms, listing } = page();
    expect(email.matches('.oc-mail-composer')).toBe(true);
    expect(sms.matches('.oc-sms-composer')).toBe(true);
    expect(listing.matches('form.oc-property')).toBe(true);
    expect(omnicasa.composeRootOf($(email, 'input[name=Subject]'))).toBe(email);
    expect(omnicasa.composeRootOf($(listing, '.oc-portal-toggle'))).toBe(listing);
    expect(omnicasa.composeRootOf($(doc, '.oc-topbar'))).toBeNull();
  });

  it('reads an email: picked and typed recipients, subject, body, attachments', () => {
    const { email } = page();
    const draft = omnicasa.readDraft(email);
    expect(draft).toMatchObject({ site: 'omnicasa', action: 'send-email', subject: 'Compromis – bien 2024-117', attachments: [{ name: 'carte-identite-recto.jpg' }] });
    expect(draft.recipients).toEqual([
      { field: 'to', address: 'etude.dubois@notaire.be', displayName: 'Maître Dubois' },
      { field: 'cc', address: 'marc.janssens@skynet.be', displayName: 'Marc Janssens' },
      { field: 'cc', address: 'sophie.lambert@gmail.com', displayName: 'Sophie Lambert', typed: true },
      { field: 'bcc', address: 'julie.peeters@primogest.invalid', displayName: 'Julie Peeters' },
    ]);
    expect(draft.unresolved).toEqual([{ field: 'cc', text: 'dubois' }]);
    expect(draft.body).toContain('numéro national 85.07.30-033.28');
    expect(omnicasa.bodyElement(email)).toBe($(email, '.oc-editor'));
  });

  it('reads an SMS: numbers picked and typed become phone targets; names stay unresolved', () => {
    const { sms } = page();
    const draft = omnicasa.readDraft(sms);
    expect(draft).toMatchObject({ action: 'send-sms', recipients: [], subject: '', body: 'Visite confirmée samedi 10 h, rue du Bailli 12.' });
    expect(draft.targets).toEqual([
      { kind: 'phone', number: '+32476123456' },
      { kind: 'phone', number: '+32475987654' },
    ]);
    expect(draft.unresolved).toEqual([{ field: 'to', text: 'Janssens' }]);
    expect(omnicasa.bodyElement(sms)).toBeNull(); // a textarea is read whole
  });

  it('reads a listing as a portal publication of its title and description', () => {
    const { listing } = page();
    const draft = omnicasa.readDraft(listing);
    expect(draft.action).toBe('publish');
    expect(draft.targets).toEqual([{ kind: 'publication', target: 'portal', url: 'https://example.test/' }]);
    expect(draft.body).toMatch(/^Appartement 2 chambres lumineux – Ixelles\nBel appartement de 85 m²/);
    expect(draft.body).not.toContain('345000'); // the price is not advert text
  });
});

describe('omnicasa: send gestures', () => {
  it('email: the send button and Ctrl+Enter; SMS: its button only', () => {
    const { email, sms, click, key } = page();
    expect(omnicasa.sendGesture(click($(email, 'button.oc-send')), email)).toBe('click');
    expect(omnicasa.sendGesture(key($(email, '.oc-editor'), { key: 'Enter', ctrlKey: true }), email)).toBe('keyboard-shortcut');
    expect(omnicasa.sendGesture(click($(email, 'input[name=Subject]')), email)).toBeNull();
    expect(omnicasa.sendGesture(click($(sms, 'button.oc-send')), sms)).toBe('click');
    expect(omnicasa.sendGesture(key($(sms, 'textarea'), { key: 'Enter', ctrlKey: true }), sms)).toBeNull();
    expect(omnicasa.sendButton(sms)).toBe($(sms, 'button.oc-send'));
  });

  it('publication: switching a portal on and the publish button are gestures; switching off is not', () => {
    const { listing, doc, click, key } = page();
    const toggle = $(listing, '.oc-portal-toggle[value=zimmo]') as HTMLInputElement;
    // Judged while the event is dispatched, as the guard does (a checkbox is toggled before its click listeners run).
    const seen: (string | null)[] = [];
    doc.addEventListener('click', (e) => seen.push(omnicasa.sendGesture(e, listing)), { capture: true });
    doc.addEventListener('keydown', (e) => seen.push(omnicasa.sendGesture(e, listing)), { capture: true });
    click(toggle); // off → on
    click(toggle); // on → off
    key(toggle, { key: 'Enter' });
    click($(listing, 'button[name=publish]'));
    expect(seen).toEqual(['click', null, null, 'click']);
    // The control to re-trigger is the one used.
    expect(omnicasa.sendButton(listing, toggle)).toBe(toggle);
    expect(omnicasa.sendButton(listing, $(listing, 'button[name=publish]'))).toBe($(listing, 'button[name=publish]'));
  });
});

describe('omnicasa: health and the policy override', () => {
  it('reports the missing selectors of a root by name, per kind', () => {
    const { email, sms } = page();
    $(email, 'input[name=Subject]').remove();
    expect(omnicasa.health(email)).toEqual({ ok: false, missing: ['emailSubject'] });
    expect(omnicasa.health(sms)).toEqual({ ok: true, missing: [] });
  });

  it("applies the admin's selectors and hosts, ignoring (and reporting) unknown names", () => {
    const { doc } = page();
    // The agency's instance names the SMS text field differently.
    doc.querySelector('textarea[name=Message]')!.setAttribute('name', 'SmsText');
    expect(omnicasa.health(omnicasa.findComposeRoots(doc)[1]!)).toEqual({ ok: false, missing: ['smsBody'] });
    const { rules, unknown } = withOverride(OMNICASA_RULES, {
      hosts: ['crm.primogest.be'],
      selectors: { smsBody: ['textarea[name=SmsText]'], smsBdy: ['x'] },
    });
    expect(unknown).toEqual(['smsBdy']);
    expect(rules.selectors.smsBody).toMatchObject({ css: ['textarea[name=SmsText]'], required: true });
    expect(OMNICASA_RULES.selectors.smsBody!.css).toEqual(['textarea[name=Message]']); // not changed in place
    const custom = createOmnicasa(rules);
    const sms = custom.findComposeRoots(doc)[1]!;
    expect(custom.health(sms).ok).toBe(true);
    expect(custom.readDraft(sms).body).toBe('Visite confirmée samedi 10 h, rue du Bailli 12.');
    expect(custom.matches(new URL('https://crm.primogest.be/'))).toBe(true);
    expect(omnicasa.matches(new URL('https://crm.primogest.be/'))).toBe(false);
  });

  it('is enabled unless the policy switches it off', () => {
    const json = defaultPolicyJson();
    expect(siteEnabled(loadPolicy(json), 'omnicasa')).toBe(true);
    expect(siteEnabled(null, 'omnicasa')).toBe(true);
    json.sites = { omnicasa: { enabled: false } };
    expect(siteEnabled(loadPolicy(json), 'omnicasa')).toBe(false);
    expect(siteEnabled(loadPolicy(json), 'gmail')).toBe(true);
  });
});
