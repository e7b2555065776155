/**
 * Pure helpers shared by the mail adapters: selector lookup over rules data, text extraction from
 * contenteditable, address parsing of typed leftovers, and the send-gesture classification that every
 * webmail shares (InboxSDK getPresendingStream.ts: click on send, Ctrl/Meta+Enter, Enter/Space on send).
 * Only the DOM handed in is read: no window/document globals, no extension APIs.
 */
import type { SelectorEntry, SiteRules } from '../../rules/sites/schema.ts';
import type { DraftAttachment, DraftRecipient, DraftSnapshot, RecipientField, SelectorHealth, SendGesture } from './types.ts';

export const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** The named selectors an adapter needs; throws at load time when the rules file lacks one (fail loudly). */
export function pick<K extends string>(rules: SiteRules, names: readonly K[]): Record<K, SelectorEntry> {
  const out = {} as Record<K, SelectorEntry>;
  for (const name of names) {
    const entry = rules.selectors[name];
    if (!entry) throw new Error(`rules/sites/${rules.id}.json: selector "${name}" is missing`);
    out[name] = entry;
  }
  return out;
}

/**
 * Exact host (or host:port, for an admin-added instance), or a subdomain of `subdomainsOf` on a dot boundary;
 * then an optional path prefix ("/mail/" also accepts "/mail").
 */
export function urlMatches(rules: SiteRules, url: URL): boolean {
  // A trailing dot ("mail.google.com.") is the same host to the browser: it must not slip past the adapter.
  const host = url.hostname.replace(/\.$/, '');
  const hostOk =
    rules.hosts.includes(host) ||
    (url.port !== '' && rules.hosts.includes(`${host}:${url.port}`)) ||
    (rules.subdomainsOf ?? []).some((d) => host.endsWith(`.${d}`));
  if (url.protocol !== 'https:' || !hostOk) return false;
  return !rules.paths || rules.paths.some((p) => url.pathname.startsWith(p) || url.pathname === p.replace(/\/$/, ''));
}

/**
 * Where a lookup searches: one node's descendants, or several elements with theirs (the parts of a compose window
 * outside its body, `outsideBody`).
 */
export type Scope = ParentNode | readonly Element[];

function select(scope: Scope, css: string): Element[] {
  if (!Array.isArray(scope)) return [...(scope as ParentNode).querySelectorAll(css)];
  const out: Element[] = [];
  for (const part of scope as readonly Element[]) {
    if (part.matches(css)) out.push(part);
    for (const el of part.querySelectorAll(css)) out.push(el);
  }
  return out;
}

/** Elements for the first css of the entry that matches anything inside scope. */
export function queryAll(scope: Scope, entry: SelectorEntry): Element[] {
  for (const css of entry.css) {
    const found = select(scope, css);
    if (found.length > 0) return found;
  }
  return [];
}

/** The first element for the first css of the entry that matches: querySelector, so the walk stops at the first hit. */
export function queryFirst(scope: ParentNode, entry: SelectorEntry): Element | null {
  for (const css of entry.css) {
    const found = scope.querySelector(css);
    if (found) return found;
  }
  return null;
}

/**
 * The parts of a compose window outside its body editor, in document order: the siblings of the body and of each of
 * its ancestors up to the root. The envelope (recipients, subject, attachments) is read there, every time the draft
 * is looked at: searching the whole window would also walk every element of a long body, keystroke after keystroke.
 */
export function outsideBody(root: Element, body: Element | null): Element[] {
  if (!body || body === root || !root.contains(body)) return [root];
  const path: Element[] = [];
  for (let el: Element | null = body; el && el !== root; el = el.parentElement) path.push(el);
  const out: Element[] = [];
  const walk = (parent: Element, depth: number): void => {
    const onPath = path[depth];
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child !== onPath) out.push(child);
      else if (depth > 0) walk(child, depth - 1);
    }
  };
  walk(root, path.length - 1);
  return out;
}

/** The nearest ancestor-or-self of node matching the entry, only if it lies inside root. */
export function closestIn(node: Node, entry: SelectorEntry, root: Element): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (const css of entry.css) {
    const hit = el?.closest(css);
    if (hit && root.contains(hit)) return hit;
  }
  return null;
}

/**
 * Page-wide health: when something that only an open compose window has (`hint`, a broad selector unlikely to
 * change, e.g. the editor) is on the page but no compose root matches, the root selector is broken.
 */
export function checkPageHealth(doc: ParentNode, root: SelectorEntry, hint: SelectorEntry | undefined, name = 'composeRoot'): SelectorHealth {
  const broken = !!hint && !!queryFirst(doc, hint) && !queryFirst(doc, root);
  return broken ? { ok: false, missing: [name] } : { ok: true, missing: [] };
}

/** Required selectors that match neither root itself nor anything inside it. */
export function checkHealth(root: Element, selectors: Record<string, SelectorEntry>): SelectorHealth {
  const missing = Object.entries(selectors)
    .filter(([, entry]) => entry.required && !entry.css.some((css) => root.matches(css) || root.querySelector(css)))
    .map(([name]) => name);
  return { ok: missing.length === 0, missing };
}

