/**
 * The fillers of the corpus templates: each `{slot}` in a template calls one function here.
 * A slot returns text pieces; a piece tagged `pii` becomes a labelled span of the corpus,
 * a piece tagged `trap` is counted as a decoy of that kind. Slots that carry personal data
 * also write the keyword people put in front of it, drawn from the lists of pii.md §5.
 */
import type { TextFindingType } from '../../lib/detect/types.ts';
import { DECOYS, TRAP_KINDS, type TrapKind } from './decoys.ts';
import * as id from './identifiers.ts';
import { phone } from './phones.ts';
import type { Rng } from './rng.ts';
import { asciiSlug, FILLER, FIRST_NAMES, LAST_NAMES, MAIL_DOMAINS, PROPERTY_TYPES, TOWNS, type Lang } from './vocabulary.ts';

export type Piece = string | { pii: TextFindingType; text: string } | { trap: TrapKind; text: string };
export type Slot = (c: Ctx) => Piece | Piece[];

export interface Person {
  sex: 'm' | 'f';
  first: string;
  last: string;
  birth: id.BirthDate;
}

/** The agency's own identifiers: the same in every signature, as in real mail. */
export interface Agency {
  phone: string;
  vat: string;
  email: string;
  ipi: string;
  agent: Person;
}

export interface Ctx {
  r: Rng;
  lang: Lang;
  client: Person;
  other: Person;
  agency: Agency;
}

const pii = (type: TextFindingType, text: string): Piece => ({ pii: type, text });
const fr = (c: Ctx): boolean => c.lang === 'fr';

export function makePerson(r: Rng, lang: Lang): Person {
  const sex = r.chance(0.5) ? 'm' : 'f';
  // Mixed couples and bilingual names are ordinary in Brussels: 20% from the other language.
  const l = r.chance(0.8) ? lang : lang === 'fr' ? 'nl' : 'fr';
  return { sex, first: r.pick(FIRST_NAMES[l][sex]), last: r.pick(LAST_NAMES[l]), birth: id.randomBirth(r) };
}

function honorific(c: Ctx, p: Person): string {
  const { r } = c;
  if (fr(c)) return p.sex === 'm' ? r.pick(['Monsieur', 'Monsieur', 'M.']) : r.pick(['Madame', 'Madame', 'Mme']);
  return p.sex === 'm' ? r.pick(['de heer', 'meneer', 'Dhr.', 'De heer']) : r.pick(['mevrouw', 'Mevrouw', 'Mevr.']);
}

/** "Madame Sophie Dupont" with only the name labelled. */
function named(c: Ctx, p: Person): Piece[] {
  const name = c.r.chance(0.6) ? `${p.first} ${p.last}` : p.last;
  return [honorific(c, p) + ' ', pii('person-name', name)];
}

function phoneAny(c: Ctx): string {
  const country = c.r.pick(['BE', 'BE', 'BE', 'BE', 'BE', 'BE', 'FR', 'NL', 'NL', 'LU'] as const);
  return phone(c.r, country, country === 'LU' || c.r.chance(0.3));
}

/** Keyword, then the value: the keyword is drawn from `keywords` ('' = no keyword at all). */
const withKeyword = (c: Ctx, type: TextFindingType, keywords: readonly string[], value: string): Piece[] => [c.r.pick(keywords), pii(type, value)];

