/**
 * The webmail guard (design.md, gesture layer): watches a mail site's compose windows, warns while the agent
 * types, and holds a send the policy does not allow until the agent decides in the dialog.
 *
 * It reads the DOM through a site adapter and talks to the extension through a `GuardBridge`, so it imports
 * no extension API and runs under test with happy-dom. Listeners sit on `window` in the capture phase, added
 * at document_start before any page script, so the site never sees a held gesture.
 */
import type { ScanOptions } from '../detect/types.ts';
import { decideOnFailure } from '../policy/decide.ts';
import { ownIdentifiers } from '../policy/own.ts';
import type { AnalysedFinding, Decision, Locale, Policy } from '../policy/types.ts';
import type { SendVerdict } from '../messages.ts';
import type { MailAdapter, SendGesture } from '../sites/types.ts';
import { attachmentFindings, decideEnvelope, destinationsOf, draftFindings, reportOf, scanText, type Envelope } from './analyse.ts';
import { BodyFindings } from './draft-cache.ts';
import { InlineWarning, type WarningLine, type WarningTexts } from './inline-warning.ts';

export interface GuardBridge {
  locale: Locale;
  texts: WarningTexts & { unchecked: string };
  /** The active policy (a read-only copy from the background), or null while it is not known yet. */
  policy(): Policy | null;
  newEventId(): string;
  /** Reports a send gesture: the draft without its body, and the findings (with values, memory only). */
  send(
    phase: 'held' | 'passed' | 'stopped',
    eventId: string,
    gesture: SendGesture,
    draft: { envelope: Envelope; findings: AnalysedFinding[]; failed: boolean },
  ): Promise<SendVerdict>;
  dialogUrl(eventId: string, nonce: string): string;
  /** Loads the dialog hidden, ahead of a send that will likely be held (the draft shows a warning): it then shows at once. */
  prepareDialog(): void;
  showDialog(src: string): void;
  closeDialog(): void;
  /** False when the page removed the dialog: the next send gesture shows it again. */
  isDialogOpen(): boolean;
  /** Registers a handler for the background's release of a held send (several guards may each register one). */
  onRelease(handler: (eventId: string, send: boolean) => void): void;
}

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;
const INLINE_DEBOUNCE_MS = 150;
/** Recipient chips, subject, body and attachments all change through these; the refresh is debounced per window. */
const EDIT_EVENTS = ['input', 'keyup', 'change', 'paste', 'drop', 'focusout'] as const;
/** The events of one gesture (pointerdown … click, or keydown then the button's click) share one verdict. */
const GESTURE_MS = 1000;

/**
 * Records how long Vigie's own work took as a User Timing measure (`vigie:inline`, `vigie:send-check`,
 * `vigie:send-held`), which the browser benchmark reads from the page (npm run bench:browser).
 */
function measure(win: Window, name: string, start: number): void {
  win.performance.measure?.(name, { start, end: win.performance.now() });
}

