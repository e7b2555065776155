/** Surnames repeated alone (lib/detect/aliases.ts): once a text names a person in full, the surname alone is that person. */
import { describe, expect, it } from 'vitest';
import { ALIAS_REACH, LEGEND_HEAD } from '../../../lib/detect/aliases.ts';
import { scanRange } from '../../../lib/detect/index.ts';
import { foundOf } from './support.ts';

describe('surnames repeated alone', () => {
  it('reads the surname of a full name alone, before and after it, in capitals or not', () => {
    const text = [
      'Objet : vente GOFFIN-HUBERTY / STASSART',
      '',
      'Le vendeur est Monsieur Olivier Goffin, ex-époux de Madame Valérie Huberty ; acheteur : Monsieur Paul Stassart.',
      'Le dossier Stassart est complet ; relancer garant STASSART pour les fiches de paie.',
    ].join('\n');
    expect(foundOf('person-name', text)).toEqual(['GOFFIN', 'HUBERTY', 'STASSART', 'Olivier Goffin', 'Valérie Huberty', 'Paul Stassart', 'Stassart', 'STASSART']);
  });

  it('takes the particles with the surname: "Van Hecke", "De Smedt"', () => {
    const text = 'Monsieur Marc Van Hecke et Madame Ilse De Smedt ont visité.\nTO DO : 2e visite Van Hecke, offre De Smedt.';
    expect(foundOf('person-name', text)).toEqual(['Marc Van Hecke', 'Ilse De Smedt', 'Van Hecke', 'De Smedt']);
  });

  it('does not read a firm or a street named after someone as that person', () => {
    const text = [
      'Maître Anne Wilmet, Étude Bodart & Wilmet.',
      'Monsieur Bart Wuyts, gérant de Wuyts Vastgoed BV.',
      'Monsieur Jean Deltour, Immo Deltour & Fils.',
      'Mr. Pieter-Jan Desmet, advocaat-vennoot, DESMET VAN AKEN ADVOCATEN BV.',
      'Monsieur Sébastien Grosjean (Grosjean Crédits à Ans).',
      'Monsieur Paul Dupont habite ailleurs ; le bien est rue Dupont.',
      'Mevrouw Marloes Hendriks, vennoot bij Hendriks Kuiper Accountants.',
      'Onze technieker Kevin De Cock komt morgen; Verwarming De Cock comm.v. factureert.',
      "Notaire : Maître Hélène Chapelle. Le prix est versé sur le compte de tiers de l'étude Chapelle.",
      // A contractor, and the quotation of his firm.
      'De zaakvoerder, Koen Verstraete, belt terug; het nummer van Bouwbedrijf Verstraete is de centrale.',
      'Monsieur Luc Gobert, menuisier. Le devis Gobert est retenu.',
      // A firm of two names.
      'Onze notaris is mr. Anouk Terpstra, van Notariskantoor Hoogland Terpstra.',
    ].join('\n');
    expect(foundOf('person-name', text)).toEqual(['Anne Wilmet', 'Bart Wuyts', 'Jean Deltour', 'Pieter-Jan Desmet', 'Sébastien Grosjean', 'Paul Dupont', 'Marloes Hendriks', 'Kevin De Cock', 'Hélène Chapelle', 'Koen Verstraete', 'Luc Gobert', 'Anouk Terpstra']);
  });

  it('reads every surname written in capitals after the first name ("Yannick MUKENDI KALALA"), not its particles', () => {
    const text = [
      'Objet : mise en demeure – Mukendi / loyers impayés',
      'Monsieur Yannick MUKENDI KALALA, Monsieur Jean-Pierre VAN DEN BOSSCHE.',
      'Kalala a payé. Van: Jan Peeters. Den Haag.',
    ].join('\n');
    expect(foundOf('person-name', text)).toEqual(['Mukendi', 'Yannick MUKENDI KALALA', 'Jean-Pierre VAN DEN BOSSCHE', 'Kalala', 'Jan Peeters']);
  });

  it('reads the first name of a full name alone ("Cormac Fitzgerald" → "Cormac"), not a label read into a name', () => {
    const text = 'Passports: Mr Cormac Fitzgerald and Ms Aoife Daly.\nI noted PX4829173 for Cormac, on the phone with Cormac tomorrow.';
    expect(foundOf('person-name', text)).toEqual(['Cormac Fitzgerald', 'Aoife Daly', 'Cormac', 'Cormac']);
    const visit = '10:00 - Piotr & Agnieszka Kowalski. Mobile Piotr: +32 471 63 20 98.\n> Office +32 2 640 18 79 | Mobile +32 476 28 45 10';
    expect(foundOf('person-name', visit)).not.toContain('Mobile');
  });

  it('reads initials given after a name that follows a label ("Dossierbeheerder: Lotte Peeters (LP)")', () => {
    const text = 'Dossierbeheerder: Lotte Peeters (LP)\n\nNotities:\n16/09 LP: tel. gehad met de huurder.';
    expect(foundOf('person-name', text)).toEqual(['Lotte Peeters', 'LP', 'LP']);
  });

  it('reads surnames with Latin Extended-A lowercase letters ("Yıldız", "Kowalczyk-Wąs")', () => {
    const text = 'bezoek kand. Emre Yıldız, ingenieur. eigenaar Anna Kowalczyk-Wąs.\nkand. Yıldız aanvaard door Wąs.';
    expect(foundOf('person-name', text)).toEqual(['Emre Yıldız', 'Anna Kowalczyk-Wąs', 'Yıldız', 'Wąs']);
  });

  it('takes the surname in capitals written first ("HERMAN Quentin") as the surname', () => {
    expect(foundOf('person-name', 'Acquéreur : HERMAN Quentin, employé.\nLe dossier HERMAN est complet.')).toEqual(['HERMAN Quentin', 'HERMAN']);
  });

  it('reads the surnames of a table\'s surname column beside its first-name column ("Naam | Voornaam")', () => {
    const text = [
      'Bod Yilmaz/Kaya aanvaard, oud bod (Bakker) geweigerd.',
      '',
      'Naam | Voornaam | GSM | Rol',
      'Yilmaz | Emre | 0486 40 17 93 | Koper',
      'Kaya | Derya | 0486 71 05 28 | Koper',
      'Bakker | Sander | 0475 21 68 30 | Koper',
    ].join('\n');
    expect(foundOf('person-name', text)).toEqual(['Yilmaz', 'Kaya', 'Bakker', 'Yilmaz', 'Emre', 'Kaya', 'Derya', 'Bakker', 'Sander']);
    // A name column alone may hold anything a person is called by: no surname is taken from it.
    expect(foundOf('person-name', 'Bod Yilmaz aanvaard.\n\nNaam | GSM | Rol\nYilmaz | 0486 40 17 93 | Koper\nKaya | 0486 71 05 28 | Koper')).toEqual(['Yilmaz', 'Kaya']);
  });

  it('reads the surname an honorific names alone ("M. et Mme Bastin-Collignon") where it stands alone, not in a place\'s name', () => {
    const text = 'Visites :\n8. M. et Mme Bastin-Collignon – fixe 081 30 45 12\n9. M. Lambert, seul\n\nNon : Bastin-Collignon, Lambert.\nBien situé place Saint-Lambert.';
    expect(foundOf('person-name', text)).toEqual(['Bastin-Collignon', 'Lambert', 'Bastin', 'Collignon', 'Lambert']);
  });

  it('needs a full name or an honorific: a surname alone anywhere, or a first name last ("PEETERS Jan"), makes no alias', () => {
    expect(foundOf('person-name', 'Le dossier RASKIN est complet. Le dossier Raskin avance.')).toEqual([]);
    expect(foundOf('person-name', 'Nom : PEETERS Jan\nVisite rue Jan Van Rijswijck.')).toEqual(['PEETERS Jan']);
  });

  it('reads the initials a text gives for a name ("AR = Amandine Ronveaux", "Thibault Masset (TM)") where they stand alone', () => {
    const text = [
      'Utilisateurs : AR = Amandine Ronveaux, Thibault Masset (TM)',
      '20/06/2025 11:40\tAR\tRappel\tEDL lundi 10h.',
      '19/06/2025 16:12\tTM\tDoc reçu\tAttestation ING, voir AR.',
      'Référence ARC-12, parking TMX, dossier V-AR-2025-0142, clé TM-3.',
    ].join('\n');
    expect(foundOf('person-name', text)).toEqual(['AR', 'Amandine Ronveaux', 'Thibault Masset', 'TM', 'AR', 'TM', 'AR']);
    // Initials may leave out a word, not the first ("EV = Elke Van Hoecke"); initials that are not the name's are no legend.
    expect(foundOf('person-name', 'Gebruikers: EV = Elke Van Hoecke\n01/09/2025 09:12  [EV]  Publicatie')).toEqual(['EV', 'Elke Van Hoecke', 'EV']);
    expect(foundOf('person-name', 'Utilisateurs : XY = Amandine Ronveaux\n20/06\tXY\tRappel')).toEqual(['Amandine Ronveaux']);
    expect(foundOf('person-name', 'Utilisateurs : NA = Nawal Azzouzi (accueil)\n05/12/2025 10:40\tNA\tE-mail')).toEqual(['NA', 'Nawal Azzouzi', 'NA']);
    // Outlook on the web's avatar: the initials alone on the line above the sender's name.
    expect(foundOf('person-name', 'Objet : garantie\n\nCM\nCéline Marchal\nÀ : Nadia\n\nNB\nNadia Bouazza')).toEqual(['CM', 'Céline Marchal', 'Nadia', 'NB', 'Nadia Bouazza']);
    // A few words after the initials in the brackets.
    expect(foundOf('person-name', 'onze medewerker Kevin De Meyer (KDM in het logboek)\n> 12/05/2025 14:03:22 | KDM | DELEN')).toEqual(['Kevin De Meyer', 'KDM', 'KDM']);
    // A log entry's "XX (Name)" gives the initials for the entries after it.
    expect(foundOf('person-name', '15/09/2025 17:30 – DW (Damien Wathelet) – Mandat signé.\n04/10/2025 10:00 – DW – Visite.')).toEqual(['DW', 'Damien Wathelet', 'DW']);
  });

  it(`reads a surname alone only within ${ALIAS_REACH} characters of its full name, also in an incremental scan`, () => {
    const filler = (chars: number): string => 'Visite sans suite. '.repeat(Math.ceil(chars / 19));
    const near = `Madame Chloé Raskin a visité.\n\n${filler(ALIAS_REACH - 300)}\n\nDossier RASKIN complet.`;
    const far = `Madame Chloé Raskin a visité.\n\n${filler(ALIAS_REACH + 100)}\n\nDossier RASKIN complet.`;
    expect(foundOf('person-name', near)).toEqual(['Chloé Raskin', 'RASKIN']);
    expect(foundOf('person-name', far)).toEqual(['Chloé Raskin']);
    // A keystroke on the last paragraph: the scan around its window reads far enough to find the full name.
    const at = near.lastIndexOf('RASKIN');
    expect(scanRange(near, at, at + 1).findings.map((f) => near.slice(f.start, f.end))).toEqual(['RASKIN']);
  });

  it(`reads the initials of a legend in the text's first ${LEGEND_HEAD} characters all through it, also in an incremental scan`, () => {
    const day = (n: number): string => `0${n}/12/2025\n09:30 - 10:00  Bezichtiging  [LD]\n  Pand: ref. H-BR-2025-00${n}\n`;
    const week = Array.from({ length: 120 }, (_, k) => day(k % 9 + 1)).join('');
    const agenda = `Medewerkers: LD = Lotte Desmet\n\n${week}`;
    const last = agenda.lastIndexOf('[LD]') + 1;
    expect(last).toBeGreaterThan(ALIAS_REACH * 2);
    expect(foundOf('person-name', agenda)).toHaveLength(122);
    expect(scanRange(agenda, last, last + 2).findings.map((f) => agenda.slice(f.start, f.end))).toEqual(['LD']);
    // Below the head, a legend reaches ALIAS_REACH characters only.
    const late = `${'Agenda week 50.\n'.repeat(Math.ceil(LEGEND_HEAD / 16))}Medewerkers: LD = Lotte Desmet\n\n${week}`;
    expect(foundOf('person-name', late).length).toBeLessThan(80);
  });
});
