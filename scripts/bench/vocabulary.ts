/**
 * Word lists for the benchmark corpus: Belgian first and last names, streets, towns,
 * mail domains and filler sentences, in French and Dutch. All synthetic combinations.
 */

export type Lang = 'fr' | 'nl';

export const FIRST_NAMES = {
  fr: {
    m: ['Jean', 'Pierre', 'Luc', 'Michel', 'Philippe', 'Olivier', 'Thomas', 'Nicolas', 'François', 'Julien', 'Marc', 'Benoît', 'Hugo', 'Louis', 'Jean-Marc'],
    f: ['Marie', 'Sophie', 'Isabelle', 'Nathalie', 'Catherine', 'Julie', 'Céline', 'Anne', 'Émilie', 'Claire', 'Laura', 'Chloé', 'Valérie', 'Anne-Sophie', 'Camille'],
  },
  nl: {
    m: ['Jan', 'Pieter', 'Koen', 'Bart', 'Wouter', 'Stijn', 'Tom', 'Dirk', 'Geert', 'Joris', 'Lars', 'Sander', 'Jeroen', 'Wim', 'Frederik'],
    f: ['An', 'Els', 'Sofie', 'Katrien', 'Lies', 'Griet', 'Sarah', 'Lotte', 'Annelies', 'Eva', 'Ine', 'Hilde', 'Marieke', 'Nele', 'Veerle'],
  },
} as const;

export const LAST_NAMES = {
  fr: ['Dupont', 'Lambert', 'Dubois', 'Martin', 'Leclercq', 'Lejeune', 'Renard', 'Lemaire', 'Dumont', 'François', 'Simon', 'Laurent', 'Collard', 'Delvaux', 'Henrard', 'Piron', 'Lebrun', 'Gilson', 'Marchal', 'Wauters'],
  nl: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Van den Berghe', 'Vermeulen', 'Van Damme', 'Hermans', 'De Backer', 'Verhoeven', 'Van Acker', 'De Clercq', 'Declercq', 'Van de Velde'],
} as const;

export const STREETS = {
  fr: ['rue de la Station', 'avenue Louise', 'chaussée de Waterloo', 'rue des Champs', "boulevard d'Avroy", 'place Saint-Lambert', 'rue du Moulin', 'clos des Lilas', 'avenue de Tervueren', 'rue Haute', 'chaussée de Louvain', 'rue de Namur', 'avenue des Tilleuls', 'rue du Village', 'allée des Hêtres'],
  nl: ['Kerkstraat', 'Stationsstraat', 'Veldstraat', 'Dorpstraat', 'Molenstraat', 'Nieuwstraat', 'Kapelsesteenweg', 'Lindenlaan', 'Schoolstraat', 'Beukenlaan', 'Gentsesteenweg', 'Kouterdreef', 'Brugsesteenweg', 'Populierenlaan', 'Hoogstraat'],
} as const;

export const TOWNS = {
  fr: ['1000 Bruxelles', '1050 Ixelles', '1180 Uccle', '1300 Wavre', '1348 Louvain-la-Neuve', '1400 Nivelles', '4000 Liège', '5000 Namur', '6000 Charleroi', '7000 Mons', '1410 Waterloo', '1330 Rixensart'],
  nl: ['2000 Antwerpen', '9000 Gent', '3000 Leuven', '8000 Brugge', '2800 Mechelen', '3500 Hasselt', '1800 Vilvoorde', '9300 Aalst', '1930 Zaventem', '3080 Tervuren', '2600 Berchem', '8500 Kortrijk'],
} as const;

export const MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.be', 'telenet.be', 'skynet.be', 'proximus.be', 'scarlet.be', 'yahoo.fr', 'orange.fr', 'free.fr', 'ziggo.nl', 'kpnmail.nl', 'pt.lu', 'notaire-lejeune.be', 'advocaten-claes.be'];

export const PROPERTY_TYPES = {
  fr: ['maison 3 façades', 'appartement 2 chambres', 'villa', 'maison de maître', 'penthouse', 'terrain à bâtir', 'rez-de-chaussée commercial', 'studio', 'duplex', 'fermette rénovée'],
  nl: ['halfopen bebouwing', 'appartement met 2 slaapkamers', 'villa', 'herenwoning', 'penthouse', 'bouwgrond', 'handelspand', 'studio', 'duplex', 'gerenoveerde hoeve'],
} as const;

/** Filler sentences: ordinary listing prose with no identifiers, to give realistic word density. */
export const FILLER = {
  fr: [
    'Lumineux séjour orienté sud avec accès direct au jardin.',
    'Cuisine super-équipée ouverte sur la salle à manger.',
    'Au premier étage : trois chambres, une salle de bains avec baignoire et douche.',
    'Grenier aménageable, cave saine et garage pour deux voitures.',
    'Châssis double vitrage, chaudière au gaz à condensation récente.',
    'Proche de toutes commodités : écoles, commerces, transports en commun.',
    'Quartier calme et verdoyant, à deux pas du centre.',
    'Bien à rafraîchir, idéal pour un premier achat.',
    'Possibilité de profession libérale au rez-de-chaussée.',
    'Disponible à l’acte, visites sur rendez-vous uniquement.',
    'Le jardin de 4 ares est clôturé et sans vis-à-vis.',
    'La toiture a été entièrement refaite et isolée.',
  ],
  nl: [
    'Lichtrijke leefruimte op het zuiden met rechtstreekse toegang tot de tuin.',
    'Volledig ingerichte open keuken met kookeiland.',
    'Op de eerste verdieping: drie slaapkamers en een badkamer met ligbad en inloopdouche.',
    'Zolder met uitbreidingsmogelijkheden, droge kelder en garage voor twee wagens.',
    'Dubbele beglazing, recente condensatieketel op aardgas.',
    'Vlakbij scholen, winkels en openbaar vervoer.',
    'Rustige, groene buurt op wandelafstand van het centrum.',
    'Op te frissen, ideaal als eerste aankoop.',
    'Mogelijkheid tot vrij beroep op het gelijkvloers.',
    'Vrij bij akte, bezoek enkel op afspraak.',
    'De tuin van 4 are is omheind en niet ingekeken.',
    'Het dak werd volledig vernieuwd en geïsoleerd.',
  ],
} as const;

export const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
} as const;

/** Strip accents and spaces for e-mail local parts ("Anne-Sophie Van Damme" → "anne-sophie.vandamme"). */
export function asciiSlug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s']/g, '').toLowerCase();
}
