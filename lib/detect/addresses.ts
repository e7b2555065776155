/**
 * Postal addresses, anchored on the house number found by the numeric pass:
 *   street-type word + name + number ("rue de la Loi 16", "Kerkstraat 12 bus 3", "Grote Markt 7")
 *   number + street-type word + name ("12, rue de la Paix")
 * optionally followed by a postcode and city (BE/NL "1000 Bruxelles", "1012 AB Amsterdam",
 * FR "75002 Paris", LU "L-1234 Luxembourg"), possibly on the next line.
 *
 * Policy: an address is personal data where someone lives, is domiciled or receives mail.
 *   high    a residence word is the nearest of the residence/property words before it
 *           (domicilié, demeurant, habitant, wonende, woonachtig, adresse, adres, address…)
 *   medium  no such word, but the address opens a line or follows only capitalised words on it:
 *           a letter's address block or a signature block ("Century 21 Primogest — Avenue …")
 *   none    a property word is nearest before it, or (without a residence word) follows it on its
 *           line (à vendre, situé, bien, gelegen, woning, pand, te koop, Concerne…), or it sits
 *           inside a sentence: the address of a property for sale is public, printed on every
 *           portal, and not personal data.
 * A postcode and city alone ("1000 Bruxelles") is not an address.
 */
import { charCode, indexIn, isApostrophe, isAsciiLower, isAsciiUpper, isDigit, isHSpace, isLetter, isUpper, KIND, lastIndexIn, stripAccents, wordEndAfter, wordStartBefore } from './chars.ts';
import { distance, nearest, present, readContext, WIDE_WINDOW, WIDE_WORDS } from './context.ts';
import { bit, CONTEXT_TRIE, Kw } from './keywords.ts';
import { Anchor, ANCHORS, ENGLISH_STREET_TYPES, FIRST_NAME, NAME_WORDS, PARTICLE as NAME_PARTICLE } from './name-words.ts';
import type { Run } from './runs.ts';
import { type Pattern, type ScanState, tag } from './state.ts';
import { buildTrie, keywordAt, suffixClass, type Trie, wordClass } from './trie.ts';

const LEADING = 0;
const TRAILING = 1;
const PARTICLE = 2;

/** Street words by role: written before the name (FR), after it (NL/DE "Grote Markt"), or particles inside it. */
const STREET_WORDS = buildTrie([
  [
    'rue', 'avenue', 'av', 'ave', 'chaussee', 'chee', 'boulevard', 'bd', 'bld', 'blvd', 'place', 'pl', 'chemin', 'allee',
    'clos', 'impasse', 'imp', 'quai', 'square', 'sq', 'dreve', 'sentier', 'route', 'rte', 'rond-point', 'parvis',
    'passage', 'galerie', 'cite', 'cour', 'cours', 'venelle', 'ruelle', 'voie', 'esplanade', 'promenade', 'faubourg',
    'hameau', 'calle', 'avenida', 'paseo', 'plaza', 'carrer', 'via', 'viale', 'piazza', 'rua', 'praca',
  ],
  [
    'straat', 'laan', 'steenweg', 'weg', 'plein', 'dreef', 'lei', 'kaai', 'kade', 'markt', 'plaats', 'singel', 'gracht',
    'dijk', 'baan', 'vest', 'hof', 'park', 'ring', 'strasse', 'gasse', 'platz', 'street', 'road', 'lane',
  ],
  [
    'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'van', 'der', 'den', 'het', 'ter', 'ten', 't', 'sur', 'aux', 'au',
    'en', 'et', 'naar', 'op', 'von', 'zum', 'zur', 'am', 'an', 'sous', 'lez', 'of', 'the', 'sint', 'saint', 'sainte', 'st', 'ste',
  ],
]);

/** Suffixes that make one word a street ("Kerkstraat", "Louizalaan", "Mechelsesteenweg", "Grand-Place"); reversed trie. */
export const STREET_SUFFIXES = buildTrie(
  // ("straße" folds to "strase": the trie reads ß as one s.)
  [['straat', 'laan', 'steenweg', 'weg', 'plein', 'dreef', 'lei', 'kaai', 'kade', 'markt', 'plaats', 'singel', 'gracht', 'dijk', 'baan', 'vest', 'plantsoen', 'steeg', 'dam', 'hof', 'pad', 'wegel', 'dok', 'strasse', 'strase', 'gasse', 'platz', 'allee', '-place', '-rue']],
  true,
);

/** Words after a number that make it a quantity or a date, not a house number. */
const NOT_HOUSE_NUMBER: Pattern = {
  flags: 'iy',
  // Whole words (or a month's abbreviation and full forms): "27 Harcourt Gardens", "7 Junction Road" are streets. An
  // amount's cents: "chez Colruyt 862,15 € net".
  source: String.raw`[.,]\d{2}[ \u00a0]?(?:€|eur)|[ \u00a0]?(?:m²|%|€|°|(?:m2?|km|ha|a|ca|ares?|eur(?:os?)?|ans?|jaar|h|u|uur|kwh|x|janv(?:ier)?|januari|jan|f[ée]v(?:rier)?|februari|feb|mars|maart|mrt|avr(?:il)?|april|apr|mai|mei|juin|juni|jun|juil(?:let)?|juli|jul|ao[uû]t|augustus|aug|sept(?:embre|ember)?|sep|oct(?:obre|ober)?|okt(?:ober)?|nov(?:embre|ember)?|d[ée]c(?:embre|ember)?)(?![a-zà-ÿ]))`,
};

/** A currency right after a number. */
const PRICE_AFTER = /^[ \u00a0\u202f]?(?:€|eur)/i;

/** After the number: letter or bis/ter, then a box ("bus 3", "bte 12", "boîte 4"). Bounded, linear. */
const NUMBER_TAIL: Pattern = {
  flags: 'y',
  source: String.raw`(?:[a-zA-Z](?![a-zA-Zà-ÿ]))?(?:[ \u00a0]?(?:bis|ter)(?![a-z]))?(?:[ \u00a0]*[,\/]?[ \u00a0]*(?:bus|bte|bo[îi]te|bt|box|app|apt|appartement)\.?[ \u00a0]*\d{1,4}[A-Za-z]?)?`,
};

/** Postcode and city ("Den Haag", "La Louvière": an article may come first), possibly after a comma, a dash or one line break. */
const POSTCODE_CITY: Pattern = {
  flags: 'y',
  source: String.raw`[ \u00a0]*(?:[,\-–][ \u00a0]*|(?:à|a|te)[ \u00a0]+|\r?\n[ \t]*)?(?:(?:B|L|F|NL)[ -]?)?(?:[1-9]\d{3}(?:[ \u00a0]?[A-Z]{2}(?![A-Za-zÀ-ÿ]))?|\d{5})[ \u00a0]+(?:(?:Den|De|La|Le|Les|Het|Sint|Saint)[ \u00a0])?[A-ZÀ-Ý][A-Za-zÀ-ÿ'’]*(?:-[A-Za-zÀ-ÿ'’]+){0,4}(?:[ \u00a0]+\([A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{1,30}\))?`,
};

