/**
 * Email addresses, anchored on "@" (String.indexOf is a memchr-speed scan; an email branch in a
 * combined regex costs ~40% of the whole regex time, pii.md §4). From each "@" the local part is
 * expanded left (at most 64 characters) and the domain right (at most 253), so a flood of "@" or
 * of dots stays linear. Requires a dot in the domain and a final label of 2+ letters; "mailto:",
 * angle brackets and trailing punctuation fall outside the expansion.
 */
import { charCode, isAsciiLower, isAsciiUpper, isDigit, searchIn } from './chars.ts';
import { displayNameBefore } from './names.ts';
import { type ScanState, tag } from './state.ts';

const MAX_LOCAL = 64;
/** Local parts of mailboxes that send automatically: their display name is a service, not a person. */
const AUTOMATED = /no-?reply|do-?not-?reply|notification|mailer-daemon|postmaster|bounce/i;
const MAX_DOMAIN = 253;
const EMAIL = tag('email', 'high');

const isAsciiAlnum = (c: number): boolean => isDigit(c) || isAsciiUpper(c) || isAsciiLower(c);
/** Local-part characters people actually use (no quotes or apostrophes: "l'info@…" is "info@…"). */
const isLocalChar = (c: number): boolean => isAsciiAlnum(c) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37;
const isDomainChar = (c: number): boolean => isAsciiAlnum(c) || c === 46 || c === 45;

/** Adds the emails whose "@" lies in [from, to). */
export function scanEmails(st: ScanState, from: number, to: number): void {
  const text = st.text;
  let at = searchIn(text, '@', from, to);
  while (at >= 0) {
    const end = emailAround(st, at);
    at = searchIn(text, '@', end > at ? end : at + 1, to);
  }
}

/** Pushes the email around the "@" at `at` and returns its end, or -1. */
function emailAround(st: ScanState, at: number): number {
  const text = st.text;
  let s = at;
  while (s > 0 && at - s < MAX_LOCAL && isLocalChar((text.charCodeAt(s - 1) | 0))) s--;
  // The local part starts and ends with a letter, digit or underscore.
  while (s < at && !isAsciiAlnum((text.charCodeAt(s) | 0)) && (text.charCodeAt(s) | 0) !== 95) s++;
  if (s === at || (text.charCodeAt(at - 1) | 0) === 46) return -1;
  let e = at + 1;
  const limit = Math.min(text.length, at + 1 + MAX_DOMAIN);
  while (e < limit && isDomainChar((text.charCodeAt(e) | 0))) e++;
  // Trailing punctuation ("…@telenet.be." at the end of a sentence) is not part of the domain.
  while (e > at + 1 && ((text.charCodeAt(e - 1) | 0) === 46 || (text.charCodeAt(e - 1) | 0) === 45)) e--;
  if (!isValidDomain(text, at + 1, e)) return -1;
  st.add(s, e, EMAIL);
  // "Jean Dupont <jean@…>": a display name, unless the mailbox is a machine's ("Google Forms <forms-receipts-noreply@…>").
  if (charCode(text, s - 1) === 60 && !AUTOMATED.test(text.slice(s, at))) displayNameBefore(st, s - 1);
  return e;
}

/** Labels of letters, digits and inner hyphens, at least two, the last one 2+ letters. */
function isValidDomain(text: string, from: number, to: number): boolean {
  let labels = 0;
  let labelStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && (text.charCodeAt(i) | 0) !== 46) continue;
    if (i === labelStart || (text.charCodeAt(labelStart) | 0) === 45 || (text.charCodeAt(i - 1) | 0) === 45) return false;
    labels++;
    if (i === to) {
      if (i - labelStart < 2) return false;
      for (let k = labelStart; k < i; k++) if (!isAsciiUpper((text.charCodeAt(k) | 0)) && !isAsciiLower((text.charCodeAt(k) | 0))) return false;
    }
    labelStart = i + 1;
  }
  return labels >= 2;
}
