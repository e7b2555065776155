/**
 * The agency's own identifiers (options.own) are never findings: its signature block repeats its
 * email domain, office phone, VAT number and escrow IBAN in every mail. Values are compared in
 * normalised form (valueOf), so "+32 2 512 34 56" in the list matches "02/512.34.56" in a text.
 */
import { normalizePhone } from './phones.ts';
import type { OwnIdentifiers } from './types.ts';
import { type Span, valueOf } from './value.ts';

export type OwnTest = (finding: Span, text: string) => boolean;

const digitsOnly = (s: string): string => s.replace(/\D/g, '');
const compact = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
const vatDigits = (s: string): string => {
  const d = digitsOnly(s);
  return d.length === 9 ? `0${d}` : d;
};
/** Addresses compare without case, accents or punctuation: "avenue louise 54 1050 bruxelles". */
const addressKey = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^0-9a-z]+/g, ' ').trim();

/** `short` starts `long` and ends at a word boundary of it ("louise 5" is not "louise 54"). */
const isPrefixAtBoundary = (short: string, long: string): boolean =>
  short.length > 0 && long.startsWith(short) && (long.length === short.length || long[short.length] === ' ');

/** A predicate telling whether a finding is one of the agency's own identifiers. */
export function ownTest(own: OwnIdentifiers | undefined): OwnTest {
  if (own === undefined) return () => false;
  const domains = (own.domains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, ''));
  const emails = new Set((own.emails ?? []).map((e) => e.trim().toLowerCase()));
  const phones = new Set((own.phones ?? []).map((p) => normalizePhone(p) ?? digitsOnly(p)).map((p) => `+${p}`));
  const vats = new Set((own.vatNumbers ?? []).map(vatDigits));
  const ibans = new Set((own.ibans ?? []).map(compact));
  const addresses = (own.addresses ?? []).map(addressKey).filter((a) => a.length > 0);
  return (finding, text) => {
    switch (finding.type) {
      case 'email': {
        const email = valueOf(finding, text);
        const domain = email.slice(email.lastIndexOf('@') + 1);
        return emails.has(email) || domains.some((d) => domain === d || domain.endsWith(`.${d}`));
      }
      case 'phone':
        return phones.has(valueOf(finding, text));
      case 'vat-number':
        return vats.has(valueOf(finding, text));
      case 'iban':
        return ibans.has(valueOf(finding, text));
      case 'postal-address': {
        // The agency's address may be written with or without its postcode and city.
        const key = addressKey(text.slice(finding.start, finding.end));
        return addresses.some((a) => isPrefixAtBoundary(key, a) || isPrefixAtBoundary(a, key));
      }
      default:
        return false;
    }
  };
}
