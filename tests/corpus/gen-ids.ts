/**
 * Validators and generators for the synthetic identifiers used in the labelled corpus.
 * Algorithms from /work/shared/research/pii.md §1. Written independently of lib/detect:
 * the corpus must judge the engine, not mirror it.
 *
 * Run `npx tsx tests/corpus/gen-ids.ts` to print a batch of fresh valid synthetic identifiers.
 * Every identifier in the corpus is synthetic; none belongs to a real person.
 */

const digitsOnly = (s: string): string => s.replace(/\D/g, '');

/** Integer value of a decimal string modulo 97 (arbitrary length). */
export function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

// ---------------------------------------------------------------- Belgian national number (RRN / BIS)

export interface RrnInfo {
  valid: boolean;
  year?: number;
  bis?: boolean;
}

/** Belgian national register number or BIS number (11 digits, any separators). */
export function checkRrn(value: string): RrnInfo {
  const d = digitsOnly(value);
  if (d.length !== 11) return { valid: false };
  const base = d.slice(0, 9);
  const cc = Number(d.slice(9));
  const seq = Number(d.slice(6, 9));
  if (seq === 0 || seq === 999) return { valid: false };
  const yy = Number(d.slice(0, 2));
  let mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  let bis = false;
  if (mm >= 40) {
    mm -= 40;
    bis = true;
  } else if (mm >= 20) {
    mm -= 20;
    bis = true;
  }
  for (const [prefix, century] of [
    ['', 1900],
    ['2', 2000],
  ] as const) {
    if (97 - mod97(prefix + base) !== cc) continue;
    const year = century + yy;
    const dateOk = (mm === 0 && dd <= 31) || (mm <= 12 && dd === 0) || isValidDate(year, mm, dd) || (mm === 0 && dd === 0);
    if (!dateOk) return { valid: false };
    if (year > 2026 || year < 1900) return { valid: false };
    return { valid: true, year, bis };
  }
  return { valid: false };
}

/** Make a national number. `monthOffset` 20 or 40 makes a BIS number. Returns YY.MM.DD-SSS.CC. */
export function makeRrn(year: number, month: number, day: number, seq: number, monthOffset: 0 | 20 | 40 = 0): string {
  const yy = pad(year % 100, 2);
  const mm = pad(month + monthOffset, 2);
  const dd = pad(day, 2);
  const sss = pad(seq, 3);
  const base = yy + mm + dd + sss;
  const cc = 97 - mod97((year >= 2000 ? '2' : '') + base);
  return `${yy}.${mm}.${dd}-${sss}.${pad(cc, 2)}`;
}

// ---------------------------------------------------------------- 12-digit mod-97 numbers (eID card, OGM, old account)

/** eID card number, OGM/VCS reference and old Belgian account number share this check. */
export function checkMod97Twelve(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 12) return false;
  const r = mod97(d.slice(0, 10)) || 97;
  return r === Number(d.slice(10));
}

export function makeMod97Twelve(first10: string): string {
  const r = mod97(first10) || 97;
  return first10 + pad(r, 2);
}

export const makeEid = (first10: string): string => {
  const d = makeMod97Twelve(first10);
  return `${d.slice(0, 3)}-${d.slice(3, 10)}-${d.slice(10)}`;
};
export const makeOldAccount = makeEid;
export const makeOgm = (first10: string): string => {
  const d = makeMod97Twelve(first10);
  return `+++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`;
};

// ---------------------------------------------------------------- Belgian VAT / enterprise number

export function checkBeVat(value: string): boolean {
  let d = digitsOnly(value);
  if (d.length === 9) d = '0' + d; // old 9-digit form
  if (d.length !== 10 || !/^[01]/.test(d)) return false;
  return 97 - mod97(d.slice(0, 8)) === Number(d.slice(8));
}