/** A street type right after a house number ("12, rue …", "12 avenue …"). */
const TYPE_AHEAD: Pattern = {
  flags: 'iy',
  source: String.raw`,?[ \u00a0]+(?:rue|avenue|av\.|boulevard|bd|chauss[ée]e|place|chemin|all[ée]e|clos|impasse|quai|square|dr[èe]ve|sentier|route)(?![a-zà-ÿ])`,
};

/** First two letters (a–z, case-folded) of the street words TYPE_AHEAD accepts: ru, av, bo, bd, ch… */
const TYPE_AHEAD_PAIRS: Uint8Array = (() => {
  const t = new Uint8Array(26 * 26);
  for (const w of ['ru', 'av', 'bo', 'bd', 'ch', 'pl', 'al', 'cl', 'im', 'qu', 'sq', 'dr', 'se', 'ro']) t[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] = 1;
  return t;
})();

/** Whether the word at `at` starts with the first two letters of a TYPE_AHEAD street word. */
function startsStreetType(text: string, at: number): boolean {
  const a = (charCode(text, at) | 32) - 97;
  const b = (charCode(text, at + 1) | 32) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && TYPE_AHEAD_PAIRS[a * 26 + b] === 1;
}

const MAX_WORDS = 8;
const ADDRESS_HIGH = tag('postal-address', 'high');
const ADDRESS_MEDIUM = tag('postal-address', 'medium');
/** The words that decide an address: residence, property, and the closing of a mail (which stops the reading). */
const ADDRESS_WORDS = bit(Kw.Residence) | bit(Kw.Property) | bit(Kw.Phrase);
/** Keywords of a person's identity: an address among them is that person's. */
const IDENTITY = bit(Kw.NationalNumber) | bit(Kw.IdCard) | bit(Kw.Birth);

/**
 * Cheap gate on the digit run text[s, e) before it is parsed: a first group addressAtRun accepts
 * (1 to 4 digits, not starting with 0), then a capitalised word right before it ("Loi 16",
 * "Kerkstraat 12", "Loi, 16") or a street type initial after it ("12, rue", "12 avenue").
 */
export function mayBeHouseNumber(text: string, s: number, e: number): boolean {
  if ((text.charCodeAt(s) | 0) === 48 || (s + 4 < e && isDigit(text.charCodeAt(s + 1) | 0) && isDigit(text.charCodeAt(s + 2) | 0) && isDigit(text.charCodeAt(s + 3) | 0) && isDigit(text.charCodeAt(s + 4) | 0))) return false;
  // After it (a few char reads, so tested first): the first two letters of a French street type ("12, rue", "12 avenue").
  const c = charCode(text, e);
  if ((c === 44 || isHSpace(c)) && startsStreetType(text, c === 44 ? e + 2 : e + 1)) return true;
  // A capitalised word after it: an English street ("27 Cranbrook Road").
  if (c === 32 && isAsciiUpper(charCode(text, e + 1)) && isAsciiLower(charCode(text, e + 2))) return true;
  let i = spacesBefore(text, s);
  if (i === s) return false;
  if (charCode(text, i - 1) === 58) return fieldStreet(text, s) >= 0; // "N° : 38" under "Rue : Rue des Vignes"
  if (charCode(text, i - 1) === 44) i--;
  // The word before: letters, apostrophes and hyphens (KIND 1 and 4), at most 30 characters.
  let ws = i;
  const limit = Math.max(0, i - 30);
  while (ws > limit && (KIND[(text.charCodeAt(ws - 1) | 0)] === 1 || KIND[(text.charCodeAt(ws - 1) | 0)] === 4)) ws--;
  return ws < i && isNameWord(text, ws);
}

/** A calendar entry's place field: where a viewing or a meeting is held, no one's address without a residence word. */
const PLACE_FIELD = new Set(['waar', 'locatie', 'plaats', 'lieu', 'emplacement', 'where', 'location']);

/** The address at `start` is the value of a calendar entry's place field ("Waar: Kerkstraat 14, 2500 Lier"). */
function meetingPlace(text: string, start: number): boolean {
  const colon = colonBefore(text, start);
  return colon >= 0 && PLACE_FIELD.has(fieldLabel(text, colon));
}

/** The ":" before a field's value at `value` (spaces between), or -1. */
function colonBefore(text: string, value: number): number {
  let i = value;
  while (isHSpace(charCode(text, i - 1))) i--;
  return charCode(text, i - 1) === 58 ? i - 1 : -1;
}

/** A form's labels, one field per line: the street, its number, then the box, postcode and city. */
const STREET_FIELD = new Set(['rue', 'straat', 'adresse', 'adres', 'address', 'street', 'voie']);
const NUMBER_FIELD = new Set(['n°', 'no', 'nr', 'nr.', 'numero', 'nummer', 'huisnummer', 'number']);
const PART_FIELD = new Set([
  'boite', 'bte', 'bus', 'box', 'code postal', 'cp', 'postcode', 'zip', 'localite', 'commune', 'ville', 'gemeente',
  'woonplaats', 'plaats', 'city', 'town',
]);
/** Longest label read before a form field's ":". */
const MAX_LABEL = 16;

/** The folded label of the "Label : value" line whose ":" is at `colon` ("" when the line holds more before it). */
function fieldLabel(text: string, colon: number): string {
  const ls = lastIndexIn(text, 10, colon - MAX_LABEL - 1, colon) + 1;
  if (ls === 0 && colon > MAX_LABEL) return '';
  return stripAccents(text.slice(ls, colon).trim().toLowerCase());
}

/**
 * A contact card's address, one field per line, as a CRM prints it ("Rue : Rue des Vignes⏎N° : 38⏎Boîte :⏎Code postal :
 * 4020⏎Localité : Jupille"): for the house number at `num` after its "N° :" label, the start of the street's value on the
 * line above, or -1.
 */
function fieldStreet(text: string, num: number): number {
  const colon = colonBefore(text, num);
  const ls = lastIndexIn(text, 10, colon - MAX_LABEL - 1, colon) + 1;
  if (colon < 0 || ls === 0 || !NUMBER_FIELD.has(fieldLabel(text, colon))) return -1;
  // The line above: "Rue : <street>", the street without a number.
  const above = lastIndexIn(text, 10, ls - 120, ls - 1) + 1;
  const sep = indexIn(text, 58, above, ls - 1);
  if (sep < 0 || !STREET_FIELD.has(fieldLabel(text, sep))) return -1;
  let v = sep + 1;
  while (isHSpace(charCode(text, v))) v++;
  for (let k = v; k < ls - 1; k++) if (isDigit(text.charCodeAt(k) | 0)) return -1;
  return isUpper(charCode(text, v)) ? v : -1;
}