// ---- send gestures ----

interface KeyLike {
  key?: string;
  keyCode?: number;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

const isEnter = (e: KeyLike) => e.key === 'Enter' || e.keyCode === 13;
const isSpace = (e: KeyLike) => e.key === ' ' || e.key === 'Spacebar' || e.keyCode === 32;

/** "Ctrl+Enter": the listed modifiers are down and the key matches; others are ignored, as InboxSDK does. */
export function shortcutMatches(e: KeyLike, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop();
  const mods: Record<string, boolean | undefined> = {
    Ctrl: e.ctrlKey,
    Meta: e.metaKey,
    Alt: e.altKey,
    Shift: e.shiftKey,
  };
  if (!parts.every((m) => mods[m])) return false;
  return key === 'Enter' ? isEnter(e) : e.key?.toUpperCase() === key;
}

export interface SendTargets {
  /** The send controls: each entry is a send (send, send+archive…). */
  send: SelectorEntry[];
  /** Controls inside a send group that do not send now (schedule, more options). */
  notSend?: SelectorEntry;
  keys?: string[];
}

/** Which send gesture this event is inside root, or null. Pure: it only looks at the event. */
export function classifySendGesture(event: Event, root: Element, t: SendTargets): SendGesture | null {
  const target = event.target as Node | null;
  if (!target || typeof target.nodeType !== 'number' || !root.contains(target)) return null;
  const onSend = () => !(t.notSend && closestIn(target, t.notSend, root)) && t.send.some((entry) => closestIn(target, entry, root));
  if (event.type === 'click') return onSend() ? 'click' : null;
  if (event.type !== 'keydown') return null;
  const k = event as unknown as KeyLike;
  if (t.keys?.some((s) => shortcutMatches(k, s))) return 'keyboard-shortcut';
  if ((isEnter(k) || isSpace(k)) && !k.ctrlKey && !k.metaKey && !k.altKey && onSend()) return 'keyboard-activation';
  return null;
}

// ---- text ----

const BLOCKS = new Set(
  [
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM',
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR UL',
  ]
    .join(' ')
    .split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Plain text of a contenteditable the way the recipient reads it: block elements and <br> become line breaks,
 * source whitespace collapses (as innerText does, <pre> excepted), &nbsp; becomes a space.
 * Hidden content is kept: it is sent too (quoted history). Linear in the size of the body: it runs on 1 MB drafts.
 */
export function extractText(root: Node, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let lineStart = true; // nothing but line breaks written since the last line break
  let space = false; // collapsed whitespace waiting for more text on the same line
  const write = (s: string) => {
    if (space && !lineStart) parts.push(' ');
    parts.push(s);
    space = false;
    lineStart = s.endsWith('\n');
  };
  // A block starts and ends on its own line; whitespace before a line break is dropped.
  const line = () => {
    space = false;
    if (!lineStart) write('\n');
  };
  const walk = (node: Node, pre: boolean): void => {
    // firstChild/nextSibling: several times faster than iterating childNodes on a large body (measured in Chromium).
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (pre) {
          if (data) write(data);
          continue;
        }
        const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
        const core = collapsed.replace(/^ | $/g, ''); // not trim(): &nbsp; is text
        if (collapsed.startsWith(' ')) space = true;
        if (core) write(core);
        if (core && collapsed.endsWith(' ')) space = true;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag) || skip?.(child as Element)) continue;
        if (tag === 'BR') {
          // A trailing <br> closing a non-empty block is not rendered as an extra line.
          space = false;
          if (child.nextSibling || !child.previousSibling || !BLOCKS.has(node.nodeName.toUpperCase())) write('\n');
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) line();
        walk(child, pre || tag === 'PRE');
        if (block) line();
        else if (tag === 'TD' || tag === 'TH') write('\t');
      }
    }
  };
  walk(root, false);
  // &nbsp; last, so typed double spaces stay and an &nbsp;-only line ends up blank.
  return parts.join('').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').trim();
}

// ---- addresses ----

