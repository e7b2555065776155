/**
 * The upload guard: files chosen in a file input or dropped on the page are classified by name and type
 * (identity documents, deeds…, lib/detect/attachments.ts) before the site sees them. When the policy does not allow
 * the upload, the event is swallowed and the input emptied, so the site never starts sending; the agent decides in
 * the same dialog as for a send, and "send anyway" hands the very same files back to the site.
 *
 * A sibling of the mail guard for a different gesture: it shares the GuardBridge (dialog, background check, log),
 * the analysis (decideEnvelope, attachmentFindings) and the fail mode. No extension API: tested in happy-dom.
 */
import { decideOnFailure } from '../policy/decide.ts';
import type { AnalysedFinding } from '../policy/types.ts';
import type { SendVerdict } from '../messages.ts';
import type { DraftAttachment, SendGesture, UploadAdapter } from '../sites/types.ts';
import { attachmentFindings, decideEnvelope, destinationsOf, type Envelope } from './analyse.ts';
import type { GuardBridge } from './mail-guard.ts';

/** What was held: the input the files were chosen in, or the element they were dropped on. */
type Held = { how: 'input'; el: HTMLInputElement; files: File[] } | { how: 'drop'; el: Element; files: File[] };

interface UploadVerdict {
  envelope: Envelope;
  findings: AnalysedFinding[];
  allow: boolean;
}

export function startUploadGuard(win: Window, site: UploadAdapter, bridge: GuardBridge, signal: AbortSignal): void {
  const doc = win.document;
  const held = new Map<string, Held>();
  /** Inputs whose files were taken away: the `change` that follows the `input` event is swallowed too. */
  const emptied = new WeakSet<Element>();
  let bypass = false;

  function judge(files: File[]): UploadVerdict {
    const attachments: DraftAttachment[] = files.map((f) => (f.type ? { name: f.name, mimeType: f.type } : { name: f.name }));
    const envelope = site.envelope(doc, attachments);
    const findings = attachmentFindings(attachments);
    if (findings.length === 0) return { envelope, findings, allow: true };
    const policy = bridge.policy();
    // Without a policy copy the upload is held and the background decides.
    return { envelope, findings, allow: !!policy && decideEnvelope(envelope, findings, policy).enforced === 'allow' };
  }

  function swallow(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  }

  /** Hands the held files back to the site as if the agent had just chosen or dropped them. */
  function deliver(item: Held): void {
    const page = win as unknown as { DataTransfer: typeof DataTransfer; Event: typeof Event; DragEvent: typeof DragEvent };
    const data = new page.DataTransfer();
    for (const file of item.files) data.items.add(file);
    bypass = true;
    try {
      if (item.how === 'input') {
        item.el.files = data.files;
        for (const type of ['input', 'change']) item.el.dispatchEvent(new page.Event(type, { bubbles: true }));
      } else {
        for (const type of ['dragenter', 'dragover', 'drop']) {
          item.el.dispatchEvent(new page.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        }
      }
    } finally {
      bypass = false;
    }
  }

  async function hold(item: Held, gesture: SendGesture, verdict: UploadVerdict): Promise<void> {
    const eventId = bridge.newEventId();
    held.set(eventId, item);
    let answer: SendVerdict;
    try {
      answer = await bridge.send('held', eventId, gesture, { envelope: verdict.envelope, findings: verdict.findings, failed: false });
    } catch {
      // The background did not answer: the policy's fail mode with the local copy (block fails closed, warn open).
      const policy = bridge.policy();
      const failure = policy ? decideOnFailure({ site: site.id, action: 'upload', destinations: destinationsOf(verdict.envelope) }, policy) : null;
      answer = failure?.enforced === 'allow' ? { action: 'release' } : { action: 'refused', reason: bridge.texts.unchecked };
    }
    if (answer.action === 'dialog') {
      bridge.showDialog(bridge.dialogUrl(answer.eventId, answer.nonce));
      return;
    }
    held.delete(eventId);
    if (answer.action === 'release') deliver(item);
  }

  bridge.onRelease((eventId, send) => {
    const item = held.get(eventId);
    if (!item) return; // not an upload, or already answered: never deliver twice
    held.delete(eventId);
    bridge.closeDialog();
    if (send && item.el.isConnected) deliver(item);
  });

  function report(verdict: UploadVerdict, gesture: SendGesture): void {
    if (verdict.findings.length > 0) void bridge.send('passed', bridge.newEventId(), gesture, { ...verdict, failed: false }).catch(() => undefined);
  }

  function onFileInput(event: Event): void {
    if (bypass) return;
    const input = event.target as HTMLInputElement | null;
    if (!input || input.nodeType !== 1 || input.localName !== 'input' || input.type !== 'file') return;
    if (emptied.has(input)) {
      // The `change` after the `input` event we held: the site must not see it either.
      emptied.delete(input);
      swallow(event);
      return;
    }
    const files = [...(input.files ?? [])];
    if (files.length === 0 || !site.accepts(input, 'input')) return;
    const verdict = judge(files);
    if (verdict.allow) {
      if (event.type === 'change') report(verdict, 'file-choice');
      return;
    }
    swallow(event);
    input.value = ''; // the site finds no file even if it looks
    if (event.type === 'input') {
      emptied.add(input);
      setTimeout(() => emptied.delete(input), 0); // the browser fires `change` right after, in the same task
    }
    void hold({ how: 'input', el: input, files }, 'file-choice', verdict);
  }

  function onDrop(event: Event): void {
    if (bypass) return;
    const files = [...((event as DragEvent).dataTransfer?.files ?? [])];
    const target = event.target as Element | null;
    if (files.length === 0 || !target || target.nodeType !== 1 || !site.accepts(target, 'drop')) return;
    const verdict = judge(files);
    if (verdict.allow) {
      report(verdict, 'drop');
      return;
    }
    swallow(event); // preventDefault also keeps the browser from opening the file
    void hold({ how: 'drop', el: target, files }, 'drop', verdict);
  }

  const opts = { capture: true, signal };
  win.addEventListener('input', onFileInput, opts);
  win.addEventListener('change', onFileInput, opts);
  win.addEventListener('drop', onDrop, opts);
}