/** End of the box, postcode and city fields on the lines after a house number's field ending at `end`. */
function partFieldsEnd(text: string, end: number): number {
  let last = end;
  for (let n = 0, ls = end; n < 4; n++) {
    if (charCode(text, ls) === 13) ls++;
    if (charCode(text, ls) !== 10) break;
    ls++;
    const sep = indexIn(text, 58, ls, ls + MAX_LABEL + 1);
    if (sep < 0 || !PART_FIELD.has(fieldLabel(text, sep))) break;
    let le = sep + 1;
    while (le < text.length && text.charCodeAt(le) !== 10 && le - sep < 60) le++;
    ls = le;
    while (le > sep + 1 && (isHSpace(charCode(text, le - 1)) || charCode(text, le - 1) === 13)) le--;
    if (le > sep + 1) last = le;
  }
  return last;
}

/** Start of the spaces before a house number: one, or up to three as OCR and PDF copies leave them ("Sauvenière  118"). */
function spacesBefore(text: string, num: number): number {
  let i = num;
  while (num - i < 3 && isHSpace(charCode(text, i - 1))) i--;
  if (i === num && charCode(text, i - 1) === 10) {
    // A PDF's copy breaks the line between a one-word street and its number ("Naamsestraat⏎112 bus 3").
    const b = charCode(text, i - 2) === 13 ? i - 2 : i - 1;
    const ws = wordStartBefore(text, b, 40);
    if (ws < b && suffixClass(STREET_SUFFIXES, text, ws, b) >= 0) return b;
  }
  return i;
}

/** "3011 AB" after "Rotterdam" (a city ending like a street: "-dam"): four digits and two capitals are a Dutch postcode. */
function isDutchPostcode(text: string, s: number, e: number): boolean {
  const i = isHSpace(charCode(text, e)) ? e + 1 : e;
  return e - s === 4 && isAsciiUpper(charCode(text, i)) && isAsciiUpper(charCode(text, i + 1)) && !isLetter(charCode(text, i + 2));
}

/** Adds a postal-address candidate when the run's first group is a house number in a personal address. */
export function addressAtRun(st: ScanState, run: Run): void {
  const text = st.text;
  // Not a date's day ("[Note CRM 13.05.2020]", "ETAT DES LIEUX 16/04/2020").
  if (run.len(0) > 4 || run.dig[0] === 0 || run.isDateAt(0)) return;
  // "rue de Dave 278 000 €": the number is a price's thousands.
  if (run.count > 1 && run.len(1) === 3 && isHSpace(run.sep[0]!) && PRICE_AFTER.test(text.slice(run.gEnd[1]!, run.gEnd[1]! + 5))) return;
  let numEnd = run.gEnd[0]!;
  // "12-14", "12/3": a range or a box written with the number.
  if (run.count > 1 && (run.sep[0] === 45 || run.sep[0] === 47) && run.len(1) <= 3) numEnd = run.gEnd[1]!;
  if (isDutchPostcode(text, run.start, numEnd)) return;
  let start = streetBefore(text, run.start);
  let end = numEnd;
  const field = start < 0 ? fieldStreet(text, run.start) : -1;
  if (field >= 0) {
    start = field;
    end = partFieldsEnd(text, numEnd);
  } else if (start < 0) {
    // "V-4402 Rue de la Montagne 58": the number ends a reference, the house number comes after the street.
    if (charCode(text, run.start - 1) === 45 && KIND[charCode(text, run.start - 2)] === 1) return;
    end = streetAfter(st, numEnd);
    if (end < 0) end = englishStreetAfter(text, numEnd);
    if (end < 0) {
      // "Meir 24, 2000 Antwerpen", "Kouter 17\n9000 Gent": a one-word street at a line start or after ", ", ": ", "– ",
      // when a postcode and city follow (the street words above are missing).
      start = oneWordStreet(st, run.start, numEnd);
      if (start < 0) return;
      end = numEnd;
    } else start = run.start;
  }
  const notHouse = st.re(NOT_HOUSE_NUMBER);
  notHouse.lastIndex = numEnd;
  if (notHouse.test(text) && !letterA(text, numEnd, notHouse.lastIndex)) return;
  // The words right before decide most addresses; a clause further back decides the others.
  // Read before the tail and city (they only extend the end): a property address stops here.
  let ctx = readContext(text, start, false, ADDRESS_WORDS);
  if (nearest(ctx) < 0) ctx = readContext(text, start, false, ADDRESS_WORDS, WIDE_WORDS, WIDE_WINDOW);
  let near = nearest(ctx);
  if (near === Kw.Phrase) near = -1; // "Bien à vous,": the mail above says nothing of the signature's address
  // A person's identity listed item by item: "geb. 27.10.1964, INSZ 64102726449, Pas 84, 2440 Geel".
  if (near < 0 && (present(ctx) & IDENTITY) !== 0 && charCode(text, start - 2) === 44) near = Kw.Residence;
  if (near === Kw.Property && (residenceBeforeAside(text, start) || livingIn(text, start - distance(ctx)) || LIVED_IN_AFTER.test(text.slice(numEnd, numEnd + 100)))) near = Kw.Residence;
  // "Home address in Italy (all letters go there until the deed): …": the aside names no property.
  else if (near < 0 && residenceBeforeAside(text, start)) near = Kw.Residence;
  if (near !== Kw.Residence && (personBefore(text, start) || personLineAbove(text, start))) near = Kw.Residence;
  if (near === Kw.Property || (near !== Kw.Residence && meetingPlace(text, start))) return;
  // Inside a sentence, only when the sentence goes on to call it an address ("Until then Via Saragozza 117, 40135 Bologna
  // stays her address").
  const inSentence = near !== Kw.Residence && !opensBlock(text, start);
  if (field < 0) {
    // The box, postcode and city after the number (a form's fields have been read above).
    if (start !== run.start) {
      const tail = st.re(NUMBER_TAIL);
      tail.lastIndex = numEnd;
      if (tail.test(text)) end = tail.lastIndex;
    }
    const city = st.re(POSTCODE_CITY);
    city.lastIndex = end;
    if (city.test(text)) end = city.lastIndex;
  }
  if (inSentence && !namedAddressAfter(text, end)) return;
  if (tableCell(text, start, end) || inSubjectLine(text, start) || propertySheet(text, start, end) || listingCodeBefore(text, start) || inCommunication(text, start)) return;
  if (near === Kw.Residence || inSentence) st.add(start, end, ADDRESS_HIGH);
  else if (!propertyFollows(text, end)) st.add(start, end, ADDRESS_MEDIUM);
}

/**
 * The "a" read as ares at [numEnd, unitEnd) is a house number's letter ("Biltstraat 112A,") or "à" typed without its
 * accent before a place ("rue de Dave 96 a Jambes"), not ares ("8a 78ca", "6 a 20 ca").
 */
