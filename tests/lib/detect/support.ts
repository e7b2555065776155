/** Helpers shared by the detection tests. */
import { scan } from '../../../lib/detect/index.ts';
import type { Finding, ScanOptions } from '../../../lib/detect/types.ts';

/** [type, exact text] of each finding: compact and readable in table-driven expectations. */
export function found(text: string, options?: ScanOptions): [string, string][] {
  return scan(text, options).map((f) => [f.type, text.slice(f.start, f.end)]);
}

/** Findings of one type, as their text. */
export function foundOf(type: Finding['type'], text: string): string[] {
  return scan(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

/** Deterministic PRNG (mulberry32), for property tests. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Corpus-like French/Dutch agency text: listings, e-mails, CRM notes and forms, built from the
 * synthetic vectors of pii.md and the real-estate traps (prices, EPC, cadastral references, OGM…).
 */
export function agencyText(rnd: () => number, paragraphs: number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) parts.push(pick(PARAGRAPHS)(pick));
  return parts.join(pick(['\n\n', '\n', '\n\n\n']));
}

type Pick = <T>(a: readonly T[]) => T;

const NAMES = ['Jean Dupont', 'Marie Lambert', 'Jan Peeters', 'Sofie Verstraete', 'Luc Van den Bossche', 'Els De Smet'];
const STREETS = ['rue de la Loi 16', 'Kerkstraat 12 bus 3', 'avenue Louise 54', 'Grote Markt 7', 'chaussée de Waterloo 1234'];
const CITIES = ['1000 Bruxelles', '9000 Gent', '4000 Liège', '2000 Antwerpen'];
const PHONES = ['0470 12 34 56', '+32 470 12 34 56', '02 512 34 56', '02/512.34.56', '+32 (0)2 512 34 56', '0032 2 512 34 56'];
const RRNS = ['62.11.03-145.77', '79.04.22-331.17', '55120100936', '03021412447', '78510524548'];
const IBANS = ['BE48 0011 2345 6727', 'BE83 3630 1234 5615', 'NL44 RABO 0123 4567 89', 'FR76 3000 4012 3400 0123 4567 862'];

const PARAGRAPHS: readonly ((pick: Pick) => string)[] = [
  (p) => `À vendre : maison 4 chambres, ${p(STREETS)}, ${p(CITIES)}. Prix : € 245.000. PEB B, certificat n° 20230512-0002894517-RES-1. Cadastre section A n° 123/02B. Visites le samedi 15.04.2025.`,
  (p) => `Te koop: woning met tuin, vraagprijs 1 108 000 EUR, EPC 20190314004689, perceel sectie F nummer 0703/06B000. EAN 541234567890123456.`,
  (p) => `Bonjour Madame ${p(NAMES).split(' ')[1]},\nVoici les coordonnées de M. ${p(NAMES)}, né le 12/03/1985, domicilié ${p(STREETS)}, ${p(CITIES)}.\nNuméro national : ${p(RRNS)}. GSM : ${p(PHONES)}. Compte ${p(IBANS)}.`,
  (p) => `Beste ${p(NAMES).split(' ')[0]},\n\nDe koper, de heer ${p(NAMES)}, geboren op 3 maart 1962, wonende te ${p(CITIES)}, ${p(STREETS)}.\nRijksregisternummer ${p(RRNS)}. Tel. ${p(PHONES)}. E-mail ${p(['jan.peeters@telenet.be', 'marie@skynet.be', '<jean.dupont@gmail.com>'])}.`,
  (p) => `Communication structurée +++090/1234/56701+++. Facture 2025-000123, dossier 2024/0158, IPI 503.123. Carte d'identité 591-2345678-29, compte 001-1234567-27.`,
  (p) => `Bien à vous,\n${p(NAMES)}\nCentury 21 Primogest - TVA BE 0456.789.133 - ${p(PHONES)}`,
  (p) => `Met vriendelijke groeten,\n${p(NAMES)}\n${p(STREETS)}\n${p(CITIES)}`,
  (p) => `Fiche: ${p(NAMES)} | NN ${p(RRNS)} | passeport EH123456 | BSN 111222333 | NIR 185077800608426 | matricule 1985073012341`,
  (p) => `Concerne : ${p(STREETS)}, ${p(CITIES)} — appartement 2 ch., 85 m², RC 1.180 €, 452 kWh/m².an.`,
  () => `1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30`,
];
