/**
 * From a draft to a decision: findings of the subject, body and attachments, then a decision per recipient.
 * The content script finds (it keeps the body's findings per block while the agent types, so a send costs only
 * the blocks that changed); the background decides again on those findings with its own policy and logs.
 * Both call `decideEnvelope`, so the two cannot disagree on the same policy.
 */
import { classifyAttachment } from '../detect/attachments.ts';
import { scan, valueOf } from '../detect/scan.ts';
import type { Finding, ScanOptions } from '../detect/types.ts';
import { decide } from '../policy/decide.ts';
import type { AnalysedFinding, Decision, Destination, Policy } from '../policy/types.ts';
import type { DraftSnapshot } from '../sites/types.ts';

/** What the background needs of a draft: everything but the body, whose findings travel instead. */
export type Envelope = Omit<DraftSnapshot, 'body'>;

export function destinationsOf(draft: Pick<DraftSnapshot, 'recipients' | 'targets'>): Destination[] {
  const emails: Destination[] = draft.recipients.map((r) => ({
    kind: 'email' as const,
    address: r.address,
    field: r.field,
    ...(r.displayName ? { displayName: r.displayName } : {}),
  }));
  return draft.targets?.length ? [...emails, ...draft.targets] : emails;
}

/** Attachments become findings with no span in the text (start = end = 0) and a masked name that keeps only the extension. */
export function attachmentFindings(attachments: DraftSnapshot['attachments']): AnalysedFinding[] {
  const out: AnalysedFinding[] = [];
  for (const a of attachments) {
    const c = classifyAttachment(a.name, a.mimeType);
    if (!c) continue;
    const ext = /\.[a-z0-9]{1,5}$/i.exec(a.name)?.[0] ?? '';
    out.push({ type: c.type, start: 0, end: 0, confidence: c.confidence, masked: `•••${ext.toLowerCase()}`, value: a.name });
  }
  return out;
}

export function analyseFindings(text: string, findings: readonly Finding[]): AnalysedFinding[] {
  return findings.map((f) => ({ ...f, value: valueOf(f, text) }));
}

export function scanText(text: string, options: ScanOptions): AnalysedFinding[] {
  return text ? analyseFindings(text, scan(text, options)) : [];
}

/** All findings of a whole draft in one pass (when no per-block cache is at hand). */
export function draftFindings(draft: DraftSnapshot, options: ScanOptions): AnalysedFinding[] {
  return [...scanText(draft.subject, options), ...scanText(draft.body, options), ...attachmentFindings(draft.attachments)];
}

export function decideEnvelope(envelope: Envelope, findings: readonly AnalysedFinding[], policy: Policy): Decision {
  return decide({ site: envelope.site, action: envelope.action, destinations: destinationsOf(envelope) }, findings, policy);
}

/**
 * One finding per distinct (type, value), in draft order: what crosses to the background. A long thread repeats
 * the same numbers and addresses many times; the decision, the log's samples and hashes need each value once.
 */
export function distinctFindings(findings: readonly AnalysedFinding[]): AnalysedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.type}\u0000${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
