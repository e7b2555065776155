/** scan() on the identifiers of pii.md §1, in the context agents write them in, and on the traps. */
import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/detect/index.ts';
import { found } from './support.ts';

describe('validated identifiers are found with their type', () => {
  it.each([
    ['Numéro national : 62.11.03-145.77.', 'be-national-number', '62.11.03-145.77'],
    ['NN 79.04.22-331.17', 'be-national-number', '79.04.22-331.17'],
    ['rijksregisternummer 55120100936', 'be-national-number', '55120100936'],
    ['INSZ 03021412447', 'be-national-number', '03021412447'],
    ['n° national 01051906235', 'be-national-number', '01051906235'],
    ['NN: 08.09.07-188.56', 'be-national-number', '08.09.07-188.56'],
    ['registre national 90000001730', 'be-national-number', '90000001730'],
    ['BIS-nummer 78510524548', 'be-national-number', '78510524548'],
    ['numéro BIS 82230903130', 'be-national-number', '82230903130'],
    ['BIS 83.46.14-027.66', 'be-national-number', '83.46.14-027.66'],
    ['NISS 91300254066', 'be-national-number', '91300254066'],
    // A Belgian eID's machine-readable zone as OCR gives it: the national number glued to "BEL" and the check digit.
    ['IDBEL592387146<6236<<<<<<<<<<<\n9103144F2806147BEL910314162896\nDETHIER<<LAETITIA<MARIE<<<<<<<', 'be-national-number', '91031416289'],
    ["carte d'identité n° 591-2345678-29", 'be-eid-card', '591-2345678-29'],
    ['eID 592-1034576-55', 'be-eid-card', '592-1034576-55'],
    ['kaartnummer 600-0123987-31', 'be-eid-card', '600-0123987-31'],
    ['identiteitskaart 600 0123987 31', 'be-eid-card', '600 0123987 31'],
    // The card's abbreviations in CRM notes and forwarded mails.
    ['> kaartnr 600-0123987-31', 'be-eid-card', '600-0123987-31'],
    ['RRN: 86012717552\nID: 600-0123987-31', 'be-eid-card', '600-0123987-31'],
    ['C.I. 600 0123987 31', 'be-eid-card', '600 0123987 31'],
    ['got his E card at the commune (card no. 600-0123987-31)', 'be-eid-card', '600-0123987-31'],
    ['NN 01.03.22-134.53, CI 601-3349026-90', 'be-eid-card', '601-3349026-90'],
    ['NN 91082307142, CI n° 600-3917452-20', 'be-eid-card', '600-3917452-20'],
    ['CI nr. 600-3917452-20', 'be-eid-card', '600-3917452-20'],
    ['sur le compte 001-1234567-27', 'bank-account', '001-1234567-27'],
    ['rekeningnummer 001-1234567-27', 'bank-account', '001-1234567-27'],
    ['TVA BE0412345614', 'vat-number', 'BE0412345614'],
    ['Century 21, BE 0456.789.133', 'vat-number', 'BE 0456.789.133'],
    ['BCE 1002.003.070', 'vat-number', '1002.003.070'],
    ['ondernemingsnummer 0412345614', 'vat-number', '0412345614'],
    ['IBAN BE48 0011 2345 6727', 'iban', 'BE48 0011 2345 6727'],
    ['BE83363012345615', 'iban', 'BE83363012345615'],
    ['IBAN: be83363012345615', 'iban', 'be83363012345615'],
    ['NL44 RABO 0123 4567 89', 'iban', 'NL44 RABO 0123 4567 89'],
    ['FR76 3000 4012 3400 0123 4567 862', 'iban', 'FR76 3000 4012 3400 0123 4567 862'],
    ['LU84 0191 2345 6789 0123', 'iban', 'LU84 0191 2345 6789 0123'],
    ['n° de sécurité sociale : 185077800608426', 'fr-nir', '185077800608426'],
    ['NIR 2 69 05 99 123 456 62', 'fr-nir', '2 69 05 99 123 456 62'],
    ['BSN 111222333', 'nl-bsn', '111222333'],
    ['burgerservicenummer: 234567892', 'nl-bsn', '234567892'],
    ['sofinummer 234567892', 'nl-bsn', '234567892'],
    // "Sofie" is a first name, not the "sofi(nummer)" keyword: the digits after it are a phone
    ['Notaris Sofie Demeulenaere te Harelbeke (056 70 42 15)', 'phone', '056 70 42 15'],
    ['Het BSN op het formulier dat zij ons bezorgde is 111222333', 'nl-bsn', '111222333'],
    ['matricule 1985073012341', 'lu-national-id', '1985073012341'],
    ['CNS 1972031504247', 'lu-national-id', '1972031504247'],
    ['1990093012358', 'lu-national-id', '1990093012358'],
    ['passeport EH123456', 'passport', 'EH123456'],
    ['paspoortnummer SPECI2014', 'passport', 'SPECI2014'],
    ['n° de passeport 18AB12345', 'passport', '18AB12345'],
    ['passport no. 538274916, expiry 03/2031', 'passport', '538274916'],
    // A Dutch identity card's document number is a passport's.
    ['ik gebruik liever mijn identiteitskaart IH5R91LP2, geldig tot 2031', 'passport', 'IH5R91LP2'],
  ])('%s → %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  it('reads a Corsican NIR (department 2A)', () => {
    const key = 97 - Number(2831219333786n % 97n);
    const nir = `2 83 12 2A 333 786 ${String(key).padStart(2, '0')}`;
    expect(found(`NIR : ${nir}`)).toEqual([['fr-nir', nir]]);
  });

  it('routes the same 12-digit check by its nearest keyword: eID, bank account or OGM', () => {
    expect(found('eID 591-2345678-29')).toEqual([['be-eid-card', '591-2345678-29']]);
    expect(found('compte 591-2345678-29')).toEqual([['bank-account', '591-2345678-29']]);
    expect(found('communication 591-2345678-29')).toEqual([]);
    expect(found('+++090/1234/56701+++')).toEqual([]);
    expect(found('090/1234/56701')).toEqual([]);
    expect(found('591234567829')).toEqual([]); // compact, no context: could be any of the three
    expect(found('591-2345678-29')).toEqual([['bank-account', '591-2345678-29']]); // the old account shape
    // "CI" only as the card's capitals, also before "n°": not the "ci" of "ci-joint", nor the end of a word
    expect(found('virement ci-joint n° 591-2345678-29')).toEqual([['bank-account', '591-2345678-29']]);
    expect(found('FACI n° 591-2345678-29')).toEqual([['bank-account', '591-2345678-29']]);
  });

  it("reads a passport's machine-readable line when its check digits hold: the number, a Belgian's national number", () => {
    // ICAO 9303's specimen, and a Belgian passport's second line (optional data: the holder's national number).
    expect(found('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')).toContainEqual(['passport', 'L898902C3']);
    const belgian = 'P<BELKOWALCZYK<<AGNIESZKA<MARIA<<<<<<<<<<<<<\nEM582174<3BEL9404173F300610694041712410<<<72\n';
    expect(found(belgian).filter(([type]) => type !== 'person-name')).toEqual([['passport', 'EM582174'], ['be-national-number', '94041712410']]);
    // One character off (the composite check fails): no passport without a keyword, no number glued to the expiry date.
    expect(found(belgian.replace('<<<72', '<<<73')).filter(([type]) => type !== 'person-name')).toEqual([]);
  });

  it('a card number listed after another keeps the cards named before the list', () => {
    expect(found("copies des cartes d'identité (591-2345678-29 et 592-1034576-55)")).toEqual([
      ['be-eid-card', '591-2345678-29'],
      ['be-eid-card', '592-1034576-55'],
    ]);
  });
});

