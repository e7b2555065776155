/**
 * From a site's draft to a decision: scan the text, classify attachments, decide per recipient.
 * The same pure function runs in the content script (local verdict while typing and at the send gesture)
 * and in the background (the authoritative check that is logged), so the two cannot disagree on the same policy.
 */
import { classifyAttachment } from '../detect/attachments.ts';
import { scan, valueOf } from '../detect/scan.ts';
import type { Finding } from '../detect/types.ts';
import { decide } from '../policy/decide.ts';
import { ownIdentifiers } from '../policy/own.ts';
import type { AnalysedFinding, Decision, Destination, Draft, Policy } from '../policy/types.ts';
import type { DraftSnapshot } from '../sites/types.ts';

/** Subject and body are scanned as one text, so that offsets and contact blocks stay meaningful. */
export function draftText(draft: Pick<DraftSnapshot, 'subject' | 'body'>): string {
  return draft.subject ? `${draft.subject}\n\n${draft.body}` : draft.body;
}

export function destinationsOf(draft: DraftSnapshot): Destination[] {
  return draft.recipients.map((r) => ({
    kind: 'email' as const,
    address: r.address,
    field: r.field,
    ...(r.displayName ? { displayName: r.displayName } : {}),
  }));
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

export interface Analysis {
  text: string;
  findings: AnalysedFinding[];
  decision: Decision;
}

/** The full check of a draft (at send time). `findings` may be passed when the caller already scanned the text. */
export function analyseDraft(draft: DraftSnapshot, policy: Policy, findings?: readonly Finding[]): Analysis {
  const text = draftText(draft);
  const found = [
    ...analyseFindings(text, findings ?? scan(text, { own: ownIdentifiers(policy) })),
    ...attachmentFindings(draft.attachments),
  ];
  const request: Draft = { site: draft.site, action: draft.action, destinations: destinationsOf(draft), text };
  return { text, findings: found, decision: decide(request, found, policy) };
}
