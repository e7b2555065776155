/**
 * One row of the share log (design.md, "Share log"): what left, to whom, what the policy said and what the agent did.
 * Pure TypeScript. The row as stored, with its index keys, is in stored.ts (`toStoredShare`, `fromStored`).
 * No raw personal data at rest (style.md habit 8): samples must already be masked, and the schema refuses any
 * sample that still looks like a raw value, so a caller cannot feed the log raw data by mistake.
 */
import { z } from 'zod';
import { FINDING_TYPES, type Finding, type FindingType } from '../detect/types.ts';

export const SHARE_ACTIONS = ['send-email', 'send-sms', 'submit-form', 'publish', 'upload', 'paste', 'request'] as const;
export const DECISIONS = ['allow', 'warn', 'block'] as const;
export const CHOICES = ['sent', 'cancelled', 'blocked', 'sent-anyway', 'audit-only', 'unguarded'] as const;
export const STATUSES = ['sent', 'unconfirmed', 'not-sent'] as const;
/** to/cc/bcc for email, form (Google Forms id), public (WordPress, portals), host (CRM, uploads, requests). */
export const DESTINATION_KINDS = ['to', 'cc', 'bcc', 'form', 'public', 'host'] as const;
export const MAX_SAMPLES = 3;
export const MAX_HASHES = 20;

/** Characters a masker uses to hide what it hides (pii.md: `••••••••••28`, `j***@telenet.be`). */
const MASK_CHARS = '•*…●∙·';
/** Separators people write inside numbers: spaces (incl. NBSP), dots, dashes, slashes, parentheses, plus. */
const NUMBER_SEPARATORS = /[\s.\-/()+]/g;
const EMAIL_LOCAL = `[^\\s@<>(),;:"'${MASK_CHARS}]`;
const FULL_EMAIL = new RegExp(`(?:^|[\\s<>(),;:"'])${EMAIL_LOCAL}+@[^\\s@]+\\.[a-z]{2,}`, 'i');

/**
 * True when a "masked" sample still carries a raw value: 6 or more digits in a row once number separators are
 * removed (national number, IBAN, phone, account), or an email address whose local part is not masked.
 */
export function looksUnmasked(sample: string): boolean {
  // 6, not 5: a masked French address keeps its 5-digit postcode (`•••, 75001`, lib/detect/mask.ts).
  return /\d{6,}/.test(sample.replace(NUMBER_SEPARATORS, '')) || FULL_EMAIL.test(sample);
}

const MaskedSample = z
  .string()
  .min(1)
  .max(80)
  .refine((s) => !looksUnmasked(s), { message: 'sample looks unmasked: the log only stores masked values' });
const HexHash = z.string().regex(/^[0-9a-f]{16,128}$/, 'hash must be lowercase hex (keyed HMAC)');
const Code = z.string().min(1).max(80);

export const DestinationSchema = z.strictObject({
  to: z.string().trim().min(1).max(320),
  kind: z.enum(DESTINATION_KINDS),
  decision: z.enum(DECISIONS),
  party: Code.optional(),
});

export const FindingSummarySchema = z.strictObject({
  type: z.enum(FINDING_TYPES),
  count: z.int().min(1),
  samples: z.array(MaskedSample).max(MAX_SAMPLES),
  hashes: z.array(HexHash).max(MAX_HASHES),
});

export const JustificationSchema = z.strictObject({
  legalBasis: Code.optional(),
  /** Already masked by the caller (the same masking as the draft). */
  text: z.string().max(2000).optional(),
});

/** What a caller writes. Strict: unknown keys are refused. */
export const ShareRecordSchema = z.strictObject({
  id: z.int().positive().optional(),
  time: z.int().positive(),
  agent: z.strictObject({ name: z.string().max(200).optional(), email: z.string().max(320).optional() }),
  site: Code,
  host: z.string().max(255),
  action: z.enum(SHARE_ACTIONS),
  destinations: z.array(DestinationSchema).max(1000),
  findings: z.array(FindingSummarySchema).max(FINDING_TYPES.length),
  decision: z.enum(DECISIONS),
  choice: z.enum(CHOICES),
  justification: JustificationSchema.optional(),
  policyVersion: z.int().min(0),
  status: z.enum(STATUSES),
  eventId: z.uuid(),
  reasons: z.array(Code).max(100).optional(),
});
export type ShareRecord = z.infer<typeof ShareRecordSchema>;
export type Destination = z.infer<typeof DestinationSchema>;
export type FindingSummary = z.infer<typeof FindingSummarySchema>;
export type Decision = ShareRecord['decision'];
export type Choice = ShareRecord['choice'];
export type ShareStatus = ShareRecord['status'];
export type ShareAction = ShareRecord['action'];

/** Fields a later event may change (the network confirms the send, the agent decides after a restart…). */
export const SharePatchSchema = ShareRecordSchema.pick({
  status: true,
  choice: true,
  decision: true,
  justification: true,
  reasons: true,
}).partial();
export type SharePatch = z.infer<typeof SharePatchSchema>;

/**
 * summariseFindings for findings distinct by (type, value), hashing only the values the summary keeps (the first
 * MAX_HASHES of each type): a 1 MB thread reports thousands of findings, and one HMAC each would delay the dialog.
 * `hash` gets `type:value`. `omitted`: per type, how many more distinct findings the report left out (the content
 * script reports only what the decision and the log need, lib/guard/analyse.ts essentialFindings); they are counted.
 */
export async function summariseAndHash(
  findings: readonly (Finding & { value: string })[],
  hash: (typeValue: string) => Promise<string>,
  omitted: Partial<Record<FindingType, number>> = {},
): Promise<FindingSummary[]> {
  const perType = new Map<FindingType, number>();
  const hashed = await Promise.all(
    findings.map(async ({ value, ...f }) => {
      const n = perType.get(f.type) ?? 0;
      if (n >= MAX_HASHES) return f;
      perType.set(f.type, n + 1);
      return { ...f, hash: await hash(`${f.type}:${value}`) };
    }),
  );
  return summariseFindings(hashed).map((s) => ({ ...s, count: s.count + (omitted[s.type] ?? 0) }));
}

/**
 * Groups logged findings by type: count, up to 3 distinct masked samples, up to 20 distinct keyed hashes.
 * Each finding must carry its `hash` (computed by the caller with the per-install key); raw values never come here.
 */
export function summariseFindings(findings: readonly Finding[]): FindingSummary[] {
  const byType = new Map<FindingType, FindingSummary>();
  for (const f of findings) {
    const s = byType.get(f.type) ?? { type: f.type, count: 0, samples: [], hashes: [] };
    s.count += 1;
    if (s.samples.length < MAX_SAMPLES && !s.samples.includes(f.masked)) s.samples.push(f.masked);
    if (f.hash && s.hashes.length < MAX_HASHES && !s.hashes.includes(f.hash)) s.hashes.push(f.hash);
    byType.set(f.type, s);
  }
  return [...byType.values()];
}
