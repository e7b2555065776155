/**
 * Omnicasa (the agency's CRM, <agency>.omnicasa.com). Its agents' app is not public, so this adapter is driven by
 * data: rules/sites/omnicasa.json names the email composer, the SMS composer and the listing's portal publication
 * controls, and the admin replaces any of them through the policy (sites.omnicasa; docs/omnicasa.md).
 * `createOmnicasa(rules)` builds the adapter from the rules with the policy's override applied (lib/sites/override.ts).
 *
 * Three kinds of compose root, each with its own send controls:
 * - email: recipients (To/Cc/Bcc, picked or typed), subject, body, attachments → action send-email;
 * - sms: phone numbers (picked or typed) → `phone` targets, the text → action send-sms;
 * - publish: the listing (title, description) → a `publication` target "portal" → action publish. Switching a
 *   portal on publishes; switching it off is never a share.
 */
import rulesJson from '../../rules/sites/omnicasa.json' with { type: 'json' };
import type { SelectorEntry, SiteRules } from '../../rules/sites/schema.ts';
import { canonicalPhone } from '../policy/phone.ts';
import type { Policy } from '../policy/types.ts';
import {
  checkHealth,
  classifySendGesture,
  closestIn,
  findAddress,
  outermost,
  pick,
  queryAll,
  queryFirst,
  readRecipients,
  typedText,
  urlMatches,
  type ChipReader,
} from './common.ts';
import { overridable } from './override.ts';
import type { DraftSnapshot, DraftTarget, MailAdapter, SendGesture } from './types.ts';

/** The rules as shipped (validated against the schema by tests/rules/sites.test.ts). */
export const OMNICASA_RULES: SiteRules = rulesJson;

const NAMES = {
  email: ['emailRoot', 'emailToChips', 'emailCcChips', 'emailBccChips', 'emailTo', 'emailCc', 'emailBcc', 'emailSubject', 'emailBody', 'emailAttachment', 'emailAttachmentName', 'emailSend'],
  sms: ['smsRoot', 'smsToChips', 'smsTo', 'smsBody', 'smsSend'],
  publish: ['publishRoot', 'publishControl', 'publishContext'],
} as const;
type Channel = keyof typeof NAMES;
const CHANNELS = Object.keys(NAMES) as Channel[];

/** The portals are public: the policy judges them as the publication target "portal" (public-listing party). */
const PORTAL = 'portal';

/** The first address in any attribute of the element, else in its text (a picked contact shows a name). */
const readEmailChip: ChipReader = (chip) => {
  for (const attr of Array.from(chip.attributes)) {
    const address = findAddress(attr.value);
    if (address) {
      const name = chip.textContent?.trim() ?? '';
      return name && name.toLowerCase() !== address ? { address, displayName: name } : { address };
    }
  }
  const address = findAddress(chip.textContent ?? '');
  return address ? { address } : null;
};

/** The first phone number in any data-/value attribute of the element, else in its text. */
function readPhoneChip(chip: Element): string | null {
  for (const attr of Array.from(chip.attributes)) {
    if (attr.name.startsWith('data-') || attr.name === 'value' || attr.name === 'title') {
      const n = canonicalPhone(attr.value);
      if (n) return n;
    }
  }
  return canonicalPhone(chip.textContent ?? '');
}

