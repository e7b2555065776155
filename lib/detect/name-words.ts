/**
 * The word lists of the name detector (names.ts), as tries: anchor words by kind, particles and
 * capitalised non-names, first names, and the street words that make a first name part of a
 * street name. Folded like all tries (trie.ts): lowercase, no accents.
 */
import { charCode, wordEndAfter } from './chars.ts';
import { FIRST_NAMES } from './firstnames.ts';
import { buildTrie, wordClass } from './trie.ts';

export const Anchor = { Honorific: 0, Declaration: 1, Greeting: 2, Closing: 3, Label: 4, NameLabel: 5, Role: 6 } as const;

/** Anchor kind by the anchor's last word (capitalised anchors) or by the word before a capital. */
export const ANCHORS = buildTrie([
  [
    'm', 'mr', 'mrs', 'ms', 'mme', 'mmes', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'me', 'maitre', 'dr', 'docteur',
    'dokter', 'dhr', 'heer', 'meneer', 'mevr', 'mevrouw', 'mw', 'herr', 'frau', 'notaire', 'notaris', 'notary', 'meester', 'mtr', 'fam',
  ],
  ['soussigne', 'soussignee', 'ondergetekende'],
  [
    'bonjour', 'bonsoir', 'cher', 'chere', 'chers', 'cheres', 'beste', 'geachte', 'dear', 'hallo', 'hello', 'dag', 'hoi', 'hey', 'hi', 'salut', 'coucou',
    'goedemorgen', 'goedemiddag', 'goedenavond', 'goeiemorgen', 'goeiemiddag', 'goeienavond', 'goeiedag',
  ],
  [
    'vous', 'toi', 'cordialement', 'groet', 'groeten', 'groetjes', 'mvg', 'regards', 'salutations', 'distinguees', 'merci',
    'avance', 'journee', 'soiree', 'plus', 'bientot', 'remerciements', 'thanks', 'you', 'sincerely', 'cheers', 'best',
  ],
  [
    'acheteur', 'acquereur', 'vendeur', 'proprietaire', 'locataire', 'bailleur', 'preneur', 'koper', 'verkoper', 'eigenaar',
    'huurder', 'verhuurder', 'contact', 'contactpersoon', 'client', 'klant', 'agent', 'responsable', 'makelaar', 'kandidaat',
    'candidat', 'demandeur', 'aanvrager',
  ],
  ['nom', 'naam', 'prenom', 'voornaam', 'achternaam', 'name', 'surname', 'naissance', 'geboortenaam', 'meisjesnaam'],
  [
    'epouse', 'epoux', 'veuve', 'veuf', 'compagnon', 'compagne', 'fils', 'fille', 'filles', 'enfant', 'enfants', 'kinderen',
    'children', 'child', 'daughter', 'daughters', 'husband', 'wife', 'pere', 'mere', 'frere', 'soeur', 'zoon',
    'dochter', 'vader', 'moeder', 'broer', 'zus', 'echtgenote', 'echtgenoot', 'weduwe', 'weduwnaar', 'partner', 'collegue',
    'collega', 'confrere', 'avocat', 'advocaat', 'acquereuse', 'venderesse', 'kopers', 'eigenaars', 'huurders', 'candidate',
    'defunt', 'defunte', 'overledene', 'cliente', 'door', 'mari', 'femme', 'man', 'vrouw', 'conjoint', 'conjointe',
    'partenaire', 'famille', 'familie', 'family', 'indivision', 'consorts', 'heritiers', 'erven', 'heirs', 'succession',
    'nalatenschap', 'couple', 'cpl', 'koppel', 'titulaire', 'holder', 'houder', 'rekeninghouder',
    // a maiden name: "Claire Zielińska (née Moreau)"
    'nee',
  ],
]);

export const PARTICLE = 0;
export const NOT_NAME = 1;

/**
 * Particles inside names ("Van den Bossche", "de Broqueville"), kept only before a capitalised
 * word or another particle; and capitalised words that are not names (titles, roles, pronouns,
 * greetings, sentence starters, weekdays, company words).
 */
