/** scan() on the keyword-anchored types: emails, dates of birth, person names, postal addresses, phones. */
import { describe, expect, it } from 'vitest';
import { scanRange } from '../../../lib/detect/index.ts';
import { found, foundOf } from './support.ts';

describe('emails', () => {
  it.each([
    ['jean.dupont@telenet.be', 'jean.dupont@telenet.be'],
    ['Écrivez à <j.dupont@skynet.be>.', 'j.dupont@skynet.be'],
    ['mailto:info@primogest.be', 'info@primogest.be'],
    ['contact: marie+immo@gmail.com, merci', 'marie+immo@gmail.com'],
    ["l'info@agence.be", 'info@agence.be'],
    ['(jan_peeters@proximus.be)', 'jan_peeters@proximus.be'],
    ['mail a.b-c@sub.domain.co.uk.', 'a.b-c@sub.domain.co.uk'],
  ])('%s → %s', (text, email) => {
    expect(foundOf('email', text)).toEqual([email]);
  });

  it.each([['jean@localhost'], ['a@b.c'], ['@gmail.com'], ['jean.@x'], ['user@-bad.be'], ['a@a@a@a'], ['prix 245 @ 3%']])('%s is not an email', (text) => {
    expect(foundOf('email', text)).toEqual([]);
  });

  it('names the sender of a mail header written "Name <address>"', () => {
    expect(found('De : Catherine Dubois <catherine.dubois@primogest.be>')).toEqual([
      ['person-name', 'Catherine Dubois'],
      ['email', 'catherine.dubois@primogest.be'],
    ]);
    expect(foundOf('person-name', 'Century 21 Primogest <info@primogest.be>')).toEqual([]);
    // A machine's mailbox: its display name is a service.
    expect(foundOf('person-name', 'De : Google Forms <forms-receipts-noreply@google.com>')).toEqual([]);
    expect(foundOf('person-name', 'To: IT Helpdesk <helpdesk@primogest.be>')).toEqual([]);
    // An organisation's mailbox named like its address; a person's own domain stays a person.
    expect(foundOf('person-name', 'CC: Omgeving Hasselt <omgeving@hasselt.be>\nbetaal aan Stad Hasselt')).toEqual([]);
    expect(foundOf('person-name', 'Van: Jan Peeters <jan@peeters.be>')).toEqual(['Jan Peeters']);
  });
});

describe('dates of birth need a birth keyword', () => {
  it.each([
    ['né le 12/03/1985', '12/03/1985'],
    ['née le 12.03.1985 à Namur', '12.03.1985'],
    ['né(e) le 12-03-85', '12-03-85'],
    ['née à Saint-Josse-ten-Noode le 5 mai 1962', '5 mai 1962'],
    ['Date de naissance : 1er mars 1985', '1er mars 1985'],
    ['geboren op 12 maart 1985', '12 maart 1985'],
    ['geboren te Gent op 3 maart 1962', '3 maart 1962'],
    ['mijn geboortedatum is 12 oktober 1992 en wij wonen', '12 oktober 1992'],
    ['ma date de naissance est le 12/03/1985', '12/03/1985'],
    ['Geboortedatum: 1985-03-12', '1985-03-12'],
    // A maiden name between "née" and the birth place.
    ['Marie Ramos, née Collignon à Huy le 30/09/1966, NN 66.09.30-216.42.', '30/09/1966'],
    // "=" for ":" in a note; a person's honorific in the label.
    ['Date de naissance = 22/01/1987', '22/01/1987'],
    ['Date de naissance de M. = 22/01/1987 (pas 1988 comme encodé)', '22/01/1987'],
    ['- geboortedatum dhr. De Vos: 21 mei 1979, klopt met het rijksregister', '21 mei 1979'],
    // A note's few words between the date's name and the date.
    ['!! geb.datum in fiche stond 14/08/1961', '14/08/1961'],
    ['In compromis staat geb.datum verkoper 14/03/1962 (typfout)', '14/03/1962'],
    ["Et la date de naissance c'est bien le 02/11/1975 ?", '02/11/1975'],
    ["her passport gives her date of birth as 22.11.1988, which matches", '22.11.1988'],
    ["Date de naissance (vérification d'identité) *\n22/08/1957\nType de bien", '22/08/1957'],
    ['Lieu et date de naissance : Kinshasa (RD Congo), le 02/04/1987\nNationalité : belge', '02/04/1987'],
    ['je suis né le 3 mars 97 et je travaille chez Lidl', '3 mars 97'],
    ['Geboortedatum (contractant): 03/08/1969', '03/08/1969'],
    ['geb. 12.03.1985', '12.03.1985'],
    ['Jan Peeters (° 12/03/1985)', '12/03/1985'],
    ['°12.03.1985', '12.03.1985'],
    ['Date of birth: 12 March 1985', '12 March 1985'],
    ['DOB 12/03/1985', '12/03/1985'],
    ['° 12 déc. 1985', '12 déc. 1985'],
    ['Pieter Vandamme, ° Roeselare 06.02.1951', '06.02.1951'],
    ['°Namur, 12/03/1985', '12/03/1985'],
    ['° Iași (Roumanie), 22.03.1987', '22.03.1987'],
    ['née à Porto (Portugal) le 8 décembre 1991', '8 décembre 1991'],
    // A form's answer after an arrow; English month-first and American month/day.
    ['Geboortedatum: --> 03.01.1992', '03.01.1992'],
    ['US citizen, born on November 14, 1981 in Boston', 'November 14, 1981'],
    ['Michael Brennan, DOB 11/14/1981 (US format)', '11/14/1981'],
    ['BEGIN:VCARD\nFN:Sarah Claes\nBDAY:1979-06-27\nEND:VCARD', '1979-06-27'],
    // A Google Forms answer under its question, marked "*" when required.
    ['Date de naissance *\n14/02/1991\nNuméro de registre national *', '14/02/1991'],
    ['Geboortedatum *\n9 juli 1994', '9 juli 1994'],
    // CRM shorthand: a date written with spaces.
    ['DEMOULIN Thierry Mr\nné le 14 03 1968 a Charleroi', '14 03 1968'],
    // An ID card's OCR: the place under the label, the year cut onto the next line.
    ['Lieu et date de naissance / Place and date of birth\nNAMUR 14 MARS\n1991\nSexe', '14 MARS\n1991'],
    ['Place and date of birth\nLIÈGE 02 NOV 1989', '02 NOV 1989'],
    // A printed form's dotted line before the handwritten answer.
    ['Geboortedatum: ..03/11/1991.....  Geboorteplaats: ..Gent..', '03/11/1991'],
    // A birth word and the place, then the date ("geb. Gent 03.09.1994", "née à Namur 12/03/1985").
    ['1. mevrouw Elif Yılmaz, geb. Gent 03.09.1994, INSZ', '03.09.1994'],
    ['geb. te Gent 03.09.1994', '03.09.1994'],
    ['née à Namur 12/03/1985', '12/03/1985'],
    ['born in Utrecht, 14/06/1987', '14/06/1987'],
    // A passport's bilingual month.
    ['Date de naissance / Date of birth  17 AVR/APR 1994\nN° personnel', '17 AVR/APR 1994'],
    ['Date of birth 17 APR /AVR 94', '17 APR /AVR 94'],
    // A note's label with more words after the birth word.
    ['Notitie: kopie identiteitskaart meebrengen! geboortedatum nakijken: 14/02/1979 (in contract', '14/02/1979'],
    ['date de naissance à vérifier : 14/02/1979', '14/02/1979'],
  ])('%s → %s', (text, date) => {
    expect(foundOf('date-of-birth', text)).toEqual([date]);
  });

  it.each([
    ['signé le 12 mars 2024'],
    // A two-digit year only after a birth word, and not a time ("14h").
    ['le 3 mars 97 à 14h'],
    ['Date de naissance : 3 mars 14h30'],
    ['le 12 mars 1985'],
    ['visite le 15.04.2025'],
    ['Donné le 12/03/1985'],
    ['n° 12/03/1985'],
    ['né le 30/02/1985'],
    ['né le 12/03/2099'],
    ['né le 12/03/1850'],
    ['acte signé le 05/06/2010, né le'],
    ['n° Namur 12/03/1985'],
    ['Liège 12/03/1985'],
    ['acte passé à Namur 12/03/1985'],
    ['visite à Namur 12/03/2024'],
    ['visit on November 14, 2025'],
    ['EPC label E.\n01/03/2025 10:00\tBezoek'],
    ['DOB 14/14/1981'],
    // More than three words after the date's name, or another sentence.
    ['Date de naissance. Rendez-vous : 12/03/2025'],
    ['Date de naissance.\nRendez-vous : 12/03/2019'],
    ['Geboortedatum nakijken bij bezoek van 12/03/2019'],
    ['Date de naissance. Visite le 12/03/1985'],
    // The next label, on the next line, says what the date is.
    ["Date de naissance\nDate d'entrée : 14/02/2019"],
  ])('%s is not a date of birth', (text) => {
    expect(foundOf('date-of-birth', text)).toEqual([]);
  });

  it('reads the birth date repeated in brackets in another form, and no other date in brackets', () => {
    expect(foundOf('date-of-birth', 'Date of birth: 03/14/1987 (14.03.1987), born in Esch')).toEqual(['03/14/1987', '14.03.1987']);
    expect(foundOf('date-of-birth', 'Date of birth: September 22, 1989 ( 22/09/1989 )')).toEqual(['September 22, 1989', '22/09/1989']);
    expect(foundOf('date-of-birth', 'Visite le 12/03/2025 (14.03.2025), acte le 01/02/2020 (01.02.2020)')).toEqual([]);
    // Words in the brackets: a correction of the same year, not another event's date.
    const note = 'geboortedatum nakijken: 14/02/1979 (in contract staat 14/12/1979), INSZ';
    expect(foundOf('date-of-birth', note)).toEqual(['14/02/1979', '14/12/1979']);
    expect(foundOf('date-of-birth', 'né le 12/03/1985 (visite le 14/03/2025)')).toEqual(['12/03/1985']);
  });

  it('reads a second birth date joined to the first ("resp.", "et", "en")', () => {
    expect(foundOf('date-of-birth', 'geb. 17/03/1994 resp. 02/11/1991')).toEqual(['17/03/1994', '02/11/1991']);
    expect(foundOf('date-of-birth', 'nés le 3/4/1980 et 5/6/1982')).toEqual(['3/4/1980', '5/6/1982']);
    expect(foundOf('date-of-birth', 'né le 3/4/1980, visite le 5/6/2020')).toEqual(['3/4/1980']);
    // A correction of the date just found; not of another date.
    expect(foundOf('date-of-birth', 'geb.datum in fiche stond 14/08/1961, gecorrigeerd naar 14/03/1961 volgens eID')).toEqual(['14/08/1961', '14/03/1961']);
    expect(foundOf('date-of-birth', 'visite le 14/08/2025, modifiée en 14/09/2025')).toEqual([]);
  });

  it('flags only the birth date in "née le … et mariée le …"', () => {
    expect(foundOf('date-of-birth', 'née le 12/03/1960 et mariée le 05/06/1990')).toEqual(['12/03/1960']);
  });
});

