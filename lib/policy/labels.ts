/**
 * Words for data kinds in French, Dutch and English.
 * `one` is the singular with its article (for "Un numéro national ne peut pas…"), `noun` the bare noun
 * (for lists: "Ces données (numéro national, passeport)…"), `fem` the French gender for agreement.
 */
import type { DataCategory, FindingType } from '../detect/types.ts';
import type { Locale } from './types.ts';

interface Words {
  one: string;
  noun: string;
}
type Label = Record<Locale, Words> & { fem: boolean };

const l = (fr: [string, string], nl: [string, string], en: [string, string], fem = false): Label => ({
  fr: { one: fr[0], noun: fr[1] },
  nl: { one: nl[0], noun: nl[1] },
  en: { one: en[0], noun: en[1] },
  fem,
});

export const TYPE_LABELS: Readonly<Record<FindingType, Label>> = {
  'be-national-number': l(['un numéro national', 'numéro national'], ['een rijksregisternummer', 'rijksregisternummer'], ['a national register number', 'national register number']),
  'be-eid-card': l(["un numéro de carte d'identité", "numéro de carte d'identité"], ['een identiteitskaartnummer', 'identiteitskaartnummer'], ['an identity card number', 'identity card number']),
  passport: l(['un numéro de passeport', 'numéro de passeport'], ['een paspoortnummer', 'paspoortnummer'], ['a passport number', 'passport number']),
  'fr-nir': l(['un numéro de sécurité sociale français', 'numéro de sécurité sociale français'], ['een Frans socialezekerheidsnummer', 'Frans socialezekerheidsnummer'], ['a French social security number', 'French social security number']),
  'nl-bsn': l(['un BSN néerlandais', 'BSN néerlandais'], ['een BSN', 'BSN'], ['a Dutch BSN', 'Dutch BSN']),
  'lu-national-id': l(['un matricule luxembourgeois', 'matricule luxembourgeois'], ['een Luxemburgs identificatienummer', 'Luxemburgs identificatienummer'], ['a Luxembourg national ID', 'Luxembourg national ID']),
  'identity-document': l(["une pièce d'identité", "pièce d'identité"], ['een identiteitsdocument', 'identiteitsdocument'], ['an identity document', 'identity document'], true),
  iban: l(['un IBAN', 'IBAN'], ['een IBAN', 'IBAN'], ['an IBAN', 'IBAN']),
  'bank-account': l(['un numéro de compte bancaire', 'numéro de compte bancaire'], ['een bankrekeningnummer', 'bankrekeningnummer'], ['a bank account number', 'bank account number']),
  'vat-number': l(['un numéro de TVA', 'numéro de TVA'], ['een btw-nummer', 'btw-nummer'], ['a VAT number', 'VAT number']),
  email: l(['une adresse e-mail', 'adresse e-mail'], ['een e-mailadres', 'e-mailadres'], ['an email address', 'email address'], true),
  phone: l(['un numéro de téléphone', 'numéro de téléphone'], ['een telefoonnummer', 'telefoonnummer'], ['a phone number', 'phone number']),
  'postal-address': l(['une adresse postale', 'adresse postale'], ['een postadres', 'postadres'], ['a postal address', 'postal address'], true),
  'person-name': l(['un nom de personne', 'nom de personne'], ['een persoonsnaam', 'persoonsnaam'], ["a person's name", "person's name"]),
  'date-of-birth': l(['une date de naissance', 'date de naissance'], ['een geboortedatum', 'geboortedatum'], ['a date of birth', 'date of birth'], true),
  deed: l(['un acte', 'acte'], ['een akte', 'akte'], ['a deed', 'deed']),
  'succession-document': l(['un document de succession', 'document de succession'], ['een erfenisdocument', 'erfenisdocument'], ['a succession document', 'succession document']),
  'sale-agreement': l(['un compromis de vente', 'compromis de vente'], ['een verkoopovereenkomst', 'verkoopovereenkomst'], ['a sale agreement', 'sale agreement']),
};

/** Category names, used when no finding type names the data (property, photos) and in summaries. */
export const CATEGORY_LABELS: Readonly<Record<DataCategory, Record<Locale, string>>> = {
  identity: { fr: "données d'identité", nl: 'identiteitsgegevens', en: 'identity data' },
  contact: { fr: 'coordonnées', nl: 'contactgegevens', en: 'contact details' },
  financial: { fr: 'données bancaires', nl: 'bankgegevens', en: 'bank details' },
  birth: { fr: 'date de naissance', nl: 'geboortedatum', en: 'date of birth' },
  'legal-documents': { fr: 'documents juridiques', nl: 'juridische documenten', en: 'legal documents' },
  property: { fr: 'données du bien', nl: 'gegevens van het pand', en: 'property data' },
  photos: { fr: 'photos', nl: "foto's", en: 'photos' },
};
