/**
 * Every message the background accepts, as zod schemas (style.md habit 3). Types are inferred from them.
 * Direction prefixes: cs-bg (content script → background), ui-bg (extension pages → background),
 * bg-cs (background → content script). The background safeParses everything and refuses the rest.
 */
import { z } from 'zod';
import { FINDING_TYPES } from './detect/types.ts';

const MAX_RECIPIENTS = 500;
/**
 * Distinct findings (type + value) one send may report. Beyond it the content script reports detection as
 * failed, so the policy's fail mode decides rather than a partial view of the draft.
 */
export const MAX_FINDINGS = 20_000;

const Address = z.string().trim().toLowerCase().min(3).max(320);
const Url = z.string().max(4096);

/** A draft without its body: the body's findings travel instead (the background never needs the text). */
export const EnvelopeSchema = z.strictObject({
  site: z.string().min(1).max(40),
  action: z.enum(['send-email', 'send-sms', 'submit-form', 'publish', 'upload', 'paste']),
  recipients: z
    .array(
      z.strictObject({
        field: z.enum(['to', 'cc', 'bcc']),
        address: Address,
        displayName: z.string().max(200).optional(),
        typed: z.boolean().optional(),
      }),
    )
    .max(MAX_RECIPIENTS),
  targets: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('form'), formId: z.string().min(1).max(200), url: Url.optional() }),
        z.strictObject({ kind: z.literal('publication'), target: z.string().min(1).max(60), url: Url.optional() }),
        z.strictObject({ kind: z.literal('host'), host: z.string().trim().toLowerCase().min(1).max(253), url: Url.optional() }),
        z.strictObject({ kind: z.literal('phone'), number: z.string().regex(/^\+?[0-9]{6,20}$/) }),
      ]),
    )
    .max(MAX_RECIPIENTS)
    .optional(),
  subject: z.string().max(10_000),
  unresolved: z.array(z.strictObject({ field: z.enum(['to', 'cc', 'bcc']), text: z.string().max(500) })).max(MAX_RECIPIENTS).optional(),
  attachments: z.array(z.strictObject({ name: z.string().max(1000), mimeType: z.string().max(200).optional() })).max(500),
});

/** A finding as the content script reports it: its normalised value stays in memory in the background, never stored. */
export const FindingWireSchema = z.strictObject({
  type: z.enum(FINDING_TYPES),
  start: z.int().min(0),
  end: z.int().min(0),
  confidence: z.enum(['low', 'medium', 'high']),
  masked: z.string().max(200),
  value: z.string().max(1000),
});

/**
 * A report's findings (lib/guard/analyse.ts essentialFindings) and, per type, how many it left out. The first finding
 * of each type is always reported, so a type left out but never reported, or more than MAX_FINDINGS in all, is malformed.
 */
const Reported = {
  findings: z.array(FindingWireSchema).max(MAX_FINDINGS),
  omitted: z.partialRecord(z.enum(FINDING_TYPES), z.int().min(1).max(MAX_FINDINGS)),
};
function reportConsistent({ findings, omitted }: { findings: { type: string }[]; omitted: Partial<Record<string, number>> }): boolean {
  const reported = new Set(findings.map((f) => f.type));
  let total = findings.length;
  for (const [type, count] of Object.entries(omitted)) {
    if (!reported.has(type)) return false;
    total += count ?? 0;
  }
  return total <= MAX_FINDINGS;
}
const INCONSISTENT = { message: 'omitted findings of a type never reported, or too many findings' };

const EventId = z.uuid();
/** rules/schema.ts MAX_RULES_BYTES (a character is at least a byte; the policy store checks the bytes). Not imported, to keep the schema out of content scripts. */
const MAX_RULES_CHARS = 1024 * 1024;
const Passphrase = z.string().min(1).max(1024);
const ElevatedRole = z.enum(['director', 'admin']);
const Nonce = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