const letterA = (text: string, numEnd: number, unitEnd: number): boolean =>
  (unitEnd === numEnd + 1 && charCode(text, numEnd) === 65) ||
  (unitEnd === numEnd + 2 && charCode(text, numEnd + 1) === 97 && charCode(text, unitEnd) === 32 && isUpper(charCode(text, unitEnd + 1)));

/** Verbs of living in a place ("adresse" and the other residence nouns are not: "Adresse du bien : …"). */
const LIVING = buildTrie([
  [
    'domicilie', 'domiciliee', 'domicilies', 'domiciliees', 'domicile', 'demeurant', 'demeure', 'demeurent', 'habite', 'habitent',
    'habitons', 'habitez', 'habiter', 'vit', 'vivent', 'vivons', 'louent', 'louons', 'woont', 'wonen', 'woon', 'huurt', 'huren',
    'gedomicilieerd', 'woonachtig', 'lives', 'live', 'living', 'resides', 'residing', 'rents', 'renting',
    // moving into it: "verhuizen naar hun nieuwe appartement, …", "déménagent dans leur nouvel appartement, …"
    'verhuizen', 'verhuist', 'verhuisd', 'demenagent', 'demenage', 'demenager', 'moving', 'moved', 'moves',
  ],
]);
/** "huur" is the verb only after "ik" ("Ik huur nu een studio"); elsewhere it is the rent ("de huur van het appartement"). */
const RENT = buildTrie([['huur']]);
const FIRST_PERSON = buildTrie([['ik']]);
/** Words that deny the living: "n'habitent plus la maison", "woont niet meer in het pand". */
const NOT = buildTrie([['pas', 'plus', 'jamais', 'niet', 'nooit', 'meer', 'not', 'no', 'longer', 'never']]);

/**
 * The sentence goes on to say someone lives at the property: "Vendent leur maison Rue du Try 7, 1325 Chaumont-Gistoux
 * où ils habitent", "… waar ze nog wonen", "… where they live".
 */
const LIVED_IN_AFTER = /^[^.;!?\n]{0,60}?[\s,](?:où|waar|where) +(?:il|elle|ils|elles|je|nous|on|hij|zij|ze|ik|wij|we|he|she|they|i)(?: +\p{L}+)? +(?:habit|vi[tv]|résid|demeur|woon|wonen|liv)/iu;

/**
 * The property word ending at `end` is where someone lives or moves, a verb of living or moving at most five words
 * before it: "domiciliée dans le bien, …", "Nous habitons l'appartement du deuxième étage, …", "huurt sinds juli een
 * appartement, …", "verhuizen op 15 november naar hun nieuwe appartement, …".
 */
function livingIn(text: string, end: number): boolean {
  let we = wordStartBefore(text, end, 30);
  for (let w = 0; w < 6; w++) {
    // Spaces, apostrophes, and a date's day: "verhuizen op 15 november naar hun nieuwe appartement".
    while (we > 0 && (isHSpace((text.charCodeAt(we - 1) | 0)) || isApostrophe((text.charCodeAt(we - 1) | 0)) || isDigit((text.charCodeAt(we - 1) | 0)))) we--;
    const ws = wordStartBefore(text, we, 30);
    if (ws === we) return false;
    if (wordClass(NOT, text, ws, we) >= 0) return false;
    // "Ik huur nu een studio in de …": the verb, not the rent ("de huur van het appartement").
    if (wordClass(LIVING, text, ws, we) >= 0 || (wordClass(RENT, text, ws, we) >= 0 && wordClass(FIRST_PERSON, text, wordStartBefore(text, ws - 1, 4), ws - 1) >= 0)) return true;
    we = ws;
  }
  return false;
}

/**
 * The property word is in an aside between a residence word and the address: "Ons adres vanaf 1 oktober (appartement
 * gekocht, akte 26/09): Lierselei 58", "Adresse (appartement au 2e étage) : Rue …". Not "Te koop (appartement) : …".
 */
function residenceBeforeAside(text: string, start: number): boolean {
  let i = start;
  // Spaces, ":", ",", or a line break: a form's question above its answer ("Votre adresse de domicile (si différente du
  // bien)⏎Rue …").
  const gap = (c: number): boolean => isHSpace(c) || c === 10 || c === 13 || c === 58 || c === 44;
  while (i > 0 && start - i < 4 && gap(charCode(text, i - 1))) i--;
  if (charCode(text, i - 1) !== 41) return false;
  const open = lastIndexIn(text, 40, i - 60, i - 1);
  if (open < 0) return false;
  // The clause before it, as for the address itself: "Nouvelle adresse de M. à partir du 01/01/2026 (…) : …".
  let ctx = readContext(text, open, false, ADDRESS_WORDS);
  if (nearest(ctx) < 0) ctx = readContext(text, open, false, ADDRESS_WORDS, WIDE_WORDS, WIDE_WINDOW);
  return nearest(ctx) === Kw.Residence;
}

const ADDRESS_LABEL = buildTrie([['adres', 'adresse', 'address']]);
/** A listing's fields: its price or rent. */
const PRICE_FIELD = buildTrie([['prix', 'loyer', 'prijs', 'huurprijs', 'vraagprijs', 'huur', 'price', 'rent']]);

/**
 * The address is a property sheet's field: a bare address label opens its line and the next line opens with the price
 * or the rent ("Adres: Tiensesteenweg 148 bus 3, 3010 Kessel-Lo⏎Huurprijs: € 925/maand"), as CRMs and listings print a
 * property. A person's record goes on with a phone, a mail, a birth date.
 */
function propertySheet(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (isHSpace((text.charCodeAt(i - 1) | 0)) || charCode(text, i - 1) === 58)) i--;
  const ws = wordStartBefore(text, i, 20);
  const before = ws > 0 ? (text.charCodeAt(ws - 1) | 0) : 10;
  if ((before !== 10 && before !== 13) || wordClass(ADDRESS_LABEL, text, ws, i) < 0) return false;
  let n = indexIn(text, 10, end, end + 80);
  if (n < 0) return false;
  while (isHSpace(charCode(text, ++n)));
  const we = wordEndAfter(text, n, 20);
  return (charCode(text, we) === 58 || charCode(text, we + 1) === 58) && wordClass(PRICE_FIELD, text, n, we) >= 0;
}

/** A mail's subject label. */
const SUBJECT = buildTrie([['objet', 'onderwerp', 'subject', 'betreft', 'concerne', 'sujet']]);

/**
 * The address is on a mail's subject line ("Onderwerp: Kandidaat-huurders Sint-Pietersnieuwstraat 118/3"): a file's
 * property, whatever word comes between.
 */
function inSubjectLine(text: string, start: number): boolean {
  let ls = start;
  while (ls > 0 && start - ls < 120 && text.charCodeAt(ls - 1) !== 10) ls--;
  while (isHSpace(charCode(text, ls)) || charCode(text, ls) === 62) ls++; // a quoted reply's "> "
  const we = wordEndAfter(text, ls, 12);
  let c = we;
  while (isHSpace(charCode(text, c))) c++;
  // "Onderwerp:", or a header table's "Sujet<TAB>Fwd: …"; Roundcube's window title ("Roundcube Webmail :: <subject>").
  return ((charCode(text, c) === 58 || charCode(text, we) === 9) && wordClass(SUBJECT, text, ls, we) >= 0) || text.startsWith('Roundcube Webmail ::', ls);
}

