/**
 * What a sequence of digit groups inside one run is: a validated identifier, a phone, or nothing.
 * Every type is validated (checksum, calendar, numbering plan), then routed by its keyword context
 * (context.ts) and by its written shape: the group lengths and separators, e.g. 2.2.2-3.2 for a
 * printed national number, 3-7-2 for an old bank account, 3/4/5 for an OGM reference.
 */
import { type Context, has, isSuppressed, nearest, readContext, WIDE_WINDOW, WIDE_WORDS } from './context.ts';
import { charCode, isHSpace, isLetter } from './chars.ts';
import { isBeMod97Twelve, isBeVat, isFrNir, isLuMatricule, isNationalNumber, isNlBsn } from './identifiers.ts';
import { Kw } from './keywords.ts';
import { internationalPhoneCountry, nationalPhoneCountry, nsnValid } from './phones.ts';
import type { Run } from './runs.ts';
import { type ScanState, type Tag, tag } from './state.ts';

/** Groupings Belgian agents print the national number in: YY.MM.DD-SSS.CC and YYMMDD-SSS.CC. */
export const PRINTED_NATIONAL: readonly (readonly number[])[] = [[2, 2, 2, 3, 2], [6, 3, 2]];

/** Group-length shapes, allocated once. */
const SHAPE_4_3_3: readonly number[] = [4, 3, 3];
const SHAPE_3_7_2: readonly number[] = [3, 7, 2];
const SHAPE_3_4_5: readonly number[] = [3, 4, 5];
const SHAPE_3_3_3: readonly number[] = [3, 3, 3];

/** Calling codes whose numbering plans phones.ts knows (32, 33, 31, 352): those must validate. */
const isOwnRegionCode = (d: ArrayLike<number>, o: number): boolean =>
  d[o] === 3 && (d[o + 1] === 2 || d[o + 1] === 3 || d[o + 1] === 1 || (d[o + 1] === 5 && d[o + 2] === 2));

/** Verdicts are tags (state.ts): classifying allocates nothing. */
const V_BANK_ACCOUNT_HIGH = tag('bank-account', 'high');
const V_BANK_ACCOUNT_MEDIUM = tag('bank-account', 'medium');
const V_BE_EID_CARD_HIGH = tag('be-eid-card', 'high');
const V_BE_NATIONAL_NUMBER_HIGH = tag('be-national-number', 'high');
const V_BE_NATIONAL_NUMBER_MEDIUM = tag('be-national-number', 'medium');
const V_FR_NIR_HIGH = tag('fr-nir', 'high');
const V_FR_NIR_MEDIUM = tag('fr-nir', 'medium');
const V_LU_NATIONAL_ID_HIGH = tag('lu-national-id', 'high');
const V_LU_NATIONAL_ID_MEDIUM = tag('lu-national-id', 'medium');
const V_NL_BSN_HIGH = tag('nl-bsn', 'high');
const V_VAT_NUMBER_HIGH = tag('vat-number', 'high');
const V_VAT_NUMBER_MEDIUM = tag('vat-number', 'medium');
const V_PHONE_HIGH = tag('phone', 'high');
const V_PHONE_MEDIUM = tag('phone', 'medium');
const V_PASSPORT_HIGH = tag('passport', 'high');

/** Not this type. */
const NONE = -1;
/** A valid identifier that must not be reported (OGM reference, negative context). */
const DROP = -2;

/**
 * Groups i..j of `run`, written after "+" when `plus`: the tag of what they are, or -1. The
 * keyword context is the run's (digits and separators hold no keyword), `shift` characters
 * further from the keywords for j > 0.
 */
export function classifyDigits(st: ScanState, run: Run, i: number, j: number, plus: boolean): Tag {
  const o = run.off[i]!;
  const n = run.off[j + 1]! - o;
  const d = run.dig;
  if (plus) {
    if (internationalPhoneCountry(d, o, n) !== null) return V_PHONE_HIGH;
    // Another country ("+49 89 1234 5678"): any grouped number of E.164 length after "+".
    return !isOwnRegionCode(d, o) && n >= 9 && n <= 15 && j > i ? V_PHONE_MEDIUM : NONE;
  }
  if (n < 9) return NONE;
  const shift = run.gStart[i]! - run.start;
  if (d[o] === 0 && d[o + 1] === 0 && run.len(i) >= 2 && n >= 10) {
    // "0032 2 512 34 56": international form, unless a negative label sits right before (EPC "…-0032807661-01").
    if (internationalPhoneCountry(d, o + 2, n - 2) !== null) {
      return isSuppressed(st.context(run.start), shift) ? NONE : V_PHONE_HIGH;
    }
  }
  const v = identifier(st, run, i, j, o, n, shift);
  if (v !== NONE) return v === DROP ? NONE : v;
  return phone(st, run, i, j, o, n, shift);
}

