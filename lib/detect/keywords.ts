/**
 * Context keywords (FR / NL / DE / EN) read before a candidate to set its confidence, route it
 * (eID card vs OGM reference vs bank account) or suppress it. Sources: Purview's keyword lists,
 * Datadog's exclusion keywords, and the real-estate traps of shared/research/pii.md §2, §5.3.
 * Written folded (lowercase, no accents: the trie folds the text the same way); "*" marks a
 * prefix ("cadastr*" also matches "cadastral", "kadastraal").
 */
import { buildTrie, type Trie } from './trie.ts';

/** Keyword classes; the value is the class's index in KEYWORDS and its bit position. */
export const Kw = {
  NationalNumber: 0,
  IdCard: 1,
  Bank: 2,
  Ogm: 3,
  Vat: 4,
  Phone: 5,
  Bsn: 6,
  Nir: 7,
  LuId: 8,
  Passport: 9,
  Residence: 10,
  Negative: 11,
  /** Words about a property for sale or let: its address is public, not personal data. */
  Property: 12,
  /** Birth keywords: only they make a date a date of birth. */
  Birth: 13,
  /**
   * Set phrases: those that start with another class's keyword but do not mean it ("Bien à vous" is
   * no property, "bien reçu" neither: being longer, they win at their start), and the closings of a
   * mail, which end what the words before them say (addresses read no further back).
   */
  Phrase: 14,
} as const;
export type Kw = (typeof Kw)[keyof typeof Kw];

/** "n°", "no", "nr", "numero", "nummer", "number" + each tail. */
const numbered = (...tails: string[]): string[] =>
  ['n°', 'n° de', 'no', 'nr', 'nr.', 'numero', 'numero de', 'nummer', 'number'].flatMap((n) => tails.map((t) => `${n} ${t}`));