/** Table cells' separators: tab, ";", "|". */
const isCellSeparator = (c: number): boolean => c === 9 || c === 59 || c === 124;

/**
 * The address is a cell of a table row (tabs, ";" or "|" between its cells, two or more on its line): the table's,
 * whose header decides (tables.ts), not the words of the header line above ("Rekening huurder", "Huurder;Pand;Adres
 * huurder"). A label's cell before it ("Adres:<TAB>Kerkstraat 5") is read as usual, and so is an address across cells
 * ("Straat<TAB>Kerkstraat<TAB>Nr<TAB>5").
 */
function tableCell(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 34)) i--; // spaces, a quoted cell's quote
  let sep = i > 0 ? (text.charCodeAt(i - 1) | 0) : 10;
  let k = start;
  if (sep === 10 || sep === 13) {
    // A line's first cell: the separator after it.
    while (k < text.length && k - end < 200 && !isCellSeparator(text.charCodeAt(k) | 0) && text.charCodeAt(k) !== 10) k++;
    sep = k >= end ? charCode(text, k) : 0;
  }
  if (!isCellSeparator(sep) || indexIn(text, sep, start, end) >= 0) return false;
  // Two separators or more on the line (read 300 characters each way at most), and the line above a row or header of
  // the same table (not a signature's "Rue … | 081 30 45 67 | TVA …" under its firm's name, nor under "Makelaar BIV … |
  // Century 21 …": a "|" table's line above holds two bars too; a CSV's may be a quoted cell's last line).
  const above = sep === 124 ? 2 : 1;
  const ls = lastIndexIn(text, 10, start - 300, start) + 1;
  if (ls === 0) return false;
  const le = indexIn(text, 10, end, end + 300);
  if (separatorsIn(text, sep, ls, le < 0 ? Math.min(text.length, end + 300) : le) < 2) return false;
  return separatorsIn(text, sep, lastIndexIn(text, 10, ls - 301, ls - 1) + 1, ls - 1) >= above;
}

/** Cell separators `sep` in text[from, to), a run of them counted once (tabs that align a label's value). */
function separatorsIn(text: string, sep: number, from: number, to: number): number {
  let n = 0;
  for (let j = Math.max(from, 0); j < to; j++) if (text.charCodeAt(j) === sep && text.charCodeAt(j - 1) !== sep) n++;
  return n;
}

/** A notary's or lawyer's office, named after its partners ("Étude Dessy & Grégoire", "Notariskantoor Verhaegen"). */
const OFFICES = buildTrie([['etude', 'notariskantoor', 'notariaat', 'cabinet', 'advocatenkantoor', 'kantoor']]);
/** Professions named with their town between a person and their office's address ("…, notaire à Rixensart, Rue …"). */
const PROFESSIONS = buildTrie([['notaire', 'notaris', 'avocat', 'avocate', 'advocaat', 'huissier', 'geometre', 'landmeter', 'architecte', 'architect']]);
const IN_TOWN = buildTrie([['a', 'te', 'in']]);

/**
 * A person's name right before the address and a comma or colon: "Mme Monique Lecocq, Avenue …", "Francis Wauthier,
 * Rue …", "M. Nowicki : Rue …" (an honorific, or a known first name, among the capitalised words), or a notary's or
 * lawyer's office ("Étude Dessy & Grégoire, Rue …"); or their firm in between, as a signature runs on ("mevr. Ellen
 * Goossens, Century 21 Primogest Leuven, Bondgenotenlaan 96") or their profession and town ("Maître Caroline Feyaerts,
 * notaire à Rixensart, Rue de Messidor 7"). Not any firm's "Century 21 Primogest, …" alone.
 */
function personBefore(text: string, start: number, firm = true): boolean {
  const sep = charCode(text, start - 2);
  if (charCode(text, start - 1) !== 32 || (sep !== 44 && sep !== 58)) return false;
  let we = sep === 58 && charCode(text, start - 3) === 32 ? start - 3 : start - 2;
  // A role in brackets after the name: "Marc Henrotin (frère), Rue …".
  if (charCode(text, we - 1) === 41) {
    const open = lastIndexIn(text, 40, we - 25, we - 1);
    if (open > 0 && charCode(text, open - 1) === 32) we = open - 1;
  }
  let firstName = false;
  for (let w = 0; w < 4; w++) {
    if (firm && isDigit(charCode(text, we - 1))) {
      while (isDigit(charCode(text, we - 1))) we--; // "Century 21"
      if (charCode(text, we - 1) !== 32) return false;
      we--;
    }
    const ws = wordStartBefore(text, we, 30);
    // The segment before is the firm's: the person may sit one comma further back.
    if (ws === we) return firstName || (firm && w > 0 && charCode(text, we - 1) === 44 && personBefore(text, we + 1, false));
    // "notaire" is an honorific too ("notaire Dubois") and a profession after a name ("Anne Lejeune, notaire, Rue …").
    if (wordClass(ANCHORS, text, ws, we) === Anchor.Honorific) return w > 0 || (firm && professionAfterPerson(text, w, ws, we));
    if (!isUpper((text.charCodeAt(ws) | 0))) return firstName || (firm && professionAfterPerson(text, w, ws, we));
    if (wordClass(FIRST_NAME, text, ws, we) >= 0) firstName = true;
    if (w > 0 && wordClass(OFFICES, text, ws, we) >= 0) return true;
    if (charCode(text, ws - 1) !== 32) return firstName;
    we = ws - 1;
    if (charCode(text, we - 1) === 38 && charCode(text, we - 2) === 32) we -= 2; // "Dessy & Grégoire"
    if (charCode(text, we - 1) === 46) we--; // "M. Dupont"
  }
  return firstName;
}

/**
 * The lowercase word [ws, we), the `w`-th read back from the address, ends a profession written after a person's name
 * and ", ": "…, notaire, Chaussée …" (the profession itself) or "…, notaire à Rixensart, Rue …" (its "à").
 */
function professionAfterPerson(text: string, w: number, ws: number, we: number): boolean {
  if (w === 0) return wordClass(PROFESSIONS, text, ws, we) >= 0 && personBefore(text, ws, false);
  if (w !== 1 || wordClass(IN_TOWN, text, ws, we) < 0 || charCode(text, ws - 1) !== 32) return false;
  const ps = wordStartBefore(text, ws - 1, 20);
  return ps < ws - 1 && wordClass(PROFESSIONS, text, ps, ws - 1) >= 0 && personBefore(text, ps, false);
}