describe('person names', () => {
  it("reads a trade named after its owner as the firm, not its owner's surname alone", () => {
    const log = 'Eigenaar: dhr. Jan Vandamme, 0475 12 34 56.\n22/08/2026  TDW    Elektro Vandamme – btw BE 0823.649.170';
    expect(foundOf('person-name', log)).toEqual(['Jan Vandamme']);
  });

  it("reads WordPress' list view: a block's name is no surname before a first name", () => {
    expect(foundOf('person-name', 'Colonne › Image › Citation « Témoignage Sophie & Grégory »\nCitation « Avis Odile Piron »')).toEqual(['Sophie', 'Grégory', 'Odile Piron']);
  });

  it("reads a bank statement's counterparty in capitals: after an honorific, an initial, or with a known first name", () => {
    const statement = [
      '0412  01/10/2026  VIREMENT DE LAMBERT THOMAS OU HOUBEN SARAH         +20.000,00',
      '0414  02/10/2026  ORDRE PERMANENT DE NDIAYE AMINATA                  +875,00',
      '      COMMUNICATION : LOYER 10/2026 NDIAYE – HONORAIRES DEDUITS',
      '0420  08/10/2026  VIREMENT DE M. OU MME VANDERSMISSEN-KOUASSI        +1.450,00',
      '0421  09/10/2026  EUROPESE OVERSCHRIJVING NAAR PEETERS JAN           -1.000,00',
      '0422  09/10/2026  VIREMENT A ETUDE BODART ET LECOMTE NOTAIRES        -28.500,00',
      '0423  12/10/2026  VIREMENT DE COMPTE EPARGNE                         +500,00',
    ].join('\n');
    expect(foundOf('person-name', statement)).toEqual(['LAMBERT THOMAS', 'HOUBEN SARAH', 'NDIAYE AMINATA', 'NDIAYE', 'VANDERSMISSEN-KOUASSI', 'PEETERS JAN']);
  });

  it.each([
    ['Monsieur Jean Dupont', 'Jean Dupont'],
    // A sentence's first word is no part of the name ("For Daniel's", "Graag Jan").
    ["Thank you for copying me. For Daniel's relocation allowance our payroll needs it.", 'Daniel'],
    ['Graag Jan Peeters terugbellen.', 'Jan Peeters'],
    ['Demain Marie passe avec les clés.', 'Marie'],
    ['> Zoals Bram aankondigde, volg ik jullie aanvraag op', 'Bram'],
    // "Goeiemorgen" greets like "Goedemorgen".
    ['[16/11/26, 10:16:02] Annelies: Goeiemorgen Katrien!', 'Katrien'],
    // "An" the Flemish first name before a surname, not the English article.
    ['Gebruikers: AVL = An Van Laere (dossierbeheerder)', 'An Van Laere'],
    ['An Peeters belde terug.', 'An Peeters'],
    // First names Bas, Florence, Sebastiaan (also a city, a word: "en bas", "aux Pays-Bas" stay words).
    ['Director: Sebastiaan Verhoef (Bas), born on 27 August 1979', 'Sebastiaan Verhoef'],
    ['Créé le 03/11/2025 par Florence Dewez – Modifié le 04/12/2025', 'Florence Dewez'],
    // Two first names joined by a hyphen, also when the list holds other pairs starting with the first ("Anne-Marie").
    ['Ma maman, Anne-Françoise Lhoest, est pensionnée', 'Anne-Françoise Lhoest'],
    ['En dank aan Amira El Khatib, die alle bezoeken inplande.', 'Amira El Khatib'],
    ['Arrival\t30/08/2025, with her husband Vikram Iyer and their son', 'Vikram Iyer'],
    ['Arrival\t30/08/2025, with her husband and their son Arjun (7)', 'Arjun'],
    // A Teams author line: the day after the name is no part of it.
    ["Mehdi Bouzid Gisteren 17:02\nQui a la clé de l'appart rue du Bailli ?", 'Mehdi Bouzid'],
    // A courtesy title ending its line: a letter's block, a PDF's line; not a signature's job line ("Notaire⏎Office …").
    ['Compromis signé le 02/10/2025 ; vendeurs : M. et Mme\nHennuy-Colson. Acte à recevoir', 'Hennuy-Colson'],
    ['Hélène Darras\nNotaire\nOffice notarial Darras & Lemaire', 'Hélène Darras'],
    ['Georges Lambert, RC 1.209 €. Cadastre : section E n° 494/15M.\nLibre à l\'acte.', 'Georges Lambert'],
    ['Thanks for the update.\n\nBest,\nBecky', 'Becky'],
    ["Le ménage c'est moi et mes enfants Merveille (10 ans) et Nathan (6 ans).", 'Merveille'],
    // A short first name, as agents write one another in chats.
    ['On avait dit 280 minimum donc pour nous c ok. Nath tu confirmes ?', 'Nath'],
    // "van" after a full name, then a firm's words: "from", not a particle.
    ['Werfleider is Dirk Lippens van Algemene Bouw Deinze, 09 386 52 14', 'Dirk Lippens'],
    ['Monsieur Jan Pieter van der Berg', 'Jan Pieter van der Berg'],
    // A contact shared in a WhatsApp export: its file name after the attachment's number.
    ['[11/03/2026 08:15:40] Marc: ‎<pièce jointe : 00000007-Anne-Sophie Delvigne.vcf>', 'Anne-Sophie Delvigne'],
    ['M. Jean-Pierre Van den Bossche', 'Jean-Pierre Van den Bossche'],
    ['Mme Dupont-Lambert a appelé', 'Dupont-Lambert'],
    ['Maître Anne Lambotte', 'Anne Lambotte'],
    ['Me Lambotte, notaire', 'Lambotte'],
    ['Dr. Peeters', 'Peeters'],
    ['Dhr. Jan Peeters', 'Jan Peeters'],
    ['de heer Jan Peeters', 'Jan Peeters'],
    ['dhr. de Vries', 'de Vries'],
    ['mevrouw Janssens', 'Janssens'],
    ['notaris kopers: Mtr. An Verbruggen, Notariskantoor Verbruggen', 'An Verbruggen'],
    ['BIL – LU89 0141 7582 1300 4000 – holder Henrik Sørensen', 'Henrik Sørensen'],
    // A closing in a quoted reply: the name under it, past the ">" markers.
    ['> Kind regards,\n>\n> Marie-Astrid de Villers\n> Avocate', 'Marie-Astrid de Villers'],
    ['Mevr. An Maes', 'An Maes'],
    // An English possessive ends the name; a bank after "van de" is the adviser's employer, no surname.
    ["number A07339152; Fiona's Irish passport", 'Fiona'],
    // Birth and maiden names written as a form's field.
    ['Nom : DELCOURT\nNom de naissance : HOUTART', 'HOUTART'],
    ['Meisjesnaam : Peeters', 'Peeters'],
    ['Maiden name: Smith', 'Smith'],
    ['Spouse: Claire Zielińska (née Moreau), French national', 'Moreau'],
    // After an honorific, the person ends before the street named with them.
    ['Andere zaak: mevr. Mbuyi van Tiensestraat 212/0101 belt.', 'Mbuyi'],
    ['is not needed for the deed, notary Peeters only asks for the branch', 'Peeters'],
    ['Jean & Marie Dupont ont visité', 'Marie Dupont'],
    ['1) Jonas Verstraeten & Lotte De Smedt', 'Lotte De Smedt'],
    ['mevr. Inge Bracke HR Volvo Car Gent belde', 'Inge Bracke'],
    ['de mail van Hilde van de Crelan. Twee vragen.', 'Hilde'],
    ['Mr. John Smith', 'John Smith'],
    ['Mme d\'Ursel', "d'Ursel"],
    ['Je soussignée Marie Lambert', 'Marie Lambert'],
    // Children named by their first name alone, with an age or a birth date ("-dam" ends streets, not "Adam").
    ['2 enfants (Lina 7 ans, Adam 4 ans)', 'Adam'],
    // A first name starting with a Latin Extended-A capital, read from the surname after it.
    ['Łukasz Nowak a visité le bien', 'Łukasz Nowak'],
    ['Bien cordialement,\nJulien & Mariam\n', 'Mariam'],
    ['02/10/2025 JDM visite cpl Ksiazek, offre 176.500 €', 'Ksiazek'],
    ["j'ai appelé le plombier Dany de chez Sanitaire Meuse", 'Dany'],
    ['nos enfants Lina, née le 12/03/2018, et Adam, né le 05/09/2021', 'Adam'],
    ['Ik, ondergetekende, Jan Peeters', 'Jan Peeters'],
    ['Bonjour Jean,', 'Jean'],
    ['Beste Jan,', 'Jan'],
    ['Dear John,', 'John'],
    ['Dag Sofie,', 'Sofie'],
    ['Bien à vous,\nThomas De Smet\nCentury 21', 'Thomas De Smet'],
    ['Met vriendelijke groeten,\n\nSofie Verstraete', 'Sofie Verstraete'],
    ['Acheteur : Jean Dupont', 'Jean Dupont'],
    ['Nom : DUPONT   Prénom : Jean', 'DUPONT'],
    ['son épouse Marie Hallet', 'Marie Hallet'],
    ['rappeler Thomas Lemaire demain', 'Thomas Lemaire'],
    ['Naam: Claes An', 'Claes An'],
    ['Naam: .......VERSTRAETE.............. Voornaam', 'VERSTRAETE'],
    // A first name after the elided "de".
    ["Francis et les enfants d'Anne-Marie m'ont donné procuration", 'Anne-Marie'],
    ["la fille d'Anne Dubois", 'Anne Dubois'],
    // Initials between a lowercase anchor and the surname.
    ['je préviens le notaire J.-P. Lambert à Ans', 'J.-P. Lambert'],
    ['sms van dhr J. Peeters: bel mij', 'J. Peeters'],
    ['kopers H. Yilmaz en E. Janssens', 'H. Yilmaz'],
    // Spouses and families.
    ['Mon mari Tomasz et moi acceptons', 'Tomasz'],
    ['haar man Tomasz komt mee', 'Tomasz'],
    ['de familie Demir komt zaterdag', 'Demir'],
    // A role written as a label, a sheet exported with tabs.
    ['Partner: Ayşe Öztürk-Yılmaz', 'Ayşe Öztürk-Yılmaz'],
    ['Épouse : Marie Dupont', 'Marie Dupont'],
    ['Nom\tVAN DEN BOSSCHE\nPrénom\tPieter', 'VAN DEN BOSSCHE'],
    ['03/03/2025\tRendez-vous\tL. Vanhamme\tSignature mandat', 'L. Vanhamme'],
    // First names of the communities of Belgium, with Latin Extended-A letters folded like accents.
    ['RUSSO Giuseppe', 'RUSSO Giuseppe'],
    ['rappeler Agnieszka demain', 'Agnieszka'],
    ['Bonjour, ici Ayşe', 'Ayşe'],
    ['mail van mevr. van der Heijden-Bosman binnen', 'van der Heijden-Bosman'],
    ['Les consorts Dupont ont signé', 'Dupont'],
    ['Verkoper (erven Moens) ingelicht', 'Moens'],
    ['De huurders, E. Yıldız   L. Claes', 'L. Claes'],
    // Signature blocks: initials at a line start when a column follows, "J-M." initials.
    ['le 14/05/2025 :\nG. Delvaux\t\tS. Khelifi', 'G. Delvaux'],
    ['gelezen en goedgekeurd\nH. Dewitte                 Arne Vermeiren', 'H. Dewitte'],
    ['SRL Immo\nJ-M. DELVAUX\t\t\tA-F. MOTTET', 'J-M. DELVAUX'],
    // A surname and its initial, as banks and administrations write them.
    ['comptes des titulaires Delvaux G. et Khelifi S.', 'Khelifi S.'],
    ['(KBC, op naam Van den Broeck G. – El Amrani S.)', 'Van den Broeck G.'],
    ['koper – verkoper – makelaar (S. Verstraete)', 'S. Verstraete'],
    // Two first names joined by a hyphen; a greeting inside a line.
    ['Naam en voornaam: --> VERMEIRE Pieter-Jan', 'VERMEIRE Pieter-Jan'],
    ['Dear Michael, dear Fiona,', 'Fiona'],
    // A form's answer on the line after its question.
    ['Nouvelle réponse\n\nNom\nVanderstraeten\n\nPrénom\nMonique', 'Vanderstraeten'],
    ['Nom :\nDUQUESNE', 'DUQUESNE'],
    ['Nom / Name\nDUPONT\nPrénoms / Given names\nJean Pierre', 'DUPONT'],
    // Chat exports: the sender after the timestamp.
    ['[14/05/2025, 08:04:52] Seb Hardy: oui', 'Seb Hardy'],
    ['14/05/2025, 08:04 - Seb Hardy: ok', 'Seb Hardy'],
    ['[08:47] Lotte De Cock\nJanssens heeft teruggebeld', 'Lotte De Cock'],
    // Families and couples, abbreviated in CRM notes.
    ['Bezoek\tFam. Baert + fam. Claus. Baert enthousiast', 'Claus'],
    ['1re visite couple Haddad – très intéressés', 'Haddad'],
    // A Flemish surname opened by "Op de" / "Op den", with a first name, after an honorific, and repeated alone.
    ['Dries Op de Beeck belde', 'Dries Op de Beeck'],
    ['Mevr. Op den Kamp komt morgen', 'Op den Kamp'],
    ['Dries Op de Beeck belde.\nOp de Beeck koos geen slot.', 'Op de Beeck'],
  ])('%s → %s', (text, name) => {
    expect(foundOf('person-name', text)).toContain(name);
  });

  it.each([
    ['Madame, Monsieur,'],
    ['Beste klant,'],
    ['Bonjour à tous'],
    ['Cher Maître,'],
    ['M. le Notaire'],
    ['Geachte heer, mevrouw,'],
    ['Bonjour Madame,'],
    ['avenue Louise 54 à vendre'],
    ['Saint-Jean-de-Luz'],
    ['Century 21 Primogest'],
    ['Bien à vous,\nL’équipe Primogest'],
    ['Code promo frais de notaire VX800689'],
    ['Max 3 personnes'],
    ['Van: Syndicus Scheldeland <beheer@syndicus-schelde.be>'],
    ['A. Introduction'],
    ['Door Brussel te rijden'],
    ['Van: Mail Delivery Subsystem <mailer-daemon@googlemail.com>'],
    ['   A. Introduction'],
    ['A. Introduction\nB. Conditions suspensives'],
    ['Lot B. Le lot comprend'],
    ['PEB classe D. Le bien'],
    ['Villa 4 façades, 3 chambres, jardin de 12 ares, PEB B.'],
    ['EPC A. Vraagprijs € 315.000'],
    ['Annexe A. Plan'],
    ['verkoop appartement Jan Van Beersstraat 31 bus 2'],
    ['14:00 - Visite\n'],
    ['[10:00] Visite\nChambre 2'],
    ['Vendeur\n\nLe vendeur déclare'],
    ['Naam\tVoornaam\tGeboortedatum\tAdres'],
    ['Van: Sanitair Goossens <info@sanitairgoossens.be>'],
    ['Van: Loodgieterij Van Kerckhoven <info@vankerckhoven-sanitair.be>'],
    ['De : Urbanisme Profondeville <urbanisme@profondeville.be>'],
    ["près des commerces de l'avenue Jean Materne, nous vous proposons"],
    // A first name that is a partner's surname in a firm's name.
    ['« Gérard & Lhoest, notaires associés » SRL'],
    ['À : Étude Gérard & Lhoest <etude@notaires.be>'],
    ['The notary will sign. Notary fees: 3.000 EUR'],
    ['Étude des notaires Ravet & Roland – dossier 2025/0418/VE'],
    // Plural titles in a greeting; a street written with its abbreviated type.
    ['Madame, Monsieur, Chers Maîtres,'],
    ['Compromis Av. Paul Pastur 213 – données pour l’étude\n\nle compromis pour la maison Avenue Paul Pastur 213, 6032 Mont-sur-Marchienne'],
    // An English street named after a person; a school named after a person, also with an adjective between.
    ['The flat at 45 Albert Road is for sale'],
    ['both enrolled at the Lycée français Jean Monnet in Uccle'],
    ['inscrits à l’École communale Jean Jaurès'],
    // A care home named like a person.
    ['laatst gedomicilieerd in WZC Ter Linde, Condédreef 6, 8500 Kortrijk'],
    // A firm named with its trade or office: "Expertisebureau Claeys", "Meuse Gestion".
    ['plaatsbeschrijving intrede 30/08 door Expertisebureau Claeys'],
    // Royals name streets and squares.
    ['09/07/2025\t13:30\tV-4431 Mons Reine Astrid'],
    // A role in brackets anchors nothing after them.
    ['Contact : 61847   Type : Acquéreur (couple)   Statut : Actif – chaud'],
    // A platform named as the author of a form's footer.
    ['Deze content is niet gemaakt of goedgekeurd door Google.'],
    // A city named after a saint abroad.
    ['Mobility Manager, Veridian Systems Inc., San Jose'],
    // A form's label in French typography ("Lien :", a link), also in a second column.
    ['Publier : Immédiatement\nLien : primogest.be/biens/maison-malonne'],
    ['Garant                  Lien : père du candidat 1'],
    // A form's choice with its feminine ending ("Marié(e)" is no Marie).
    ['État civil : ☐ Célibataire ☐ Marié(e) ☒ Cohabitant(e) légal(e)'],
    ["rue d'Anne-Marie Dubois"],
    ['Van: Syndicus Beheer Peeters <info@peeters.be>'],
    // "Lien" (a first name) as the French word for a link; the Dutch "me." ending a sentence is no Maître.
    ['3 réponses                    Lien vers Sheets   ⋮'],
    ['Statut\tBrouillon\nLien\tprimogest.be/jambes/ventes-recentes'],
    ['An offer was made on the house.'],
    // An office's shared mailbox, and its town alone afterwards.
    ['Aan: Verhuur Mechelen <verhuur.mechelen@primogest.be>\nwerkgever: AZ Sint-Maarten, Mechelen'],
    ['An Update On The Sale Of Your House'],
    ['Dit bericht is vertrouwelijk. Elke aansprakelijkheid van het kantoor is uitgesloten.'],
    ['Om 14u30, mijn man brengt me. Neem ik niet op, bel dan naar ons vaste nummer.'],
    // The French "son" is "his" or "her".
    ['Il a vendu son Audi pour payer la garantie locative.'],
    // A moderation screen's row actions under a comment that ends with "Merci !".
    ["Rappelez-moi au 0495/14.62.97 après 17h. Merci !\nApprouver | Répondre | Modification rapide | Modifier | Indésirable | Corbeille"],
    // "Lien du formulaire" (a link) and "Frans" as the Dutch for French.
    ['Réf. annonce 4417302.\nLien du formulaire\thttps://docs.google.com/forms/d/e/1FAIpQLSc/viewform'],
    ['Bonjour, je suis intéressée. Wij spreken ook Frans. Budget max 295.000 €'],
    ['Mevrouw spreekt enkel Frans, graag een Franstalige collega.'],
  ])('%s has no person name', (text) => {
    expect(foundOf('person-name', text)).toEqual([]);
  });
});