const PII_SLOTS: Record<string, Slot> = {
  client: (c) => named(c, c.client),
  other: (c) => named(c, c.other),
  notary: (c) => (fr(c) ? ['Maître ', pii('person-name', c.other.last)] : ['notaris ', pii('person-name', c.other.last)]),
  greet: (c) => {
    const p = c.client;
    if (fr(c)) return [c.r.pick(['Bonjour ', p.sex === 'm' ? 'Cher ' : 'Chère ', '']) + honorific(c, p) + ' ', pii('person-name', p.last), ','];
    return [c.r.pick(['Beste ', 'Geachte ', 'Dag ']), p.sex === 'm' ? 'heer ' : 'mevrouw ', pii('person-name', p.last), ','];
  },
  closing: (c) => [
    fr(c) ? c.r.pick(['Bien à vous,', 'Cordialement,', 'Bien cordialement,']) : c.r.pick(['Met vriendelijke groeten,', 'Vriendelijke groet,', 'Groeten,']),
    '\n',
    pii('person-name', `${c.agency.agent.first} ${c.agency.agent.last}`),
  ],
  clientsign: (c) => [fr(c) ? 'Bien à vous,' : 'Met vriendelijke groeten,', '\n', pii('person-name', `${c.client.first} ${c.client.last}`)],
  phone: (c) => pii('phone', phoneAny(c)),
  mobile: (c) => pii('phone', phone(c.r, 'BE', c.r.chance(0.3))),
  'phone-fr': (c) => pii('phone', phone(c.r, 'FR', c.r.chance(0.5))),
  'phone-nl': (c) => pii('phone', phone(c.r, 'NL', c.r.chance(0.5))),
  'phone-lu': (c) => ['GSM ', pii('phone', c.r.chance(0.5) ? phone(c.r, 'LU', false) : phone(c.r, 'LU', true))],
  email: (c) => {
    const p = c.client;
    const local = c.r.pick([`${asciiSlug(p.first)}.${asciiSlug(p.last)}`, `${asciiSlug(p.first)[0]}.${asciiSlug(p.last)}`, `${asciiSlug(p.last)}${c.r.int(1, 99)}`, `${asciiSlug(p.first)}_${asciiSlug(p.last)}+immo`]);
    return pii('email', `${local}@${c.r.pick(MAIL_DOMAINS)}`);
  },
  rrn: (c) =>
    withKeyword(c, 'be-national-number', fr(c) ? ['numéro de registre national : ', 'n° national ', 'NN ', 'NISS : ', 'registre national ', ''] : ['rijksregisternummer: ', 'INSZ ', 'RRN ', 'rijksregister nr. ', 'identificatienummer: ', ''], id.formatRrn(c.r, id.rrnDigits(c.r, c.client.birth))),
  bis: (c) => withKeyword(c, 'be-national-number', fr(c) ? ['numéro BIS : ', 'n° BIS '] : ['BIS-nummer: ', 'BIS nr. '], id.formatRrn(c.r, id.rrnDigits(c.r, c.other.birth, c.r.pick([20, 40] as const)))),
  eid: (c) => withKeyword(c, 'be-eid-card', fr(c) ? ["carte d'identité n° ", 'n° de carte eID ', "carte d'identité : "] : ['identiteitskaart nr. ', 'kaartnummer eID ', 'identiteitskaart: '], id.formatTwelve(c.r, id.eidDigits(c.r))),
  acct: (c) => {
    const d = id.withMod97(c.r.pick(['001', '068', '310', '735']) + c.r.digits(7)); // always written 3-7-2
    return withKeyword(c, 'bank-account', fr(c) ? ['compte ', 'ancien n° de compte '] : ['rekening ', 'oud rekeningnummer '], `${d.slice(0, 3)}-${d.slice(3, 10)}-${d.slice(10)}`);
  },
  iban: (c) => withKeyword(c, 'iban', ['IBAN ', 'IBAN : ', fr(c) ? 'compte ' : 'rekening ', ''], id.formatIban(c.r, id.ibanCompact(c.r, c.r.pick(['BE', 'BE', 'BE', 'BE', 'NL', 'FR', 'LU'] as const)))),
  vat: (c) => withKeyword(c, 'vat-number', fr(c) ? ['TVA ', 'n° TVA ', 'BCE '] : ['BTW ', 'BTW-nr. ', 'KBO '], id.formatVat(c.r, id.beVatDigits(c.r))),
  born: (c) => {
    const e = c.client.sex === 'f' ? 'e' : '';
    const kw = fr(c) ? [`né${e} le `, `né${e} à ${c.r.pick(TOWNS.fr).slice(5)} le `, 'date de naissance : ', '° '] : ['geboren op ', `geboren te ${c.r.pick(TOWNS.nl).slice(5)} op `, 'geboortedatum: ', '° '];
    return withKeyword(c, 'date-of-birth', kw, id.formatDate(c.r, c.client.birth, c.lang));
  },
  home: (c) => {
    const kw = fr(c) ? [`domicilié${c.client.sex === 'f' ? 'e' : ''} `, 'demeurant ', 'adresse : ', 'résidant '] : ['wonende ', 'woonachtig ', 'adres: ', 'gedomicilieerd '];
    return withKeyword(c, 'postal-address', kw, id.address(c.r, c.lang));
  },
  nir: (c) => withKeyword(c, 'fr-nir', ['n° de sécurité sociale : ', 'NIR ', 'numéro INSEE '], id.nir(c.r, c.client.birth, c.client.sex)),
  bsn: (c) => withKeyword(c, 'nl-bsn', ['BSN: ', 'burgerservicenummer ', 'BSN-nummer '], id.bsn(c.r)),
  lumat: (c) => withKeyword(c, 'lu-national-id', ['matricule luxembourgeois : ', 'numéro d’identification LU ', 'matricule CCSS '], id.luMatricule(c.r, c.client.birth)),
  passport: (c) => {
    const country = c.r.pick(['BE', 'BE', 'FR', 'NL'] as const);
    return withKeyword(c, 'passport', fr(c) ? ['passeport n° ', 'numéro de passeport : ', 'passeport '] : ['paspoortnummer ', 'paspoort nr. ', 'paspoort '], id.passport(c.r, country));
  },
  agency: (c) => {
    const a = c.agency;
    return fr(c)
      ? ['--\nCentury 21 Primogest — agence immobilière\nTél. ', pii('phone', a.phone), ' — ', pii('email', a.email), '\nTVA ', pii('vat-number', a.vat), ' — ', { trap: 'ipi', text: a.ipi }]
      : ['--\nCentury 21 Primogest — vastgoedkantoor\nTel. ', pii('phone', a.phone), ' — ', pii('email', a.email), '\nBTW ', pii('vat-number', a.vat), ' — ', { trap: 'ipi', text: a.ipi }];
  },
};

const PLAIN_SLOTS: Record<string, Slot> = {
  filler: (c) => {
    const pool = FILLER[c.lang];
    return Array.from({ length: c.r.int(1, 3) }, () => c.r.pick(pool)).join(' ');
  },
  ptype: (c) => c.r.pick(PROPERTY_TYPES[c.lang]),
  town: (c) => c.r.pick(TOWNS[c.lang]).slice(5),
  epcclass: (c) => c.r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G']),
  n: (c) => String(c.r.int(1, 9)),
};

/** One slot per trap kind, named after it: `{price}`, `{ogm}`, `{omnicasa-ref}`… */
const TRAP_SLOTS: Record<string, Slot> = Object.fromEntries(
  TRAP_KINDS.map((kind) => [kind, (c: Ctx): Piece => ({ trap: kind, text: DECOYS[kind](c.r, c.lang) })]),
);

export const SLOTS: Readonly<Record<string, Slot>> = { ...PII_SLOTS, ...PLAIN_SLOTS, ...TRAP_SLOTS };

export function makeAgency(r: Rng): Agency {
  return {
    phone: phone(r, 'BE', false),
    vat: id.formatVat(r, id.beVatDigits(r)),
    email: 'info@primogest.be',
    ipi: DECOYS.ipi(r, 'fr'),
    agent: makePerson(r, 'fr'),
  };
}