/**
 * A letter's address block: the street opens its line, right under a line holding only a person's name ("Thomas
 * Verhaeghe", "Monsieur Yannick MUKENDI KALALA": two to five capitalised words, one of them a known first name or the
 * first an honorific). The address is theirs, whatever the subject line says of a property.
 */
function personLineAbove(text: string, start: number): boolean {
  let b = start;
  while (b > 0 && isHSpace((text.charCodeAt(b - 1) | 0))) b--;
  if (charCode(text, b - 1) !== 10) return false;
  let we = b - 1;
  if (charCode(text, we - 1) === 13) we--;
  while (we > 0 && isHSpace((text.charCodeAt(we - 1) | 0))) we--;
  let person = false;
  for (let w = 0; w < 5; w++) {
    const ws = wordStartBefore(text, we, 30);
    if (ws === we) return false;
    const honorific = wordClass(ANCHORS, text, ws, we) === Anchor.Honorific;
    if (!isUpper((text.charCodeAt(ws) | 0)) && wordClass(STREET_WORDS, text, ws, we) !== PARTICLE) return false;
    if (honorific || wordClass(FIRST_NAME, text, ws, we) >= 0) person = true;
    let i = ws;
    while (i > 0 && isHSpace((text.charCodeAt(i - 1) | 0))) i--;
    const c = i > 0 ? text.charCodeAt(i - 1) | 0 : 10;
    if (c === 10 || c === 13) return person && w > 0;
    if (i === ws) return false;
    we = c === 46 ? i - 1 : i; // "M. Dupont"
  }
  return false;
}

/**
 * Start of a one-word street name right before the house number at `num`, or -1: at a line start or after ", " /
 * ": " / "– " when a postcode and city follow; or right after a residence word ("Ze woont nu Kapucijnenvoer 19 in
 * Leuven") when the clause ends after the number (no "Namur 3 jours").
 */
function oneWordStreet(st: ScanState, num: number, numEnd: number): number {
  const text = st.text;
  if (!isHSpace(charCode(text, num - 1))) return -1;
  const we = num - 1;
  const last = wordStartBefore(text, we, 30);
  if (we - last < 3 || !isUpper((text.charCodeAt(last) | 0))) return -1;
  let ws = last;
  let b = ws;
  while (isHSpace(charCode(text, b - 1))) b--;
  let c = b > 0 ? (text.charCodeAt(b - 1) | 0) : 10;
  // Two capitalised words opening their line: "Coupure Links 212, 9000 Gent" (only with the postcode and city after).
  let two = false;
  if (b === ws - 1 && isLetter(c)) {
    const first = wordStartBefore(text, b, 30);
    const c2 = first > 0 ? (text.charCodeAt(first - 1) | 0) : 10;
    if (b - first >= 3 && isUpper((text.charCodeAt(first) | 0)) && (c2 === 10 || c2 === 13) && streetWord(text, first, b)) {
      two = true;
      ws = first;
      c = c2;
    }
  }
  const opens = c === 10 || c === 13 || ((c === 44 || c === 58 || c === 0x2013) && b < ws) || (c === 62 && quoteMarks(text, b - 1));
  // In a sentence, a residence word a few words before: "wonen nu nog in de Puitvoet 14, 9100 Sint-Niklaas".
  if (!opens && !(isLetter(c) && nearest(readContext(text, ws, false, bit(Kw.Residence), 5, 40)) === Kw.Residence)) return -1;
  if (!streetWord(text, last, we)) return -1;
  const tail = st.re(NUMBER_TAIL);
  tail.lastIndex = numEnd;
  const afterTail = tail.test(text) ? tail.lastIndex : numEnd;
  const city = st.re(POSTCODE_CITY);
  city.lastIndex = afterTail;
  if (city.test(text)) return ws;
  return !opens && !two && endsClauseAt(text, afterTail) ? ws : -1;
}

/** Whether the ">" at `gt` is a quoted reply's marker: only ">" and spaces between it and its line's start. */
function quoteMarks(text: string, gt: number): boolean {
  let i = gt;
  while (i > 0 && (charCode(text, i - 1) === 62 || isHSpace(charCode(text, i - 1)))) i--;
  return i === 0 || charCode(text, i - 1) === 10 || charCode(text, i - 1) === 13;
}

/** A word that can name a street without a street word: no name word, first name or keyword ("Agence BIV 326"). */
const streetWord = (text: string, ws: number, we: number): boolean =>
  wordClass(NAME_WORDS, text, ws, we) < 0 && wordClass(FIRST_NAME, text, ws, we) < 0 && wordClass(CONTEXT_TRIE, text, ws, we) < 0;

const PLACE_WORDS = buildTrie([['in', 'te', 'a', 'en', 'op']]);

/** Whether the clause ends at `i` or a place follows: ",", ".", ";", ")", a line break, the text's end, "in", "te", "à". */
function endsClauseAt(text: string, i: number): boolean {
  const c = charCode(text, i);
  if (c === 0 || c === 44 || c === 46 || c === 59 || c === 41 || c === 10 || c === 13) return true;
  if (!isHSpace(c)) return false;
  const we = wordEndAfter(text, i + 1, 3);
  return wordClass(PLACE_WORDS, text, i + 1, we) >= 0 && isHSpace(charCode(text, we));
}

/** Start of the street name that ends right before the house number at `num`, or -1. */
function streetBefore(text: string, num: number): number {
  let i = spacesBefore(text, num);
  if (i === num) return -1;
  if (charCode(text, i - 1) === 44) i--; // "rue de la Loi, 16"
  // Cheap gate: street names are capitalised right before the number ("Loi 16", "Louise 54",
  // "Kerkstraat 12", "Markt 7"); most numbers in a text ("habitable 254", "le 12") fail here.
  const lastWordStart = wordStartBefore(text, i, 40);
  if (lastWordStart === i || !isNameWord(text, lastWordStart)) return -1;
  let names = 0;
  // The word after the one read ("à" joins two names, "Rue du Moulin à Vent", never a street type to one: "passage à DocShare").
  let afterA = false;
  for (let w = 0; w < MAX_WORDS; w++) {
    if (charCode(text, i - 1) === 46) i--; // "av. Louise", "St. Michel"
    const we = i;
    // The first word is the one the gate above read (no "." can end it).
    const ws = w === 0 ? lastWordStart : wordStartBefore(text, we, 40);
    if (ws === we) return -1;
    if (w === 0 && suffixClass(STREET_SUFFIXES, text, ws, we) >= 0) return namedAfterPerson(text, ws);
    const role = wordClass(STREET_WORDS, text, ws, we);
    // Italian "Via Saragozza 117", not the word "via" ("envoyé via WhatsApp 3 fois").
    if (role === LEADING && we - ws === 3 && (text.charCodeAt(ws) | 0) === 118) return -1;
    // "Grote Markt 7"; or the type word alone, capitalised, as the street's whole name: "Markt 14", "Plein 3".
    if (role === TRAILING && w === 0) {
      const names = namesBefore(text, ws);
      return names >= 0 || !isUpper((text.charCodeAt(ws) | 0)) ? names : ws;
    }
    // A capitalised street type right before the number is the street's name: "Rue de la Chaussée 44".
    const typeAsName = role === LEADING && w === 0 && isUpper((text.charCodeAt(ws) | 0));
    if (!typeAsName && (role === LEADING || role === TRAILING)) return names > 0 && !afterA ? ws : -1;
    if (isNameWord(text, ws)) names++;
    else if (role !== PARTICLE) return -1;
    afterA = we - ws === 1 && ((text.charCodeAt(ws) | 32) === 97 || text.charCodeAt(ws) === 0xe0);
    i = ws;
    const c = charCode(text, i - 1);
    if (isHSpace(c)) i--;
    else if (c === 10 && wrappedStreet(text, i - 1)) i -= (text.charCodeAt(i - 2) | 0) === 13 ? 2 : 1;
    else return -1;
  }
  return -1;
}