function identifier(st: ScanState, run: Run, i: number, j: number, o: number, n: number, shift: number): Tag {
  const d = run.dig;
  switch (n) {
    case 9:
      // BSN: nine digits pass the elfproef one time in eleven (CRM ids, "102345673"): keyword required.
      if (isNlBsn(d, o) && nearest(clauseContext(st, run, false)) === Kw.Bsn) return V_NL_BSN_HIGH;
      // A numeric passport (United Kingdom, United States: nine digits, one group) right after its keyword.
      return i === j && run.count === 1 && nearest(st.context(run.start)) === Kw.Passport ? V_PASSPORT_HIGH : NONE;
    case 10: {
      // Without "BE" (handled with the prefix) an enterprise number needs its dotted form or a keyword:
      // "0470 00 00 38" is a phone that happens to pass the VAT check.
      if (!isBeVat(d, o)) return NONE;
      const ctx = st.context(run.start);
      if (nearest(ctx) === Kw.Vat) return V_VAT_NUMBER_HIGH;
      return run.isShape(i, j, SHAPE_4_3_3, 46) && !isSuppressed(ctx, shift) ? V_VAT_NUMBER_MEDIUM : NONE;
    }
    case 11: {
      if (!isNationalNumber(d, o, st.nowYear)) return NONE;
      const ctx = st.context(run.start);
      // A negative word nearer than the number's own keyword does not suppress it ("Numéro national (cf. dossier) : …").
      if (isSuppressed(ctx, shift) && !has(ctx, Kw.NationalNumber)) return DROP;
      const strong = has(ctx, Kw.NationalNumber) || has(ctx, Kw.IdCard) || run.isShape(i, j, PRINTED_NATIONAL[0]!) || run.isShape(i, j, PRINTED_NATIONAL[1]!);
      if (strong) return V_BE_NATIONAL_NUMBER_HIGH;
      return splitsLikeNationalNumber(run, i, j) ? V_BE_NATIONAL_NUMBER_MEDIUM : NONE;
    }
    case 12:
      return twelve(st, run, i, j, o, shift);
    case 13: {
      if (!isLuMatricule(d, o, st.nowYear)) return NONE;
      const ctx = st.context(run.start);
      // Purview's rule: without its own keyword, a matricule next to a phone keyword is not one.
      if ((isSuppressed(ctx, shift) && !has(ctx, Kw.LuId)) || nearest(ctx) === Kw.Phone) return NONE;
      const strong = has(ctx, Kw.LuId) || has(ctx, Kw.NationalNumber);
      return strong ? V_LU_NATIONAL_ID_HIGH : V_LU_NATIONAL_ID_MEDIUM;
    }
    case 15: {
      if (!isFrNir(d, o)) return NONE;
      const ctx = st.context(run.start);
      if (isSuppressed(ctx, shift) && !has(ctx, Kw.Nir)) return DROP;
      return has(ctx, Kw.Nir) ? V_FR_NIR_HIGH : V_FR_NIR_MEDIUM;
    }
    default:
      return NONE;
  }
}

/**
 * The run's context: the words right before it, or when none is a keyword, a clause further back (WIDE_WORDS), also
 * past other numbers when `pastNumbers` ("Het BSN op het formulier dat zij ons bezorgde is …"; "copies des cartes
 * d'identité (600-4471126-18 et 601-1278834-72)").
 */
function clauseContext(st: ScanState, run: Run, pastNumbers: boolean): Context {
  const ctx = st.context(run.start);
  return nearest(ctx) < 0 ? readContext(st.text, run.start, !pastNumbers, 0xffff, WIDE_WORDS, WIDE_WINDOW) : ctx;
}

/**
 * Whether groups i..j split eleven digits where people split a national number: between its fields
 * (YY MM DD | SSS | CC) and, when the date is split, into its three parts: "850730 033 28", "85.07.30-033.28",
 * "850730-03328", not a reference "2025/0041187" (whose digits happen to pass the checksum).
 */
function splitsLikeNationalNumber(run: Run, i: number, j: number): boolean {
  let date = 0; // bits 2, 4: the date is split after its year, after its month
  for (let k = i; k < j; k++) {
    const at = run.off[k + 1]! - run.off[i]!;
    if (at === 2 || at === 4) date |= at;
    else if (at !== 6 && at !== 9) return false;
  }
  return date === 0 || date === 6;
}

/**
 * Twelve digits with mod97(first 10) = last 2 are an eID card number, an OGM/VCS payment
 * reference or an old bank account. OGM references are not personal data: "+++…+++", the 3/4/5
 * shape or an OGM keyword drop them. An eID keyword makes it a card; a banking keyword, or the
 * xxx-xxxxxxx-xx shape without eID context, makes it a bank account. Compact without context: dropped.
 */