export const NAME_WORDS = buildTrie([
  ['de', 'du', 'des', 'van', 'der', 'den', 'von', 'le', 'la', 'di', 'da', 'del', 'della', 'dos', 'ter', 'ten', 't', 'vander', 'vanden', 'vande', 'zu', 'y', 'el', 'al', 'ben', 'bin'],
  [
    'notaire', 'notary', 'maitre', 'maitres', 'notaires', 'notarissen', 'avocats', 'advocaten', 'me', 'avocat', 'avocate', 'president', 'presidente', 'directeur', 'directrice', 'juge',
    'bourgmestre', 'echevin', 'ministre', 'professeur', 'docteur', 'agent', 'gerant', 'gerante', 'notaris', 'advocaat',
    'burgemeester', 'schepen', 'voorzitter', 'rechter', 'minister', 'client', 'cliente', 'clients', 'klant', 'klanten',
    'acheteur', 'acheteurs', 'vendeur', 'vendeurs', 'proprietaire', 'locataire', 'koper', 'kopers', 'verkoper', 'eigenaar',
    'huurder', 'collegue', 'collegues', 'collega', 'madame', 'monsieur', 'mesdames', 'messieurs', 'mademoiselle', 'heer',
    'heren', 'mevrouw', 'dames', 'sir', 'madam', 'tous', 'toutes', 'tout', 'allemaal', 'iedereen', 'all', 'everyone', 'team',
    'equipe', 'service', 'agence', 'immo', 'immobilier', 'vastgoed', 'century', 'vous', 'je', 'nous', 'il',
    'elle', 'ils', 'elles', 'on', 'les', 'un', 'une', 'ce', 'cette', 'en', 'et', 'ou', 'of', 'or', 'pour',
    // words that open a sentence before a name ("For Daniel's relocation", "Avec Marie", "Graag Jan bellen")
    'for', 'from', 'if', 'when', 'after', 'before', 'with', 'without', 'since', 'until', 'our', 'my', 'your', 'his', 'her',
    'their', 'this', 'that', 'these', 'those', 'please', 'also', 'and', 'but', 'then', 'avec', 'sans', 'depuis', 'chez',
    'dans', 'mais', 'donc', 'puis', 'notre', 'votre', 'leur', 'mon', 'mes', 'nos', 'leurs', 'ses', 'lors', 'quand',
    'avant', 'apres', 'selon', 'malgre', 'vers', 'entre', 'comme', 'pays', 'bij', 'naar', 'over', 'onze', 'mijn', 'uw', 'deze',
    'dit', 'die', 'dat', 'ook', 'maar', 'dus', 'graag', 'als', 'wanneer', 'sinds', 'tot', 'zonder', 'want', 'omdat', 'toen',
    'nadat', 'voordat', 'demain', 'ensuite', 'alors', 'ainsi', 'enfin', 'voici', 'voila', 'bref', 'oui', 'non', 'ok',
    'cependant', 'toutefois', 'pourtant', 'morgen', 'overmorgen', 'straks', 'daarna', 'nadien', 'verder', 'eerst', 'ja',
    // an office's shared mailbox ("Verhuur Mechelen <verhuur.mechelen@…>", "Accueil Namur")
    'verhuur', 'verkoop', 'location', 'vente', 'info', 'accueil', 'onthaal', 'secretariaat', 'secretariat', 'administratie',
    'boekhouding', 'comptabilite', 'reception',
    'tomorrow', 'zoals', 'zodra', 'indien', 'hoewel', 'terwijl', 'toch', 'wel', 'niet', 'nog', 'lorsque', 'puisque',
    'quoique', 'tandis', 'aussi', 'meme', 'deja', 'encore', 'toujours', 'par', 'suite', 'merci', 'ik', 'wij',
    'we', 'u', 'hij', 'zij', 'het', 'een', 'in', 'op', 'met', 'voor', 'dank', 'the', 'i', 'you', 'thank', 'thanks', 'a',
    'cher', 'chere', 'beste', 'bonjour', 'goedemorgen', 'goedemiddag', 'ami', 'amis', 'vriend', 'vrienden', 'partenaire',
    'partenaires', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'maandag', 'dinsdag',
    'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'gisteren', 'eergisteren', 'vandaag', 'hier', 'yesterday', 'today',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'bien', 'cordialement', 'mvg', 'groeten',
    'regards',
    // WordPress blocks in the editor's list view ("Colonne › Image › Citation « Témoignage Warnier »"), and what they hold
    'paragraphe', 'titre', 'image', 'galerie', 'citation', 'liste', 'colonne', 'colonnes', 'groupe', 'bouton', 'tableau',
    'separateur', 'couverture', 'paragraaf', 'titel', 'afbeelding', 'citaat', 'lijst', 'kolom', 'kolommen', 'groep', 'knop',
    'tabel', 'paragraph', 'heading', 'quote', 'column', 'columns', 'group', 'button', 'table', 'separator', 'cover',
    'temoignage', 'temoignages', 'avis', 'getuigenis', 'getuigenissen', 'testimonial', 'testimonials', 'review', 'reviews',
    // a moderation screen's row actions (WordPress: "Approuver | Répondre | Modification rapide")
    'approuver', 'desapprouver', 'repondre', 'modifier', 'corbeille', 'indesirable', 'goedkeuren', 'beantwoorden', 'bewerken',
    'salutations', 'etude', 'cabinet', 'bureau', 'kantoor', 'notariaat', 'expertisebureau', 'notariskantoor',
    'advocatenkantoor', 'studiebureau', 'gestion', 'beheer', 'sprl', 'srl', 'sa', 'bv', 'bvba', 'nv', 'asbl',
    'vzw', 'nom', 'naam', 'prenom', 'voornaam', 'achternaam', 'makelaar', 'kandidaat', 'candidat', 'objet', 'onderwerp',
    'concerne', 'betreft', 'tel', 'gsm', 'fax', 'email', 'mail', 'adresse', 'adres', 'rue', 'avenue', 'place', 'chaussee',
    // an offer ("Bod Ruben Stevens € 265.000")
    'bod', 'offre', 'bieding',
    'syndic', 'syndicus', 'delivery', 'subsystem', 'daemon', 'postmaster', 'mailer', 'system', 'notification',
    'notifications', 'noreply',
    'boulevard', 'straat', 'laan', 'steenweg', 'plein', 'markt', 'residence', 'residentie', 'immeuble', 'appartement',
    // what a capital letter labels ("Lot B.", "Annexe A.", "Classe D."): never a surname before an initial
    'classe', 'klasse', 'class', 'label', 'lot', 'lots', 'bloc', 'blok', 'phase', 'fase', 'plan', 'annexe', 'annex', 'bijlage',
    'appendix', 'section', 'sectie', 'type', 'zone', 'niveau', 'categorie', 'article', 'artikel', 'point', 'punt', 'option',
    'optie', 'batiment', 'gebouw', 'building', 'groupe', 'groep', 'vitamine', 'serie', 'version', 'versie', 'titre',
    'chapitre', 'hoofdstuk', 'kavel', 'perceel', 'parcelle', 'etage', 'verdieping', 'box', 'garage', 'kelder', 'cave',
    'parking', 'lettre', 'letter', 'division', 'afdeling', 'partie', 'deel', 'tome', 'volume', 'piece', 'stuk', 'modele',
    'model', 'format', 'pagina', 'figure', 'tableau', 'kamer', 'chambre', 'salle', 'bus', 'boite', 'tour', 'toren',
    'entree', 'ingang', 'variante', 'variant', 'scenario', 'formule', 'pack', 'rang', 'rij', 'aile', 'vleugel', 'fiche',
    'grade', 'step', 'stap', 'etape', 'unit', 'unite', 'cellule', 'local', 'lokaal', 'cadastre', 'kadaster', 'peb', 'epc',
    // column headers after a label in a header row ("Voornaam<TAB>Geboortedatum"), service mailboxes ("IT Helpdesk")
    'geboortedatum', 'geboorteplaats', 'nationaliteit', 'nationalite', 'telefoon', 'telephone', 'beroep', 'profession',
    'werkgever', 'employeur', 'huurprijs', 'opmerkingen', 'remarques', 'helpdesk', 'support', 'e-mail', 'e-mailadres',
    'emailadres', 'mailadres', 'courriel', 'telefoonnummer', 'tijdstempel', 'horodateur', 'timestamp',
    // departments a service mailbox is named with ("Urbanisme Profondeville")
    'urbanisme', 'stedenbouw', 'secretariat', 'secretariaat', 'comptabilite', 'boekhouding', 'administration',
    'commune', 'gemeente', 'ville', 'stad',
    // trades a one-man business is named with ("Sanitair Goossens", "Plomberie Dubois")
    'sanitair', 'loodgieterij', 'elektriciteit', 'schilderwerken', 'dakwerken', 'bouwwerken', 'renovatie', 'plomberie',
    'chauffage', 'toiture', 'toitures', 'menuiserie', 'electricite', 'peinture', 'renovation', 'schrijnwerkerij',
    'verwarming', 'hr', 'rh',
    // banks an adviser is "of" ("Hilde van de Crelan"), never a surname after a particle
    'crelan', 'belfius', 'argenta', 'beobank', 'keytrade', 'fintro', 'kbc', 'ing', 'bnp', 'paribas', 'axa', 'bpost',
    'triodos', 'rabobank', 'vdk', 'nagelmackers', 'cph', 'europabank',
    // platforms a text names ("goedgekeurd door Google", "via Immoweb")
    'google', 'microsoft', 'apple', 'facebook', 'instagram', 'whatsapp', 'linkedin', 'immoweb', 'zimmo', 'immovlan',
    'omnicasa', 'outlook', 'gmail', 'teams', 'signal', 'messenger',
  ],
]);

