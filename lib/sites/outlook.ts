/**
 * Outlook on the web (outlook.office.com, office365.com, live.com, cloud.microsoft). A React/Fluent UI app
 * whose labels are localised, so this adapter leans on ids and roles: the compose header
 * [id^=docking_InitVisiblePart_], recipient groups whose id ends in _TO/_CC/_BCC, the editor in editorParent_<n>.
 * No stable compose container is known, so a compose root is the nearest ancestor of a header that also
 * holds a body editor. Selectors live in rules/sites/outlook.json.
 */
import rulesJson from '../../rules/sites/outlook.json' with { type: 'json' };
import type { SiteRules } from '../../rules/sites/schema.ts';
import { overridable } from './override.ts';
import {
  checkHealth,
  classifySendGesture,
  extractText,
  findAddress,
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

/** The adapter for these selectors: the shipped ones, or those an admin replaced (`sites.outlook.selectors`). */
export function createOutlook(rules: SiteRules): MailAdapter {
  const S = pick(rules, [
    'composeAnchor',
    'toChips',
    'ccChips',
    'bccChips',
    'toTyped',
    'ccTyped',
    'bccTyped',
    'subject',
    'body',
    'attachment',
    'sendButton',
    'sendOptions',
  ] as const);

  const SEND_TARGETS = { send: [S.sendButton], notSend: S.sendOptions, keys: rules.keys };

  /**
   * Climbs from a compose header to the first ancestor holding a body editor. It stops before an ancestor that
   * holds a second header: that would merge two compose windows (and reach the ribbon's "New mail" split button).
   */
  function rootOfAnchor(anchor: Element): Element {
    let el = anchor;
    while (!queryFirst(el, S.body)) {
      const up = el.parentElement;
      if (!up || up.tagName === 'BODY' || queryAll(up, S.composeAnchor).length > 1) break;
      el = up;
    }
    return el;
  }

  function findComposeRoots(doc: ParentNode): Element[] {
    return [...new Set(queryAll(doc, S.composeAnchor).map(rootOfAnchor))];
  }

  /**
   * Called on every click and keystroke of the page, so it climbs from the node instead of searching the document:
   * the first ancestor holding a compose header settles it (the header's compose contains the node, or none does).
   */
  function composeRootOf(node: Node): Element | null {
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      const anchor = S.composeAnchor.css.some((css) => el!.matches(css)) ? el : queryFirst(el, S.composeAnchor);
      if (anchor) {
        const root = rootOfAnchor(anchor);
        return root.contains(node) ? root : null;
      }
    }
    return null;
  }

  /** The chip's aria-label carries the address even when the chip shows a name; the visible text is the name. */
  const readChip: ChipReader = (chip) => {
    const label = [chip.getAttribute('aria-label'), chip.getAttribute('title'), chip.textContent];
    const address = label.map((text) => findAddress(text ?? '')).find((a) => a !== null);
    if (!address) return null;
    const name = (chip.textContent ?? '').replace(/\s+/g, ' ').trim();
    return name && name.toLowerCase() !== address ? { address, displayName: name } : { address };
  };

  function readAttachments(scope: Scope): DraftAttachment[] {
    return queryAll(scope, S.attachment)
      .map((item) => (item.getAttribute('title') ?? item.textContent ?? '').trim())
      .filter((name) => name !== '')
      .map((name) => ({ name }));
  }

  function bodyElement(root: Element): HTMLElement | null {
    return queryFirst(root, S.body) as HTMLElement | null;
  }

  // Inline replies in the reading pane have no subject field: the subject stays that of the thread.
  const readEnvelope = (root: Element) => readMailEnvelope(root, rules.id, S, readChip, readAttachments);

  return {
    id: rules.id,

    matches: (url) => urlMatches(rules, url),

    findComposeRoots,

    composeRootOf,

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
  };
}

/** The adapter under a policy: selectors an admin replaced (lib/sites/override.ts). */
export const outlookFor = overridable(RULES, createOutlook);

export const outlook: MailAdapter = outlookFor(null);

/* Test URLs: https://outlook.office.com/mail/, https://outlook.office365.com/mail/inbox,
   https://outlook.live.com/mail/0/, https://outlook.cloud.microsoft/mail/,
   https://outlook.office.com/mail/deeplink/compose
   Fixtures: tests/fixtures/sites/outlook/mail.html (French, new message), mail-nl.html (Dutch, inline reply). */
