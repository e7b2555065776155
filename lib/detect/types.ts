/**
 * The detection engine's public vocabulary (see ../shared/design.md, "Vocabulary").
 * These names are a contract: the CLI, the share log and the policy use them verbatim.
 */

/** Identifier and text finding types. */
export const TEXT_FINDING_TYPES = [
  'be-national-number', // Belgian national register number, BIS numbers included
  'be-eid-card',
  'passport',
  'iban',
  'bank-account', // old Belgian xxx-xxxxxxx-xx
  'email',
  'phone',
  'date-of-birth',
  'postal-address',
  'person-name',
  'vat-number',
  'fr-nir',
  'nl-bsn',
  'lu-national-id',
] as const;

/** Attachment (document) finding types, from file name and MIME type. */
export const DOCUMENT_FINDING_TYPES = [
  'identity-document',
  'deed',
  'succession-document',
  'sale-agreement',
] as const;

export const FINDING_TYPES = [...TEXT_FINDING_TYPES, ...DOCUMENT_FINDING_TYPES] as const;

export type TextFindingType = (typeof TEXT_FINDING_TYPES)[number];
export type DocumentFindingType = (typeof DOCUMENT_FINDING_TYPES)[number];
export type FindingType = (typeof FINDING_TYPES)[number];

export type Confidence = 'low' | 'medium' | 'high';

/**
 * One piece of personal data found in a text.
 * `start`/`end` are UTF-16 indices into the scanned text, `end` exclusive.
 * `masked` is safe to display and to store; the raw value is never part of a Finding.
 */
export interface Finding {
  type: FindingType;
  start: number;
  end: number;
  confidence: Confidence;
  masked: string;
  /** Keyed hash (HMAC-SHA-256, hex) of the normalised value; only set where the finding is logged. */
  hash?: string;
}

/** The agency's own identifiers: never flagged (signature blocks repeat them in every mail). */
export interface OwnIdentifiers {
  /** Email domains, e.g. "primogest.be". Addresses at these domains (and subdomains) are not findings. */
  domains?: readonly string[];
  /** Exact email addresses. */
  emails?: readonly string[];
  /** Phone numbers in any written form; compared by their digits in international form. */
  phones?: readonly string[];
  /** VAT / enterprise numbers in any written form. */
  vatNumbers?: readonly string[];
  /** IBANs of the agency's own accounts (e.g. the escrow account on invoices). */
  ibans?: readonly string[];
  /**
   * Postal addresses of the agency's offices ("Avenue Louise 54, 1050 Bruxelles"), compared
   * without case, accents or punctuation; a finding matching the start of one (street and
   * number without the city) is own too. Added by the detection engine: signature blocks carry it.
   */
  addresses?: readonly string[];
}

export interface ScanOptions {
  own?: OwnIdentifiers;
  /** Drop findings below this confidence. Default: 'low' (keep everything the engine reports). */
  minConfidence?: Confidence;
  /** Only report these types. Default: all. */
  types?: readonly FindingType[];
}

/** The result of an incremental rescan: the window that was rescanned and the findings inside it. */
export interface RangeScan {
  /** The rescanned window [start, end) in the full text, widened from the edit to whole context. */
  start: number;
  end: number;
  /** Findings whose span lies within or overlaps the window, with offsets into the full text. */
  findings: Finding[];
}

/** Data categories the policy talks about (design.md). */
export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'financial',
  'birth',
  'legal-documents',
  'property',
  'photos',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Which category each finding type belongs to. */
export const CATEGORY_OF: Readonly<Record<FindingType, DataCategory>> = {
  'be-national-number': 'identity',
  'be-eid-card': 'identity',
  passport: 'identity',
  'fr-nir': 'identity',
  'nl-bsn': 'identity',
  'lu-national-id': 'identity',
  'identity-document': 'identity',
  iban: 'financial',
  'bank-account': 'financial',
  'vat-number': 'financial',
  email: 'contact',
  phone: 'contact',
  'postal-address': 'contact',
  'person-name': 'contact',
  'date-of-birth': 'birth',
  deed: 'legal-documents',
  'succession-document': 'legal-documents',
  'sale-agreement': 'legal-documents',
};
