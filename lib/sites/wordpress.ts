/**
 * WordPress admin (/wp-admin/ on any host): publishing or updating a post, page or custom post type is a public
 * share, and so is a file uploaded to the media library. Two editors:
 * - the block editor (Gutenberg, #editor): title, blocks (visual or code editor), excerpt; the canvas may be a
 *   same-origin iframe (iframe[name="editor-canvas"]), read through its contentDocument. Publish/Update is
 *   `.editor-post-publish-button`; Ctrl+S saves, which is public only once the post is published.
 * - the classic editor (form#post): #title, TinyMCE's #content_ifr or the #content textarea, #excerpt; #publish.
 * Text the page world reports (wp.data, see entrypoints/wordpress-hint.content) is appended to the draft as a hint:
 * it can only add findings, never remove any or change what counts as a publish.
 * Selectors live in rules/sites/wordpress.json, each citing the WordPress source (/usr/share/wordpress, 6.1.9).
 */
import rulesJson from '../../rules/sites/wordpress.json' with { type: 'json' };
import type { SelectorEntry, SiteRules } from '../../rules/sites/schema.ts';
import { checkHealth, classifySendGesture, closestIn, extractText, outermost, pick, queryAll, queryFirst, shortcutMatches } from './common.ts';
import type { DraftAttachment, DraftSnapshot, DraftTarget, MailAdapter, UploadAdapter } from './types.ts';

// Typed, not parsed: tests/rules/sites.test.ts validates the bundled JSON against the zod schema.
const rules: SiteRules = rulesJson;
const S = pick(rules, [
  'blockRoot',
  'blockCanvas',
  'blockTitle',
  'blockContent',
  'blockCodeEditor',
  'blockExcerpt',
  'blockPublishButton',
  'blockDraftSave',
  'classicRoot',
  'classicTitle',
  'classicContent',
  'classicVisual',
  'classicExcerpt',
  'classicPublish',
  'classicSaveDraft',
  'classicStatus',
  'uploadInput',
] as const);

/** Post statuses under which saving the classic form updates what the public sees. */
const LIVE_STATUSES = new Set(['publish', 'future', 'private']);

type Kind = 'block' | 'classic';

const isClassic = (root: Element) => S.classicRoot.css.some((css) => root.matches(css));
const kindOf = (root: Element): Kind => (isClassic(root) ? 'classic' : 'block');

/** Where a block editor's post lives: the editor itself and, on newer WordPress, its canvas iframe's document. */
function scopes(root: Element): ParentNode[] {
  const out: ParentNode[] = [root];
  for (const frame of queryAll(root, S.blockCanvas)) {
    const doc = frameDocument(frame);
    if (doc) out.push(doc);
  }
  return out;
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin: not the editor's canvas
  }
}

function firstIn(places: ParentNode[], entry: SelectorEntry): Element | null {
  for (const place of places) {
    const found = queryFirst(place, entry);
    if (found) return found;
  }
  return null;
}

const valueOf = (el: Element | null): string => {
  const value = (el as { value?: unknown } | null)?.value;
  return typeof value === 'string' ? value : el ? extractText(el) : '';
};

/**
 * Plain text of post HTML (the code editor, the classic Text tab, wp.data's content): parsed in an inert
 * <template>, which runs no script and loads nothing; block comments are dropped.
 */
export function htmlToText(doc: Document, html: string): string {
  if (!html.includes('<')) return html;
  const template = doc.createElement('template');
  template.innerHTML = html;
  return extractText(template.content);
}

/** The public site the post goes to: the admin page's origin. */
function target(doc: Document | null): DraftTarget {
  try {
    const url = new URL(doc?.URL ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'publication', target: rules.id, url: `${url.origin}/` };
  } catch {
    // no usable address: the target alone decides
  }
  return { kind: 'publication', target: rules.id };
}

function readTitle(root: Element): string {
  return kindOf(root) === 'classic' ? valueOf(queryFirst(root, S.classicTitle)) : valueOf(firstIn(scopes(root), S.blockTitle)).trim();
}

function readBody(root: Element): string[] {
  const doc = root.ownerDocument;
  if (kindOf(root) === 'classic') {
    const visual = queryFirst(root, S.classicVisual);
    const tinymce = visual ? frameDocument(visual)?.body : null;
    return [
      tinymce ? extractText(tinymce) : '',
      htmlToText(doc, valueOf(queryFirst(root, S.classicContent))),
      valueOf(queryFirst(root, S.classicExcerpt)),
    ];
  }
  const places = scopes(root);
  const blocks = firstIn(places, S.blockContent);
  const code = firstIn(places, S.blockCodeEditor);
  return [blocks ? extractText(blocks) : '', code ? htmlToText(doc, valueOf(code)) : '', valueOf(firstIn(places, S.blockExcerpt))];
}

function readEnvelope(root: Element): Omit<DraftSnapshot, 'body'> {
  return { site: rules.id, action: 'publish', recipients: [], targets: [target(root.ownerDocument)], subject: readTitle(root), attachments: [] };
}

/** Block editor: is the post live (published or scheduled), so that a save updates the public page? */
function blockPostIsLive(root: Element): boolean {
  // The Save draft / Saved control exists only before publication; without it, assume the public post is edited.
  return !queryFirst(root, S.blockDraftSave);
}

