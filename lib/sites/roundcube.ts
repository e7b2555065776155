/**
 * Roundcube (1.6, skin Elastic), self-hosted on whatever host the agency uses: the adapter recognises it by the
 * page, not the host: a URL with `_task=mail`, Roundcube's client script, and the compose form that posts
 * `_action=send`. Compose is a page of its own (one compose per page). Recipients sit in Elastic's recipient-input
 * widget (resolved li.recipient + the text still typed); the body is the #composebody textarea in plain-text mode
 * and TinyMCE's iframe in HTML mode. Send is `rcmail.command('send')` behind the send button (and its phone-layout
 * clone); Roundcube 1.6 has no send shortcut (program/js/app.js handles no Ctrl+Enter), so `keys` is empty.
 * Selectors live in rules/sites/roundcube.json, each with the Roundcube source it comes from.
 */
import rulesJson from '../../rules/sites/roundcube.json' with { type: 'json' };
import type { SiteRules } from '../../rules/sites/schema.ts';
import { overridable } from './override.ts';
import {
  checkHealth,
  classifySendGesture,
  closestIn,
  extractText,
  findAddress,
  outermost,
  pick,
  queryAll,
  queryFirst,
  readMailEnvelope,
  type Scope,
  type ChipReader,
} from './common.ts';
import type { DraftAttachment, MailAdapter } from './types.ts';

// Typed, not parsed: the bundled JSON is validated against the zod schema by tests/rules/sites.test.ts, which keeps
// zod out of the content script.
const RULES: SiteRules = rulesJson;
/** Roundcube's client script, which tells its pages from others: the shipped selector, whatever the policy says. */
const APP = pick(RULES, ['app'] as const).app;

/** Roundcube keeps its task in the query string on every page (`?_task=mail&_action=compose&_id=…`). */
function matches(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.searchParams.get('_task') === 'mail';
}

/** Whether this document is Roundcube's (its client script is loaded): checked before the guard starts on a page. */
export function isRoundcubePage(doc: ParentNode): boolean {
  return queryFirst(doc, APP) !== null;
}

/** The adapter for these selectors: the shipped ones, or those an admin replaced (`sites.roundcube.selectors`). */
export function createRoundcube(rules: SiteRules): MailAdapter {
  const S = pick(rules, [
    'composeRoot',
    'composeForm',
    'toChips',
    'ccChips',
    'bccChips',
    'toTyped',
    'ccTyped',
    'bccTyped',
    'subject',
    'body',
    'htmlBodyFrame',
    'attachment',
    'attachmentName',
    'recipientName',
    'sendButton',
    'sendClone',
    'sendDisabled',
  ] as const);

  const SEND_TARGETS = { send: [S.sendButton, S.sendClone], notSend: S.sendDisabled, keys: rules.keys };

  const isCompose = (root: Element) => queryFirst(root, S.composeForm) !== null;

  /** The title is "Name <addr>" (or absent when there is no name); the text is "Name <addr>," or "addr,". */
  const readChip: ChipReader = (chip) => {
    const address = findAddress(chip.getAttribute('title') ?? '') ?? findAddress(chip.textContent ?? '');
    if (!address) return null;
    // A name with a comma or quotes keeps them, drawn in span.quotes (ui.js recipient_input_name): not part of the name.
    const name = (queryFirst(chip, S.recipientName)?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^"(.*)"$/, '$1');
    return name && name.toLowerCase() !== address ? { address, displayName: name } : { address };
  };

  function readAttachments(scope: Scope): DraftAttachment[] {
    return queryAll(scope, S.attachment)
      .map((item) => (queryFirst(item, S.attachmentName)?.textContent ?? '').trim())
      .filter((name) => name !== '')
      .map((name) => ({ name }));
  }

  /** The HTML editor's frame (TinyMCE), present in HTML mode only. */
  const htmlFrame = (root: Element) => queryFirst(root, S.htmlBodyFrame) as HTMLIFrameElement | null;

  /** TinyMCE's editable body in HTML mode; null in plain-text mode (no editor frame) or when the frame is unreadable. */
  function htmlBody(root: Element): HTMLElement | null {
    return htmlFrame(root)?.contentDocument?.body ?? null;
  }

  const readEnvelope = (root: Element) => readMailEnvelope(root, rules.id, S, readChip, readAttachments);

  return {
    id: rules.id,

    matches,

    findComposeRoots: (doc) => outermost(queryAll(doc, S.composeRoot)).filter(isCompose),

    composeRootOf(node) {
      const doc = node.ownerDocument;
      const root = doc ? closestIn(node, S.composeRoot, doc.documentElement) : null;
      return root && isCompose(root) ? root : null;
    },

    readDraft(root) {
      const envelope = readEnvelope(root);
      if (htmlFrame(root)) {
        const html = htmlBody(root);
        // The textarea is stale in HTML mode: without the frame's document the body is unknown, and the guard's fail
        // mode applies rather than a check of the wrong text.
        if (!html) throw new Error('roundcube: the HTML editor frame cannot be read');
        return { ...envelope, body: extractText(html) };
      }
      const textarea = queryFirst(root, S.body) as HTMLTextAreaElement | null;
      return { ...envelope, body: textarea?.value ?? '' };
    },

    readEnvelope,

    // A textarea has no blocks for the guard to observe: in plain-text mode the guard reads the whole draft instead.
    bodyElement: htmlBody,

    sendGesture: (event, root) => classifySendGesture(event, root, SEND_TARGETS),

    sendButton: (root) => queryFirst(root, S.sendButton) as HTMLElement | null,

    editables: (root) =>
      [htmlBody(root) ?? queryFirst(root, S.body), queryFirst(root, S.subject)].filter((el) => el !== null) as HTMLElement[],

    health: (root) => checkHealth(root, rules.selectors),
  };
}

/** The adapter under a policy: selectors an admin replaced for the agency's Roundcube (lib/sites/override.ts). */
export const roundcubeFor = overridable(RULES, createRoundcube);

export const roundcube: MailAdapter = roundcubeFor(null);

/* Test URLs: http://webmail.primogest.test:18081/?_task=mail&_action=compose (docs/services.md; redirects to
   …&_id=<compose id>). Fixtures: tests/fixtures/sites/roundcube/compose.html (plain text, recipients resolved and
   typed, an attachment), compose-html.html (HTML mode, TinyMCE frame). */