export const CsToBgSchema = z.discriminatedUnion('type', [
  /** The content script starts: it asks for the active policy (read-only copy) to warn while the agent types. */
  z.strictObject({ type: z.literal('cs-bg:hello'), site: z.string().max(40) }),
  /**
   * A send gesture. `held`: the content script cancelled it and waits for a release or a dialog.
   * `passed`: the local verdict was allow and the send went through; the background re-checks and logs it.
   * `stopped`: the agent's own paste, drop, file choice or mailto: click was stopped in the page (the local verdict
   * was block); the background decides again and logs it when its decision is also block.
   */
  z.strictObject({
    type: z.literal('cs-bg:send'),
    phase: z.enum(['held', 'passed', 'stopped']),
    eventId: EventId,
    gesture: z.enum(['click', 'keyboard-shortcut', 'keyboard-activation', 'submit', 'file-choice', 'drop', 'paste', 'link']),
    draft: EnvelopeSchema,
    ...Reported,
    /** Detection failed in the page: the policy's fail mode decides. */
    failed: z.boolean(),
  }).refine(reportConsistent, INCONSISTENT),
  /**
   * A page request the page hooks held or stopped (network backstop): its URL and the findings the isolated world
   * made on its body. `held`: the request waits for the verdict. `blocked` / `passed`: sendBeacon, decided locally at
   * once; the background only logs it. The background decides again with its own policy.
   */
  z.strictObject({
    type: z.literal('cs-bg:request'),
    eventId: EventId,
    phase: z.enum(['held', 'blocked', 'passed']),
    via: z.enum(['fetch', 'xhr', 'beacon', 'form']),
    method: z.string().regex(/^[A-Z]{3,10}$/),
    url: Url.regex(/^https?:\/\//),
    ...Reported,
    failed: z.boolean(),
  }).refine(reportConsistent, INCONSISTENT),
  /** Selector health of the site adapter on this page. */
  z.strictObject({ type: z.literal('cs-bg:health'), site: z.string().max(40), ok: z.boolean(), missing: z.array(z.string().max(80)).max(50) }),
]);

export const UiToBgSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ui-bg:ping') }),
  z.strictObject({ type: z.literal('ui-bg:tab-status') }),
  z.strictObject({ type: z.literal('ui-bg:dialog-open'), eventId: EventId, nonce: Nonce }),
  z.strictObject({
    type: z.literal('ui-bg:dialog-choice'),
    eventId: EventId,
    nonce: Nonce,
    choice: z.enum(['cancel', 'send-anyway']),
    legalBasis: z.string().max(60).optional(),
    text: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('ui-bg:settings-get') }),
  z.strictObject({
    type: z.literal('ui-bg:settings-set'),
    agent: z.strictObject({ name: z.string().trim().max(200), email: z.string().trim().toLowerCase().max(320) }),
  }),
  /** Where the active policy came from, its version, the last rules-URL check and error (policy-store.ts policyStatus). */
  z.strictObject({ type: z.literal('ui-bg:policy-status') }),
  /** Roles (lib/roles/roles.ts, REQUIRED_ROLE says which of these need a role). */
  z.strictObject({ type: z.literal('ui-bg:role-status') }),
  /** First run: the admin passphrase (and optionally the director's), only while none exists. */
  z.strictObject({ type: z.literal('ui-bg:role-setup'), admin: Passphrase, director: Passphrase.optional() }),
  /** An admin changes a passphrase. */
  z.strictObject({ type: z.literal('ui-bg:role-passphrase'), role: ElevatedRole, passphrase: Passphrase }),
  z.strictObject({ type: z.literal('ui-bg:role-unlock'), role: ElevatedRole, passphrase: Passphrase }),
  z.strictObject({ type: z.literal('ui-bg:role-lock') }),
  /** The active policy and where it came from, for the admin page. */
  z.strictObject({ type: z.literal('ui-bg:policy-get') }),
  /** The admin page applies a rules file locally: the exact text, and its detached signature if signed. */
  z.strictObject({ type: z.literal('ui-bg:policy-apply'), text: z.string().min(1).max(MAX_RULES_CHARS), signature: z.string().max(200).optional() }),
]);

export type EnvelopeMessage = z.infer<typeof EnvelopeSchema>;
export type CsToBg = z.infer<typeof CsToBgSchema>;
export type UiToBg = z.infer<typeof UiToBgSchema>;

/** Background → content script. Only the background sends these; the content script checks sender.id. */
export type BgToCs =
  | { type: 'bg-cs:release'; eventId: string; send: boolean }
  /** The active policy changed: the content script asks for its new copy (cs-bg:hello). */
  | { type: 'bg-cs:policy-changed' };

/** The background's answer to cs-bg:request. */
export type RequestVerdict = { verdict: 'allow' | 'block' };

/** The background's answer to cs-bg:send (held). */
export type SendVerdict =
  | { action: 'release' }
  | { action: 'dialog'; eventId: string; nonce: string; decision: 'warn' | 'block' }
  | { action: 'refused'; reason: string };
