/**
 * Turns a written destination (CLI `--to`, the admin page's "what if" box) into a Destination.
 *
 * Accepted forms:
 *   jean@notaire.be, "Jean Dupont <jean@notaire.be>"  → email (To)
 *   cc:jean@notaire.be, bcc:jean@notaire.be            → email (Cc / Bcc)
 *   1FAIpQL…                                           → Google Form by published id
 *   https://docs.google.com/forms/d/e/1FAIpQL…/viewform → Google Form (id read from the URL)
 *   public                                             → the site's public publication
 *                                                        (wordpress on "wordpress", portal on "omnicasa")
 *   public:<target>, or a bare target (wordpress, portal, shop-window) → publication
 *   any other http(s) URL                              → publication on "wordpress", else a host
 *   host:<name or URL>, or a bare host name (hooks.zapier.com) → host
 *   sms:<number> (sms:+32 476 12 34 56)                → an SMS recipient
 */
import { canonicalPhone } from './phone.ts';
import { FORM_ID, formIdFromUrl } from './url-pattern.ts';
import type { Action, Destination } from './types.ts';

/** The sites a draft can be simulated on (CLI `--site`, the admin page), with the share action each stands for. */
export const SITE_ACTIONS: Readonly<Record<string, Action>> = {
  gmail: 'send-email',
  outlook: 'send-email',
  roundcube: 'send-email',
  webmail: 'send-email',
  omnicasa: 'send-email',
  'google-forms': 'submit-form',
  wordpress: 'publish',
  zapier: 'request',
  generic: 'request',
};

const PUBLIC_TARGET_OF_SITE: Record<string, string> = { wordpress: 'wordpress', omnicasa: 'portal' };

export function parseDestination(raw: string, site: string): Destination | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'empty destination' };

  const field = /^(to|cc|bcc):(.+)$/i.exec(text);
  if (field) {
    const address = (field[2] ?? '').trim();
    if (!address.includes('@')) return { error: `${JSON.stringify(raw)}: ${field[1]}: needs an email address` };
    return emailOf(address, (field[1] ?? 'to').toLowerCase() as 'to' | 'cc' | 'bcc');
  }
  if (/^public$/i.test(text)) return { kind: 'publication', target: PUBLIC_TARGET_OF_SITE[site] ?? 'public' };
  const pub = /^public:([a-z][a-z0-9-]*)$/i.exec(text);
  if (pub) return { kind: 'publication', target: (pub[1] ?? '').toLowerCase() };
  const sms = /^sms:(.+)$/i.exec(text);
  if (sms) {
    const number = canonicalPhone(sms[1] ?? '');
    return number ? { kind: 'phone', number } : { error: `${JSON.stringify(raw)}: sms: needs a phone number` };
  }
  const host = /^host:(.+)$/i.exec(text);
  if (host) return hostOf((host[1] ?? '').trim());
  if (FORM_ID.test(text)) return { kind: 'form', formId: text };
  if (/^https?:\/\//i.test(text)) {
    const formId = formIdFromUrl(text);
    if (formId) return { kind: 'form', formId, url: text };
    if (site === 'wordpress') return { kind: 'publication', target: 'wordpress', url: text };
    return hostOf(text);
  }
  if (text.includes('@')) return emailOf(text, 'to');
  if (/^[a-z][a-z0-9-]*$/.test(text)) return { kind: 'publication', target: text };
  if (/^[\p{L}\p{N}.-]+\.[\p{L}\p{N}-]+$/u.test(text)) return { kind: 'host', host: text };
  return { error: `${JSON.stringify(raw)} is not an email address, form id/URL, publication target or host` };
}

function emailOf(text: string, field: 'to' | 'cc' | 'bcc'): Destination {
  const named = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  if (named && named[1]) return { kind: 'email', address: (named[2] ?? '').trim(), field, displayName: named[1].replace(/^"|"$/g, '') };
  return { kind: 'email', address: text, field };
}

function hostOf(text: string): Destination | { error: string } {
  if (/^https?:\/\//i.test(text)) {
    try {
      return { kind: 'host', host: new URL(text).hostname, url: text };
    } catch {
      return { error: `${JSON.stringify(text)} is not a valid URL` };
    }
  }
  return { kind: 'host', host: text };
}