/**
 * Whether the line ending at the break `nl` ends with a street type, a particle, or a street type and a capitalised word:
 * a street name wrapped ("Avenue de⏎l'Observatoire 212", "Avenue Jean⏎Materne 148", as a PDF's copy breaks lines).
 */
function wrappedStreet(text: string, nl: number): boolean {
  const we = charCode(text, nl - 1) === 13 ? nl - 1 : nl;
  const ws = wordStartBefore(text, we, 20);
  const role = ws < we ? wordClass(STREET_WORDS, text, ws, we) : -1;
  if (role === LEADING || role === PARTICLE) return true;
  if (role >= 0 || ws === we || !isUpper((text.charCodeAt(ws) | 0)) || !isHSpace(charCode(text, ws - 1))) return false;
  const ps = wordStartBefore(text, ws - 1, 20);
  return ps < ws - 1 && wordClass(STREET_WORDS, text, ps, ws - 1) === LEADING;
}

/**
 * Start of the first names and particles before a street named after a person in one word with its suffix ("Frederik
 * de Merodestraat", "Jan Van Rijswijcklaan", "Lieven Gevaertstraat"), or of a qualifier ("Lange Gasthuisstraat",
 * "Oude Vaartplaats"); `ws` when there are none. Particles count only with a first name before them, so "in de
 * Kerkstraat" stays "Kerkstraat", and a surname ("Jan Peeters Kerkstraat") is not taken.
 */
function namedAfterPerson(text: string, ws: number): number {
  let start = ws;
  let i = ws;
  for (let w = 0; w < 4 && isHSpace(charCode(text, i - 1)); w++) {
    const we = i - 1;
    const s = wordStartBefore(text, we, 30);
    if (s === we) break;
    // A name's particles ("de", "Van"), not a sentence's words ("wonen Lotte en Yassine op Diestsesteenweg 214").
    if (wordClass(NAME_WORDS, text, s, we) !== NAME_PARTICLE) {
      if (!isUpper((text.charCodeAt(s) | 0)) || (wordClass(FIRST_NAME, text, s, we) < 0 && wordClass(QUALIFIERS, text, s, we) < 0)) break;
      start = s;
    }
    i = s;
  }
  return start;
}

/** Adjectives that open a Dutch street's name. */
const QUALIFIERS = buildTrie([['lange', 'korte', 'oude', 'nieuwe', 'grote', 'kleine', 'hoge', 'lage', 'heilige', 'noord', 'zuid', 'oost', 'west']]);

/** A capitalised word of a street name: "Loi", "Louise", or "d'Avroy", "l'Église". */
const isNameWord = (text: string, ws: number): boolean =>
  isUpper(charCode(text, ws)) || (isApostrophe(charCode(text, ws + 1)) && isUpper(charCode(text, ws + 2)));

/** "Grote Markt": the capitalised words (one or two) before a trailing street type; -1 if none. */
function namesBefore(text: string, typeStart: number): number {
  let start = -1;
  let i = typeStart;
  for (let w = 0; w < 2 && isHSpace((text.charCodeAt(i - 1) | 0)); w++) {
    const ws = wordStartBefore(text, i - 1, 30);
    if (ws === i - 1 || !isUpper((text.charCodeAt(ws) | 0))) break;
    start = ws;
    i = ws;
  }
  return start;
}

/** End of "[,] rue de la Paix" after a house number ending at `numEnd`, or -1. */
function streetAfter(st: ScanState, numEnd: number): number {
  const text = st.text;
  const c = charCode(text, numEnd);
  if (c !== 44 && !isHSpace(c)) return -1;
  // The first two letters of a TYPE_AHEAD street word ("2 salles", "4 ares" stop here, before the regex).
  if (!startsStreetType(text, c === 44 ? numEnd + 2 : numEnd + 1)) return -1;
  const ahead = st.re(TYPE_AHEAD);
  ahead.lastIndex = numEnd;
  if (!ahead.test(text)) return -1;
  let i = ahead.lastIndex;
  let end = -1;
  for (let w = 0; w < MAX_WORDS && isHSpace(charCode(text, i)); w++) {
    const ws = i + 1;
    const we = wordEndAfter(text, ws, 40);
    if (we === ws) break;
    if (isNameWord(text, ws)) end = we;
    else if (wordClass(STREET_WORDS, text, ws, we) !== PARTICLE) break;
    i = we;
  }
  return end;
}

/**
 * End of an English street after its house number ("27 Cranbrook Road": one to three capitalised words, then the
 * type, ending the clause: not "3 Bedroom Close to the station"), or -1.
 */
function englishStreetAfter(text: string, numEnd: number): number {
  if (charCode(text, numEnd) !== 32) return -1;
  let i = numEnd + 1;
  for (let w = 0; w < 4; w++) {
    if (!isAsciiUpper(charCode(text, i))) return -1;
    const we = wordEndAfter(text, i, 30);
    if (we - i < 2) return -1;
    const after = charCode(text, we);
    if (w > 0 && wordClass(ENGLISH_STREET_TYPES, text, i, we) >= 0) {
      const next = charCode(text, we + 1);
      return after === 32 && !(isAsciiUpper(next) || isDigit(next)) ? -1 : we;
    }
    if (after !== 32) return -1;
    i = we + 1;
  }
  return -1;
}

/** The ">" at `gt` closes an HTML line break or block tag ("<br>", "<br />", "<p>", "</div>"): a page's or editor's line. */
function breaksLine(text: string, gt: number): boolean {
  const lt = lastIndexIn(text, 60, gt - 8, gt);
  if (lt < 0) return false;
  const tag = text.slice(charCode(text, lt + 1) === 47 ? lt + 2 : lt + 1, gt).trim().toLowerCase();
  return tag === 'br' || tag === 'br/' || tag === 'p' || tag === 'div' || tag === 'li';
}

/**
 * Lowercase words of a signature's line: company legal forms ("Gestimmo srl – Quai de Rome 12") and job titles
 * ("Pascale Dethier, gestionnaire - Meuse Gestion SRL, Quai de Rome 31").
 */
