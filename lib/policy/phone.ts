/**
 * Phone numbers as destinations (an SMS recipient): one canonical form so that "0476 12 34 56",
 * "+32 476 12 34 56" and "0032476123456" are the same recipient, and the agency's own numbers are recognised.
 */
import { normalizePhone } from '../detect/phones.ts';

/**
 * "+<international digits>" for a BE/FR/NL/LU number (national forms read as Belgian first), else the digits as
 * typed (with a leading "+" kept); null when fewer than 6 digits: not a phone number.
 */
export function canonicalPhone(raw: string): string | null {
  const intl = normalizePhone(raw);
  if (intl !== null) return `+${intl}`;
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 20) return null;
  return raw.trim().startsWith('+') ? `+${digits}` : digits;
}

/** True when both are the same number once canonical (never for unreadable input). */
export function samePhone(a: string, b: string): boolean {
  const x = canonicalPhone(a);
  return x !== null && x === canonicalPhone(b);
}
