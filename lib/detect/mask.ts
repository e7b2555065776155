/**
 * Masked forms for display and logs. Rules (never more than ~2–4 characters of an identifier,
 * never a birth-date digit):
 *   email                  first character of the local part + *** + domain   j***@telenet.be
 *   national number, NIR,  the 2 check digits only (they follow the birth     •••••••••77
 *   LU matricule, BSN,     date, which is never shown)
 *   eID, bank account,
 *   passport, VAT
 *   VAT                    with its BE prefix when written                    BE••••••••33
 *   IBAN                   country + last 4, in groups of four                BE•• •••• •••• 6727
 *   phone                  as written, every digit but the last 2 hidden      +•• ••• •• •• 56
 *   date of birth          fully hidden                                       ••/••/••••
 *   person name            initials                                           J. D.
 *   postal address         the postcode if any                                •••, 1000
 */
import { charCode, isApostrophe, isDigit, isLetter, isUpper } from './chars.ts';
import { type Span, valueOf } from './value.ts';

const DOT = '•';
/** BULLETS[n] is n dots (n < 64). */
const BULLETS: readonly string[] = Array.from({ length: 64 }, (_, n) => DOT.repeat(n));
const dots = (n: number): string => (n < 64 ? BULLETS[n]! : DOT.repeat(n));

/**
 * Masks that depend only on a few small numbers (hidden length, two shown digits, initials) are
 * shared strings, looked up by a numeric key instead of being built again for every finding.
 * They hold nothing the masked form does not already show. Bounded: cleared when full.
 */
const SHARED = new Map<number, string>();
const SHARED_MAX = 4096;

function share(key: number, m: string): string {
  if (SHARED.size >= SHARED_MAX) SHARED.clear();
  SHARED.set(key, m);
  return m;
}

/**
 * Masks shared by a hash of the mask itself, computed from the text without building the mask
 * (phones, emails): a hit is used only after checking it char by char against the text, so a
 * collision costs a rebuild, never a wrong mask. Also bounded, also masks only.
 */
const BY_HASH = new Map<number, string>();

function shareByHash(hash: number, m: string): string {
  if (BY_HASH.size >= SHARED_MAX) BY_HASH.clear();
  BY_HASH.set(hash, m);
  return m;
}

/** Hash step over the char codes of a mask. */
const mix = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

export function mask(finding: Span, text: string): string {
  // Fast paths on the text itself (an empty span takes the general path).
  switch (finding.end > finding.start ? finding.type : null) {
    case 'phone':
      return maskPhoneAt(text, finding.start, finding.end);
    case 'email': {
      // As below, without slicing the whole address first.
      const at = text.lastIndexOf('@', finding.end - 1);
      if (at >= finding.start) return maskEmailAt(text, finding.start, at, finding.end);
      break;
    }
    case 'vat-number': {
      const m = vatAt(text, finding.start, finding.end);
      if (m !== null) return m;
      break;
    }
    case 'date-of-birth':
      return '••/••/••••';
    case 'person-name': {
      const m = initialsAt(text, finding.start, finding.end);
      if (m !== null) return m;
      break;
    }
    case 'iban': {
      const m = ibanAt(text, finding.start, finding.end);
      if (m !== null) return m;
      break;
    }
    case 'be-national-number':
    case 'be-eid-card':
    case 'bank-account':
    case 'fr-nir':
    case 'nl-bsn':
    case 'lu-national-id':
    case 'passport':
      return checkDigitsOnlyAt(text, finding.start, finding.end);
    default:
      break;
  }
  const raw = text.slice(finding.start, finding.end);
  switch (finding.type) {
    case 'email': {
      const at = raw.lastIndexOf('@');
      return `${raw.charAt(0)}***${raw.slice(at).toLowerCase()}`;
    }
    case 'iban': {
      // Country code, then dots in groups of four, the last four characters shown: "BE•• •••• •••• 6727".
      let len = 0;
      for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== 32) len++;
      let last = '';
      for (let k = raw.length - 1; k >= 0 && last.length < 4; k--) if (raw.charCodeAt(k) !== 32) last = raw[k] + last;
      return raw.slice(0, 2).toUpperCase() + ibanDots(len) + last.toUpperCase();
    }
    case 'vat-number':
      return `${/^\s*BE/i.test(raw) ? 'BE' : ''}${lastTwo(valueOf(finding, text))}`;
    case 'phone':
      return maskPhoneAt(text, finding.start, finding.end);
    case 'date-of-birth':
      return '••/••/••••';
    case 'person-name':
      return initials(raw);
    case 'postal-address': {
      const postcode = postcodeIn(raw);
      return postcode === '' ? '•••' : `•••, ${postcode}`;
    }
    case 'identity-document':
    case 'deed':
    case 'succession-document':
    case 'sale-agreement':
      return `[${finding.type}]`;
    default:
      return checkDigitsOnly(raw);
  }
}