const SIGNATURE_WORDS = buildTrie([
  // legal forms ("r", "l" of "S.à r.l.")
  ['srl', 'sa', 'sprl', 'scrl', 'sc', 'sas', 'sarl', 'r', 'l', 'asbl', 'bv', 'nv', 'bvba', 'cvba', 'vzw', 'gmbh', 'ltd'],
  [
    'gestionnaire', 'collaborateur', 'collaboratrice', 'assistant', 'assistante', 'conseiller', 'conseillere', 'directeur',
    'directrice', 'gerant', 'gerante', 'agent', 'agente', 'notaire', 'notaires', 'avocat', 'avocate', 'avocats', 'associes', 'syndic', 'clerc', 'comptable',
    'secretaire', 'makelaar', 'vastgoedmakelaar', 'medewerker', 'medewerkster', 'zaakvoerder', 'zaakvoerster', 'notaris', 'notarissen', 'advocaten', 'geassocieerde',
    'advocaat', 'dossierbeheerder', 'beheerder', 'bediende', 'adviseur', 'manager', 'immobilier', 'immobiliere',
    'expert', 'architecte', 'architecte-expert', 'geometre', 'geometre-expert', 'architect', 'landmeter', 'schatter',
    // the department or branch after the name ("Jens Verbeeck – verhuur – Century 21 Primogest Berchem, Statiestraat 88",
    // "Reyers Bank NV, kantoor Brugge – Smedenstraat 12")
    'verhuur', 'location', 'gerance', 'beheer', 'kantoor', 'agence', 'bureau', 'succursale', 'filiale',
  ],
]);

/**
 * The address opens its line or a field's value, or only capitalised words, numbers, dashes and legal forms precede it
 * there: a letter's address block, a signature ("Century 21 Primogest Liège – Boulevard d'Avroy 112").
 */
function opensBlock(text: string, start: number): boolean {
  for (let i = start - 1, n = 0; i >= 0 && n < 120; i--, n++) {
    const c = (text.charCodeAt(i) | 0);
    if (c === 10 || c === 13 || (c === 62 && breaksLine(text, i))) return true;
    if (c === 58 && isHSpace(charCode(text, i + 1))) return true; // a field's value ("Syndic tot 31/12/2025: Demerland BV, …")
    // A cell of a tab-separated row: the table's header decides (tables.ts); tabs alone before it indent a letter's block.
    if (c === 9) return indentOnly(text, i);
    // A lowercase word (its first letter): a sentence, unless it is a legal form, a job title or a particle ("Étude du
    // notaire Arnaud Kirsch – Place Didier 31").
    if (c >= 97 && c <= 122 && KIND[charCode(text, i - 1)] !== 1) {
      const we = wordEndAfter(text, i, 20);
      if (wordClass(SIGNATURE_WORDS, text, i, we) < 0 && wordClass(NAME_WORDS, text, i, we) !== NAME_PARTICLE) {
        // A contact line's e-mail address right before ("Katrien Vanhove, katrien@…, Nieuwstraat 8, 9200 Dendermonde").
        const email = emailStart(text, i);
        if (email < 0 || !SEPARATOR_ONLY.test(text.slice(emailEnd(text, i), start))) return false;
        i = email;
      }
    }
  }
  return start < 120;
}

/** What parts a contact line's items: a comma, a dash, a bar. */
const SEPARATOR_ONLY = /^ *[,–—|-]? *$/;

/** End of the e-mail address holding `i` (before a space or a comma; at most 100 on). */
function emailEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 100 && !isHSpace(text.charCodeAt(k) | 0) && text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== 10) k++;
  return k;
}

/** Start of the e-mail address holding `i` (its characters up to a space, at most 100 back, hold an "@"), or -1. */
function emailStart(text: string, i: number): number {
  let at = false;
  let k = i;
  for (; k > 0 && i - k < 100; k--) {
    const c = text.charCodeAt(k - 1) | 0;
    if (isHSpace(c) || c === 10 || c === 60) break;
    if (c === 64) at = true;
  }
  return at ? k : -1;
}

/** A transfer's free communication on the line before it ("COMMUNICATION : LOYER OKT APP RUE DE LA GARE 12/2"): a property. */
const COMMUNICATION = /(?:communication|mededeling|communicatie)\s*$/i;

function inCommunication(text: string, start: number): boolean {
  // The label's ":" at most 80 characters before, on the line (char tests first: most addresses have none).
  const colon = lastIndexIn(text, 58, start - 80, start);
  return colon > 0 && indexIn(text, 10, colon, start) < 0 && COMMUNICATION.test(text.slice(Math.max(0, colon - 16), colon));
}

/** A listing's code right before the street ("VK-0312 Heidebloemstraat 27", "V-4427 Chée de Bruxelles 341"): a property. */
function listingCodeBefore(text: string, start: number): boolean {
  let i = start;
  if (!isHSpace(charCode(text, i - 1))) return false;
  while (isHSpace(charCode(text, i - 1))) i--;
  if (!isDigit(charCode(text, i - 1))) return false;
  let hyphen = false;
  let k = i;
  for (; k > 0 && i - k < 20; k--) {
    const c = text.charCodeAt(k - 1) | 0;
    if (c === 45) hyphen = true;
    else if (!isDigit(c) && !isAsciiUpper(c)) break;
  }
  return hyphen && isAsciiUpper(charCode(text, k)) && !isLetter(charCode(text, k - 1));
}

/** Only tabs and spaces from the line's start to `i`. */
function indentOnly(text: string, i: number): boolean {
  while (i > 0 && isHSpace(text.charCodeAt(i - 1) | 0)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10;
}

const isLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** A property word among the next few words on the same line ("Rue … 12 — appartement 2 ch."). */
const propertyFollows = (text: string, end: number): boolean => keywordFollows(text, end, CONTEXT_TRIE, Kw.Property);

const ADDRESS_NOUNS = buildTrie([['adresse', 'adres', 'address', 'domicile', 'woonplaats']]);

/** The sentence goes on to call it an address: "Kerkstraat 5, 9000 Gent is ons nieuwe adres", "… stays her address". */
const namedAddressAfter = (text: string, end: number): boolean =>
  keywordFollows(text, end, ADDRESS_NOUNS, 0) && !propertyFollows(text, end);

/** Whether one of the next six words on the line starts a keyword of class `cls` in `trie`. */
function keywordFollows(text: string, end: number, trie: Trie, cls: number): boolean {
  let i = end;
  for (let w = 0; w < 6 && i < text.length; ) {
    const c = (text.charCodeAt(i) | 0);
    if (c === 10 || c === 13) return false;
    if (isLetterCode(c) || c >= 0xc0) {
      const k = keywordAt(trie, text, i, text.length);
      if (k >= 0 && (k & 255) === cls) return true;
      const we = wordEndAfter(text, i, 40);
      i = we > i ? we : i + 1;
      w++;
    } else i++;
  }
  return false;
}