interface ComposeState {
  body: BodyFindings | null;
  /** The last inline decision, what it was computed from, and the draft-wide findings once assembled. */
  last?: { policy: Policy; key: string; version: number; decision: Decision; findings?: AnalysedFinding[] };
  bodyElement: HTMLElement | null;
  warning: InlineWarning;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function startMailGuard(win: Window, adapter: MailAdapter, bridge: GuardBridge, signal: AbortSignal): void {
  const doc = win.document;
  const composes = new WeakMap<Element, ComposeState>();
  /**
   * Compose windows with a send on hold, and the node the gesture started on (the control to re-trigger where a
   * root has several): further send gestures there are swallowed until it resolves.
   */
  const held = new Map<string, { root: Element; from: Node | null }>();
  /** The dialog address of each held send, to show it again if the page removed it. */
  const dialogs = new Map<string, string>();
  let bypass = false;
  const opts = { capture: true, signal };
  /** Documents of editor frames already watched (see watchFrame). */
  const watchedFrames = new WeakSet<Document>();

  const scanOptions = (policy: Policy): ScanOptions => ({ own: ownIdentifiers(policy) });

  /**
   * The compose window holding a node, remembered per node: every keystroke asks for its editor's (three events and
   * more), and an adapter may search the compose's subtree to answer (Outlook climbs, looking for the compose header
   * beside the body), which grows with the draft. A remembered answer holds while its window is in the page and still
   * holds the node; a node outside any compose is looked up again each time (a compose may open around it later).
   */
  const rootOfNode = new WeakMap<Node, Element>();
  function composeRootOf(node: Node): Element | null {
    const known = rootOfNode.get(node);
    if (known?.isConnected && known.contains(node)) return known;
    const root = adapter.composeRootOf(node);
    if (root) rootOfNode.set(node, root);
    return root;
  }

  function stateOf(root: Element): ComposeState {
    let s = composes.get(root);
    const bodyElement = adapter.bodyElement(root);
    // A new compose, a replaced editor, or the policy copy arrived after the compose was first seen.
    if (!s || s.bodyElement !== bodyElement || (!s.body && bodyElement && bridge.policy())) {
      s?.body?.disconnect();
      const policy = bridge.policy();
      s = {
        bodyElement,
        body: bodyElement && policy ? new BodyFindings(bodyElement, scanOptions(policy)) : null,
        warning: s?.warning ?? new InlineWarning(root, bridge.texts, () => adapter.sendButton(root)),
        timer: s?.timer,
      };
      composes.set(root, s);
      if (bodyElement) watchFrame(root, bodyElement);
    }
    return s;
  }

  /**
   * A body editor in a frame of its own (TinyMCE in Roundcube's HTML mode): its edits never reach this window's
   * listeners, so the frame's document gets them too, for the compose window that holds the frame.
   */
  function watchFrame(root: Element, body: HTMLElement): void {
    const frameDoc = body.ownerDocument;
    if (frameDoc === doc || watchedFrames.has(frameDoc)) return;
    watchedFrames.add(frameDoc);
    for (const type of EDIT_EVENTS) frameDoc.addEventListener(type, () => scheduleRefresh(root), opts);
  }

  /**
   * The draft as Vigie judges it: envelope, subject findings, the body's findings (cached per block, so only the
   * blocks edited since the last look are scanned) and attachments. Without a cache (policy not known when the
   * compose opened), the whole draft is read and scanned.
   */
  function findingsOf(root: Element, envelope: Envelope, policy: Policy): AnalysedFinding[] {
    const s = stateOf(root);
    const options = scanOptions(policy);
    return s.body
      ? [...scanText(envelope.subject, options), ...s.body.findings(), ...attachmentFindings(envelope.attachments)]
      : draftFindings(adapter.readDraft(root), options);
  }

  /**
   * The draft and its decision, with the local policy copy. The decision is recomputed only when the findings
   * or the envelope changed: a keystroke that leaves the edited block's findings as they were costs one block's
   * scan and no decision, and a send right after typing reuses the decision the warning already showed.
   * The draft-wide findings are only assembled when needed (a new decision, or the send that reports them).
   */
  function judge(root: Element, policy: Policy): { envelope: Envelope; findings: () => AnalysedFinding[]; decision: Decision } {
    const s = stateOf(root);
    const envelope = adapter.readEnvelope(root);
    const key = JSON.stringify(envelope);
    const version = s.body ? s.body.refresh() : -1;
    const last = s.last;
    if (last && last.policy === policy && last.key === key && last.version === version && version >= 0) {
      return { envelope, findings: () => (last.findings ??= findingsOf(root, envelope, policy)), decision: last.decision };
    }
    const findings = findingsOf(root, envelope, policy);
    const decision = decideEnvelope(envelope, findings, policy);
    s.last = { policy, key, version, decision, findings };
    return { envelope, findings: () => findings, decision };
  }

  /**
   * While the agent pauses on a draft that would be held, the report its send will make to the background is
   * prepared (reportOf remembers it for the same findings): the held send then only sends it.
   */
  function prepareReport(root: Element): void {
    const idle = (task: () => void) => (win.requestIdleCallback ? win.requestIdleCallback(task, { timeout: 1000 }) : win.setTimeout(task, 50));
    idle(() => {
      const policy = bridge.policy();
      if (!policy || !root.isConnected) return;
      const { envelope, findings } = judge(root, policy);
      reportOf(findings(), false, destinationsOf(envelope));
    });
  }

  function refreshWarning(root: Element): void {
    const started = win.performance.now();
    const s = stateOf(root);
    const policy = bridge.policy();
    const decision = policy ? judge(root, policy).decision : null;
    const lines: WarningLine[] = [];
    for (const d of decision?.destinations ?? []) {
      if (d.decision === 'allow' || decision?.auditOnly) continue;
      const reason = d.reasons.find((r) => r.decision === d.decision) ?? d.reasons[0];
      if (reason) lines.push({ to: d.to, decision: d.decision, text: reason.message[bridge.locale] });
    }
    s.warning.update(lines);
    if (lines.length > 0) {
      bridge.prepareDialog();
      prepareReport(root);
    }
    measure(win, 'vigie:inline', started);
  }

  function scheduleRefresh(root: Element): void {
    const s = stateOf(root);
    clearTimeout(s.timer);
    s.timer = setTimeout(() => refreshWarning(root), INLINE_DEBOUNCE_MS);
  }

  /**
   * The verdict at the send gesture, synchronously: the event must be cancelled (or not) right now.
   * Without a policy copy, or when reading or scanning fails, the send is held and the background decides;
   * `failed` tells it that detection itself failed, so that the policy's fail mode applies.
   */
  function verdictAtSend(root: Element): { envelope: Envelope; findings: AnalysedFinding[]; allow: boolean; failed: boolean } {
    const policy = bridge.policy();
    try {
      if (policy) {
        const { envelope, findings, decision } = judge(root, policy);
        return { envelope, findings: findings(), allow: decision.enforced === 'allow', failed: false };
      }
      const draft = adapter.readDraft(root);
      const { body: _body, ...envelope } = draft;
      return { envelope, findings: draftFindings(draft, {}), allow: false, failed: false };
    } catch {
      return { envelope: adapter.readEnvelope(root), findings: [], allow: false, failed: true };
    }
  }

  /** One verdict per gesture: a click is 5 events, a keyboard activation 2; the draft is read and scanned once. */
  let last: ({ root: Element; at: number; logged: boolean } & ReturnType<typeof verdictAtSend>) | null = null;
  function gestureVerdict(root: Element) {
    const now = win.performance.now();
    if (!last || last.root !== root || now - last.at > GESTURE_MS) {
      last = { root, at: now, ...verdictAtSend(root), logged: false };
      measure(win, 'vigie:send-check', now);
    }
    return last;
  }

  /** When the site closes a compose window after sending, its warning goes too. */
  function forgetIfClosed(root: Element): void {
    setTimeout(() => {
      if (!root.isConnected) composes.get(root)?.warning.hide();
    }, GESTURE_MS);
  }

  function swallow(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  }

  /** The native send, re-triggered once after the agent agreed (design.md: "one-shot bypass"). */
  function sendNow(root: Element, from: Node | null): void {
    const button = adapter.sendButton(root, from ?? undefined);
    if (!button) return;
    // The page's own constructor: under test the window is happy-dom's, in a browser the page's.
    const Mouse = (win as unknown as { MouseEvent: typeof MouseEvent }).MouseEvent;
    bypass = true;
    try {
      for (const type of ['mousedown', 'mouseup'] as const) {
        button.dispatchEvent(new Mouse(type, { bubbles: true, cancelable: true, view: win, button: 0 }));
      }
      button.click();
    } finally {
      bypass = false;
    }
  }

  async function hold(root: Element, from: Node | null, gesture: SendGesture, draft: ReturnType<typeof verdictAtSend>): Promise<void> {
    const started = win.performance.now();
    const eventId = bridge.newEventId();
    const { envelope } = draft;
    held.set(eventId, { root, from });
    let verdict: SendVerdict;
    try {
      verdict = await bridge.send('held', eventId, gesture, draft);
    } catch {
      // The background did not answer: a send the local policy copy allowed goes (it was held only to be confirmed);
      // otherwise the fail mode with the local policy copy (block fails closed, warn fails open).
      const policy = bridge.policy();
      const failure = policy && !draft.allow ? decideOnFailure({ site: adapter.id, action: envelope.action, destinations: destinationsOf(envelope) }, policy) : null;
      verdict = draft.allow || failure?.enforced === 'allow' ? { action: 'release' } : { action: 'refused', reason: bridge.texts.unchecked };
    }
    if (verdict.action === 'release') {
      held.delete(eventId);
      sendNow(root, from);
      forgetIfClosed(root);
    } else if (verdict.action === 'dialog') {
      const src = bridge.dialogUrl(verdict.eventId, verdict.nonce);
      dialogs.set(eventId, src);
      bridge.showDialog(src);
      measure(win, 'vigie:send-held', started);
    } else {
      held.delete(eventId);
      stateOf(root).warning.update([{ to: '', decision: 'block', text: verdict.reason }]);
    }
  }

  bridge.onRelease((eventId, send) => {
    const entry = held.get(eventId);
    if (!entry) return; // Unknown or already released: never send twice.
    const { root, from } = entry;
    held.delete(eventId);
    dialogs.delete(eventId);
    bridge.closeDialog();
    if (send && root.isConnected) {
      sendNow(root, from);
      forgetIfClosed(root);
    } else {
      refreshWarning(root);
    }
  });

  const heldEventOf = (root: Element) => [...held].find(([, h]) => h.root === root)?.[0];

  function onGesture(event: Event): void {
    if (bypass) return;
    const target = event.target as Node | null;
    const root = target && composeRootOf(target);
    if (!root) return;
    const pointer = (POINTER_EVENTS as readonly string[]).includes(event.type);
    // Pointer events are part of a click on the send button: judge them as a click, act only on the click itself.
    const gesture = pointer ? (adapter.sendButton(root, target)?.contains(target) ? 'click' : null) : adapter.sendGesture(event, root);
    if (!gesture) return;
    const pending = heldEventOf(root);
    if (pending) {
      swallow(event);
      const src = dialogs.get(pending);
      if (!pointer && src && !bridge.isDialogOpen()) bridge.showDialog(src);
      return;
    }
    const verdict = gestureVerdict(root);
    if (verdict.allow && !adapter.confirmSends) {
      // Untouched: the site sends as usual; the background logs the share once per gesture.
      if (!pointer && !verdict.logged) {
        verdict.logged = true;
        void bridge.send('passed', bridge.newEventId(), gesture, verdict).catch(() => undefined);
        forgetIfClosed(root);
      }
      return;
    }
    swallow(event);
    if (!pointer) {
      last = null;
      void hold(root, target, gesture, verdict);
    }
  }

  function onEdit(event: Event): void {
    const target = event.target as Node | null;
    const root = target && composeRootOf(target);
    if (root) scheduleRefresh(root);
  }

  // 'submit': a form's own submission (requestSubmit, implicit submission), for adapters whose compose is a form.
  for (const type of [...POINTER_EVENTS, 'click', 'keydown', 'submit'] as const) win.addEventListener(type, onGesture, opts);
  for (const type of EDIT_EVENTS) win.addEventListener(type, onEdit, opts);
  // Focus entering an editor frame (this window blurs, the frame is the active element): look at that compose now,
  // which starts watching the frame before the agent types in it.
  win.addEventListener('blur', () => {
    const active = doc.activeElement;
    const root = active?.tagName === 'IFRAME' ? composeRootOf(active) : null;
    if (root) scheduleRefresh(root);
  }, opts);
  // Warnings follow their compose window (and keep clear of its send button) when the page is resized or scrolled.
  let placing = false;
  const placeWarnings = () => {
    if (placing) return;
    placing = true;
    win.requestAnimationFrame(() => {
      placing = false;
      for (const root of adapter.findComposeRoots(doc)) composes.get(root)?.warning.place();
    });
  };
  win.addEventListener('resize', placeWarnings, { signal, passive: true });
  win.addEventListener('scroll', placeWarnings, { signal, passive: true, capture: true });
}
