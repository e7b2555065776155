/**
 * Google Forms (docs.google.com/forms/…), filling in someone else's form: the answers are a share with the form's
 * owner, who is known only by the form's published id (research/sites.md §3). The "compose window" is the form
 * (form#mG61Hd, action …/d/e/<publishedId>/formResponse); the draft is its current page's answers, with the question
 * titles as context for the detector; Submit and Next both post the page, so both are send controls.
 * Selectors live in rules/sites/google-forms.json; this file only says how to read what they find.
 */
import rulesJson from '../../rules/sites/google-forms.json' with { type: 'json' };
import type { SiteRules } from '../../rules/sites/schema.ts';
import { formIdFromUrl } from '../policy/url-pattern.ts';
import { checkHealth, classifySendGesture, closestIn, outermost, pick, queryAll, queryFirst, urlMatches } from './common.ts';
import type { DraftAttachment, DraftSnapshot, DraftTarget, MailAdapter } from './types.ts';

// Typed, not parsed: tests/rules/sites.test.ts validates the bundled JSON against the zod schema.
const rules: SiteRules = rulesJson;
const S = pick(rules, ['formRoot', 'question', 'questionTitle', 'answerText', 'answerEntry', 'fileItem', 'sendButton'] as const);

// Forms has no send shortcut: only its buttons (and the form's own submit event) send.
const SEND_TARGETS = { send: [S.sendButton] };

/**
 * The POST a form's answers go to, as a declarativeNetRequest regexFilter (RE2): /forms/d/e/<id>/formResponse with
 * or without the account segment /u/<n>/. Used by the background's network block (research/sites.md §3).
 */
export function formResponseFilter(formId: string): string {
  return `^https://docs\\.google\\.com\\.?/forms/(u/\\d+/)?d/e/${formId.replace(/[^A-Za-z0-9_-]/g, '\\$&')}/formResponse`;
}

/** Where the answers go: the published id in the form's action, else in the page address. */
function targetOf(root: Element): DraftTarget {
  const base = root.ownerDocument.URL;
  let action = root.getAttribute('action') ?? '';
  try {
    action = new URL(action, base).href;
  } catch {
    // Not a URL: the page address decides.
  }
  const formId = formIdFromUrl(action) ?? formIdFromUrl(base) ?? 'unknown';
  return { kind: 'form', formId, url: action || base };
}

/** A title as context only: its parenthesised examples, digits and addresses ("ex. 0470 12 34 56") are not answers. */
function titleContext(question: Element): string {
  const title = queryFirst(question, S.questionTitle)?.textContent ?? '';
  return title
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\S*[\d@]\S*/g, ' ')
    .replace(/[*\s]+/g, ' ')
    .trim();
}

/** The distinct non-empty answers of one question, in page order: typed values and what Forms will post. */
function answersOf(question: Element): string[] {
  const values = new Set<string>();
  for (const el of [...queryAll(question, S.answerText), ...queryAll(question, S.answerEntry)]) {
    const value = ((el as HTMLInputElement).value ?? '').trim();
    if (value) values.add(value);
  }
  return [...values];
}

/** The questions of the page shown (file chips nested in a question are not questions). */
const questionsOf = (root: Element) => outermost(queryAll(root, S.question));

function readAttachments(root: Element): DraftAttachment[] {
  return queryAll(root, S.fileItem)
    .map((item) => (item.textContent ?? '').trim())
    .filter((name) => name !== '')
    .map((name) => ({ name }));
}

function readEnvelope(root: Element): Omit<DraftSnapshot, 'body'> {
  return {
    site: rules.id,
    action: 'submit-form',
    recipients: [],
    targets: [targetOf(root)],
    subject: '',
    attachments: readAttachments(root),
  };
}

/** The answered questions, each as its title (context) then its answers, separated by blank lines. */
function readAnswers(root: Element): string {
  const blocks: string[] = [];
  for (const question of questionsOf(root)) {
    const answers = answersOf(question);
    if (answers.length === 0) continue;
    const title = titleContext(question);
    blocks.push([...(title ? [title] : []), ...answers].join('\n'));
  }
  return blocks.join('\n\n');
}

export const googleForms: MailAdapter = {
  id: rules.id,

  matches: (url) => urlMatches(rules, url),

  findComposeRoots: (doc) => outermost(queryAll(doc, S.formRoot)),

  composeRootOf(node) {
    const doc = node.ownerDocument;
    if (!doc) return null;
    return closestIn(node, S.formRoot, doc.documentElement);
  },

  readDraft: (root) => ({ ...readEnvelope(root), body: readAnswers(root) }),

  readEnvelope,

  // Answers are input values, not editable DOM text: the whole page is read and scanned at each look (it is small).
  bodyElement: () => null,

  sendGesture(event, root) {
    // requestSubmit() or an implicit submission: the form's own submit event (form.submit() fires none). The guard
    // found root from this target, so the target is the form itself when it is a form root.
    if (event.type === 'submit') {
      const target = event.target as Element | null;
      return target && S.formRoot.css.some((css) => target.matches?.(css)) && root.contains(target) ? 'submit' : null;
    }
    return classifySendGesture(event, root, SEND_TARGETS);
  },

  sendButton: (root) => queryFirst(root, S.sendButton) as HTMLElement | null,

  editables: (root) => queryAll(root, S.answerText) as HTMLElement[],

  health: (root) => checkHealth(root, rules.selectors),

  // The background may hold a network block on this form (a page script must not post around the button); it must
  // see every send first, so that an allowed one lifts the block before the form posts.
  confirmSends: true,
};

/* Test URLs: https://docs.google.com/forms/d/e/<publishedId>/viewform, …/forms/u/1/d/e/<id>/viewform?embedded=true,
   page 2 of a multi-page form: …/forms/u/0/d/e/<id>/formResponse.
   Fixtures: tests/fixtures/sites/google-forms/viewform.html (one page), multipage.html + multipage-2.html. */
