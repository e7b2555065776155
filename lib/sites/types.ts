/**
 * The contract between a site adapter and the rest of Vigie.
 * An adapter reads the DOM it is handed (a compose window, a form…) and never calls extension APIs,
 * so it is tested in Node on saved page fixtures. Its selectors are data in rules/sites/<id>.json.
 */

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface DraftRecipient {
  field: RecipientField;
  /** Lower-cased email address as the site resolved it (chip) or as typed (leftover text that parses as an address). */
  address: string;
  displayName?: string;
  /** True when this came from text typed in the recipient box, not yet turned into a chip. */
  typed?: boolean;
}

/** A destination that is not an email recipient: a Google Form, a public publication, a host, an SMS number (Destination in lib/policy). */
export type DraftTarget =
  | { kind: 'form'; formId: string; url?: string }
  | { kind: 'publication'; target: string; url?: string }
  | { kind: 'host'; host: string; url?: string }
  /** An SMS recipient: "+32476123456" (lib/policy/phone.ts canonicalPhone). */
  | { kind: 'phone'; number: string };

/** What the agent is about to do (log `action`). */
export type ShareAction = 'send-email' | 'send-sms' | 'submit-form' | 'publish' | 'upload' | 'paste';

export interface DraftAttachment {
  name: string;
  mimeType?: string;
}

/**
 * What an outgoing share (an email, a form's answers, a post, an upload) looks like to Vigie at one moment.
 * Plain JSON: it crosses the messaging boundary. Email recipients are `recipients`; every other destination
 * (form id, publication, host) is a `target`.
 */
export interface DraftSnapshot {
  site: string;
  action: ShareAction;
  recipients: DraftRecipient[];
  /** Destinations that are not email recipients. Absent for plain emails. */
  targets?: DraftTarget[];
  subject: string;
  /** The body as plain text (block elements become line breaks), quoted history included. */
  body: string;
  attachments: DraftAttachment[];
  /**
   * Typed recipient text that is not an address (e.g. "dubois"): the app may still resolve it against the
   * directory on send (Outlook does), so the policy cannot assume it goes nowhere. Absent when there is none.
   */
  unresolved?: { field: RecipientField; text: string }[];
}

/**
 * Which control the user used to ask for a send (a button click, Ctrl+Enter, Enter/Space on the button, a form submit),
 * for an upload (files chosen in a file input, files dropped), or to put data on its way (a paste, a mailto: link).
 */
export type SendGesture = 'click' | 'keyboard-shortcut' | 'keyboard-activation' | 'submit' | 'file-choice' | 'drop' | 'paste' | 'link';

export interface SelectorHealth {
  ok: boolean;
  /** Names of the required selectors that matched nothing where they should. */
  missing: string[];
}

/**
 * A site adapter: email compose windows (Gmail, Outlook, Roundcube, Omnicasa), a form (Google Forms), an editor
 * (WordPress). "Compose root" is the element holding one outgoing share; "send" is its submit/publish control.
 */
export interface MailAdapter {
  /** Equals the file name and the rules/sites/<id>.json name. */
  id: string;
  /** Whether the adapter handles this page (host and path). */
  matches(url: URL): boolean;
  /** Every open compose window (pop-out, inline reply, several at once), outermost element of each. */
  findComposeRoots(doc: ParentNode): Element[];
  /** The compose window that contains this node, if any. */
  composeRootOf(node: Node): Element | null;
  readDraft(root: Element): DraftSnapshot;
  /** Everything but the body, cheaply: read on every debounced keystroke for the inline warning. */
  readEnvelope(root: Element): Omit<DraftSnapshot, 'body'>;
  /** The body editor, whose blocks are rescanned one at a time while the agent types. */
  bodyElement(root: Element): HTMLElement | null;
  /** If this event asks the compose window to send, which gesture it is; else null. Pure: does not cancel anything. */
  sendGesture(event: Event, root: Element): SendGesture | null;
  /**
   * The native send control to re-trigger (with .click()) after the user agreed. `from` is the node the gesture
   * started on: a site with several send controls in one root (Omnicasa's portal toggles) returns the one used.
   */
  sendButton(root: Element, from?: Node): HTMLElement | null;
  /** The editable areas (body, subject) whose edits trigger an inline rescan. */
  editables(root: Element): HTMLElement[];
  /** For the health check: on a page where a compose window is open, do the required selectors still match? */
  health(root: Element): SelectorHealth;
  /**
   * Page-wide health, once the page settled: signs of an open compose window (an editor) while no compose root
   * matches mean the root selector broke. Absent: only `health(root)` is checked.
   */
  pageHealth?(doc: ParentNode): SelectorHealth;
  /**
   * Every send waits for the background's answer, even one the local policy copy allows: the background may hold a
   * network rule for this destination that it must lift first (a Google Form it blocked before). Absent: false.
   */
  confirmSends?: boolean;
}

/** The same contract, named for what it is now that it covers forms and editors too. */
export type SiteAdapter = MailAdapter;

/**
 * Where a site takes files (lib/guard/upload-guard.ts): which file inputs and drops upload to it, and what
 * share an upload is (its destination). Like MailAdapter, it only reads the DOM it is handed.
 */
export interface UploadAdapter {
  id: string;
  /** Does a file chosen in this input (`input`) or dropped on this element (`drop`) go to the site? */
  accepts(target: Element, how: 'input' | 'drop'): boolean;
  /** The upload of these files as a share (action `upload`, the site's destination). */
  envelope(doc: Document, attachments: DraftAttachment[]): Omit<DraftSnapshot, 'body'>;
}
