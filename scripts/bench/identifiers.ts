/**
 * Generators of synthetic personal identifiers with valid check digits (pii.md §1),
 * each written in one of the ways people actually type it. Phones: ./phones.ts.
 */
import { ibanNumeric, isBsn, luhnDigit, mod97, verhoeffDigit } from './checksums.ts';
import type { Rng } from './rng.ts';
import { MONTHS, STREETS, TOWNS, type Lang } from './vocabulary.ts';

export interface BirthDate {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** Split a string into groups of the given sizes ("0470123456", [4,2,2,2] → ["0470","12","34","56"]). */
function groups(s: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) out.push(s.slice(i, (i += n)));
  return out;
}

export function randomBirth(r: Rng): BirthDate {
  const y = r.int(1940, 2006);
  const m = r.int(1, 12);
  return { y, m, d: r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
}

// ---- Belgian national register number (and BIS) ------------------------------------

/** 11 digits; `bisOffset` 20 or 40 makes a BIS number. */
export function rrnDigits(r: Rng, b: BirthDate, bisOffset: 0 | 20 | 40 = 0): string {
  const base = pad(b.y % 100) + pad(b.m + bisOffset) + pad(b.d) + pad(r.int(1, 997), 3);
  return base + pad(97 - mod97((b.y >= 2000 ? '2' : '') + base));
}

export function formatRrn(r: Rng, d: string): string {
  const [yy, mm, dd, sss, cc] = groups(d, [2, 2, 2, 3, 2]);
  return r.pick([
    `${yy}.${mm}.${dd}-${sss}.${cc}`,
    `${yy}.${mm}.${dd}-${sss}.${cc}`,
    d,
    `${yy}${mm}${dd} ${sss} ${cc}`,
    `${yy}.${mm}.${dd} ${sss}-${cc}`,
    `${yy}${mm}${dd}-${sss}.${cc}`,
  ]);
}

// ---- 12-digit mod-97 numbers: eID card, OGM, old bank account ------------------------

export const withMod97 = (first10: string): string => first10 + pad(mod97(first10) || 97);

export function eidDigits(r: Rng): string {
  return withMod97(r.pick(['59', '60', '61']) + r.digits(8));
}

export function formatTwelve(r: Rng, d: string): string {
  const [a, b, c] = groups(d, [3, 7, 2]);
  return r.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, d, `${a} ${b} ${c}`]);
}

// ---- IBAN, VAT ------------------------------------------------------------------

export type IbanCountry = 'BE' | 'NL' | 'FR' | 'LU';

function bban(r: Rng, country: IbanCountry): string {
  switch (country) {
    case 'BE':
      return withMod97(r.pick(['001', '063', '068', '143', '310', '363', '735', '973']) + r.digits(7));
    case 'NL':
      return r.pick(['RABO', 'INGB', 'ABNA', 'TRIO', 'SNSB', 'ASNB']) + r.digits(10);
    case 'FR': {
      const bank = r.pick(['30004', '30003', '20041', '10278', '30066']);
      const branch = r.digits(5);
      const account = r.digits(11);
      // RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97
      return bank + branch + account + pad(97 - mod97(ribSum(bank, branch, account)));
    }
    case 'LU':
      return r.pick(['001', '002', '003', '019', '030']) + r.digits(13);
  }
}
/** 89·bank + 15·branch + 3·account as a decimal string (the account exceeds 2^53/3, so mod first). */
const ribSum = (bank: string, branch: string, account: string): string =>
  String(89 * +bank + 15 * +branch + 3 * mod97(account));

/** Compact IBAN with valid check digits. */
export function ibanCompact(r: Rng, country: IbanCountry): string {
  const b = bban(r, country);
  return country + pad(98 - mod97(ibanNumeric(b + country + '00'))) + b;
}

export function formatIban(r: Rng, compact: string): string {
  return r.chance(0.75) ? compact.replace(/(.{4})(?!$)/g, '$1 ') : compact;
}

