/**
 * The authoritative send check: the background decides again, with its own active policy, on the draft's envelope
 * and the findings the content script reported; it logs the share (masked values and keyed hashes only) and either
 * releases the send or holds it for the dialog. The dialog gets its content (`openDialog`) and its answer comes back
 * (`resolveDialog`) only once the held send's pending copy and log row are written, so no decision is lost, even when
 * the worker stops while the dialog is open.
 */
import { browser } from 'wxt/browser';
import { decideEnvelope, destinationsOf, type Omitted } from '../../lib/guard/analyse.ts';
import { buildDialogModel, type DialogModel } from '../../lib/guard/dialog-model.ts';
import { redactText } from '../../lib/guard/redact.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import type { CsToBg, SendVerdict, BgToCs } from '../../lib/messages.ts';
import { decideOnFailure } from '../../lib/policy/decide.ts';
import { ownIdentifiers } from '../../lib/policy/own.ts';
import type { AnalysedFinding, Decision, Destination, Policy } from '../../lib/policy/types.ts';
import { addShare, updateShare } from './db.ts';
import { syncFormBlock } from './form-block.ts';
import { expectSent } from './network.ts';
import { activePolicy } from './policy-store.ts';
import { agentIdentity, deletePending, keepPending, loadPending, loggedFindings, storePending } from './state.ts';

type SendMessage = Extract<CsToBg, { type: 'cs-bg:send' }>;
type Sender = { tabId: number; frameId: number; url: string };

/** The log's destination kind for each non-email destination kind. */
/** An SMS number is the message's "to", as an email address is (shown as "SMS +32…"). */
const LOG_KIND: Partial<Record<Destination['kind'], 'to' | 'form' | 'public' | 'host'>> = { form: 'form', publication: 'public', host: 'host', phone: 'to' };

/**
 * Held sends whose storage copies (the pending send, the log row) are still being written. The dialog gets its
 * content, and the agent's answer is recorded, only once they are: a worker stopped after that finds both.
 */
const written = new Map<string, Promise<unknown>>();

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

interface Analysis {
  findings: AnalysedFinding[];
  /** Per type, how many findings the content script's report left out (counted in the log). */
  omitted: Omitted;
  decision: Decision;
}

/**
 * The authoritative decision, with the background's own policy, on the findings the content script reported.
 * When detection failed in the page, or deciding fails here, the policy's fail mode applies (design.md).
 */
function analyse(msg: SendMessage, policy: Policy): Analysis {
  const failure = () => ({
    findings: [],
    omitted: {},
    decision: decideOnFailure({ site: msg.draft.site, action: msg.draft.action, destinations: destinationsOf(msg.draft) }, policy),
  });
  if (msg.failed) return failure();
  try {
    return { findings: msg.findings, omitted: msg.omitted, decision: decideEnvelope(msg.draft, msg.findings, policy) };
  } catch {
    return failure();
  }
}

async function recordOf(msg: SendMessage, sender: Sender, analysis: Analysis, choice: ShareRecord['choice'], time = Date.now()): Promise<ShareRecord> {
  const d: Decision = analysis.decision;
  return {
    time,
    agent: await agentIdentity(),
    site: msg.draft.site,
    host: new URL(sender.url).hostname,
    action: msg.draft.action,
    destinations: d.destinations.map((x) => ({
      to: x.to,
      kind: LOG_KIND[x.destination.kind] ?? (x.destination.kind === 'email' ? x.destination.field : 'host'),
      decision: x.decision,
      ...(x.party ? { party: x.party } : {}),
    })),
    findings: await loggedFindings(analysis.findings, analysis.omitted),
    decision: d.decision,
    choice,
    policyVersion: d.policyVersion,
    status: choice === 'sent' || choice === 'audit-only' ? 'unconfirmed' : 'not-sent',
    eventId: msg.eventId,
    reasons: [...new Set(d.destinations.flatMap((x) => x.reasons.map((r) => r.code)))],
  };
}

/** Resolves after the current task: the reply to a message, sent when its handler's promise settles, has left by then. */
const afterReply = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Only shares that carried personal data (or that the policy stopped) are logged. */
function worthLogging(a: Analysis): boolean {
  return a.findings.length > 0 || a.decision.decision !== 'allow';
}