describe('postal addresses', () => {
  it.each([
    ['domicilié rue de la Loi 16, 1000 Bruxelles', 'rue de la Loi 16, 1000 Bruxelles'],
    ['demeurant avenue Louise 54 bte 3, 1050 Ixelles', 'avenue Louise 54 bte 3, 1050 Ixelles'],
    ['wonende te Gent, Kerkstraat 12 bus 3', 'Kerkstraat 12 bus 3'],
    // A street named after a person takes a name's particles, not a sentence's words before it.
    ['vanaf 1 december wonen Lotte en Yassine op Diestsesteenweg 214 bus 1.', 'Diestsesteenweg 214 bus 1'],
    // "naar", "op" inside a Dutch street's name.
    ['Goedele Vanderhoven, wonende Weg naar As 201, 3600 Genk, tel. 089 35 71 24.', 'Weg naar As 201, 3600 Genk'],
    ['domicilié Steenweg op Gierle 12, 2300 Turnhout', 'Steenweg op Gierle 12, 2300 Turnhout'],
    // A signature's address line with bars, under its firm's line with one bar: no table.
    ['Hanne Claeys\nVastgoedmakelaar BIV 512.884 | Century 21 Primogest Gent\nKouter 17, 9000 Gent | T 09 223 41 70 | M 0473 62 15 08', 'Kouter 17, 9000 Gent'],
    // A contact line: the e-mail address right before; a firm of notaries.
    ['Katrien Vanhove, katrien@crediteam-vanhove.be, Nieuwstraat 8, 9200 Dendermonde, BTW BE 0851.732.452', 'Nieuwstraat 8, 9200 Dendermonde'],
    ['Étude des notaires Bodart & Lecomte, Rue de Fer 36, 5000 Namur – 081/22.47.63', 'Rue de Fer 36, 5000 Namur'],
    // The property they sell, where the sentence says they live.
    ['Vendent leur maison Rue du Try 7, 1325 Chaumont-Gistoux où ils habitent, estimation demandée', 'Rue du Try 7, 1325 Chaumont-Gistoux'],
    ['Ze verkopen hun woning Kerkstraat 5, 9000 Gent waar ze nog wonen.', 'Kerkstraat 5, 9000 Gent'],
    ['Adres: Grote Markt 7, 2000 Antwerpen', 'Grote Markt 7, 2000 Antwerpen'],
    ['Naam: Jolien Peeters\nAdres: Naamsesteenweg 203, 3001 Heverlee\nGeboortedatum: 27/03/1994', 'Naamsesteenweg 203, 3001 Heverlee'],
    // Among a person's identity items; in a quoted signature; after an address change; past an aside with a date before it.
    ['Borg: mevr. Rita Claessens, geb. 27.10.1964, INSZ 64102726449, Pas 84, 2440 Geel, tel. 014/58.63.20', 'Pas 84, 2440 Geel'],
    // A field's value opens after its label's ":", whatever words the label has.
    ['Syndic tot 31/12/2025: Syndicus Demerland BV, Havermarkt 24, 3500 Hasselt – KBO BE 0652.841.771', 'Havermarkt 24, 3500 Hasselt'],
    ['Votre client demeure dans le bien, Rue du Pont-Canal 17 à 7110 Houdeng-Goegnies, où il reçoit son courrier.', 'Rue du Pont-Canal 17 à 7110 Houdeng-Goegnies'],
    // A letter's recipient block indented with tabs (Word); a notary's office after her name and profession.
    ['SPF Finances\n\t\tAntenne de Wavre\n\t\tBoulevard de l\'Europe 118\n\t\t1300 Wavre\n', "Boulevard de l'Europe 118\n\t\t1300 Wavre"],
    ['Le projet a été transmis à Maître Anne-Sophie Lejeune, notaire, Chaussée de Bruxelles 92, 1300 Wavre, hier.', 'Chaussée de Bruxelles 92, 1300 Wavre'],
    // A one-word street a few words after a residence word; "ik huur" (the verb) before the property word.
    ['Wij wonen nu nog in de Puitvoet 14, 9100 Sint-Niklaas (huur) en zoeken een woning', 'Puitvoet 14, 9100 Sint-Niklaas'],
    ['Ik huur nu een studio in de Parkstraat 8 bus 4, 9100 Sint-Niklaas, opzeg 3 maand.', 'Parkstraat 8 bus 4, 9100 Sint-Niklaas'],
    // A notary's office in a signature, a particle among its words.
    ['Laetitia Gérard, clerc\nÉtude du notaire Arnaud Kirsch – Place Didier 31, 6700 Arlon – 063/21.47.66', 'Place Didier 31, 6700 Arlon'],
    // Living there in the past tense; a firm "S.à r.l." before its address.
    ['Tot vorig jaar woonden we in de Stationsstraat 112, 9100 Sint-Niklaas, nu in Gent.', 'Stationsstraat 112, 9100 Sint-Niklaas'],
    ['Avant, il habitait Rue de Fer 12, 5000 Namur.', 'Rue de Fer 12, 5000 Namur'],
    ['3) Mon employeur\nKellner Logistics S.à r.l., 12, rue Eugène Ruppert, L-2453 Luxembourg\nTVA', '12, rue Eugène Ruppert, L-2453 Luxembourg'],
    // Moving into the property: it becomes their address.
    ['Zij verhuizen op 15 november naar hun nieuwe appartement, Mechelsesteenweg 311 bus 4, 2650 Edegem, vlak bij de kleinkinderen.', 'Mechelsesteenweg 311 bus 4, 2650 Edegem'],
    // A notary's office after her name, profession and town, in a sentence.
    ['Acte à recevoir par Maître Caroline Feyaerts, notaire à Rixensart, Rue\nde Messidor 7, 1330 Rixensart, au plus tard', 'Rue\nde Messidor 7, 1330 Rixensart'],
    ['> Century 21 Primogest Mechelen\n> Bruul 58, 2800 Mechelen\n> +32 15 28 47 10', 'Bruul 58, 2800 Mechelen'],
    ['Mevr. El Khattabi meldt een adreswijziging voor haar post: Tulpenhoflaan 23, 2500 Lier (haar appartement wordt verhuurd).', 'Tulpenhoflaan 23, 2500 Lier'],
    ['Nouvelle adresse de M. à partir du 01/01/2026 (il reprend un appartement) : Rue de Herve 415, 4030 Grivegnée.', 'Rue de Herve 415, 4030 Grivegnée'],
    // A form's question on the line above, its aside naming the property; a street wrapped by a PDF's copy.
    ['Votre adresse de domicile (si différente du bien)\nRue du Try au Chêne 46, 1340 Ottignies\nDate de naissance', 'Rue du Try au Chêne 46, 1340 Ottignies'],
    ['domiciliés ensemble à 5100 Jambes, Avenue Jean\nMaterne 148,\nGSM 0478 21 56 93', 'Avenue Jean\nMaterne 148'],
    // An Italian street; a residence word before an aside without a property word.
    ['Home address in Italy (all letters go there until the deed): Via Saragozza 117, 40135 Bologna.', 'Via Saragozza 117, 40135 Bologna'],
    // Inside a sentence that goes on to call it an address.
    ['No, only after the deed. Until then Via Saragozza 117, 40135 Bologna stays her address for the notary.', 'Via Saragozza 117, 40135 Bologna'],
    ['Vanaf 1 maart is Kerkstraat 5 bus 2, 9000 Gent ons nieuwe adres.', 'Kerkstraat 5 bus 2, 9000 Gent'],
    // A PDF's line break between a one-word street and its number.
    ["jusqu'ici domicilié Naamsestraat\n112 bus 3, 3000 Leuven, GSM 0496 52 13 08", 'Naamsestraat\n112 bus 3, 3000 Leuven'],
    // "à" inside a street's name.
    ['   Adresse : Rue du Moulin à Vent 23, 1300 Wavre (domiciliée dans le bien – occupante)', 'Rue du Moulin à Vent 23, 1300 Wavre'],
    // At home: a calendar entry's place with a residence word.
    ['Schatting\n    Locatie: bij de verkopers thuis, Mechelsesteenweg 212, 2500 Lier', 'Mechelsesteenweg 212, 2500 Lier'],
    // A contact card, one field per line.
    ['Nom : DESSART\nPrénom : Grégoire\nRue : Rue des Vignes\nN° : 38\nBoîte :\nCode postal : 4020\nLocalité : Jupille-sur-Meuse\nGSM : 0497 41 28 63', 'Rue des Vignes\nN° : 38\nBoîte :\nCode postal : 4020\nLocalité : Jupille-sur-Meuse'],
    ['adresse : 12, rue de la Paix, 75002 Paris', '12, rue de la Paix, 75002 Paris'],
    ['woonachtig Sint-Pietersnieuwstraat 25\n9000 Gent', 'Sint-Pietersnieuwstraat 25\n9000 Gent'],
    ['domiciliée chaussée de Waterloo 1234, 1180 Uccle', 'chaussée de Waterloo 1234, 1180 Uccle'],
    ['Monsieur Jean Dupont\nRue Haute 12\n5000 Namur', 'Rue Haute 12\n5000 Namur'],
    ['current address: Ludwigstraße 14, 80539 München', 'Ludwigstraße 14, 80539 München'],
    ["demeurant boulevard d'Avroy 244, 4000 Liège", "boulevard d'Avroy 244, 4000 Liège"],
    ['they both live at 14 rue Nationale, 59800 Lille', '14 rue Nationale, 59800 Lille'],
    ['Je vis au Luxembourg depuis 2014 : 24, rue des Prés, L-8049 Strassen', '24, rue des Prés, L-8049 Strassen'],
    // A one-word street right after a residence word, the clause ending after the number.
    ['Ze woont nu Kapucijnenvoer 19 in Leuven', 'Kapucijnenvoer 19'],
    ['Stuur het contract per post naar Tervuursesteenweg 211, 3001 Heverlee', 'Tervuursesteenweg 211, 3001 Heverlee'],
    ['Gsm blijft 0495/47.02.18. Post voortaan naar Zwijnaardsesteenweg 614, 9000 Gent.', 'Zwijnaardsesteenweg 614, 9000 Gent'],
    // CRM shorthand: "adr.", "dom.", "p/a" (per adres).
    ['adr. rue Cockerill 88 4100 Seraing - gsm 0032 479 30 12 88', 'rue Cockerill 88 4100 Seraing'],
    ['dom. Chee de Bruxelles 212 bte 3 6042 Lodelinsart', 'Chee de Bruxelles 212 bte 3 6042 Lodelinsart'],
    ['Erven Jozef Mertens   p/a Lange Gasthuisstraat 21, 2000 Antwerpen', 'Lange Gasthuisstraat 21, 2000 Antwerpen'],
    ['Century 21 Primogest Nivelles\nGrand-Place 18, 1400 Nivelles', 'Grand-Place 18, 1400 Nivelles'],
    ['The owner now lives next door at Chaussée de Bruxelles 410, 1410 Waterloo', 'Chaussée de Bruxelles 410, 1410 Waterloo'],
    ['born in Leeds, currently renting at Rue du Bailli 54, 1050 Ixelles', 'Rue du Bailli 54, 1050 Ixelles'],
    // "Bien à vous" closes the mail: "bien" is no property there.
    ['la visite du bien.\n\nBien à vous,\nAurélie\nCentury 21 Primogest\nAvenue Prince de Liège 91, 5100 Jambes', 'Avenue Prince de Liège 91, 5100 Jambes'],
    // Signatures: after the firm's name on the same line (accented, with its legal form); a street named after a street type.
    ["Century 21 Primogest Liège – Boulevard d'Avroy 112, 4000 Liège", "Boulevard d'Avroy 112, 4000 Liège"],
    ['> Gestimmo srl – Quai de Rome 12, 4000 Liège', 'Quai de Rome 12, 4000 Liège'],
    ['Century 21 Primogest Mons\nRue de la Chaussée 44, 7000 Mons', 'Rue de la Chaussée 44, 7000 Mons'],
    // Dutch street suffixes and cities written with their article.
    ['Current address: Stadhoudersplantsoen 214, 2517 JL Den Haag', 'Stadhoudersplantsoen 214, 2517 JL Den Haag'],
    ['Century 21 Primogest Gent\nBrabantdam 56, 9000 Gent\nT 09 233 17 60', 'Brabantdam 56, 9000 Gent'],
    // A job title in the signature is no property word; a street named by its type alone.
    ['Kaat Michiels\nProperty manager – verhuur\nCentury 21 Primogest Antwerpen\nMechelsesteenweg 141, 2018 Antwerpen', 'Mechelsesteenweg 141, 2018 Antwerpen'],
    ['vennootschap met zetel te Markt 14, 9800 Deinze', 'Markt 14, 9800 Deinze'],
    // A signature's line with a job title; a person, their firm, then its address.
    ['Pascale Dethier, gestionnaire - Meuse Gestion SRL, Quai de Rome 31, 4000 Liège - IPI 508.412', 'Quai de Rome 31, 4000 Liège'],
    ['Jens Verbeeck – verhuur – Century 21 Primogest Berchem, Statiestraat 88, 2600 Berchem – 03/321.45.80', 'Statiestraat 88, 2600 Berchem'],
    ['Expert : Laurent Van Cutsem, architecte-expert, Van Cutsem Expertises SRL, Avenue Brugmann 312, 1180 Uccle – 02/344.18.27', 'Avenue Brugmann 312, 1180 Uccle'],
    ['Reyers Bank NV, kantoor Brugge – Smedenstraat 12, 8000 Brugge – 050 44 71 26', 'Smedenstraat 12, 8000 Brugge'],
    // English streets whose name starts like a unit or a month ("ha", "jun").
    ['We currently live at 27 Harcourt Gardens, Oxford OX2 7JL, United Kingdom.', '27 Harcourt Gardens'],
    ['We live at 7 Junction Road, London', '7 Junction Road'],
    ['vertegenwoordigd door mevr. Ellen Goossens, Century 21 Primogest Leuven, Bondgenotenlaan 96, 3000 Leuven, 0475/63.91.20', 'Bondgenotenlaan 96, 3000 Leuven'],
    // A care home is where its resident lives; contact details.
    ['Il était à la maison de repos depuis 2023 : Résidence Le Val Fleuri, Rue de Fléron 78, 4020 Jupille-sur-Meuse, chambre 214.', 'Rue de Fléron 78, 4020 Jupille-sur-Meuse'],
    ['Voici mes coordonnées : Rue de Fer 12, 5000 Namur, 0486 71 30 25', 'Rue de Fer 12, 5000 Namur'],
    ['Mijn contactgegevens: Kerkstraat 5, 9000 Gent', 'Kerkstraat 5, 9000 Gent'],
    // Renting where one lives: "on loue" is the longer reading of "loue" (a property's "loué", "à louer").
    ['la on loue rue du Calvaire 41 à 6060 Gilly et le proprio vend', 'rue du Calvaire 41 à 6060 Gilly'],
    ['They currently rent at Rue de Bastogne 112, 6700 Arlon and both work in Luxembourg', 'Rue de Bastogne 112, 6700 Arlon'],
    ['national number 74.06.11-208.88, domiciled Rue Vanderkindere 318, 1180 Uccle, phone 0486 27 19 53', 'Rue Vanderkindere 318, 1180 Uccle'],
    // A signature in an editor's HTML: "<br>" breaks its lines.
    ["<strong>Sophie Delhaye</strong><br>Century 21 Primogest – Gembloux<br>Place de l'Orneau 9, 5030 Gembloux<br>Tél.", "Place de l'Orneau 9, 5030 Gembloux"],
    // A property word in an aside between the residence word and the address.
    ['Ons adres vanaf 1 oktober (appartement gekocht, akte 26/09): Lierselei 58 bus 3, 2390 Malle.', 'Lierselei 58 bus 3, 2390 Malle'],
    ['Adresse (appartement au 2e étage) : Rue de Fer 12, 5000 Namur', 'Rue de Fer 12, 5000 Namur'],
    // A one-word street opening its line (or after ", " / ": " / "– ") when a postcode and city follow.
    ['DESMET VAN AKEN ADVOCATEN BV\nMeir 24 bus 5\n2000 Antwerpen\nT +32 3 231 47 80', 'Meir 24 bus 5\n2000 Antwerpen'],
    ['Notariskantoor Haesaert & Lippens – Kouter 17, 9000 Gent – 09/225.61.93', 'Kouter 17, 9000 Gent'],
    // A house number's capital letter, and "à" typed without its accent, are no ares.
    ['Prima. Nieuw adres vanaf 1 nov: Biltstraat 112A, 3572 BH Utrecht. Mijn vriendin komt', 'Biltstraat 112A, 3572 BH Utrecht'],
    ['9. Sevda Yilmaz – locataire rue de Dave 96 a Jambes depuis 2019', 'rue de Dave 96'],
    // A new home.
    ['en septembre (normalement) ce sera la nouvelle maison : Chemin du Try 7, 5340 Gesves. Pour', 'Chemin du Try 7, 5340 Gesves'],
    // A verb of living a few words before the property word: the property is their home.
    ['Madame Giulia Ferraro, domiciliée dans le bien, Chaussée de Bruxelles 214, 1300 Wavre.', 'Chaussée de Bruxelles 214, 1300 Wavre'],
    ["> Nous habitons l'appartement du deuxième étage, rue Lelièvre 6/2, 5000 Namur, depuis le 1er mars 2024", 'rue Lelièvre 6/2, 5000 Namur'],
    ['- Kristof: huurt sinds juli een appartement, Dendermondsesteenweg 45 bus 3, 9300 Aalst', 'Dendermondsesteenweg 45 bus 3, 9300 Aalst'],
    // Two capitalised words opening their line, the postcode and city after.
    ['VERHAEGEN & DE WOLF – geassocieerde gerechtsdeurwaarders\nCoupure Links 212, 9000 Gent\nTel. 09 225 43 17', 'Coupure Links 212, 9000 Gent'],
    // A person's name and a colon; an office ("à l'agence", "op ons kantoor", "Agence de Namur –").
    ["Convocations ailleurs qu'au bien :\n- M. Nowicki : Rue de la Gare 14, 6200 Châtelet – k.nowicki@outlook.be", 'Rue de la Gare 14, 6200 Châtelet'],
    ["signature le jeudi 26/03 à 17h30 à l'agence, Avenue Prince de Liège 78, 5100 Jambes", 'Avenue Prince de Liège 78, 5100 Jambes'],
    ['Co-héritiers :\n– Marc Henrotin (frère), Rue de Bierset 52, 4340 Awans, GSM 0487 15 62 39', 'Rue de Bierset 52, 4340 Awans'],
    ['Compromis op ons kantoor do 26/06 om 17u, Kortrijksesteenweg 1024, 9051 Sint-Denijs-Westrem.', 'Kortrijksesteenweg 1024, 9051 Sint-Denijs-Westrem'],
    ['Veridian Belgium BV, VAT BE 0763.195.406, registered office Boulevard du Souverain 280, 1160 Auderghem.', 'Boulevard du Souverain 280, 1160 Auderghem'],
    ['CENTURY 21 PRIMOGEST · Groupe B&O\nAgence de Namur – Avenue Cardinal Mercier 27, 5000 Namur', 'Avenue Cardinal Mercier 27, 5000 Namur'],
    // Streets abroad, and a stay as a residence.
    ['my official address is still Calle de Ponzano 41, 28003 Madrid', 'Calle de Ponzano 41, 28003 Madrid'],
    ["In Brussels we're staying in an Airbnb at Rue Gray 112, 1050 Ixelles", 'Rue Gray 112, 1050 Ixelles'],
    ['domicilié Rue Haute 5, 7100 La Louvière.', 'Rue Haute 5, 7100 La Louvière'],
    // A person's name and a comma right before: the address is theirs.
    ['Lun. 06/10 – Estimation – Francis Wauthier, Rue Lelièvre 9, 5000 Namur (maison mitoyenne)', 'Rue Lelièvre 9, 5000 Namur'],
    ['Estimation – M. Dupont, Rue Haute 12, 5000 Namur (maison)', 'Rue Haute 12, 5000 Namur'],
    // A letter's address block under a line holding a person's name, whatever the subject says of a property.
    ['Onderwerp: Opzeg huurovereenkomst Sint-Pietersnieuwstraat 118/3\n\nThomas Verhaeghe\nSint-Pietersnieuwstraat 118 bus 3\n9000 Gent', 'Sint-Pietersnieuwstraat 118 bus 3\n9000 Gent'],
    ['Objet : vente maison\nM. Dupont\nRue Haute 12\n5000 Namur', 'Rue Haute 12\n5000 Namur'],
    ['Post voor mij voortaan naar mijn thuisadres, niet meer naar Zwijnaarde: Oostakkerdorp 14, 9041 Oostakker.', 'Oostakkerdorp 14, 9041 Oostakker'],
    // A notary's office named after its partners, then a comma: its address.
    ['le notaire des acquéreurs, Étude Dessy & Grégoire, Rue Godefroid 21, 5000 Namur, tél.', 'Rue Godefroid 21, 5000 Namur'],
    ['couple, 1 enfant ; actuel : Rue Grétry 150, 4020 Liège ; préavis donné', 'Rue Grétry 150, 4020 Liège'],
    ['woon nu bij mijn dochter in de Zavelstraat 27 , 3200 Aarschot.', 'Zavelstraat 27 , 3200 Aarschot'],
    // Moving, living: "verhuizen naar", "vit".
    ['De verkopers verhuizen naar serviceflat Liersesteenweg 210 bus 12, 2640 Mortsel.', 'Liersesteenweg 210 bus 12, 2640 Mortsel'],
    ['Intéressé. Vit actuellement Rue Saint-Nicolas 61, 5000 Namur (bail)', 'Rue Saint-Nicolas 61, 5000 Namur'],
    ['envoyer le projet par courrier à 12, rue des Aubépines, L-1145 Luxembourg', '12, rue des Aubépines, L-1145 Luxembourg'],
    ['rijksregisternummer 600603 248 91, samenwonende te Aalst, Affligemdreef 118 bus 2.', 'Affligemdreef 118 bus 2'],
    // A street named after a person: their first name and the particles before the one word with its suffix; not "de"
    // alone, nor a surname.
    ['Notariskantoor Verhaegen & Stessens\nFrederik de Merodestraat 34, 2800 Mechelen', 'Frederik de Merodestraat 34, 2800 Mechelen'],
    ['wonende Jan Van Rijswijcklaan 12, 2018 Antwerpen', 'Jan Van Rijswijcklaan 12, 2018 Antwerpen'],
    ['Ik woon in de Kerkstraat 12.', 'Kerkstraat 12'],
    ['adres: Jan Peeters Kerkstraat 5', 'Kerkstraat 5'],
    // A street name wrapped after its type or a particle (a plain-text mail's line length, OCR).
    ["bailleresse, domiciliée Avenue de\nl'Observatoire 212, 4000 Liège", "Avenue de\nl'Observatoire 212, 4000 Liège"],
    // English streets: the number, the name, then the type.
    ['Current address: Flat 4, 27 Cranbrook Road\nRedland, Bristol BS6 7BS', '27 Cranbrook Road'],
    ["They live at 14 St John's Wood Terrace, London NW8 6JL.", "14 St John's Wood Terrace"],
    // Two or three spaces before the number, as OCR and PDF copies leave them.
    ['RENSONNET  &  DELHEZ   AVOCATS\nBoulevard de la Sauvenière  118 -  4000  Liège', 'Boulevard de la Sauvenière  118 -  4000  Liège'],
  ])('%s → %s', (text, address) => {
    expect(foundOf('postal-address', text)).toEqual([address]);
  });

  it('is more confident with a residence word than in a letter block', () => {
    const high = found('domicilié rue de la Loi 16, 1000 Bruxelles');
    expect(high).toHaveLength(1);
    expect(foundOf('postal-address', 'Rue Haute 12\n5000 Namur')).toHaveLength(1);
  });

  it.each([
    ['À vendre : maison située rue de la Loi 16, 1000 Bruxelles'],
    ['Te koop: woning gelegen Kerkstraat 12, 9000 Gent'],
    ['Concerne : avenue Louise 54'],
    ['Visite du bien Grote Markt 7 samedi'],
    ['Rue de la Loi 16, 1000 Bruxelles – Prix : 245.000 €'],
    ['1000 Bruxelles'],
    ['domicilié à 1000 Bruxelles'],
    ['Bouwjaar 1978'],
    ['Kerkstraat 12 mars'],
    ['la rue de la loi 16'],
    ['la maison est rue de la Chaussée 44 à Mons'],
    ['Century 21 Primogest, Rue Haute 12, 5000 Namur (maison 3 chambres)'],
    ['Visits on Saturday:\n1. Avenue de Longwy 185, 6700 Arlon – 4 bed, 190 m²'],
    // A listing's heading and address block: no person's name above it.
    ['Villa Les Tilleuls\nRue Basse 14, 5000 Namur\nPrix 300.000'],
    // A city ending like a Dutch street ("-dam") before a Dutch postcode.
    ['wonende te Rotterdam 3011 AB'],
    // A mail's subject names the property, also in English.
    ['Subject: RE: Flat Rue Général Henry 31/4 – lease and check-in'],
    ['Gmail\tSiobhán Kavanagh <siobhan.kavanagh@gmail.com>\nFlat Rue du Trône 142 box 3 – lease from 1 September, deposit'],
    ['Sujet\tFwd: Dossier location Rue des Fontaines 41/3 - nos documents\nDe\tSophie Delmotte'],
    // A rental application names its property (Roundcube's window title holds the subject).
    ['Roundcube Webmail :: TR: Re: Candidature Rue Saint-Gilles 122/4 – passeport et extrait de compte'],
    // A purchase names its property ("Aankoop Kasteeldreef 14, Schoten", a mail's subject).
    ['Aankoop Kasteeldreef 14, Schoten – gegevens voor compromis'],
    // A listing's code before the street; the rent (a noun) before the property word.
    ['Lead LD-2025-04417 · Immoweb · VK-0312 Heidebloemstraat 27 · Status: Bod ontvangen'],
    ['De huur van het appartement in de Parkstraat 8 bus 4, 9100 Sint-Niklaas stijgt.'],
    // An exit inspection report's running header: the tenants, then the flat.
    ['Uittrede SCHEPERS / MULDERS – HADDOUCHI – Thonissenlaan 61/2.3\n\n2. VASTSTELLINGEN PER RUIMTE'],
    // A date's day is no house number.
    ['Dossier 20-8988. Agence BIV 583.237.\n\n[Note CRM 13.05.2020] Appel de Monsieur Louis Dumont'],
    // A profession and town with no person before them.
    ['Pour la vente, notaire à Namur, Rue de Fer 12, 5000 Namur, depuis hier'],
    ['Pour la vente, notaire, Rue de Fer 12, 5000 Namur, depuis hier'],
    // A building's sheet.
    ['VME Residentie Demerhof\nGebouw: Kuringersteenweg 71, 3500 Hasselt – 7 appartementen, 4 garages'],
    // An English street type that does not end the clause is no street.
    ['They live at the station: 3 Bedroom Close to the centre'],
    // No one-word street without its postcode and city, nor from a word that is no street.
    ['Notariskantoor Haesaert & Lippens – Kouter 17 – 09/225.61.93'],
    ['Notariskantoor Haesaert & Lippens\nCoupure Links 17 – 09/225.61.93'],
    // A mail's subject names a file's property, whatever word comes between.
    ['Onderwerp: Kandidaat-huurders Sint-Pietersnieuwstraat 118/3 – uw dossier VH-GNT-25-0112'],
    ['> Objet : TR: mise en demeure Me Delhez - Mukendi / Gilson - Rue Saint-Séverin 47/3'],
    // An office's licence number is no one-word street.
    ['PEB 20261121327846, 470 kWh/m².an. Dossier 24-8973. Agence BIV 326'],
    // Living denied: the property is not their home. A new house for sale.
    ['Nouvelle maison à vendre : Rue Haute 4, 5000 Namur'],
    ["Les vendeurs n'habitent plus la maison, Rue Haute 12, 5000 Namur"],
    ['Hij woont niet meer in het appartement, Kerkstraat 5, 9000 Gent'],
    ['Maison à vendre Rue du Try 7, 1325 Chaumont-Gistoux. Où ils habitent maintenant, je ne sais pas.'],
    // A candidate for the property (not "the tenant", who lives there).
    ['Locataire;NN 91.11.05-074.18, candidat pour Rue de Namur 27 bte 4, garantie via CPAS de Namur'],
    // A comparable sale: "vendue" after it.
    ['Les ventes comparables du quartier : Rue du Try 31 vendue 612.000 € (03/2025)'],
    ['Kandidaat-huurder voor Lange Leemstraat 214 bus 3, 2018 Antwerpen (huur € 950 + € 60)'],
    ['Candidat locataire pour la Rue Haute 12, 5000 Namur'],
    // A transfer's communication names the property paid for; an e-mail in a sentence before the address.
    ['0416  05/10/2026  VIREMENT A DUPONT\n      COMMUNICATION : HUUR OKT 2026 APP RUE DE LA GARE 12/2 JAMBES'],
    ['Mededeling: huur okt Kerkstraat 5 bus 2'],
    // A price after the street ("278 000 €"); Roundcube's window title holds the subject.
    ['Comparables : rue de Dave 278 000 € (128 m²), Jambes-Velaine 265 000 €'],
    ['Roundcube Webmail :: Akteverlijden Kontichsesteenweg 112, Mortsel – afspraak 10/12/2026'],
    ['Stuur een mail naar info@immo.be, Kerkstraat 8 is verkocht.'],
    // An investment property.
    ["vendent leur appart. d'invest. Rue de Dave 47 bte 3, loué 720 €/mois"],
    ['il habite Namur 3 jours par semaine'],
    // A list of properties: the property's words follow the address on its line.
    ['Zoals beloofd de lijst.\n\n2. Bosstraat 14, 9820 Merelbeke (ref. V-GE-2025-0331) – open bebouwing, 212 m²'],
    // A printed Gmail thread starts with its subject: "Gmail - <subject>".
    ['Gmail - Kandidaten Amerikalei 164 bus 3 (L-AN-2025-0388)\n3 berichten'],
    ['Lot 3, 1300 Wavre'],
    ['Century 21, 5000 Namur'],
    // Words of a property: contact details "of the property", "maison" alone; a job title in a sentence.
    ['Coordonnées du bien : Rue de Fer 12, 5000 Namur'],
    ['Maison à vendre, rue de la Gare 5, 5000 Namur'],
    ['Le gestionnaire visite Rue de Fer 12, 5000 Namur'],
    ['visite le 14 mars\n2025 Rue de Fer 12, 5000 Namur'],
    ['Te koop (appartement) : Rue de Fer 12, 5000 Namur'],
    ['Maison louée rue du Calvaire 41, 6060 Gilly'],
    ['</ul>\n<p>Situation : Kleine Daalstraat 14, 1560 Hoeilaart, à 8 min du ring</p>'],
    ['Adres eigendom: Kloosterstraat 37, 9310 Moorsel'],
    // A property sheet: the address field goes on with the price or the rent.
    ['Referentie: VH-0488 – Appartement\nAdres: Tiensesteenweg 148 bus 3, 3010 Kessel-Lo\nHuurprijs: € 925/maand'],
    ['Adresse : Rue de Fer 12, 5000 Namur\nPrix : 245.000 €'],
    ['Référence : V-2025-0412\nAdresse du bien\nRue : Rue des Vignes\nN° : 38\nCode postal : 4020\nLocalité : Jupille'],
    // A viewing and a calendar entry's place; an amount's cents after a shop's name.
    ['09:30 - 10:00 Bezichtiging Kerkstraat 14 Lier (V-2025-0231)'],
    ['Van: Stijn Verbist\nWanneer: maandag 17 november 2025 09:30-10:00\nWaar: Kerkstraat 14, 2500 Lier'],
    ['Revenus : 1.284,60 €/mois + mi-temps chez Colruyt 862,15 € net'],
    ['Adresse : envoyé via WhatsApp 3 fois'],
    ['- 30/06 : passage à DocShare 4.13.0 (confirmation obligatoire)'],
    ['Voor de ontwerpakte van Jan Van Beersstraat 31 bus 2: de kopers zijn intussen verhuisd.'],
    // A reference's number before the street; a property in a tab-separated row (the table's header decides).
    ['Visite V-4402 Rue de la Montagne 58, Charleroi'],
    ['08/07/2025\t09:30\tV-4427 Chée de Bruxelles 341, Jumet\tM. et Mme Ciccone'],
    ['Eigenaar Jan Peeters, woning te koop, Kerkstraat 5, 2000 Antwerpen'],
  ])('%s has no personal address', (text) => {
    expect(foundOf('postal-address', text)).toEqual([]);
  });

  it('reads a deed\'s property words ("HET GOED", "Woonhuis") as nearer than the parties\' residence word above them', () => {
    const deed = 'wettelijk samenwonenden, wonende te Ezelstraat 71, 8000 Brugge.\n\nHET GOED\nWoonhuis met tuin, Sint-Clarastraat 38, 8000 Brugge, kadastraal gekend';
    expect(foundOf('postal-address', deed)).toEqual(['Ezelstraat 71, 8000 Brugge']);
  });
});

