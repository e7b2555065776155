/**
 * The decision engine's vocabulary (design.md: Destination, Decision).
 * Everything here is plain data, serialisable to JSON, so it can cross the extension's messaging.
 */
import type { DataCategory, Finding, FindingType } from '../detect/types.ts';
import type { Clause, Localised, Severity } from '../../rules/schema.ts';

export type { Clause, Localised, Severity } from '../../rules/schema.ts';
export type { Policy, Party } from '../../rules/schema.ts';

export type Locale = 'fr' | 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'nl', 'en'];

export type Action = 'send-email' | 'send-sms' | 'submit-form' | 'publish' | 'upload' | 'paste' | 'request';

/** Who an outgoing draft goes to. Each email recipient (To, Cc, Bcc) is a destination of its own. */
export type Destination =
  | { kind: 'email'; address: string; field: 'to' | 'cc' | 'bcc'; displayName?: string }
  | { kind: 'form'; formId: string; url?: string }
  | { kind: 'publication'; target: string; url?: string }
  | { kind: 'host'; host: string; url?: string }
  /**
   * An SMS recipient (Omnicasa's SMS compose). `number` is international ("+32476123456") when it parses as a
   * BE/FR/NL/LU number, else the digits as typed. No party recognises phone numbers: only the agency's own
   * numbers (agency.phones) are internal; every other number is an unknown recipient.
   */
  | { kind: 'phone'; number: string };

export interface Draft {
  /** Site adapter id ("gmail", "google-forms", "wordpress"…). */
  site: string;
  action: Action;
  destinations: Destination[];
  /**
   * The scanned text the findings' offsets point into (subject + body, or form answers).
   * Optional; used only to keep a recipient's "contact block" within one paragraph (see data-subject.ts).
   */
  text?: string;
}

/**
 * A finding with its normalised value (from lib/detect `valueOf`). The value lives in memory only,
 * for data-subject matching; decide() never copies it into its result.
 */
export type AnalysedFinding = Finding & { value: string };

export type ReasonCode =
  /** The agency itself: allowed, still logged as a share. */
  | 'internal'
  /** The party may receive this category. */
  | 'allowed'
  /** The party is known but this category is outside what it may receive. */
  | 'not-covered'
  /** No party recognises the destination; the unknownRecipient default applies. */
  | 'unknown-recipient'
  /** A public publication no party recognises: personal data is never published. */
  | 'public'
  /** Findings that are the recipient's own contact data: not a third-party share. */
  | 'data-subject'
  /** Only context-only types (a lone name, a company VAT number): logged, not counted. */
  | 'context-only'
  /** Nothing that counts was found. */
  | 'no-personal-data'
  /** Detection failed and fail mode applied. */
  | 'fail-closed'
  | 'fail-open';

export interface Reason {
  code: ReasonCode;
  /** What this reason contributes to the destination's decision. */
  decision: Severity;
  /** The destination, as displayed. */
  to: string;
  category?: DataCategory;
  findingTypes?: FindingType[];
  /** Party id. */
  party?: string;
  clause?: Clause;
  /** The explanation in each language; `formatReason(reason, locale)` picks one. */
  message: Localised;
}

export interface DestinationDecision {
  destination: Destination;
  /** Display string: the address, `form <id>`, `publication wordpress`, or the host. */
  to: string;
  decision: Severity;
  /** The recognised party id, absent for an unknown recipient. */
  party?: string;
  /** Categories that count against this destination (after data-subject and context-only rules). */
  categories: DataCategory[];
  reasons: Reason[];
}

export interface Decision {
  /** The most restrictive destination decision. */
  decision: Severity;
  /** What the extension enforces: `allow` in audit-only mode, else `decision`. */
  enforced: Severity;
  auditOnly: boolean;
  /** True when the user must pick a legal basis and write a justification to send anyway. */
  justificationRequired: boolean;
  policyVersion: number;
  destinations: DestinationDecision[];
  /** Union of the destinations' categories. */
  categories: DataCategory[];
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { allow: 0, warn: 1, block: 2 };

export function mostRestrictive(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}