function classicSubmitPublishes(event: Event, root: Element): boolean {
  const submitter = (event as SubmitEvent).submitter ?? null;
  if (submitter && S.classicPublish.css.some((css) => submitter.matches(css))) return true;
  // Any other save of a live post (Enter in a field, form.requestSubmit()) updates it in public too.
  const status = valueOf(queryFirst(root, S.classicStatus));
  return LIVE_STATUSES.has(status) && !(submitter && closestIn(submitter, S.classicSaveDraft, root));
}

function sendGesture(event: Event, root: Element): ReturnType<MailAdapter['sendGesture']> {
  const classic = kindOf(root) === 'classic';
  if (event.type === 'submit') return classic && event.target === root && classicSubmitPublishes(event, root) ? 'submit' : null;
  const publish = classic ? S.classicPublish : S.blockPublishButton;
  if (event.type === 'keydown' && (rules.keys ?? []).some((k) => shortcutMatches(event as KeyboardEvent, k))) {
    const target = event.target as Node | null;
    return !classic && target && root.contains(target) && blockPostIsLive(root) ? 'keyboard-shortcut' : null;
  }
  // Save Draft never publishes; it is listed so that nothing inside it counts.
  return classifySendGesture(event, root, { send: [publish], notSend: classic ? S.classicSaveDraft : S.blockDraftSave, keys: [] });
}

/**
 * The WordPress adapter. `hint` returns text the page world reported (wp.data's title, content and excerpt):
 * appended to the body so it can add findings the DOM does not show (an excerpt panel that is closed).
 */
export function wordpressAdapter(hint: () => string = () => ''): MailAdapter {
  return {
    id: rules.id,

    matches: (url) =>
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      (rules.hosts.length === 0 || rules.hosts.includes(url.hostname)) &&
      (rules.paths ?? []).some((p) => url.pathname.startsWith(p)),

    findComposeRoots: (doc) => outermost([...queryAll(doc, S.blockRoot), ...queryAll(doc, S.classicRoot)]),

    composeRootOf(node) {
      // A node inside the canvas iframe belongs to the editor around that iframe.
      let here: Node | null = node;
      const top = node.ownerDocument?.defaultView?.top;
      while (here?.ownerDocument && here.ownerDocument.defaultView !== top && here.ownerDocument.defaultView?.frameElement) {
        here = here.ownerDocument.defaultView.frameElement;
      }
      const doc = here?.ownerDocument;
      if (!here || !doc) return null;
      return closestIn(here, S.blockRoot, doc.documentElement) ?? closestIn(here, S.classicRoot, doc.documentElement);
    },

    readDraft(root) {
      const extra = hint().trim();
      const body = [...readBody(root), extra].filter((part) => part.trim() !== '').join('\n\n');
      return { ...readEnvelope(root), body };
    },

    readEnvelope,

    // Title, blocks, code editor and excerpt live in different places (and frames): the whole post is read at each
    // check, which for a web page of text costs well under a millisecond.
    bodyElement: () => null,

    sendGesture,

    sendButton: (root) => queryFirst(root, kindOf(root) === 'classic' ? S.classicPublish : S.blockPublishButton) as HTMLElement | null,

    editables(root) {
      const places = kindOf(root) === 'classic' ? [root] : scopes(root);
      const names = kindOf(root) === 'classic' ? (['classicTitle', 'classicContent', 'classicExcerpt'] as const) : (['blockTitle', 'blockContent', 'blockCodeEditor', 'blockExcerpt'] as const);
      return names.map((n) => firstIn(places, S[n])).filter((el): el is HTMLElement => el !== null);
    },

    health(root) {
      // Only the selectors of this editor (block… or classic…), looked for in the canvas iframe too.
      const kind = kindOf(root);
      const own = Object.fromEntries(Object.entries(rules.selectors).filter(([name]) => name.startsWith(kind)));
      const results = scopes(root).map((place) => (place === root ? checkHealth(root, own) : checkHealth((place as Document).documentElement, own)));
      const missing = Object.keys(own).filter((name) => results.every((r) => r.missing.includes(name)));
      return { ok: missing.length === 0, missing };
    },
  };
}

export const wordpress = wordpressAdapter();

/** Files chosen or dropped anywhere in wp-admin go to the media library, whose files are public. */
export const wordpressUploads: UploadAdapter = {
  id: rules.id,
  accepts: (target, how) => how === 'drop' || S.uploadInput.css.some((css) => target.matches(css)),
  envelope: (doc, attachments: DraftAttachment[]) => ({
    site: rules.id,
    action: 'upload',
    recipients: [],
    targets: [target(doc)],
    subject: '',
    attachments,
  }),
};

/* Test URLs: http://wp.primogest.test:18080/wp-admin/post-new.php (block editor), post-new.php?post_type=property
   (classic), media-new.php (uploads). Fixtures: tests/fixtures/sites/wordpress/ (saved from the real WordPress 6.1.9). */

export { WORDPRESS_HINT_EVENT } from './wordpress-hint.ts';
/** Beyond this, a hint is cut: it only ever adds text, and a post is far smaller. */
const MAX_HINT = 2_000_000;

/**
 * The text of a page-world report `{title, content, excerpt}` (content as post HTML), or '' when it is not one.
 * Untrusted: whatever it says is only more text to check.
 */
export function parseWordpressHint(doc: Document, detail: unknown): string {
  if (typeof detail !== 'string' || detail.length > MAX_HINT) return '';
  try {
    const { title, content, excerpt } = JSON.parse(detail) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return [str(title), htmlToText(doc, str(content)), str(excerpt)].filter((s) => s.trim() !== '').join('\n\n');
  } catch {
    return '';
  }
}
