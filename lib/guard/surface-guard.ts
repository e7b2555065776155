/**
 * Every watched page, beyond its send button (issue 5, "Any watched page"): personal data pasted or dropped, files
 * chosen in a file input, and `mailto:` links are checked against the destination where one is known:
 * - paste / drop: the recipients of the compose window it lands in (email, SMS, publication); outside one, nothing
 *   is known yet and the send check will judge the draft;
 * - files (chosen or dropped): the compose window's destinations, else the page's host (an upload to this site,
 *   which the policy may know as a publication through its URL patterns, e.g. the agency's WordPress);
 * - mailto: the addresses in the link, for the subject and body it carries.
 * Block → the paste, drop, file choice or link is stopped, the inline warning says why, and the background logs it
 * (the agent's own gestures only: a page's synthetic event is stopped too, never logged); warn → the warning only,
 * nothing is stopped (the agent keeps typing; the send check asks for the justification).
 *
 * Used by every content script (lib/guard/site-runner.ts), with the site's adapter. No extension API: the policy
 * is the background's read-only copy; without it nothing is judged here (the send check still holds the send).
 */
import { ownIdentifiers } from '../policy/own.ts';
import type { AnalysedFinding, Decision, Policy } from '../policy/types.ts';
import { normaliseAddress } from '../sites/common.ts';
import type { DraftAttachment, DraftRecipient, DraftTarget, MailAdapter, SendGesture } from '../sites/types.ts';
import { attachmentFindings, decideEnvelope, destinationsOf, type Envelope, scanText } from './analyse.ts';
import { InlineWarning, type WarningLine, type WarningTexts } from './inline-warning.ts';
import type { GuardBridge } from './mail-guard.ts';

export interface SurfaceBridge extends Pick<GuardBridge, 'policy' | 'newEventId' | 'send'> {
  locale: 'fr' | 'nl' | 'en';
  texts: WarningTexts;
}

/** How long a surface warning stays up (the agent may dismiss it sooner). */
const WARNING_MS = 15_000;

/** What a gesture would share: an envelope (action and destinations) and the findings of what it carries. */
export interface SurfaceCheck {
  envelope: Envelope;
  findings: AnalysedFinding[];
}

/** A mailto: link's recipients (to, cc, bcc) and the text it carries (subject, body). */
export function parseMailto(href: string): { recipients: DraftRecipient[]; text: string } | null {
  if (!/^mailto:/i.test(href)) return null;
  const [path = '', query = ''] = href.slice(7).split('?', 2);
  const params = new URLSearchParams(query);
  const recipients: DraftRecipient[] = [];
  const add = (list: string, field: 'to' | 'cc' | 'bcc') => {
    for (const raw of list.split(/[,;]/)) {
      let decoded = raw;
      try {
        decoded = decodeURIComponent(raw);
      } catch {
        // keep the raw text
      }
      const address = normaliseAddress(decoded);
      if (address) recipients.push({ field, address });
    }
  };
  add(path, 'to');
  for (const field of ['to', 'cc', 'bcc'] as const) for (const v of params.getAll(field)) add(v, field);
  // URLSearchParams decodes + as a space; mailto bodies use %20, so a literal + is rare and harmless here.
  const text = [params.get('subject') ?? '', params.get('body') ?? ''].filter(Boolean).join('\n');
  return { recipients, text };
}

function filesOf(list: FileList | null | undefined): DraftAttachment[] {
  return Array.from(list ?? [], (f) => ({ name: f.name, ...(f.type ? { mimeType: f.type } : {}) }));
}