/** First names (no prefix keywords: names.ts reads it with step()). */
export const FIRST_NAME = buildTrie([FIRST_NAMES]);

/**
 * Street and place words before which a first name is part of a street or place name ("avenue Louise", "rue Jean
 * Jaurès", "Athénée Jules Bara"); the second class, institutions, also with an adjective between ("Lycée français
 * Jean Monnet", "École communale Jean Jaurès"); the third, royals and generals ("Reine Astrid").
 */
export const STREET_TYPES = buildTrie([
  ['rue', 'avenue', 'av', 'place', 'boulevard', 'bd', 'chaussee', 'chemin', 'allee', 'square', 'quai', 'impasse', 'clos', 'dreve', 'sentier', 'route', 'straat', 'laan', 'plein', 'steenweg', 'residence', 'residentie', 'parc', 'park', 'eglise', 'sint', 'saint', 'sainte', 'st', 'ste', 'san', 'santa', 'sao'],
  ['ecole', 'college', 'athenee', 'lycee', 'institut', 'hopital', 'clinique', 'atheneum', 'lyceum', 'instituut', 'ziekenhuis', 'kliniek', 'wzc', 'woonzorgcentrum', 'rusthuis'],
  // Royals and generals name streets and squares ("Av. Reine Astrid", "Koningin Astridplein"), not a file's people.
  ['reine', 'roi', 'princesse', 'koningin', 'prinses', 'general', 'generaal'],
]);
export const INSTITUTION = 1;