export function createOmnicasa(rules: SiteRules): MailAdapter {
  const S = {
    email: pick(rules, NAMES.email),
    sms: pick(rules, NAMES.sms),
    publish: pick(rules, NAMES.publish),
  };
  const ROOT: Record<Channel, SelectorEntry> = { email: S.email.emailRoot, sms: S.sms.smsRoot, publish: S.publish.publishRoot };
  const SEND: Record<Channel, SelectorEntry> = { email: S.email.emailSend, sms: S.sms.smsSend, publish: S.publish.publishControl };
  const CHIPS = { to: S.email.emailToChips, cc: S.email.emailCcChips, bcc: S.email.emailBccChips };
  const TYPED = { to: S.email.emailTo, cc: S.email.emailCc, bcc: S.email.emailBcc };

  const channelOf = (root: Element): Channel => CHANNELS.find((c) => ROOT[c].css.some((css) => root.matches(css))) ?? 'email';

  function smsEnvelope(root: Element): Omit<DraftSnapshot, 'body'> {
    const numbers = new Set<string>();
    const unresolved: { field: 'to'; text: string }[] = [];
    for (const chip of queryAll(root, S.sms.smsToChips)) {
      const n = readPhoneChip(chip);
      if (n) numbers.add(n);
    }
    for (const box of queryAll(root, S.sms.smsTo)) {
      for (const piece of typedText(box).split(/[,;\n]+/)) {
        const text = piece.trim();
        if (!text) continue;
        const n = canonicalPhone(text);
        // A number is at least mostly digits: "Janssens" or "Dubois 2" is a name the CRM may resolve.
        if (n && text.replace(/\D/g, '').length >= text.replace(/[\s+./()-]/g, '').length) numbers.add(n);
        else unresolved.push({ field: 'to', text });
      }
    }
    const targets: DraftTarget[] = [...numbers].map((number) => ({ kind: 'phone', number }));
    return {
      site: rules.id,
      action: 'send-sms',
      recipients: [],
      targets,
      subject: '',
      attachments: [],
      ...(unresolved.length > 0 ? { unresolved } : {}),
    };
  }

  function readEnvelope(root: Element): Omit<DraftSnapshot, 'body'> {
    const channel = channelOf(root);
    if (channel === 'sms') return smsEnvelope(root);
    if (channel === 'publish') {
      const url = root.ownerDocument.defaultView?.location.href;
      return { site: rules.id, action: 'publish', recipients: [], targets: [{ kind: 'publication', target: PORTAL, ...(url ? { url } : {}) }], subject: '', attachments: [] };
    }
    const subject = queryFirst(root, S.email.emailSubject);
    return {
      site: rules.id,
      action: 'send-email',
      ...readRecipients(root, CHIPS, TYPED, readEmailChip),
      subject: subject ? typedText(subject) : '',
      attachments: queryAll(root, S.email.emailAttachment)
        .map((a) => (queryFirst(a, S.email.emailAttachmentName)?.textContent ?? a.textContent ?? '').trim())
        .filter((name) => name !== '')
        .map((name) => ({ name })),
    };
  }

  /** The elements whose text is sent: the email body, the SMS text, or the listing's advert fields. */
  function bodies(root: Element): Element[] {
    const channel = channelOf(root);
    if (channel === 'sms') return queryAll(root, S.sms.smsBody);
    if (channel === 'publish') return queryAll(root, S.publish.publishContext);
    const body = queryFirst(root, S.email.emailBody);
    return body ? [body] : [];
  }

  /** A contenteditable email body is rescanned block by block while the agent types; fields are read whole. */
  function bodyElement(root: Element): HTMLElement | null {
    const [body] = bodies(root);
    return channelOf(root) === 'email' && body && !('value' in body) ? (body as HTMLElement) : null;
  }

  /**
   * Switching a portal off withdraws the listing: not a share. A checkbox is already toggled when its click is
   * dispatched (so unchecked now = switched off); a switch button says its state in aria.
   */
  function isWithdrawal(control: Element): boolean {
    if ((control as HTMLInputElement).type === 'checkbox') return !(control as HTMLInputElement).checked;
    return (control.getAttribute('aria-checked') ?? control.getAttribute('aria-pressed')) === 'true';
  }

  return {
    id: rules.id,

    matches: (url) => urlMatches(rules, url),

    findComposeRoots: (doc) => CHANNELS.flatMap((c) => outermost(queryAll(doc, ROOT[c]))),

    composeRootOf(node) {
      const doc = node.ownerDocument;
      if (!doc) return null;
      // The innermost channel root: a composer opened inside the listing page belongs to the composer.
      let best: Element | null = null;
      for (const c of CHANNELS) {
        const hit = closestIn(node, ROOT[c], doc.documentElement);
        if (hit && (!best || best.contains(hit))) best = hit;
      }
      return best;
    },

    readDraft(root) {
      // typedText: an input's or textarea's value, else the element's text as the recipient reads it.
      return { ...readEnvelope(root), body: bodies(root).map((el) => typedText(el)).join('\n') };
    },

    readEnvelope,

    bodyElement,

    sendGesture(event, root): SendGesture | null {
      const channel = channelOf(root);
      const gesture = classifySendGesture(event, root, { send: [SEND[channel]], keys: channel === 'email' ? rules.keys : [] });
      if (!gesture || channel !== 'publish') return gesture;
      const control = closestIn(event.target as Node, SEND.publish, root);
      if (!control) return null;
      // A switch changes on its click only (Space on a checkbox ends in a click too; Enter does nothing to it).
      if ((control as HTMLInputElement).type === 'checkbox' && event.type !== 'click') return null;
      return isWithdrawal(control) ? null : gesture;
    },

    sendButton(root, from) {
      const entry = SEND[channelOf(root)];
      return ((from && closestIn(from, entry, root)) ?? queryFirst(root, entry)) as HTMLElement | null;
    },

    editables: (root) => bodies(root).filter((el): el is HTMLElement => 'focus' in el),

    health(root) {
      // Only the selectors of this root's channel: an SMS composer has no subject.
      return checkHealth(root, Object.fromEntries(NAMES[channelOf(root)].map((n) => [n, rules.selectors[n]!])));
    },
  };
}

/** The adapter under a policy: the agency's own selectors and hosts (lib/sites/override.ts). */
export const omnicasaFor = overridable(OMNICASA_RULES, createOmnicasa);

export const omnicasa: MailAdapter = omnicasaFor(null);

/* Test URLs: https://<agency>.omnicasa.com/… (the agency's own instance; see docs/omnicasa.md).
   Fixture: tests/fixtures/sites/omnicasa/index.html (a listing with portal switches, an email and an SMS composer). */