export function beVatDigits(r: Rng): string {
  // Most enterprise numbers start with 0; the newer ones with 1 (pii.md: Purview's pattern misses those).
  const first8 = (r.chance(0.85) ? '0' + r.pick(['4', '5', '6', '7', '8']) : '10') + r.digits(6);
  return first8 + pad(97 - mod97(first8));
}

export function formatVat(r: Rng, d: string): string {
  const [a, b, c] = groups(d, [4, 3, 3]);
  return r.pick([`BE${d}`, `BE ${a}.${b}.${c}`, `BE ${a}.${b}.${c}`, `BE${a}.${b}.${c}`, `BE ${a} ${b} ${c}`]);
}

// ---- FR NIR, NL BSN, LU matricule, passports -------------------------------------

export function nir(r: Rng, b: BirthDate, sex: 'm' | 'f'): string {
  const dept = r.chance(0.05) ? r.pick(['2A', '2B']) : pad(r.int(1, 95));
  const body = (sex === 'm' ? '1' : '2') + pad(b.y % 100) + pad(b.m) + dept + pad(r.int(1, 999), 3) + pad(r.int(1, 999), 3);
  const key = 97 - mod97(body.replace('2A', '19').replace('2B', '18'));
  const s = body + pad(key);
  return r.chance(0.5) ? s : groups(s, [1, 2, 2, 2, 3, 3, 2]).join(' ');
}

export function bsn(r: Rng): string {
  for (;;) {
    const d = String(r.int(1, 9)) + r.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * (d.charCodeAt(i) - 48);
    const last = sum % 11; // 9a+…+2h − i ≡ 0  ⇒  i = sum mod 11, must be a digit
    if (last <= 9 && isBsn(d + last)) return d + last;
  }
}

export function luMatricule(r: Rng, b: BirthDate): string {
  const payload = `${b.y}${pad(b.m)}${pad(b.d)}${r.digits(3)}`;
  const s = payload + luhnDigit(payload) + verhoeffDigit(payload);
  return r.chance(0.6) ? s : groups(s, [4, 4, 3, 2]).join(' ');
}

const LETTERS = [...'ABCDEFGHIJKLMNPQRSTUVWXYZ']; // no O: Dutch document numbers never use it
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick(LETTERS)).join('');

export function passport(r: Rng, country: 'BE' | 'FR' | 'NL'): string {
  if (country === 'BE') return letters(r, 2) + r.digits(6);
  if (country === 'FR') return r.digits(2) + letters(r, 2) + r.digits(5);
  return letters(r, 2) + Array.from({ length: 6 }, () => (r.chance(0.5) ? letters(r, 1) : r.digits(1))).join('') + r.digits(1);
}

// ---- Dates, addresses ------------------------------------------------------------

export function formatDate(r: Rng, b: { y: number; m: number; d: number }, lang: Lang): string {
  switch (r.int(0, 5)) {
    case 0:
      return `${pad(b.d)}/${pad(b.m)}/${b.y}`;
    case 1:
      return `${pad(b.d)}.${pad(b.m)}.${b.y}`;
    case 2:
      return `${pad(b.d)}-${pad(b.m)}-${b.y}`;
    case 3:
      return `${b.d} ${MONTHS[lang][b.m - 1]} ${b.y}`;
    case 4:
      return `${b.y}-${pad(b.m)}-${pad(b.d)}`;
    default:
      return `${b.d}/${b.m}/${b.y}`;
  }
}

/** A Belgian street address: "rue de la Station 12, 1300 Wavre" / "Veldstraat 45 bus 2, 9000 Gent". */
export function address(r: Rng, lang: Lang): string {
  let street: string = r.pick(STREETS[lang]);
  if (lang === 'fr' && r.chance(0.4)) street = street[0]!.toUpperCase() + street.slice(1);
  const box = r.chance(0.2) ? (lang === 'fr' ? ` bte ${r.int(1, 12)}` : ` bus ${r.int(1, 12)}`) : '';
  return `${street} ${r.int(1, 250)}${box}, ${r.pick(TOWNS[lang])}`;
}