export function startSurfaceGuard(win: Window, adapter: MailAdapter | null, bridge: SurfaceBridge, signal: AbortSignal): void {
  const doc = win.document;
  const warnings = new WeakMap<Element, { warning: InlineWarning; timer?: ReturnType<typeof setTimeout> }>();
  const site = (): string => adapter?.id ?? win.location.hostname;

  /** Files shared with the page's own site (an upload outside any compose window). */
  const toThisSite = (attachments: DraftAttachment[]): Envelope => {
    const host: DraftTarget = { kind: 'host', host: win.location.hostname, url: win.location.href };
    return { site: site(), action: 'upload', recipients: [], targets: [host], subject: '', attachments };
  };

  /** The compose window a node is in, and its envelope (recipients, SMS numbers, publication). */
  function composeOf(node: Node | null): { root: Element; envelope: Envelope } | null {
    const root = node && adapter?.composeRootOf(node);
    if (!root || !adapter) return null;
    return { root, envelope: adapter.readEnvelope(root) };
  }

  function judge(check: SurfaceCheck, policy: Policy): Decision | null {
    if (check.findings.length === 0 || destinationsOf(check.envelope).length === 0) return null;
    const decision = decideEnvelope(check.envelope, check.findings, policy);
    return decision.enforced === 'allow' ? null : decision;
  }

  function warn(anchor: Element, decision: Decision): void {
    const lines: WarningLine[] = [];
    for (const d of decision.destinations) {
      if (d.decision === 'allow') continue;
      const reason = d.reasons.find((r) => r.decision === d.decision) ?? d.reasons[0];
      if (reason) lines.push({ to: d.to, decision: d.decision, text: reason.message[bridge.locale] });
    }
    let w = warnings.get(anchor);
    if (!w) warnings.set(anchor, (w = { warning: new InlineWarning(anchor, bridge.texts) }));
    w.warning.update(lines);
    clearTimeout(w.timer);
    const shown = w;
    shown.timer = setTimeout(() => shown.warning.hide(), WARNING_MS);
  }

  function swallow(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  }

  /** Judges and acts: true when the event was stopped. */
  function guard(event: Event, gesture: SendGesture, anchor: Element, check: SurfaceCheck): boolean {
    const policy = bridge.policy();
    if (!policy) return false;
    let decision: Decision | null;
    try {
      decision = judge(check, policy);
    } catch {
      return false; // the send check decides with the policy's fail mode
    }
    if (!decision) return false;
    warn(anchor, decision);
    if (decision.enforced !== 'block') return false;
    swallow(event);
    // The agent's own gesture is logged (the background decides again); a page's synthetic event is only stopped.
    if (event.isTrusted) void bridge.send('stopped', bridge.newEventId(), gesture, { ...check, failed: false }).catch(() => undefined);
    return true;
  }

  const anchorOf = (el: Element | null, root?: Element) => root ?? el ?? doc.body;
  const elementOf = (t: EventTarget | null): Element | null => (t && (t as Node).nodeType === 1 ? (t as Element) : (t as Node | null)?.parentElement ?? null);

  function onPasteOrDrop(event: Event): void {
    const data = event.type === 'paste' ? (event as ClipboardEvent).clipboardData : (event as DragEvent).dataTransfer;
    if (!data) return;
    const target = elementOf(event.target);
    const compose = composeOf(target);
    const files = filesOf(data.files);
    const policy = bridge.policy();
    if (!policy) return;
    const text = data.getData('text/plain');
    const findings = [...scanText(text, { own: ownIdentifiers(policy) }), ...attachmentFindings(files)];
    // Text goes where the compose window sends; dropped files outside one are an upload to this site.
    const action: Envelope['action'] = files.length > 0 ? 'upload' : 'paste';
    const envelope = compose
      ? { ...compose.envelope, action, attachments: files }
      : files.length > 0 && event.type === 'drop'
        ? toThisSite(files)
        : null;
    if (envelope) guard(event, event.type === 'paste' ? 'paste' : 'drop', anchorOf(target, compose?.root), { envelope, findings });
  }

  function onFiles(event: Event): void {
    const input = event.target as HTMLInputElement | null;
    if (!input || input.nodeType !== 1 || input.tagName !== 'INPUT' || input.type !== 'file' || !input.files?.length) return;
    const compose = composeOf(input);
    const files = filesOf(input.files);
    const envelope = compose ? { ...compose.envelope, action: 'upload' as const, attachments: files } : toThisSite(files);
    // A hidden file input has no place on screen: the warning goes by its compose window or its label.
    const anchor = compose?.root ?? (input.offsetParent ? input : (input.labels?.[0] ?? input.parentElement ?? doc.body));
    if (guard(event, 'file-choice', anchor, { envelope, findings: attachmentFindings(files) })) input.value = ''; // the page never gets the files
  }

  function onClick(event: Event): void {
    const link = elementOf(event.target)?.closest('a[href]') as HTMLAnchorElement | null;
    const parsed = link && parseMailto(link.getAttribute('href') ?? '');
    if (!link || !parsed || !parsed.text) return;
    const policy = bridge.policy();
    if (!policy) return;
    const envelope: Envelope = { site: site(), action: 'send-email', recipients: parsed.recipients, subject: '', attachments: [] };
    guard(event, 'link', link, { envelope, findings: scanText(parsed.text, { own: ownIdentifiers(policy) }) });
  }

  const opts = { capture: true, signal };
  win.addEventListener('paste', onPasteOrDrop, opts);
  win.addEventListener('drop', onPasteOrDrop, opts);
  // `input` comes before `change` for a file input: the page may read the files on either.
  win.addEventListener('input', onFiles, opts);
  win.addEventListener('change', onFiles, opts);
  win.addEventListener('click', onClick, opts);
}
