/**
 * The reference detector of pii.md §4: the baseline the engine must beat by 2× (design.md,
 * "Performance budget"). One `g`-flag regex with named groups for the numeric shapes, an
 * email branch in the same alternation, checksum validation of each candidate, and a keyword
 * window before it that raises or suppresses (Purview/Presidio style). Names and addresses are
 * keyword-anchored (honorifics, closings, street words: pii.md §5.2) in a second regex: folded
 * into the first alternation they would halve its speed.
 * It is written to be correct and reasonably fast (bounded quantifiers, no nested ones), not
 * crippled: the benchmark compares the engine against an honest baseline, and the corpus test
 * checks it on the vectors of pii.md §1.
 */
import type { Confidence, TextFindingType } from '../../lib/detect/types.ts';
import * as ck from './checksums.ts';
import { SAMPLE_IBANS } from './decoys.ts';

export interface ReferenceFinding {
  type: TextFindingType;
  start: number;
  end: number;
  confidence: Confidence;
}

const UP = 'A-ZÀ-ÖØ-Þ';
const LOW = "a-zß-öø-ÿ'";
const PARTICLE = "(?:van|de|der|den|le|la|du|d')";
const WORD = `[${UP}][${LOW}-]+`;
const NAME = `(?:${PARTICLE} ){0,2}${WORD}(?:[ -](?:${PARTICLE} ){0,2}${WORD}){0,3}`;
const HONORIFIC = '(?:[Mm]onsieur|[Mm]adame|Mademoiselle|Ma[iî]tre|Meester|[Mm]evrouw|[Mm]eneer|[Hh]eer|[Nn]otaris|Mme|Mlle|Mevr\\.|Dhr\\.|Mr\\.|M\\.|Me)';
const CLOSING = '(?:Bien à vous|Bien cordialement|Cordialement|Salutations distinguées|Met vriendelijke groet(?:en)?|Vriendelijke groet(?:en)?|Groeten)';
const MONTH = '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januari|februari|maart|april|mei|juni|juli|augustus|oktober|november|december|september)';
const LABEL = "[\\w'À-ÖØ-öø-ÿ-]";
const DASH_SEP = '[ .\\-/]?';

/** Alternation order matters: the first branch that matches at a position wins. */
const ID_BRANCHES: ReadonlyArray<readonly [string, string]> = [
  ['ogm', String.raw`\+{3} ?\d{3}/\d{4}/\d{5} ?\+{3}`], // consumed so its digits match nothing else
  ['iban', String.raw`\b(?:BE\d{2}(?: ?\d{4}){3}|NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}|FR\d{2}(?: ?[0-9A-Z]{4}){5} ?[0-9A-Z]{3}|LU\d{2}(?: ?[0-9A-Z]{4}){4})\b`],
  ['vat', String.raw`\bBE ?[01]\d{3}(?:[. ]?\d{3}){2}\b|\b[01]\d{3}\.\d{3}\.\d{3}\b`],
  ['intl', String.raw`(?:\+|\b00)(?:32|33|31|352) ?(?:\(0\) ?)?\d(?:${DASH_SEP}\d){5,10}\b`],
  ['nir', String.raw`\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b`],
  ['lu', String.raw`\b(?:19|20)\d{2} ?(?:0[1-9]|1[0-2]) ?(?:[0-2]\d|3[01]) ?\d{3} ?\d{2}\b`],
  ['rrn', String.raw`\b\d{2}[. ]?\d{2}[. ]?\d{2}[ .-]?\d{3}[ .-]?\d{2}\b`],
  ['twelve', String.raw`\b\d{3}[ -]?\d{7}[ -]?\d{2}\b`], // eID card, old bank account (and OGM without its +++)
  ['nat', String.raw`\b0[1-9](?:${DASH_SEP}\d){7,8}\b`],
  ['lunat', String.raw`\b6[2679][18] \d{3} \d{3}\b`],
  ['bsn', String.raw`\b\d{4}\.?\d{2}\.?\d{3}\b`],
  ['date', String.raw`\b(?:[0-2]?\d|3[01])(?:[./-](?:0?[1-9]|1[0-2])[./-]| ${MONTH} )(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b`],
  ['passport', String.raw`\b(?:[A-Z]{2}\d{6}|\d{2}[A-Z]{2}\d{5}|[A-NP-Z]{2}[A-NP-Z0-9]{6}\d)\b`],
  ['email', String.raw`\b[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?){0,8}\.[A-Za-z]{2,24}\b`],
];
const ANCHORED_BRANCHES: ReadonlyArray<readonly [string, string]> = [
  ['person', String.raw`\b${HONORIFIC} +(?<pn>${NAME})`],
  ['signed', String.raw`\b${CLOSING}[,.!]?[ \t]*\r?\n[ \t]*(?<sn>${NAME})`],
  ['street', String.raw`\b(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Pp]lace|[Cc]los|[Aa]llée|[Ss]quare|[Ii]mpasse|[Cc]hemin|[Dd]rève|[Qq]uai|[Rr]oute) (?:de la |de l'|du |des |de |d')?[${UP}]${LABEL}*(?: [${UP}]${LABEL}*){0,3} \d{1,4}[a-zA-Z]?(?: (?:bte|bus|boîte) \d{1,4})?(?:,? (?:B-)?\d{4} [${UP}]${LABEL}+)?`],
  ['straat', String.raw`\b[${UP}][${LOW}]*(?:straat|laan|weg|plein|lei|dreef|kaai|markt|dijk|singel|gracht|baan) \d{1,4}[a-zA-Z]?(?: (?:bus|bte) \d{1,4})?(?:,? \d{4} [${UP}]${LABEL}+)?`],
];
const combine = (branches: typeof ID_BRANCHES): RegExp => new RegExp(branches.map(([name, src]) => `(?<${name}>${src})`).join('|'), 'g');
const ID_RE = combine(ID_BRANCHES);
const ANCHORED_RE = combine(ANCHORED_BRANCHES);