export function makeBeVat(first8: string): string {
  const d = first8 + pad(97 - mod97(first8), 2);
  return `BE ${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

// ---------------------------------------------------------------- IBAN

export const IBAN_LENGTHS: Readonly<Record<string, number>> = { BE: 16, NL: 18, FR: 27, LU: 20, DE: 22, IE: 22, ES: 24 };

const lettersToDigits = (s: string): string =>
  s
    .toUpperCase()
    .split('')
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');

export function checkIban(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  const cc = s.slice(0, 2);
  const len = IBAN_LENGTHS[cc];
  if (!len || s.length !== len || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (mod97(lettersToDigits(s.slice(4) + s.slice(0, 4))) !== 1) return false;
  if (cc === 'BE') return checkMod97Twelve(s.slice(4));
  return true;
}

export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(lettersToDigits(bban + country + '00'));
  const s = country + pad(check, 2) + bban;
  return s.replace(/(.{4})/g, '$1 ').trim();
}

export const makeBeIban = (first10: string): string => makeIban('BE', makeMod97Twelve(first10));

/** French BBAN with a valid RIB key: bank(5) + branch(5) + account(11). */
export function makeFrIban(bank: string, branch: string, account: string): string {
  const acc = lettersToDigits(account); // letters in RIB accounts use a different table, digits only here
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acc)) % 97);
  return makeIban('FR', bank + branch + account + pad(key, 2));
}

// ---------------------------------------------------------------- FR NIR, NL BSN, LU matricule

export function checkNir(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[12]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(s.slice(13));
}

export function makeNir(thirteen: string): string {
  const key = 97 - mod97(thirteen);
  const s = thirteen + pad(key, 2);
  return `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${s.slice(13)}`;
}

export function checkBsn(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

export function makeBsn(first8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(first8[i]);
  const last = sum % 11;
  return last === 10 ? undefined : first8 + last;
}

function luhnDigit(d: string): number {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffDigit(d: string): number {
  let c = 0;
  const rev = d.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[(i + 1) % 8]![Number(rev[i])]!]!;
  return VINV[c]!;
}

function verhoeffValid(d: string): boolean {
  let c = 0;
  const rev = d.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[i % 8]![Number(rev[i])]!]!;
  return c === 0;
}

function luhnValid(d: string): boolean {
  return luhnDigit(d.slice(0, -1)) === Number(d[d.length - 1]);
}

export function checkLuMatricule(value: string): boolean {
  const d = digitsOnly(value);
  if (d.length !== 13) return false;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  if (!isValidDate(y, m, day) || y < 1900) return false;
  const eleven = d.slice(0, 11);
  return luhnValid(eleven + d[11]) && verhoeffValid(eleven + d[12]);
}

export function makeLuMatricule(yyyymmdd: string, xxx: string): string {
  const eleven = yyyymmdd + xxx;
  return eleven + luhnDigit(eleven) + verhoeffDigit(eleven);
}

// ---------------------------------------------------------------- CLI: print a batch of fresh values

function main(): void {
  const out: Record<string, string[]> = {};
  const add = (k: string, v: string | undefined): void => {
    if (v) (out[k] ??= []).push(v);
  };
  const rrn: [number, number, number, number, 0 | 20 | 40][] = [
    [1985, 7, 30, 33, 0],
    [1962, 11, 3, 145, 0],
    [1958, 2, 17, 212, 0],
    [1971, 9, 24, 87, 0],
    [1990, 12, 5, 306, 0],
    [1947, 6, 1, 19, 0],
    [1983, 4, 11, 158, 0],
    [1976, 3, 28, 233, 0],
    [1993, 8, 19, 412, 0],
    [1969, 1, 9, 65, 0],
    [2001, 5, 19, 62, 0],
    [2003, 10, 2, 117, 0],
    [2004, 2, 29, 240, 0],
    [1988, 5, 14, 47, 40],
    [1975, 11, 21, 310, 20],
    [1992, 3, 6, 128, 40],
    [1966, 7, 12, 401, 0],
    [1980, 10, 31, 276, 0],
    [1954, 12, 25, 93, 0],
    [1999, 1, 15, 184, 0],
  ];
  for (const [y, m, d, s, o] of rrn) add('rrn', makeRrn(y, m, d, s, o));
  for (const f of ['5912345678', '5921034576', '6000123987', '5934567812', '6021048857', '5987654321', '6057712030', '5903321456'])
    add('eid', makeEid(f));
  for (const f of ['04567891', '04123456', '08765432', '04710325', '06437891', '07152209', '10020030', '08873412', '04519876'])
    add('vat', makeBeVat(f));
  for (const f of ['0631234567', '0689876543', '3631234567', '0017733456', '7350012345', '0015566789', '1430987654', '0632255881', '7330456721', '0882345612'])
    add('be-iban', makeBeIban(f));
  add('nl-iban', makeIban('NL', 'RABO0123456789'));
  add('nl-iban', makeIban('NL', 'INGB0004567123'));
  add('nl-iban', makeIban('NL', 'ABNA0417164300'));
  add('fr-iban', makeFrIban('30004', '01234', '00012345678'));
  add('fr-iban', makeFrIban('20041', '01005', '05001234567'));
  add('lu-iban', makeIban('LU', '0191234567890123'));
  add('lu-iban', makeIban('LU', '0030012345678900'));
  add('de-iban', makeIban('DE', '370400440532013000'));
  add('de-iban', makeIban('DE', '500105175407324931'));
  for (const f of ['0011234567', '0630987654', '0682211334', '3400567812']) add('old-account', makeOldAccount(f));
  for (const f of ['0901234567', '1502024123', '4150003771', '2025000123']) add('ogm', makeOgm(f));
  for (const f of ['1850778006084', '2690599123456', '1770675123012', '2821133063045']) add('nir', makeNir(f));
  for (const f of ['11122233', '23456789', '19283746', '30405060', '25836914']) add('bsn', makeBsn(f));
  for (const [d, x] of [
    ['19850730', '123'],
    ['19720315', '042'],
    ['19880921', '317'],
    ['19610204', '556'],
  ] as const)
    add('lu', makeLuMatricule(d, x));
  console.log(JSON.stringify(out, null, 1));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) main();