export async function handleSend(msg: SendMessage, sender: Sender): Promise<SendVerdict> {
  const at = Date.now();
  const policy = activePolicy();
  const analysis = analyse(msg, policy);
  const { enforced, decision } = analysis.decision;
  if (msg.phase === 'stopped') {
    // Stopped in the page already (a paste, drop, file choice or mailto: link): nothing to release or hold, only the
    // record of it. Logged when this policy blocks it too, as the send it would have been, not sent.
    if (enforced === 'block') await addShare(await recordOf(msg, sender, analysis, 'blocked'));
    return { action: 'refused', reason: '' };
  }
  // A blocked Google Form is also blocked on the network; any other verdict lifts that block before the send goes.
  await syncFormBlock(msg.draft, analysis.decision, sender.tabId);

  if (msg.phase === 'passed' || enforced === 'allow') {
    if (worthLogging(analysis)) {
      const choice = decision !== 'allow' && analysis.decision.auditOnly ? 'audit-only' : 'sent';
      await addShare(await recordOf(msg, sender, analysis, choice));
    }
    // Even unlogged: the send accounts for its request, which the network observer must not call unguarded.
    expectSent(msg.eventId, sender.tabId, at);
    return { action: 'release' };
  }

  // Held: the row is written (as not sent) while the dialog loads; an abandoned dialog stays "cancelled"/"blocked".
  // The verdict waits for neither storage nor hashing: the pending send is kept in memory at once, and its storage copy
  // (for after a restart) and the row (its keyed hashes) are written once the verdict is on its way, while the content
  // script shows the dialog. The dialog's content and the agent's answer wait for those writes (`written`).
  const time = Date.now();
  const model: DialogModel = buildDialogModel(msg.draft.site, analysis.decision, analysis.findings, policy);
  const pending = { eventId: msg.eventId, nonce: randomNonce(), tabId: sender.tabId, frameId: sender.frameId, createdAt: time, model };
  keepPending(pending);
  const choice = enforced === 'block' ? 'blocked' : 'cancelled';
  const writes = afterReply().then(() => Promise.all([storePending(pending), recordOf(msg, sender, analysis, choice, time).then(addShare)]));
  written.set(msg.eventId, writes);
  // Settled writes need no waiting: the entry goes, also for a dialog that is never answered.
  void writes.catch(() => undefined).finally(() => written.delete(msg.eventId));
  return { action: 'dialog', eventId: msg.eventId, nonce: pending.nonce, decision: enforced };
}

/** The dialog page asks for what to show. Only the frame holding the nonce gets it. */
export async function openDialog(eventId: string, nonce: string, tabId: number | undefined): Promise<DialogModel | null> {
  const p = await loadPending(eventId);
  if (!p || p.nonce !== nonce || p.tabId !== tabId) return null;
  await written.get(eventId)?.catch(() => undefined);
  return p.model;
}

export type DialogOutcome = { ok: true } | { ok: false; error: 'unknown-event' | 'not-allowed' | 'justification-required' };

/**
 * The agent's answer. Validated against the held decision: a blocked send can never be sent anyway, and
 * a warn that needs a justification is refused without one. Logged before the content script is told.
 */
export async function resolveDialog(
  choice: { eventId: string; nonce: string; choice: 'cancel' | 'send-anyway'; legalBasis?: string; text?: string },
  tabId: number | undefined,
): Promise<DialogOutcome> {
  const p = await loadPending(choice.eventId);
  if (!p || p.nonce !== choice.nonce || p.tabId !== tabId) return { ok: false, error: 'unknown-event' };
  const send = choice.choice === 'send-anyway';
  await written.get(choice.eventId)?.catch(() => undefined);
  if (send) {
    if (p.model.decision === 'block') return { ok: false, error: 'not-allowed' };
    const j = p.model.justification;
    const basisOk = !j.required || p.model.justification.legalBases.some((b) => b.id === choice.legalBasis);
    const textOk = !j.required || (choice.text ?? '').trim().length >= j.minLength;
    if (!basisOk || !textOk) return { ok: false, error: 'justification-required' };
    const policy = activePolicy();
    const text = choice.text?.trim() ? redactText(choice.text.trim(), { own: ownIdentifiers(policy) }) : undefined;
    await updateShare(choice.eventId, {
      choice: 'sent-anyway',
      status: 'unconfirmed',
      justification: { ...(choice.legalBasis ? { legalBasis: choice.legalBasis } : {}), ...(text ? { text } : {}) },
    });
    expectSent(choice.eventId, p.tabId, Date.now());
  }
  await deletePending(choice.eventId);
  const release: BgToCs = { type: 'bg-cs:release', eventId: choice.eventId, send };
  await browser.tabs.sendMessage(p.tabId, release, { frameId: p.frameId }).catch(() => undefined);
  return { ok: true };
}