const KEYWORDS: readonly (readonly string[])[] = [
  // Kw.NationalNumber
  [
    ...numbered('national', 'registre national', 'de registre national', 'du registre national', 'rn', 'nn', 'niss', 'insz', 'rrn'),
    'registre national', 'identifiant national', "numero d'identification", "n° d'identification", 'rijksregister*',
    'insz*', 'niss', 'rrn', 'nn', 'n.n.', 'ssin', 'bis-nummer', 'bisnummer', 'bis nummer', 'nationalregister*',
    'national number', 'national register*', 'national id', 'identificatienummer', "numero d'assure", "n° d'assure",
    'sozialversicherungsnummer', 'identiteitsnummer',
  ],
  // Kw.IdCard
  [
    "carte d'identite", "cartes d'identite", 'carte identite', "piece d'identite", 'carte eid', 'carte electronique', 'carte',
    'cartes', 'kaart', 'card', 'cards', 'eid', 'e-id', 'identity cards', 'id cards',
    'eid-kaart',
    'identiteitskaart*', 'elektronische identiteitskaart', 'id-kaart',
    'idkaart', 'id kaart', 'identity card', 'id card', 'kaartnummer', 'kaart nr', 'kaartnr', 'kaartnr.', 'kaart nr.',
    ...numbered('carte', 'la carte', 'kaart'),
    // "ID: 603-5509112-41", "C.I. 601-…": the card's abbreviations (the number must still pass its mod 97). Not "CI":
    // it would also be the "ci" of "ci-joint", "ci-dessous" before a payment reference.
    'c.i.', 'id', 'i.d.',
    'carte n°', 'titre de sejour', 'carte de sejour', 'verblijfskaart', 'verblijfstitel', 'verblijfsvergunning', 'residence card', 'residence permit',
    'personalausweis', 'ausweis*',
  ],
  // Kw.Bank
  [
    'compte', 'comptes', 'compte bancaire', 'bancaire', 'rekening*', 'bankrekening*', 'rek.', 'bank', 'banque', 'iban',
    'bic', 'virement', 'versement', 'overschrijving', 'storting', 'account', 'konto*',
  ],
  // Kw.Ogm
  [
    'ogm', 'vcs', 'communication', 'communication structuree', 'mededeling', 'gestructureerde mededeling', '+++', '***',
    'reference de paiement', 'betalingsreferentie', 'structured communication',
  ],
  // Kw.Vat
  [
    'tva', 't.v.a', 't.v.a.', 'btw*', 'b.t.w', 'b.t.w.', 'vat', 'kbo', 'bce', 'ondernemings*', "numero d'entreprise",
    "n° d'entreprise", 'n° entreprise', 'entreprise', 'enterprise number', 'company number', 'rpm', 'rpr', 'mwst',
    'ust-id*', 'ust-idnr', 'unternehmensnummer', 'numero de tva', 'n° tva',
  ],
  // Kw.Phone
  [
    'tel', 'tel.', 'telephone', 'telefoon*', 'telefon*', 'phone', 'gsm', 'mobile', 'mobiles', 'mobiel', 'portable', 'mob',
    'mob.', 'fax', 'appel*', 'bellen', 'bel', 'bereikbaar', 'joignable', 'whatsapp', '☎', 'contact', 'joindre',
  ],
  // Kw.Bsn
  ['bsn', 'burgerservicenummer', 'sofi', 'sofinummer', 'sofi-nummer', 'sofi nummer', 'citizen service number', 'persoonsnummer', 'sociaal-fiscaal nummer'],
  // Kw.Nir
  [
    'securite sociale', 'secu', 'nir', 'insee', 'carte vitale', 'social security*', 'n° ss', 'numero ss',
    'n° de securite sociale', 'numero de securite sociale',
  ],
  // Kw.LuId
  ['matricule', 'cns', 'ccss', 'identification nationale', 'matrikel*', "numero d'identification national"],
  // Kw.Passport
  ['passeport*', 'paspoort*', 'passport*', 'reisepass*', 'pass-nr', 'passnummer'],
  // Kw.Residence
  [
    'domicili*', 'domicile', 'domiciled', 'demeurant', 'demeure', 'habitant', 'habite', 'habitez', 'habitent', 'habitons', 'habiter',
    'residant', 'reside', 'adresse', 'adr.', 'dom.', 'p/a', 'wonende', 'woonachtig', 'woonplaats', 'woont', 'wonen', 'adres', 'address', 'wohnhaft',
    'gedomicilieerd', 'verblijvend', 'chez', 'siege', 'etabli', 'etablie', 'zetel', 'gevestigd', 'verhuis*', 'verhuiz*', 'demenag*',
    'vit', 'vivent', 'vivons', 'je vis', 'per post', 'post naar', 'post voortaan naar', 'courrier', 'samenwonend', 'samenwonende',
    'adreswijziging', 'adresverandering', "changement d'adresse", 'change of address',
    'correspondentieadres', 'facturatieadres', 'leveringsadres', 'postadres', 'domicilieadres', 'thuisadres', 'woonadres',
    'priveadres', 'huurder*', 'locataire*',
    'bewoner*', 'occupant*', 'live at', 'lives', 'living', 'resides', 'residing', 'moved from', 'home address',
    'renting at', 'rents at', 'rent at', 'staying', 'thuis', 'at home', 'a domicile', 'actuel', 'actuelle', 'huren', 'huurt',
    'woon', 'woonde', 'woonden', 'habitait', 'habitaient', 'vivait', 'demeurait', 'lived',
    // A care home is where its resident lives ("maison" alone is a property word).
    'maison de repos', 'maison de retraite', 'maison de soins', 'rusthuis', 'woonzorgcentrum', 'care home', 'nursing home',
    // contact details: an address among them is where the person is reached
    'coordonnees', 'contactgegevens', 'contact details',
    // renting where one lives ("loue" alone is a property's: "loué", "à louer")
    'on loue', 'je loue', 'nous louons', 'we huren', 'ik huur',
    // a home one moves to ("ce sera la nouvelle maison : …"; "maison" alone is a property word)
    'nouvelle maison', 'nouvel appartement', 'nieuwe woning', 'nieuw huis', 'nieuwe thuis', 'new house', 'new home',
    // an office's address: "à l'agence, Avenue …", "Agence de Namur – …"
    'agence', 'kantoor', 'office', 'registered office', 'head office',
  ],
  // Kw.Negative
  [
    'ean', 'code ean', 'compteur*', 'meter*', 'facture*', 'factuur*', 'invoice*', 'ref', 'ref.', 'reference*', 'referentie*',
    // Not "dossier*": a "dossierbeheerder" is a person, and the phone after the role is theirs.
    'dossier', 'dossiers', 'dossiernummer', 'dossiernr', 'dossiernr.', 'dossierreferentie', 'cadastr*', 'kadast*', 'sectie', 'section', 'perceel*', 'parcelle*', 'peb', 'epc', 'certifica*', 'attest*',
    'biv', 'ipi', ...numbered('client', 'klant'), 'client n°', 'client nr', 'klantn*', 'klant-nummer', 'customer*', '€', 'eur', 'euro', 'euros', 'commande', 'bestel*', 'order', 'contrat', 'contract*', 'police', 'polis*',
    'ticket', 'lot', 'rc', 'revenu cadastral', 'kwh', 'routing', 'sort code', 'aba',
  ],
  // Kw.Property
  [
    'situe*', 'sis', 'sise', 'situation', 'emplacement', 'gelegen', 'ligging', 'bien', 'pand', 'woning', 'eigendom', 'maison', 'appartement', 'villa', 'immeuble',
    'terrain', 'bouwgrond', 'concerne', 'betreft', 'objet', 'onderwerp', 'a vendre', 'te koop', 'a louer', 'te huur',
    'visite*', 'bezoek*', 'bezichtiging*', 'viewing*', 'plaatsbeschrijving', 'etat des lieux', 'vente', 'verkoop', 'huis',
    'studio', 'duplex', 'gebouw', 'building', 'lease', 'aankoop', 'achat', 'purchase', 'candidature', 'kandidatuur', 'intrede', 'uittrede',
    'penthouse', 'hoeve', 'fermette', 'rez', 'handelspand', 'commerce', 'garage', 'parking', 'mitoyen*', 'facades',
    'gevels', 'rijwoning', 'halfopen', 'woonhuis', 'het goed', 'eengezinswoning', 'hoekwoning', 'koppelwoning', 'bebouwing', 'bewoonbaar', 'bewoonbare', 'habitable', 'habitables',
    'property', 'listing', 'annonce', 'zoekertje', 'vendu', 'vendue', 'vendus', 'vendues', 'verkocht', 'verhuurd', 'loue', 'sold', 'prix', 'vraagprijs',
    'huurprijs', 'loyer', 'chambre*', 'slaapkamer*', 'bed', 'beds', 'bedroom*', 'house', 'apartment', 'for sale',
    'for rent', 'to let', 'subject', 'gmail -', 'invest.', 'investissement', 'investering', 'beleggingspand',
    // a candidate for the property ("Kandidaat-huurder voor Lange Leemstraat 214"): the longer reading beats "huurder"
    'kandidaat-huurder*', 'kandidaat-koper*', 'candidat-locataire*', 'candidats-locataires', 'candidat locataire',
    'candidats locataires', 'candidat-acquereur*', 'candidat acquereur', 'candidats acquereurs', 'candidat pour',
    'candidate pour', 'kandidaat voor', 'candidate for', 'applicant for',
  ],
  // Kw.Birth ("°" is handled by the reader: "n°" is not a birth sign)
  [
    'ne', 'nee', 'nes', 'nees', 'naissance', 'date de naissance', 'geboren', 'geboortedatum', 'geboorte',
    'geb.', 'geb', 'date of birth', 'birth date', 'birthdate', 'born', 'dob', 'd.o.b.', 'd.o.b', 'geburtsdatum', 'geboren am', 'bday',
    '°*',
  ],
  // Kw.Phrase
  [
    'bien a vous', 'bien a toi', 'bien cordialement', 'bien recu', 'bien note', 'bien sur', 'bien entendu', 'cordialement',
    'salutations distinguees', 'met vriendelijke groeten', 'vriendelijke groeten', 'met vriendelijke groet', 'groeten', 'mvg',
    'kind regards', 'best regards', 'regards',
    // job titles and departments in a signature, not the property's words
    'property manager', 'property management', 'gestion locative', 'gestionnaire locatif', 'gestionnaire locative',
  ],
];

export const CONTEXT_TRIE: Trie = buildTrie(KEYWORDS);

export const bit = (k: Kw): number => 1 << k;
