/**
 * Synthetic phone numbers of Belgium, France, the Netherlands and Luxembourg, valid under
 * libphonenumber's rules (checksums.ts, isPhoneNsn), written in national or international form.
 */
import { isPhoneNsn } from './checksums.ts';
import type { Rng } from './rng.ts';

/** Split a string into groups of the given sizes ("470123456", [3,2,2,2] → ["470","12","34","56"]). */
function groups(s: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) out.push(s.slice(i, (i += n)));
  return out;
}

export type PhoneCountry = 'BE' | 'FR' | 'NL' | 'LU';
const BE_FIXED_AREAS = ['2', '3', '9', '42', '43', '10', '11', '13', '14', '15', '16', '19', '50', '51', '53', '56', '59', '60', '64', '65', '67', '69', '71', '81', '83', '85', '87', '89'];
const CC: Readonly<Record<PhoneCountry, string>> = { BE: '32', FR: '33', NL: '31', LU: '352' } as const;

/** National significant number valid for the country (re-drawn until it passes the metadata rule). */
function nsn(r: Rng, country: PhoneCountry): string {
  for (;;) {
    let s: string;
    if (country === 'BE') s = r.chance(0.6) ? '4' + r.int(5, 9) + r.digits(7) : (r.pick(BE_FIXED_AREAS) + r.digits(7)).slice(0, 8);
    else if (country === 'FR') s = r.pick(['6', '7', '1', '2', '3', '4', '5', '9']) + r.digits(8);
    else if (country === 'NL') s = r.chance(0.6) ? '6' + r.digits(8) : r.pick(['10', '20', '30', '40', '70', '15', '23', '33', '43', '50', '58', '88']) + r.digits(7);
    else s = r.chance(0.7) ? r.pick(['621', '628', '661', '668', '691', '698', '671']) + r.digits(6) : '2' + r.digits(7);
    if (isPhoneNsn(country, s)) return s;
  }
}

/** The national part split the way it is usually written ("470 12 34 56", "2 512 34 56", "6 12345678"). */
function groupNsn(country: PhoneCountry, s: string): string[] {
  switch (country) {
    case 'BE':
      if (s.length === 9) return groups(s, [3, 2, 2, 2]);
      return /^[239]/.test(s) ? groups(s, [1, 3, 2, 2]) : groups(s, [2, 2, 2, 2]);
    case 'FR':
      return groups(s, [1, 2, 2, 2, 2]);
    case 'NL':
      return s[0] === '6' ? groups(s, [1, 8]) : groups(s, [2, 3, 4]);
    case 'LU':
      return s.length === 9 ? groups(s, [3, 3, 3]) : groups(s, [2, 2, 2, 2]);
  }
}

/** A phone number: national form ("0470 12 34 56", "02/512.34.56") or international ("+32 470 12 34 56"). */
export function phone(r: Rng, country: PhoneCountry, international: boolean): string {
  let s = nsn(r, country);
  // A Luxembourg number written without +352 is only recognisable as a mobile (621 123 456).
  while (country === 'LU' && !international && s.length !== 9) s = nsn(r, country);
  const g = groupNsn(country, s);
  if (international) {
    if (r.chance(0.15)) return '+' + CC[country] + s;
    const trunk = country !== 'LU' && r.chance(0.1) ? '(0)' : '';
    return `${r.pick(['+', '+', '+', '00'])}${CC[country]} ${trunk}${g.join(' ')}`;
  }
  if (country === 'LU') return g.join(' '); // Luxembourg has no trunk prefix
  g[0] = '0' + g[0];
  const [head, ...rest] = g;
  switch (r.int(0, 4)) {
    case 0:
      return g.join('');
    case 1: // "0470/12.34.56", the Belgian habit
      return `${head}/${rest.join('.')}`;
    case 2:
      return country === 'NL' ? `${head}-${rest.join('')}` : g.join('.');
    default:
      return g.join(' ');
  }
}
