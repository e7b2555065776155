/**
 * Gmail (mail.google.com). Every compose window, pop-out or inline reply, is a div.M9 (gmail.js); recipients
 * are peoplekit chips carrying the address in data-hovercard-id (InboxSDK get-recipients.ts).
 * Selectors live in rules/sites/gmail.json; this file only says how to read what they find.
 */
import rulesJson from '../../rules/sites/gmail.json' with { type: 'json' };
import type { SiteRules } from '../../rules/sites/schema.ts';
import { overridable } from './override.ts';
import {
  checkHealth,
  checkPageHealth,
  classifySendGesture,
  closestIn,
  extractText,
  findAddress,
  normaliseAddress,
  outermost,
  pick,
  queryAll,
  queryFirst,
  readMailEnvelope,
  type Scope,
  urlMatches,
  type ChipReader,
} from './common.ts';
import type { DraftAttachment, MailAdapter } from './types.ts';

// Typed, not parsed: the bundled JSON is validated against the zod schema by tests/rules/sites.test.ts, which keeps
// zod out of the content script.
const RULES: SiteRules = rulesJson;

/** The adapter for these selectors: the shipped ones, or those an admin replaced (`sites.gmail.selectors`). */
export function createGmail(rules: SiteRules): MailAdapter {
  const S = pick(rules, [
    'composeRoot',
    'composeHint',
    'toChips',
    'ccChips',
    'bccChips',
    'toTyped',
    'ccTyped',
    'bccTyped',
    'subject',
    'body',
    'attachment',
    'attachmentName',
    'sendButton',
    'sendAndArchive',
    'sendOptions',
  ] as const);

  // Send+Archive sends too; the schedule/more arrow beside Send does not send now.
  const SEND_TARGETS = { send: [S.sendButton, S.sendAndArchive], notSend: S.sendOptions, keys: rules.keys };

  /** data-hovercard-id is the address; data-name the display name (equal to the address for unknown contacts). */
  const readChip: ChipReader = (chip) => {
    const name = chip.getAttribute('data-name')?.trim() ?? '';
    const address = normaliseAddress(chip.getAttribute('data-hovercard-id') ?? '') ?? findAddress(name);
    if (!address) return null;
    return name && name.toLowerCase() !== address ? { address, displayName: name } : { address };
  };

  function readAttachments(scope: Scope): DraftAttachment[] {
    return queryAll(scope, S.attachment)
      .map((chip) => (queryFirst(chip, S.attachmentName)?.textContent ?? '').trim())
      .filter((name) => name !== '')
      .map((name) => ({ name }));
  }

  function bodyElement(root: Element): HTMLElement | null {
    return queryFirst(root, S.body) as HTMLElement | null;
  }

  const readEnvelope = (root: Element) => readMailEnvelope(root, rules.id, S, readChip, readAttachments);

  return {
    id: rules.id,

    matches: (url) => urlMatches(rules, url),

    findComposeRoots: (doc) => outermost(queryAll(doc, S.composeRoot)),

    composeRootOf(node) {
      const doc = node.ownerDocument;
      if (!doc) return null;
      return closestIn(node, S.composeRoot, doc.documentElement);
    },

    readDraft: (root) => {
      const body = bodyElement(root);
      return { ...readEnvelope(root), body: body ? extractText(body) : '' };
    },

    readEnvelope,

    bodyElement,

    sendGesture: (event, root) => classifySendGesture(event, root, SEND_TARGETS),

    sendButton: (root) => queryFirst(root, S.sendButton) as HTMLElement | null,

    editables: (root) => [bodyElement(root), queryFirst(root, S.subject)].filter((el) => el !== null) as HTMLElement[],

    health: (root) => checkHealth(root, rules.selectors),

    pageHealth: (doc) => checkPageHealth(doc, S.composeRoot, S.composeHint),
  };
}

/** The adapter under a policy: selectors an admin replaced (lib/sites/override.ts). */
export const gmailFor = overridable(RULES, createGmail);

export const gmail: MailAdapter = gmailFor(null);

/* Test URLs: https://mail.google.com/mail/u/0/#inbox, https://mail.google.com/mail/u/1/#inbox?compose=new
   Fixtures: tests/fixtures/sites/gmail/inbox.html (one pop-out compose), thread.html (inline reply + pop-out). */
