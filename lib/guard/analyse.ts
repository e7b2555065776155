/**
 * From a draft to a decision: findings of the subject, body and attachments, then a decision per recipient.
 * The content script finds (it keeps the body's findings per block while the agent types, so a send costs only
 * the blocks that changed); the background decides again on those findings with its own policy and logs.
 * Both call `decideEnvelope`, so the two cannot disagree on the same policy.
 */
import { classifyAttachment } from '../detect/attachments.ts';
import { scan, valueOf } from '../detect/scan.ts';
import type { Confidence, Finding, FindingType, ScanOptions } from '../detect/types.ts';
import { MAX_HASHES, MAX_SAMPLES } from '../log/record.ts';
import { MAX_FINDINGS } from '../messages.ts';
import { ownCandidates } from '../policy/data-subject.ts';
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

/**
 * Each finding with its value. Built field by field (scan's findings carry these and no hash): all alike, the
 * thousands of findings of a long thread are read fast by every later pass, where a spread copy of each leaves them
 * as many object shapes as findings, each read several times slower.
 */
export function analyseFindings(text: string, findings: readonly Finding[]): AnalysedFinding[] {
  return findings.map((f) => ({ type: f.type, start: f.start, end: f.end, confidence: f.confidence, masked: f.masked, value: valueOf(f, text) }));
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

/** Per type, how many distinct findings a report left out (essentialFindings): the log still counts them. */
export type Omitted = Partial<Record<FindingType, number>>;

/**
 * What crosses to the background for a draft going to `destinations`: the findings, distinct by (type, value) and in
 * draft order, that its decision, dialog and log need; per type, how many distinct ones were left out; and how many
 * distinct ones there are. A 1 MB thread repeats values many times and has thousands of distinct ones: sending,
 * validating and deciding on all of them kept the held send's dialog waiting.
 *
 * Kept, in their order: every finding that could be a recipient's own data or decide whether one is (ownCandidates),
 * and of each type the first MAX_HASHES (the log hashes those), those bringing the first MAX_SAMPLES distinct masked
 * values (the log's and the dialog's samples), and the first of each confidence among the others. For any policy
 * this gives the same decision: a type counts for a destination when one of its findings above the policy's
 * confidence floor is not that destination's own; the first such finding is either an own candidate or the first of
 * its confidence among the others, so each destination sees the same types in the same order, and the same own data
 * (ownDataOf visits only candidates). The log's count per type adds the omitted ones.
 * The candidates are found among all findings, repeats included: a superset of those among the distinct ones.
 */
export function essentialFindings(
  findings: readonly AnalysedFinding[],
  destinations: readonly Destination[],
): { findings: AnalysedFinding[]; omitted: Omitted; distinct: number } {
  const candidates = ownCandidates(destinations, findings);
  const seen = new Map<FindingType, { values: Set<string>; samples: string[]; confidences: Set<Confidence> }>();
  const kept: AnalysedFinding[] = [];
  const omitted: Omitted = {};
  let distinct = 0;
  for (const f of findings) {
    let type = seen.get(f.type);
    if (!type) seen.set(f.type, (type = { values: new Set(), samples: [], confidences: new Set() }));
    if (type.values.has(f.value)) continue;
    type.values.add(f.value);
    distinct += 1;
    const newSample = type.samples.length < MAX_SAMPLES && !type.samples.includes(f.masked);
    if (newSample) type.samples.push(f.masked);
    const candidate = candidates.has(f);
    const newConfidence = !candidate && !type.confidences.has(f.confidence);
    if (newConfidence) type.confidences.add(f.confidence);
    if (candidate || type.values.size <= MAX_HASHES || newSample || newConfidence) kept.push(f);
    else omitted[f.type] = (omitted[f.type] ?? 0) + 1;
  }
  return { findings: kept, omitted, distinct };
}

/** What a send reports to the background of its findings (reportOf). */
export interface FindingsReport {
  findings: AnalysedFinding[];
  omitted: Omitted;
  failed: boolean;
}

/** The last report made from each findings array, and the destinations and failure it was made for. */
const reports = new WeakMap<readonly AnalysedFinding[], { key: string; report: FindingsReport }>();

/**
 * Findings as they cross to the background: each distinct value once, only those its decision, dialog and log need
 * for these destinations (essentialFindings); too many distinct values count as a failed detection. Remembered per
 * findings array, so that a report prepared while the agent pauses (mail-guard.ts) costs nothing at the send.
 */
export function reportOf(findings: readonly AnalysedFinding[], failed: boolean, destinations: readonly Destination[]): FindingsReport {
  const key = `${failed}${JSON.stringify(destinations)}`;
  const known = reports.get(findings);
  if (known?.key === key) return known.report;
  const essential = essentialFindings(findings, destinations);
  const report: FindingsReport =
    essential.distinct > MAX_FINDINGS
      ? { findings: [], omitted: {}, failed: true }
      : {
          findings: essential.findings.map(({ type, start, end, confidence, masked, value }) => ({ type, start, end, confidence, masked, value })),
          omitted: essential.omitted,
          failed,
        };
  reports.set(findings, { key, report });
  return report;
}