/** The hidden middle of an IBAN of `len` characters (up to 34), grouped by four: "•• •••• •••• " for 16. */
const IBAN_DOTS: readonly string[] = Array.from({ length: 35 }, (_, len) => {
  let out = '';
  for (let k = 2; k < len - 4; k++) out += (k % 4 === 0 ? ' ' : '') + DOT;
  return out + (len > 4 && (len - 4) % 4 === 0 ? ' ' : '');
});
const ibanDots = (len: number): string => IBAN_DOTS[len] ?? '';

const lastTwo = (v: string): string => dots(Math.max(0, v.length - 2)) + v.slice(-2);

/** The last 4- or 5-digit number followed by a capitalised city ("1000 Bruxelles"), or ''. */
function postcodeIn(raw: string): string {
  for (let e = raw.length; e > 0; e--) {
    if (!isDigit(raw.charCodeAt(e - 1))) continue;
    let s = e - 1;
    while (s > 0 && isDigit(raw.charCodeAt(s - 1))) s--;
    const n = e - s;
    let k = e;
    if ((n === 4 || n === 5) && !isDigit(charCode(raw, s - 1))) {
      if (charCode(raw, k) === 32 && isUpper(charCode(raw, k + 1)) && isUpper(charCode(raw, k + 2)) && charCode(raw, k + 3) === 32) k += 3; // "1012 AB Amsterdam"
      if ((charCode(raw, k) === 32 || charCode(raw, k) === 0xa0) && isUpper(charCode(raw, k + 1))) {
        return raw.slice(charCode(raw, s - 1) === 45 && charCode(raw, s - 2) === 76 ? s - 2 : s, e);
      }
    }
    e = s;
  }
  return '';
}

/** Index of the second-to-last digit of `raw` (where the shown digits start), or 0. */
function lastTwoDigitsAt(raw: string): number {
  let seen = 0;
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++seen === 2) return i;
  }
  return 0;
}

/** A number shown by its last two digits only: one dot per hidden character ("•••••••••77"). */
function checkDigitsOnly(raw: string): string {
  const at = lastTwoDigitsAt(raw);
  let hidden = 0;
  for (let i = 0; i < at; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hidden++;
  }
  let last = raw.length - 1;
  while (last > at && (raw.charCodeAt(last) < 48 || raw.charCodeAt(last) > 57)) last--;
  return dots(hidden) + raw[at] + raw[last];
}

/** "Jean-Pierre Van den Bossche" → "J. V. B.": first letter of each capitalised word. */
function initials(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const prev = i === 0 ? 32 : raw.charCodeAt(i - 1);
    if (isUpper(c) && !isLetter(prev) && !isApostrophe(prev) && prev !== 45) out += `${out === '' ? '' : ' '}${raw[i]}.`;
  }
  return out === '' ? '•••' : out;
}

/** checkDigitsOnly(text.slice(s, e)) without slicing, shared when the two shown characters are ASCII. */
function checkDigitsOnlyAt(text: string, s: number, e: number): string {
  let at = s;
  let seen = 0;
  for (let i = e - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++seen === 2) {
      at = i;
      break;
    }
  }
  let hidden = 0;
  for (let i = s; i < at; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hidden++;
  }
  let last = e - 1;
  while (last > at && (text.charCodeAt(last) < 48 || text.charCodeAt(last) > 57)) last--;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(last);
  if (a >= 128 || b >= 128 || hidden >= 256) return dots(hidden) + text[at] + text[last];
  const key = 0x10000000 + hidden * 65536 + a * 256 + b;
  return SHARED.get(key) ?? share(key, dots(hidden) + text[at] + text[last]);
}

/**
 * A phone as written, every digit before the last two hidden: built from the text without
 * intermediate slices, and shared (BY_HASH) between phones written alike with the same last two
 * digits ("0470 12 34 56" and "0486 98 76 56" both give "•••• •• •• 56").
 */
function maskPhoneAt(text: string, s: number, e: number): string {
  let at = s;
  let seen = 0;
  for (let i = e - 1; i >= s; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++seen === 2) {
      at = i;
      break;
    }
  }
  let hash = 1;
  for (let i = s; i < e; i++) hash = mix(hash, phoneMaskCode(text.charCodeAt(i), i < at));
  const hit = BY_HASH.get(hash);
  if (hit !== undefined && hit.length === e - s) {
    let same = true;
    for (let i = s; i < e && same; i++) same = hit.charCodeAt(i - s) === phoneMaskCode(text.charCodeAt(i), i < at);
    if (same) return hit;
  }
  return shareByHash(hash, buildPhoneMask(text, s, e, at));
}

