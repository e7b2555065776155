/**
 * The normalised value of a finding, used for keyed hashing (the same value written two ways
 * hashes the same) and for the CLI's --reveal. Numbers: digits only (the NIR keeps 2A/2B);
 * IBAN and passport: compact uppercase; email: lowercase; phone: E.164 ("+3225123456");
 * date of birth: ISO "1985-03-12"; names and addresses: the text with whitespace collapsed.
 */
import { isoDate } from './dates.ts';
import { normalizePhone } from './phones.ts';
import type { FindingType } from './types.ts';

export interface Span {
  readonly type: FindingType;
  readonly start: number;
  readonly end: number;
}

export function valueOf(finding: Span, text: string): string {
  const raw = text.slice(finding.start, finding.end);
  switch (finding.type) {
    case 'email':
      return raw.toLowerCase();
    case 'iban':
    case 'passport':
      return raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    case 'fr-nir':
      return raw.replace(/[^0-9ABab]/g, '').toUpperCase();
    case 'phone': {
      const intl = normalizePhone(raw);
      return intl === null ? raw.replace(/\D/g, '') : `+${intl}`;
    }
    case 'vat-number': {
      const digits = raw.replace(/\D/g, '');
      return digits.length === 9 ? `0${digits}` : digits;
    }
    case 'date-of-birth':
      return isoDate(raw, new Date().getFullYear()) ?? collapse(raw);
    case 'person-name':
    case 'postal-address':
    case 'identity-document':
    case 'deed':
    case 'succession-document':
    case 'sale-agreement':
      return collapse(raw);
    default:
      return raw.replace(/\D/g, '');
  }
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
