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

export interface DraftAttachment {
  name: string;
  mimeType?: string;
}

/** What an outgoing email looks like to Vigie at one moment. Plain JSON: it crosses the messaging boundary. */
export interface DraftSnapshot {
  site: string;
  action: 'send-email';
  recipients: DraftRecipient[];
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

/** Which control the user used to ask for a send. */
export type SendGesture = 'click' | 'keyboard-shortcut' | 'keyboard-activation';

export interface SelectorHealth {
  ok: boolean;
  /** Names of the required selectors that matched nothing where they should. */
  missing: string[];
}

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
  /** The native send control to re-trigger (with .click()) after the user agreed. */
  sendButton(root: Element): HTMLElement | null;
  /** The editable areas (body, subject) whose edits trigger an inline rescan. */
  editables(root: Element): HTMLElement[];
  /** For the health check: on a page where a compose window is open, do the required selectors still match? */
  health(root: Element): SelectorHealth;
}