function twelve(st: ScanState, run: Run, i: number, j: number, o: number, shift: number): Tag {
  if (!isBeMod97Twelve(run.dig, o)) return NONE;
  if (run.isShape(i, j, SHAPE_3_4_5, 47)) return DROP;
  // The card or account may be named a clause earlier, also before another number.
  const ctx = clauseContext(st, run, true);
  if (isSuppressed(ctx, shift)) return DROP;
  const near = nearest(ctx);
  if (near === Kw.IdCard || afterCapitalCI(st.text, run.start)) return V_BE_EID_CARD_HIGH;
  if (near === Kw.Bank) return V_BANK_ACCOUNT_HIGH;
  if (run.isShape(i, j, SHAPE_3_7_2, 45) && !has(ctx, Kw.IdCard)) return V_BANK_ACCOUNT_MEDIUM;
  return DROP;
}

/**
 * "CI 601-3349026-90", "CI : 592…", "CI n° 600-…": the card's abbreviation in capitals right before the number (the
 * keyword list cannot hold "ci": folded, it is also the "ci" of "ci-joint" before a payment reference).
 */
function afterCapitalCI(text: string, s: number): boolean {
  let i = spacesOrColonBefore(text, s);
  if (i === s) return false;
  const n = NUMERO_BEFORE.exec(text.slice(Math.max(0, i - 4), i));
  if (n !== null) i = spacesOrColonBefore(text, i - n[0].length);
  return charCode(text, i - 1) === 73 && charCode(text, i - 2) === 67 && !isLetter(charCode(text, i - 3));
}

/** "n°", "nr", "nr.", "no" ending a label before its number. */
const NUMERO_BEFORE = /(?<![\p{L}\d])(?:n°|nr\.?|no\.?)$/iu;

function spacesOrColonBefore(text: string, s: number): number {
  let i = s;
  while (i > 0 && (isHSpace((text.charCodeAt(i - 1) | 0)) || (text.charCodeAt(i - 1) | 0) === 58)) i--;
  return i;
}

function inPairs(run: Run, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (run.len(k) !== 2) return false;
  return true;
}

function spacedSlash(text: string, run: Run, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (run.sep[k] === 47 && isHSpace(charCode(text, run.gStart[k + 1]! - 1))) return true;
  return false;
}

function phone(st: ScanState, run: Run, i: number, j: number, o: number, n: number, shift: number): Tag {
  const d = run.dig;
  if (d[o] !== 0) {
    // Luxembourg has no trunk prefix: a local mobile ("691 997 526") needs a phone keyword.
    // A Luxembourg mobile written without +352 ("691 997 526"): only after a phone keyword.
    if (n !== 9 || d[o] !== 6 || !(i === j || run.isShape(i, j, SHAPE_3_3_3))) return NONE;
    if (nearest(st.context(run.start)) !== Kw.Phone || !nsnValid('LU', d, o, n)) return NONE;
    return V_PHONE_MEDIUM;
  }
  // "02/06/2025 09:15" is a date and a time; "12.09.2022 - 12.09.2032" holds no phone from its month on, nor
  // "PHOTO-2025-06-16-10-02-31.jpg" from its month on (a year first, then two digits).
  if (n > 10 || d[o + 1] === 0 || run.isDateAt(i) || (i > 0 && run.isDateAt(i - 1)) || (i > 1 && run.isDateAt(i - 2))) return NONE;
  if (i > 0 && run.len(i - 1) === 4 && run.sep[i - 1] === 45 && run.len(i) === 2 && run.value(run.off[i - 1]!, 2) >= 19) return NONE;
  const country = nationalPhoneCountry(d, o, n);
  if (country === null) return NONE;
  // A compact ten-digit reference starting with 0 is often a valid French or Dutch number:
  // those need to be written in groups ("06 12 34 56 78", "020-1234567") or after a phone keyword.
  if (country !== 'BE' && i === j && nearest(st.context(run.start)) !== Kw.Phone) return NONE;
  // A French number is written in pairs ("04 20 25 06 12"): "app. 2.04 20250612-0003241903-RES-1" ends in an EPC code;
  // "06-12345678" is a Dutch mobile. Neither holds a spaced " / ", which lists two numbers: "0481.89.09.07 / 0477 84 35
  // 82" holds no "07 / 0477 84 35" (Belgians write "06/86757104" for a Dutch mobile too: a glued "/" stays).
  if (country !== 'BE' && i < j && (spacedSlash(st.text, run, i, j) || (country === 'FR' && !inPairs(run, i, j) && !nsnValid('NL', d, o + 1, n - 1)))) return NONE;
  const ctx = st.context(run.start);
  // A Belgian mobile written in groups ("0479 84 33 07") is no meter, invoice or file number: "son numéro pour les
  // compteurs : 0479 84 33 07", "Dossier Peeters – 0470 12 34 56".
  if (isSuppressed(ctx, shift) && !(country === 'BE' && d[o + 1] === 4 && j > i)) return NONE;
  return has(ctx, Kw.Phone) ? V_PHONE_HIGH : V_PHONE_MEDIUM;
}