// Local part of RFC 5322 atoms; domain of letter/digit labels (IDN allowed), TLD of two or more.
const EMAIL = /^[\p{L}\p{N}._%+'!#$&*/=?^`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,}$/u;

/** Lower-cased address without mailto:, brackets or quotes; null when it is not an address. */
export function normaliseAddress(raw: string): string | null {
  const a = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[<"'(]+|[>"')]+$/g, '')
    .toLowerCase();
  return EMAIL.test(a) ? a : null;
}

/** The first address found anywhere in a label such as "Maître Dubois (m.dubois@notaire.be)". */
export function findAddress(text: string): string | null {
  for (const token of text.split(/[\s,;<>()[\]]+/)) {
    const a = normaliseAddress(token);
    if (a) return a;
  }
  return null;
}

export interface ParsedList {
  addresses: { address: string; displayName?: string }[];
  /** What is left once the addresses are taken out: a name the app may still resolve on send. */
  unresolved: string[];
}

/** Text typed in a recipient box: split on , ; and whitespace, accepting `Name <addr>` and `"Name" <addr>`. */
export function parseAddressList(text: string): ParsedList {
  const result: ParsedList = { addresses: [], unresolved: [] };
  for (const piece of splitList(text)) {
    const left: string[] = [];
    const rest = piece.replace(/([^<>]*)<([^<>]*)>/g, (_, before: string, inside: string) => {
      const address = normaliseAddress(inside);
      const name = takeAddresses(before, result).replace(/^["'\s]+|["'\s]+$/g, '');
      if (address) result.addresses.push(name ? { address, displayName: name } : { address });
      else left.push(`${name} <${inside}>`);
      return ' ';
    });
    left.push(takeAddresses(rest, result));
    const unresolved = left.join(' ').replace(/\s+/g, ' ').trim();
    if (unresolved) result.unresolved.push(unresolved);
  }
  return result;
}

/** Splits on , ; and line breaks, except inside "quoted names" and <angle brackets>. */
function splitList(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<') angled = true;
    else if (ch === '>') angled = false;
    if (!quoted && !angled && /[,;\n]/.test(ch)) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  return [...pieces, current];
}

/** Moves bare addresses out of text into result; returns the words that are not addresses. */
function takeAddresses(text: string, result: ParsedList): string {
  return text
    .split(/\s+/)
    .filter((word) => {
      const address = word ? normaliseAddress(word) : null;
      if (address) result.addresses.push({ address });
      return word !== '' && !address;
    })
    .join(' ');
}

/** One entry per field and address; a chip wins over the same address typed. Order is kept. */
export function dedupeRecipients(list: DraftRecipient[]): DraftRecipient[] {
  const seen = new Map<string, DraftRecipient>();
  for (const r of list) {
    const key = `${r.field} ${r.address.toLowerCase()}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, { ...r, address: r.address.toLowerCase() });
    else if (prev.typed && !r.typed) seen.set(key, { ...r, address: r.address.toLowerCase() });
  }
  return [...seen.values()];
}

// ---- drafts ----

export type ChipReader = (chip: Element) => { address: string; displayName?: string } | null;
type PerField = Record<RecipientField, SelectorEntry>;

/** What the user typed in a box: an input's value, or a contenteditable's text without the chips it may hold. */
export function typedText(el: Element, chips?: SelectorEntry): string {
  const value = (el as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  return extractText(el, chips && ((node) => chips.css.some((css) => node.matches(css))));
}

/** Chips then typed leftovers of To, Cc and Bcc, deduplicated; typed words that are no address go to `unresolved`. */
export function readRecipients(
  root: Scope,
  chips: PerField,
  typed: PerField,
  readChip: ChipReader,
): Pick<DraftSnapshot, 'recipients' | 'unresolved'> {
  const recipients: DraftRecipient[] = [];
  const unresolved: { field: RecipientField; text: string }[] = [];
  for (const field of FIELDS) {
    for (const chip of queryAll(root, chips[field])) {
      const read = readChip(chip);
      if (read) recipients.push({ field, ...read });
    }
    for (const box of queryAll(root, typed[field])) {
      const parsed = parseAddressList(typedText(box, chips[field]));
      for (const a of parsed.addresses) recipients.push({ field, ...a, typed: true });
      for (const text of parsed.unresolved) unresolved.push({ field, text });
    }
  }
  const deduped = dedupeRecipients(recipients);
  return unresolved.length > 0 ? { recipients: deduped, unresolved } : { recipients: deduped };
}

/** The selectors a mail compose window's envelope is read with (gmail, outlook and roundcube name them alike). */
export type EnvelopeSelectors = Record<'toChips' | 'ccChips' | 'bccChips' | 'toTyped' | 'ccTyped' | 'bccTyped' | 'subject' | 'body', SelectorEntry>;

/** A compose window's envelope: its recipients (chips, then typed leftovers), its subject field and its attachments, read outside its body. */
export function readMailEnvelope(
  root: Element,
  site: string,
  S: EnvelopeSelectors,
  readChip: ChipReader,
  readAttachments: (scope: Scope) => DraftAttachment[],
): Omit<DraftSnapshot, 'body'> {
  const scope = outsideBody(root, queryFirst(root, S.body));
  const chips = { to: S.toChips, cc: S.ccChips, bcc: S.bccChips };
  const typed = { to: S.toTyped, cc: S.ccTyped, bcc: S.bccTyped };
  const subject = queryAll(scope, S.subject)[0] as HTMLInputElement | undefined;
  return { site, action: 'send-email', ...readRecipients(scope, chips, typed, readChip), subject: subject?.value ?? '', attachments: readAttachments(scope) };
}

/** Drops elements nested inside another one of the list (a compose root is its outermost match). */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