describe('invalid identifiers and near misses are not reported', () => {
  it.each([
    ['NN 85073003329', 'wrong national number check'],
    ['NN 85023003390', '30 February'],
    ['NN 03021412418', 'born 1903'],
    ['eID 591-2345678-00', 'wrong eID check'],
    ['TVA BE0412345600', 'wrong VAT check'],
    ['0412345614', 'VAT without BE, dots or keyword'],
    ['IBAN BE00 0011 2345 6727', 'wrong IBAN check'],
    ['NIR 185077800608400', 'wrong NIR key'],
    ['BSN 123456789', 'fails the elfproef'],
    ['111222333', 'a BSN without its keyword'],
    ['BSN: zie bijlage 4, dossier 111222333', 'a BSN keyword before another number'],
    ['matricule 1985073012342', 'wrong Verhoeff digit'],
    ['EH123456', 'a passport shape without keyword'],
    ['réf. 538274916', 'nine digits without a passport keyword'],
    ['passport 5382 749 16', 'a numeric passport is written in one group'],
    ['code promo EH123456', 'a promo code'],
    ['carte de fidélité AB12345C6', 'a card that is no identity card'],
    ['+32 2 123 45 67', 'invalid Brussels number'],
    ['0468 32 06 7', 'too short'],
  ])('%s (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('real-estate traps of pii.md are not personal data', () => {
  it.each([
    ['Prix : € 245.000'],
    ['1.250.000 EUR'],
    ['1 108 000 EUR'],
    ['1 108 000 €'],
    ['24.500,00'],
    ['Surface : 1.234 m², terrain 12a 50ca'],
    ['RC 1.180 €'],
    ['452 kWh/m².an'],
    ['Cadastre section A n° 123/02B'],
    ['sectie F nummer 0703/06B000'],
    ['perceel 43802B0497/09E003'],
    ['PEB 20230512-0002894517-RES-1'],
    ['certificat PEB 20190314004689'],
    ['EPC 20240101-0000123456-01-4'],
    ['EAN 541234567890123456'],
    ['compteur 1SAG1100012345'],
    ['communication +++090/1234/56701+++'],
    ['IBAN exemple : BE68 5390 0754 7034'],
    ['BE71 0961 2345 6769'],
    ['BE62 5100 0754 7061'],
    ['BE00 0000 0000 0000'],
    ['code ab12345678901234'],
    ['IPI 503.123'],
    ['BIV 503.123'],
    ['réf. 102345673'],
    ['Facture 2025-000123'],
    ['dossier 2024/0158'],
    ['n° client 85073003329'],
    ['klantnummer 79042233117'],
    ['Visite le 15.04.2025 à 14h'],
    ['signé le 30/07/2025'],
    ['1000 Bruxelles'],
    ['lot HW130067'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a reference split where nobody splits a national number is not one, though its digits pass the check', () => {
    expect(found('20250041187')).toEqual([['be-national-number', '20250041187']]); // compact: could be one
    expect(found('aangifte Vlabel 2025/0041187')).toEqual([]);
    expect(found('2025 0041 187')).toEqual([]);
    expect(found('202500 411 87')).toEqual([['be-national-number', '202500 411 87']]);
  });

  it('a customer number that passes the national-number check is suppressed by its label', () => {
    // 62110314577 is a valid national number; after "n° client" it is a customer number.
    expect(found('NN 62110314577')).toEqual([['be-national-number', '62110314577']]);
    expect(found('n° client 62110314577')).toEqual([]);
  });

  it("a currency after an amount is that amount's, not a label of the number after it", () => {
    // A CSV's row under one ending with a budget: the phone in its own cell.
    expect(found('Mme;ROUSSEAU;Acquéreur;budget 350.000 €\nM.;HUBERT;;;;;;;;010 65 23 17;;;Propriétaire')).toContainEqual(['phone', '010 65 23 17']);
    expect(found('Montant EUR 85073003329')).toEqual([]); // before the number, it still labels it
  });

  it('a negative word nearer than the number\'s own keyword does not suppress it', () => {
    expect(found('Numéro national (cf. dossier) : 62.11.03-145.77')).toEqual([['be-national-number', '62.11.03-145.77']]);
    expect(found('NN 62.11.03-145.77, facture 62110314577')).toEqual([['be-national-number', '62.11.03-145.77']]);
  });

  it('a phone that passes the VAT check stays a phone', () => {
    expect(found('GSM 0470 00 00 38')).toEqual([['phone', '0470 00 00 38']]);
  });
});

describe('scan output', () => {
  it('is sorted, non-overlapping, masked, without raw values', () => {
    const text = 'M. Jean Dupont, NN 62.11.03-145.77, GSM 0470 12 34 56, IBAN BE48 0011 2345 6727, jean.dupont@telenet.be';
    const findings = scan(text);
    expect(findings.map((f) => f.type)).toEqual(['person-name', 'be-national-number', 'phone', 'iban', 'email']);
    for (let k = 1; k < findings.length; k++) expect(findings[k]!.start).toBeGreaterThanOrEqual(findings[k - 1]!.end);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['confidence', 'end', 'masked', 'start', 'type']);
      expect(f.masked).not.toBe(text.slice(f.start, f.end));
    }
  });

  it('prefers a validated identifier over a phone reading of the same digits', () => {
    // 0456.789.133 is a valid BE VAT number and also a valid Belgian mobile number.
    expect(found('n° d\'entreprise 0456.789.133')).toEqual([['vat-number', '0456.789.133']]);
  });

  it('finds nothing in an empty or digit-free text', () => {
    expect(scan('')).toEqual([]);
    expect(scan('Bonjour à tous, la visite est confirmée.')).toEqual([]);
  });
});