describe('phones', () => {
  it.each([
    ['GSM 0470 12 34 56', '0470 12 34 56'],
    ['tél. 02/512.34.56', '02/512.34.56'],
    ['+32 470 12 34 56', '+32 470 12 34 56'],
    ['0032 2 512 34 56', '0032 2 512 34 56'],
    ['+32 (0)2 512 34 56', '+32 (0)2 512 34 56'],
    ['Tel: +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['mobiel 06-12345678', '06-12345678'],
    ['+352 621 123 456', '+352 621 123 456'],
    ['GSM 691 997 526', '691 997 526'],
    ['call +49 89 1234 5678', '+49 89 1234 5678'],
    // An area code in brackets: the United States' way, and the old Belgian one.
    ['Best to reach me on my cell +1 (630) 428-7153 after 3pm', '+1 (630) 428-7153'],
    ['Tél. (081) 22 47 90', '(081) 22 47 90'],
    ['Rendez-vous le 02/06/2025, GSM 0470 12 34 56', '0470 12 34 56'],
    ['dossierbeheerder Bart Lemmens (0472 58 14 06 – bart.lemmens@primogest.be)', '0472 58 14 06'],
    // A Belgian mobile in groups after a negative word: no meter, invoice or file number is written so.
    ['son numéro pour les compteurs : 0479 84 33 07', '0479 84 33 07'],
    ['tél. 04 20 25 06 12', '04 20 25 06 12'],
  ])('%s → %s', (text, phone) => {
    expect(foundOf('phone', text)).toEqual([phone]);
  });

  it.each([['le 02/06/2025 09:15'], ['Valable du / Valid from\n12.09.2022 - 12.09.2032'], ['<bijgevoegd: 00000023-PHOTO-2025-06-16-10-02-31.jpg>'], ['0123456789'], ['691 997 526'], ['EPC 20220317-0032807661-01-9'], ['Réf. 0471234567'], ['Compteur 0479843307'], ['from our Chase checking, routing 071000013, account 7823461590'], ['Rijksregisternummer *\n91.05.02-346.58 / 89112717588'], ['Date of birth: 03/14/1987 (14.03.1987)'], ['art. 1722 (2) 3'],
    // A French number is written in pairs: here the first group ends a lot number, the second starts an EPC code.
    ['app. 2.04 20250612-0003241903-RES-1']])('%s is not a phone', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it('reads two numbers listed with " / " as two, never a foreign number across the slash', () => {
    // "07 / 0477 84 35" would be a valid Dutch number, "06 / 0479 04 82" a French one.
    expect(foundOf('phone', 'Tél : 0481.89.09.07 / 0477 84 35 82')).toEqual(['0481.89.09.07', '0477 84 35 82']);
    expect(foundOf('phone', 'Tél : 056.25.35.06 / 0479 04 82 19')).toEqual(['056.25.35.06', '0479 04 82 19']);
    // A glued "/" is how Belgians write a Dutch mobile too.
    expect(foundOf('phone', 'tel 06/86757104')).toEqual(['06/86757104']);
  });
});

describe('tables read by their header', () => {
  const candidates = [
    'CANDIDATS LOCATAIRES',
    'N° | Nom | Prénom | Né(e) le | GSM | Remarques',
    '1 | KABONGO MUKENDI | Grâce | 16/04/2002 | 0456 83 12 07 | garant : sa tante',
    '2 | NOWAK | Tomasz | 05/10/1984 | +32 498 70 53 11 | dossier complet',
    '3 | DUMONT-LAMBERT | Élise | ? | 04 223 61 09 | à rappeler',
    '',
    'Visite le 12/11 | 14h | Rue Grétry 150',
  ].join('\n');

  it('reports the cells under name and birth-date columns', () => {
    expect(foundOf('person-name', candidates)).toEqual(['KABONGO MUKENDI', 'Grâce', 'NOWAK', 'Tomasz', 'DUMONT-LAMBERT', 'Élise']);
    expect(foundOf('date-of-birth', candidates)).toEqual(['16/04/2002', '05/10/1984']);
  });

  it('reads a tab-separated sheet the same way', () => {
    const sheet = 'Name\tDate of birth\tPhone\nDeclan Murphy\t12.03.1979\t+32 478 90 33 15\n';
    expect(found(sheet)).toEqual([
      ['person-name', 'Declan Murphy'],
      ['date-of-birth', '12.03.1979'],
      ['phone', '+32 478 90 33 15'],
    ]);
    // A Google Forms sheet: the birth date as the respondent wrote it, with the month's name.
    const forms = 'Nom et prénom\tDate de naissance\tMessage\nYassine Bouzidi\t15 mars 1986\tvisite samedi\nAnne Claes\t1er maart 1962\t-\n';
    expect(foundOf('date-of-birth', forms)).toEqual(['15 mars 1986', '1er maart 1962']);
    // Headed by the form's questions: their words say what the column holds ("Lieu de naissance" is no birth date).
    const questions = 'Tijdstempel\tNaam\tE-mailadres\tGeboortedatum (voor de huurscreening)\n15/11/2025 09:14:52\tWannes Goossens\twannes@telenet.be\t14/05/1992\n';
    expect(found(questions)).toEqual([
      ['person-name', 'Wannes Goossens'],
      ['email', 'wannes@telenet.be'],
      ['date-of-birth', '14/05/1992'],
    ]);
    const french = 'Nom\tLieu de naissance\tDate de naissance (jj/mm/aaaa)\nDupont Jean\t12/03/1985\t14/05/1992\n';
    expect(foundOf('date-of-birth', french)).toEqual(['14/05/1992']);
  });

  it('reports nothing from a table without such columns, or from cells that are no name or birth date', () => {
    expect(found('Réf. | Prix | Surface\n4521873 | 325.000 | 12/03/1985')).toEqual([]);
    expect(found('Nom | Né le\nà confirmer | 12/03/2099')).toEqual([]);
  });

  it('reads a CSV file by its first line: ";" as Excel writes it, "," as Google Sheets does, quoted cells', () => {
    const excel = [
      'Référence;Civilité;Nom;Prénom;Date de naissance;Rue;N°;Boîte;Code postal;Localité;GSM',
      'C-1;M.;DUPONT;Jean;12/03/1985;Rue Haute;12;3;5000;Namur;0470 12 34 56',
      'C-2;Mme;Lambert;Marie;;Avenue Louise;54;;1050;Ixelles;',
    ].join('\r\n');
    expect(foundOf('person-name', excel)).toEqual(['DUPONT', 'Jean', 'Lambert', 'Marie']);
    expect(foundOf('date-of-birth', excel)).toEqual(['12/03/1985']);
    expect(foundOf('postal-address', excel)).toEqual(['Rue Haute;12;3;5000;Namur', 'Avenue Louise;54;;1050;Ixelles']);
    const sheets = [
      'Tijdstempel,Naam,Voornaam,Geboortedatum,Huidig adres,Opmerkingen',
      '2025/06/03 10:12:45,Peeters,Jan,5/4/1990,"Veldstraat 3 bus 2, 9000 Gent","Met mijn zoon,',
      'hij komt ook"',
      '2025/06/03 11:02:10,Claes,An,02/11/1988,Kerkstraat 12 9000 Gent,',
    ].join('\n');
    expect(foundOf('person-name', sheets)).toEqual(['Peeters', 'Jan', 'Claes', 'An']);
    expect(foundOf('date-of-birth', sheets)).toEqual(['5/4/1990', '02/11/1988']);
    expect(foundOf('postal-address', sheets)).toEqual(['Veldstraat 3 bus 2, 9000 Gent', 'Kerkstraat 12 9000 Gent']);
    // A quoted cell holds the separator.
    expect(foundOf('postal-address', 'Nom;Prénom;Adresse\nDupont;Jean;"Rue Haute 12; 5000 Namur";x')).toEqual(['Rue Haute 12; 5000 Namur']);
  });

  it("reads a couple in one name cell, and leaves a row's first cell to the header (a property, not an address)", () => {
    const sheet = [
      'Pand\tHuurder\tGSM\tRekening huurder',
      'Hoogstraat 41/2\tVan Dyck Jonas & Claes Lotte\t0478 21 56 90\t',
      'Keizerstraat 7\tÖztürk Emre en Yıldız Elif\t\t',
      'Garage 3\tWouters & Zonen\t\t',
    ].join('\n');
    expect(foundOf('person-name', sheet)).toEqual(['Van Dyck Jonas', 'Claes Lotte', 'Öztürk Emre', 'Yıldız Elif']);
    expect(foundOf('postal-address', sheet)).toEqual([]);
    // A label's cell before the address (also aligned with several tabs), or an address across cells, is read as before.
    expect(foundOf('postal-address', 'Adres:\tKerkstraat 5, 9000 Gent\n')).toEqual(['Kerkstraat 5, 9000 Gent']);
    expect(foundOf('postal-address', 'GSM :\t\t0494 27 61 08\nDomicile :\t\tRue Saint-Gilles 145 bte 21, 4000 Liège\n')).toEqual(['Rue Saint-Gilles 145 bte 21, 4000 Liège']);
    // A signature's line with "|" between its parts is no table row.
    expect(foundOf('postal-address', 'Century 21 Primogest – Gestion locative\nAvenue Prince de Liège 91, 5100 Jambes | 081 30 45 67 | TVA BE 0739.415.261')).toEqual(['Avenue Prince de Liège 91, 5100 Jambes']);
  });

  it('keeps the columns of a tab-separated row with an empty cell', () => {
    const sheet = 'Tijdstempel\tNaam\tGeboortedatum\tGSM\tHuidig adres\tInkomen\n5/11/2025 13:22:18\tMbuyi\t\t0465 38 90 17\tAvenue de la Couronne 214, 1050 Ixelles\t3400';
    expect(foundOf('postal-address', sheet)).toEqual(['Avenue de la Couronne 214, 1050 Ixelles']);
  });

  it('leaves the addresses of a ";" row to its header: the tenant\'s, not the rented property\'s', () => {
    const mail = [
      'Dag Marc, de achterstallen:',
      '',
      'Huurder;Pand;Adres huurder;GSM;Achterstal',
      'Peeters Jan & Maes Els;Kortrijksesteenweg 412/0103, 9000 Gent;;0477 93 12 40;1.250,00',
      'Bouzid Karim;Brugsesteenweg 235, 9030 Mariakerke;Jozef Guislainstraat 61, 9000 Gent;0486 21 73 58;890,00',
    ].join('\n');
    expect(foundOf('postal-address', mail)).toEqual(['Jozef Guislainstraat 61, 9000 Gent']);
  });

  it('reads a ";" export pasted below a mail whose quoted cells go on over lines', () => {
    const mail = [
      'Hoi Bram, hieronder de export van het contactformulier.',
      '',
      'Datum;Naam;Voornaam;E-mail;Bericht',
      '03/07/2025 22:58;Yılmaz;Emre;emre.yilmaz@outlook.be;"Dag,',
      'ik ben geïnteresseerd; budget max 285.000 €.',
      'Groeten Emre"',
      '04/07/2025 07:41;Van de Velde;An;an.vandevelde@gmail.com;Graag een bezoek',
    ].join('\n');
    expect(foundOf('person-name', mail)).toEqual(['Bram', 'Yılmaz', 'Emre', 'Emre', 'Van de Velde', 'An']);
  });

  it('reads a ";" table pasted into a mail by its header, also one of several words; a postcode and city alone is no address', () => {
    const mail = [
      'Hoi Wim, hier de inschrijvingen:',
      '',
      'Tijdstempel;Naam;E-mailadres;Huidige gemeente of adres;Tijdslot',
      '16/09/2025 20:14;Thomas Vandenberghe;thomas@example.be;Herent;10:00 - 10:30',
      '16/09/2025 21:02;Katarzyna Nowak;kasia@example.be;Vaartstraat 101, 3000 Leuven;10:30 - 11:00',
      '16/09/2025 21:40;Bert Lemmens;bert@example.nl;3012 Wilsele;11:00 - 11:30',
    ].join('\n');
    expect(foundOf('postal-address', mail)).toEqual(['Vaartstraat 101, 3000 Leuven']);
    expect(foundOf('person-name', mail)).toContain('Bert Lemmens');
    // An e-mail, a property's or a firm's address column is none of theirs; a sentence is no header.
    const other = 'Naam;Adresse e-mail;Adres van het pand\nJan Peeters;Rue Haute 12, 5000 Namur;Kerkstraat 5, 9000 Gent';
    expect(foundOf('postal-address', other)).toEqual([]);
    const prose = 'Précisez le nom et la référence du dossier ici;oui;non\nDupuis Lambert;oui;non';
    expect(found(prose)).toEqual([]);
  });

  it('reads a JSON export by its keys, also pasted into a mail', () => {
    const json = [
      'Voici l\'export du formulaire :',
      '[{ "crm_id": "C-0093318", "name": "WOUTERS", "firstName": "Thomas", "birth_date": "1985-03-12",',
      '   "address": "Chaussée de Tongres 212, 4000 Rocourt", "created": "2025-09-03T18:42:11Z", "city": "Rocourt" }]',
    ].join('\n');
    expect(found(json)).toEqual([
      ['person-name', 'WOUTERS'],
      ['person-name', 'Thomas'],
      ['date-of-birth', '1985-03-12'],
      ['postal-address', 'Chaussée de Tongres 212, 4000 Rocourt'],
    ]);
    // Other keys, values that are no name or date, a key too far from its quote: nothing.
    expect(found('{"name": "à confirmer", "birth_date": "2099-01-01", "title": "Villa 4 façades", "price": "350000"}')).toEqual([]);
  });

  it('reads a vCard: formatted name, name parts and the home address', () => {
    const vcard = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Claes;Sarah;;;',
      'FN:Sarah Claes',
      'ORG:Claes Interieur BV;',
      'ADR;TYPE=home:;;Rue Jonfosse 61;Liège;;4000;Belgium',
      'END:VCARD',
      'ADR;TYPE=home:;;Rue Haute 1;Namur;;5000;Belgium',
    ].join('\r\n');
    expect(found(vcard)).toEqual([
      ['person-name', 'Claes'],
      ['person-name', 'Sarah'],
      ['person-name', 'Sarah Claes'],
      ['postal-address', 'Rue Jonfosse 61;Liège;;4000;Belgium'],
    ]);
    // A long card (a photo in it): an edit far below its BEGIN reads it as a full scan does.
    const long = vcard.replace('VERSION:3.0', `PHOTO;ENCODING=b:${'QUJD'.repeat(2000)}`);
    const at = long.indexOf('ADR');
    expect(scanRange(long, at, at + 1).findings.map((f) => long.slice(f.start, f.end))).toEqual(['Rue Jonfosse 61;Liège;;4000;Belgium']);
  });

  it("reads Google Forms' summary of answers: each answer under a name, birth-date or address question", () => {
    const summary = [
      'Résumé\tQuestion\tIndividuelle',
      '',
      'Nom *',
      '3 réponses',
      'Lambert',
      'Kabongo Tshibangu',
      'WÉRY',
      '',
      'Date de naissance',
      'Uniquement pour le bon de visite.',
      '2 réponses',
      '7 mai 1988',
      '2001-02-18',
      '',
      'Adresse – rue *',
      '2 réponses',
      'Rue de Fer',
      'Avenue de la Plante 112',
      '',
      'Date de la visite',
      '1 réponse',
      '12/03/1985',
      '',
      'Bien visé *',
      '1 réponse',
      'Rue Mazy 27 bte 2, 5100 Jambes',
    ].join('\n');
    expect(found(summary)).toEqual([
      ['person-name', 'Lambert'],
      ['person-name', 'Kabongo Tshibangu'],
      ['person-name', 'WÉRY'],
      ['date-of-birth', '7 mai 1988'],
      ['date-of-birth', '2001-02-18'],
      ['postal-address', 'Avenue de la Plante 112'],
    ]);
    // Dutch and English counts; an edit far down a long list reads it as a full scan does.
    expect(foundOf('person-name', 'Naam\n2 reacties\nVerstraeten\nDe Smet')).toEqual(['Verstraeten', 'De Smet']);
    expect(foundOf('person-name', 'Last name\n1 response\nHolloway')).toEqual(['Holloway']);
    const long = `Nom *\n900 réponses\n${'Remarque sans nom\n'.repeat(800)}Mukendi\n`;
    const at = long.indexOf('Mukendi');
    expect(scanRange(long, at, at + 1).findings.map((f) => long.slice(f.start, f.end))).toEqual(['Mukendi']);
  });

  it('reads a name cell past the title or role it starts with', () => {
    const table = 'Lot;Propriétaire;Adresse\nApp. 2.2;Erven Jozef Mertens;Lange Gasthuisstraat 21, 2000 Antwerpen\nApp. 1.1;Mevr. An Maes;Kerkstraat 1, 2000 Antwerpen';
    expect(foundOf('person-name', table)).toEqual(['Jozef Mertens', 'An Maes']);
  });

  it('reads no table in prose commas and semicolons, nor addresses in a table of properties', () => {
    expect(foundOf('person-name', 'Nom, prénom, adresse : tout est dans le dossier.\nMerci, Dupont, à bientôt.')).toEqual([]);
    expect(found('Réf;Adresse;Prix\nV-12;Rue Haute 12, 5000 Namur;245.000')).toEqual([]);
    // Comparable sales: an address opening its line, the kind of house after it.
    expect(found('Rue de Dinant 131, 5590 Ciney\tmitoyenne\t140 m²\t01/2025')).toEqual([]);
  });

  it('finds a row edited far below its header as a full scan does', () => {
    const long = `${candidates.split('\n').slice(0, 2).join('\n')}\n${'9 | PEETERS | Jan | 01/01/1980 | – | –\n'.repeat(400)}`;
    const at = long.lastIndexOf('PEETERS');
    const range = scanRange(long, at, at + 1);
    expect(range.findings.map((f) => long.slice(f.start, f.end))).toEqual(['PEETERS', 'Jan', '01/01/1980']);
  });
});