// Keyword windows (pii.md §2 and §5): positive keywords in the 60 characters before a candidate
// raise it; negative ones in the 32 characters before suppress it.
const NEAR = 60;
const NEGATIVE_NEAR = 32;
const KW = {
  rrn: /registre national|n° national|numéro national|\bnn\b|\bniss\b|\binsz\b|\brrn\b|\brn\b|rijksregister|identificatienummer|\bbis\b|national number|identifi|inscription|registratie/i,
  eid: /carte d'identité|\beid\b|n° de carte|numéro de carte|identiteitskaart|kaartnummer|id-kaart|\bci\b|titre de séjour|carte de séjour|verblijfskaart/gi,
  bank: /compte|rekening|\brek\b|banque|\bbank\b/gi,
  ogm: /\+\+\+|\bogm\b|\bvcs\b|communication|mededeling|virement|betaling|paiement/gi,
  passport: /passeport|paspoort|reisepass|passport/i,
  bsn: /\bbsn\b|burgerservicenummer|sofi/i,
  phone: /t[ée]l\b|tél\.|\bgsm\b|mobile|portable|phone|telefoon|\bmob\b|\bfax\b|joindre|bereik|bellen|rappeler|appel/i,
  lu: /matricule|sécurité sociale|\bccss\b|numéro d.identification|identificatienummer/i,
  nir: /sécurité sociale|\bnir\b|insee|carte vitale/i,
  vat: /\btva\b|\bbtw\b|\bvat\b|entreprise|onderneming|\bbce\b|\bkbo\b/i,
  birth: /(?:^|[^\wÀ-ÿ])n[ée]e?\s|naissance|geboren|geboortedatum|\bgeb\.|date of birth/i,
  residence: /domicili|demeurant|résidant|réside|habite|adresse|wonende|woonachtig|woont|\badres\b|verblijvend|gedomicilieerd/i,
  negative: /\+\+\+|\bogm\b|\bvcs\b|communication|mededeling|\bean\b|compteur|meter|factu|\br[ée]f\b|dossier|cadast|kadast|section|sectie|\bpeb\b|\bepc\b|certifica|\bbiv\b|\bipi\b|client|klant|contrat|contract/i,
};
const BIRTH_SIGN = /(?:^|[^nN])° ?$/; // "° 12/03/1985", but not "n° 12/…"
const SAMPLES = new Set(SAMPLE_IBANS.map((s) => s.replace(/ /g, '')));

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** Position of the last match of a `g` regex in `s`, or -1: lets the nearest keyword win. */
function lastHit(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

/** Evaluated after the checksum, on the few candidates that pass it. */
function negative(near: string): boolean {
  return KW.negative.test(near.slice(-NEGATIVE_NEAR));
}

type Verdict = readonly [TextFindingType, Confidence] | null;

/** Validate one candidate and weigh the keywords in `near`, the text just before it. */
function judge(branch: string, value: string, near: string): Verdict {
  switch (branch) {
    case 'iban': {
      const compact = value.replace(/ /g, '');
      return ck.isIban(compact) && !SAMPLES.has(compact) ? ['iban', 'high'] : null;
    }
    case 'vat':
      return ck.isBeVat(digitsOf(value)) ? ['vat-number', KW.vat.test(near) ? 'medium' : 'low'] : null;
    case 'intl': {
      const d = digitsOf(value.replace('(0)', '')).replace(/^00/, '');
      const cc = d.startsWith('352') ? '352' : d.slice(0, 2);
      const country = ck.PHONE_COUNTRY_CODES[cc];
      const ok = !!country && ck.isPhoneNsn(country, d.slice(cc.length).replace(/^0/, ''));
      return ok && !negative(near) ? ['phone', KW.phone.test(near) ? 'high' : 'medium'] : null;
    }
    case 'nat': {
      // Default region BE; a 10-digit national number may also be French or Dutch.
      const nsn = digitsOf(value).slice(1);
      const ok = ck.isPhoneNsn('BE', nsn) || (nsn.length === 9 && (ck.isPhoneNsn('FR', nsn) || ck.isPhoneNsn('NL', nsn)));
      return ok && !negative(near) ? ['phone', KW.phone.test(near) ? 'high' : 'medium'] : null;
    }
    case 'lunat': // Luxembourg has no trunk 0: without a phone keyword it is just 9 digits
      return ck.isPhoneNsn('LU', digitsOf(value)) && KW.phone.test(near) ? ['phone', 'medium'] : null;
    case 'nir':
      return ck.isNir(value.replace(/ /g, '')) && !negative(near) ? ['fr-nir', KW.nir.test(near) ? 'high' : 'medium'] : null;
    case 'lu': // Purview: keyword → high; without one, a telephone keyword nearby means it is no matricule
      if (!ck.isLuMatricule(digitsOf(value)) || negative(near)) return null;
      if (KW.lu.test(near)) return ['lu-national-id', 'high'];
      return KW.phone.test(near.slice(-NEGATIVE_NEAR)) ? null : ['lu-national-id', 'medium'];
    case 'rrn':
      return ck.rrnBirthYear(digitsOf(value)) && !negative(near) ? ['be-national-number', KW.rrn.test(near) ? 'high' : 'medium'] : null;
    case 'twelve': {
      if (!ck.isMod97Twelve(digitsOf(value))) return null;
      // Three 12-digit numbers share mod 97: route by the nearest keyword (pii.md §5).
      const [ogm, eid, bank] = [lastHit(KW.ogm, near), lastHit(KW.eid, near), lastHit(KW.bank, near)];
      if (ogm > eid && ogm > bank) return null;
      if (eid > bank) return ['be-eid-card', 'high'];
      if (bank >= 0) return ['bank-account', 'medium'];
      return /^\d{3}-\d{7}-\d{2}$/.test(value) ? ['bank-account', 'low'] : null;
    }
    case 'bsn':
      return ck.isBsn(digitsOf(value)) && KW.bsn.test(near) ? ['nl-bsn', 'high'] : null;
    case 'date': // only a birth keyword makes a date a date of birth ("signé le" is not "né le")
      return KW.birth.test(near.slice(-40)) || BIRTH_SIGN.test(near.slice(-3)) ? ['date-of-birth', 'medium'] : null;
    case 'passport':
      return KW.passport.test(near) ? ['passport', 'medium'] : null;
    case 'street':
    case 'straat': // listing addresses are public: only a residence keyword makes one personal
      return KW.residence.test(near) ? ['postal-address', 'medium'] : null;
    default:
      return null; // ogm: not personal data
  }
}

/** Run one combined regex over the text and push what survives validation. */
function collect(text: string, source: RegExp, names: readonly string[], out: ReferenceFinding[]): void {
  const re = new RegExp(source); // own lastIndex: safe to call re-entrantly
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const groups = m.groups!;
    let branch = names[0]!;
    for (const name of names) if (groups[name] !== undefined) { branch = name; break; }
    const start = m.index;
    const end = start + m[0].length;
    if (branch === 'email') out.push({ type: 'email', start, end, confidence: 'high' });
    else if (branch === 'person' || branch === 'signed') {
      // Reported without the anchor ("Madame ", "Bien à vous,\n").
      const name = groups.pn ?? groups.sn!;
      out.push({ type: 'person-name', start: end - name.length, end, confidence: 'medium' });
    } else {
      const verdict = judge(branch, m[0], text.slice(Math.max(0, start - NEAR), start));
      if (verdict) out.push({ type: verdict[0], start, end, confidence: verdict[1] });
    }
  }
}

const ID_NAMES = ID_BRANCHES.map(([name]) => name);
const ANCHORED_NAMES = ANCHORED_BRANCHES.map(([name]) => name);

export function referenceScan(text: string): ReferenceFinding[] {
  const found: ReferenceFinding[] = [];
  collect(text, ID_RE, ID_NAMES, found);
  collect(text, ANCHORED_RE, ANCHORED_NAMES, found);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
