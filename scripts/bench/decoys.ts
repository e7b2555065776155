/**
 * The false-positive traps of Belgian real-estate text (pii.md §5, "False-positive traps"):
 * numbers that look like identifiers but are not personal data. Several are built to pass
 * a checksum on purpose (OGM passes the eID check, sample IBANs pass mod 97, some client
 * numbers pass the RRN check, some agency references pass the BSN elfproef), so that only
 * context can reject them.
 */
import { address, rrnDigits, randomBirth, withMod97, type BirthDate } from './identifiers.ts';
import { isBsn } from './checksums.ts';
import type { Rng } from './rng.ts';
import { MONTHS, type Lang } from './vocabulary.ts';

export const TRAP_KINDS = [
  'price', 'surface', 'cadastral-ref', 'cadastral-income', 'epc', 'energy', 'ean', 'ogm', 'sample-iban',
  'ipi', 'omnicasa-ref', 'invoice-number', 'dossier-number', 'date', 'client-number', 'meter-number',
  'lot-code', 'listing-address',
] as const;
export type TrapKind = (typeof TRAP_KINDS)[number];

/** Documentation IBANs that pass mod 97 (whitelisted by the reference) and a form placeholder that fails. */
export const SAMPLE_IBANS = ['BE68 5390 0754 7034', 'BE71 0961 2345 6769', 'BE62 5100 0754 7061', 'BE00 0000 0000 0000'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const thousands = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const LETTER = [...'ABCDEFGHJKLMNPRSTUVWXYZ'];

function recentDate(r: Rng): BirthDate {
  const y = r.int(2019, 2026);
  const m = r.int(1, 12);
  return { y, m, d: r.int(1, 28) };
}

/** GS1 mod-10 check digit, so EAN meter codes look exactly like real ones. */
function gs1(payload: string): string {
  let sum = 0;
  for (let i = payload.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += w * (payload.charCodeAt(i) - 48);
  return String((10 - (sum % 10)) % 10);
}

export const DECOYS: Readonly<Record<TrapKind, (r: Rng, lang: Lang) => string>> = {
  price: (r) => {
    const n = r.int(95, 1450) * 1000 + r.pick([0, 0, 500]);
    return r.pick([`€ ${thousands(n, '.')}`, `${thousands(n, '.')} EUR`, `${thousands(n, ' ')} €`, `${thousands(n, '.')},00 €`, `${thousands(n, '.')} euros`]);
  },
  surface: (r) =>
    r.pick([`${thousands(r.int(60, 2400), '.')} m²`, `${r.int(1, 40)}a ${pad(r.int(0, 99))}ca`, `${r.int(45, 400)} m²`, `${r.int(2, 90)} ares`]),
  'cadastral-ref': (r, lang) =>
    r.pick([
      lang === 'fr' ? `section ${r.pick(LETTER)} n° ${r.int(1, 999)}/${pad(r.int(1, 99))}${r.pick(LETTER)}` : `sectie ${r.pick(LETTER)} nummer ${pad(r.int(1, 9999), 4)}/${pad(r.int(0, 99))}${r.pick(LETTER)}${pad(r.int(0, 999), 3)}`,
      `${r.digits(5)}${r.pick(LETTER)}${r.digits(4)}/${r.digits(2)}${r.pick(LETTER)}${r.digits(3)}`,
    ]),
  'cadastral-income': (r, lang) => (lang === 'fr' ? r.pick([`RC ${thousands(r.int(400, 3800), '.')} €`, `revenu cadastral : ${thousands(r.int(400, 3800), '.')} €`]) : `KI € ${thousands(r.int(400, 3800), '.')}`),
  epc: (r) => {
    const d = recentDate(r);
    const day = `${d.y}${pad(d.m)}${pad(d.d)}`;
    return r.pick([`${day}-${r.digits(10)}-RES-${r.int(1, 3)}`, `${day}${r.digits(6)}`, `${day}-${r.digits(10)}-01-${r.int(1, 9)}`]);
  },
  energy: (r, lang) => (lang === 'fr' ? `${r.int(45, 690)} kWh/m².an` : `EPC-score ${r.int(45, 690)} kWh/m²`),
  ean: (r) => {
    const p = '5414' + r.digits(13);
    return p + gs1(p);
  },
  ogm: (r) => {
    const d = withMod97(r.digits(10)); // passes the eID card check
    return `+++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`;
  },
  'sample-iban': (r) => r.pick(SAMPLE_IBANS),
  ipi: (r) => r.pick([`IPI ${r.int(100, 599)}.${r.digits(3)}`, `BIV ${r.int(100, 599)}.${r.digits(3)}`, `IPI n° ${r.int(100, 599)}${r.digits(3)}`]),
  'omnicasa-ref': (r) => {
    // A 9-digit reference may pass the BSN elfproef: keep some that do, as in real CRMs.
    let n = r.digits(r.int(7, 9)).replace(/^0/, '1');
    if (n.length === 9 && r.chance(0.3)) while (!isBsn(n)) n = String(r.int(100000000, 999999999));
    return n;
  },
  'invoice-number': (r) => r.pick([`${r.int(2019, 2026)}-${pad(r.int(1, 999999), 6)}`, `${r.int(2019, 2026)}/${pad(r.int(1, 9999), 4)}`, `FAC-${r.int(2019, 2026)}-${pad(r.int(1, 99999), 5)}`]),
  'dossier-number': (r) => r.pick([`${r.int(2019, 2026)}/${pad(r.int(1, 9999), 4)}`, `${pad(r.int(19, 26))}-${pad(r.int(1, 9999), 4)}`, `D${r.int(2019, 2026)}.${r.digits(4)}`]),
  date: (r, lang) => {
    const d = recentDate(r);
    return r.pick([`${pad(d.d)}/${pad(d.m)}/${d.y}`, `${pad(d.d)}.${pad(d.m)}.${d.y}`, `${d.d} ${MONTHS[lang][d.m - 1]} ${d.y}`]);
  },
  'client-number': (r) => (r.chance(0.3) ? rrnDigits(r, randomBirth(r)) : r.digits(11)), // some pass the RRN check
  'meter-number': (r) => `1SAG${r.digits(10)}`,
  'lot-code': (r) => `${r.pick(LETTER)}${r.pick(LETTER)}${r.digits(6)}`, // passport-shaped
  'listing-address': (r, lang) => address(r, lang), // public: no residence keyword around it
};