/** English street types, written after the street's name ("Cranbrook Road", "Albert Road": no person). */
export const ENGLISH_STREET_TYPES = buildTrie([
  ['road', 'street', 'lane', 'avenue', 'drive', 'close', 'way', 'crescent', 'gardens', 'terrace', 'place', 'square', 'court', 'grove', 'row', 'walk', 'mews', 'hill', 'parade', 'rise', 'green'],
]);

/** Units of an age after a number: "Lina 7 ans", "Lotte 4 jaar" are children, not "Louise 54". */
export const AGE_UNITS = buildTrie([['an', 'ans', 'jaar', 'year', 'years', 'mois', 'maand', 'maanden', 'month', 'months']]);

/** Words around a name that make it a firm's ("Wuyts Vastgoed BV", "Bodart & Wilmet") or a street's ("rue Dupont"). */
export const FIRM_BEFORE = buildTrie([
  [
    'etude', 'notariskantoor', 'notariaat', 'notaires', 'notarissen', 'immo', 'bankkantoor', 'expertisebureau', 'cabinet',
    'bureau', 'kantoor', 'srl', 'sprl', 'sa', 'bv', 'nv', 'bvba', 'vennootschap', 'societe', 'groupe', 'org', 'logo',
    'sanitair', 'loodgieterij', 'elektriciteit', 'plomberie', 'chauffage', 'toiture', 'toitures', 'menuiserie', 'verwarming',
    'bouwbedrijf', 'aannemingen', 'aannemingsbedrijf', 'dakwerken', 'schrijnwerkerij', 'entreprise', 'entreprises',
    // a quotation's firm: "le devis Gobert", "offerte Janssens"
    'devis', 'offerte',
    // trades and services named after their owner: "Elektro Vandamme", "Expertises Hennuy"
    'elektro', 'expertise', 'expertises', 'schilderwerken', 'renovatie', 'renovation', 'renovations', 'tuinwerken',
    'isolatie', 'isolation', 'vitrerie', 'glaswerken',
  ],
]);
export const FIRM_AFTER = buildTrie([
  [
    'srl', 'sprl', 'scrl', 'sa', 'sc', 'sas', 'sarl', 'asbl', 'bv', 'nv', 'bvba', 'cvba', 'commv', 'vzw', 'gmbh', 'ltd',
    'inc', 'vastgoed', 'invest', 'immo', 'gestion', 'beheer', 'expertise', 'expertises', 'bouw', 'elektro', 'finance', 'partners', 'associes',
    'interieur', 'group', 'groupe', 'notaires', 'notarissen', 'fils', 'zonen', 'construct', 'consult', 'consulting',
    'services', 'real', 'estate', 'makelaars', 'immobilier', 'advocaten', 'avocats', 'advocatenkantoor', 'law',
    'credits', 'credit', 'krediet', 'kredieten', 'assurances', 'verzekeringen', 'courtage', 'thermic', 'technics',
    'techniek', 'technieken', 'energy', 'solutions', 'trading', 'transport', 'renovation', 'renovatie', 'design', 'tuinen',
    'accountants', 'accountancy', 'fiduciaire', 'boekhoudkantoor',
  ],
]);

/** "Op" opening a Flemish surname ("Op de Beeck", "Op den Kamp"): a particle before "de" or "den", else the word "op". */
export function isFlemishOp(text: string, pos: number, we: number): boolean {
  if (we - pos !== 2 || (text.charCodeAt(pos) | 0) !== 79 || (text.charCodeAt(pos + 1) | 0) !== 112 || charCode(text, we) !== 32) return false;
  const next = wordEndAfter(text, we + 1, 4);
  return next > we + 1 && wordClass(NAME_WORDS, text, we + 1, next) === PARTICLE;
}