/** The mask's char code for text char code `c`: a dot for a hidden digit. */
const phoneMaskCode = (c: number, hidden: boolean): number => (hidden && c >= 48 && c <= 57 ? 0x2022 : c);

function buildPhoneMask(text: string, s: number, e: number, at: number): string {
  let out = '';
  let from = s;
  for (let i = s; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      out += dots(i - from) + text[i];
      from = i + 1;
    }
  }
  return out + dots(at - from) + text.slice(at, e);
}

/** initials(text.slice(s, e)), shared by initials (up to four, Latin letters); null when not shareable. */
function initialsAt(text: string, s: number, e: number): string | null {
  let key = 0;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const prev = i === s ? 32 : text.charCodeAt(i - 1);
    if (isUpper(c) && !isLetter(prev) && !isApostrophe(prev) && prev !== 45) {
      if (++n > 4 || c >= 512) return null;
      key = key * 512 + c;
    }
  }
  if (n === 0) return '•••';
  key = -(key * 8 + n) - 1;
  return SHARED.get(key) ?? share(key, initials(text.slice(s, e)));
}

/**
 * The VAT mask of text[s, e) read on char codes: "BE" when written, then lastTwo() of the digits
 * (a 9-digit old form counts its implied leading 0). Null when the finding starts with a space
 * (the general path handles it).
 */
function vatAt(text: string, s: number, e: number): string | null {
  const c0 = text.charCodeAt(s);
  if (!(c0 > 32 && c0 < 127)) return null;
  const be = e - s >= 2 && (c0 | 32) === 98 && (text.charCodeAt(s + 1) | 32) === 101;
  let n = 0;
  let last = -1;
  let prev = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n++;
      prev = last;
      last = i;
    }
  }
  if (n < 2) return null;
  const len = n === 9 ? 10 : n;
  const a = text.charCodeAt(prev);
  const b = text.charCodeAt(last);
  // Shared by a key holding everything the mask depends on.
  const key = len < 256 && a < 256 && b < 256 ? 0x20000000 + (be ? 0x1000000 : 0) + len * 65536 + a * 256 + b : -1;
  const hit = SHARED.get(key);
  if (hit !== undefined) return hit;
  const m = (be ? 'BE' : '') + dots(len - 2) + text[prev] + text[last];
  return key < 0 ? m : share(key, m);
}

/** "j***@telenet.be": the first character, then the domain in lowercase; shared (BY_HASH) by first character and domain. */
function maskEmailAt(text: string, s: number, at: number, e: number): string {
  let hash = mix(mix(2, text.charCodeAt(s)), e - at);
  let ascii = true;
  for (let i = at; i < e; i++) {
    const c = text.charCodeAt(i);
    ascii &&= c < 128;
    hash = mix(hash, lowerAscii(c));
  }
  const hit = BY_HASH.get(hash);
  if (ascii && hit !== undefined && hit.length === e - at + 4 && hit.charCodeAt(0) === text.charCodeAt(s) && hit.startsWith('***', 1)) {
    let same = true;
    for (let i = at; i < e && same; i++) same = hit.charCodeAt(i - at + 4) === lowerAscii(text.charCodeAt(i));
    if (same) return hit;
  }
  const m = `${text.charAt(s)}***${text.slice(at, e).toLowerCase()}`;
  return ascii ? shareByHash(hash, m) : m; // a non-ASCII domain does not come from the scanner: not shared
}

/** ASCII lowercase of a char code (a domain is ASCII: emails.ts). */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * The IBAN mask of text[s, e) read on char codes: the country code, dots in groups of four, the
 * last four characters. Null (general path) unless those six are already uppercase or digits and
 * the last four are not split by a space.
 */
function ibanAt(text: string, s: number, e: number): string | null {
  let len = 0;
  for (let k = s; k < e; k++) if (text.charCodeAt(k) !== 32) len++;
  const last = e - 4;
  if (len < 6 || !isUpperOrDigit(text.charCodeAt(s)) || !isUpperOrDigit(text.charCodeAt(s + 1))) return null;
  for (let k = last; k < e; k++) if (!isUpperOrDigit(text.charCodeAt(k))) return null;
  return text.slice(s, s + 2) + ibanDots(len) + text.slice(last, e);
}

const isUpperOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
