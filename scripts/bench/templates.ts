/**
 * Document templates of the benchmark corpus, in French and Dutch. `{slot}` markers are
 * filled by ./slots.ts. The four kinds follow pii.md §4: public listings (no personal data,
 * full of decoys), buyer/seller e-mails, CRM notes and noisy, terse reports.
 */
import type { Lang } from './vocabulary.ts';

export const DOC_KINDS = ['listing', 'email', 'crm', 'noisy'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** Share of each kind in the corpus (by document count). */
export const DOC_WEIGHTS: Readonly<Record<DocKind, number>> = { listing: 0.25, email: 0.35, crm: 0.25, noisy: 0.15 };

export const TEMPLATES: Readonly<Record<DocKind, Record<Lang, readonly string[]>>> = {
  listing: {
    fr: [
      `À VENDRE — {ptype} à {town}
Réf. {omnicasa-ref} | Prix : {price} | Surface habitable : {surface} | Terrain : {surface}
Situé {listing-address}, ce bien vous séduira. {filler}
PEB : classe {epcclass} — {energy} — certificat n° {epc}
{filler}
{cadastral-income}. Cadastre : {cadastral-ref}.
Libre à l'acte. Offre à partir de {price}. Visites libres le {date} et le {date}.
Compteurs : EAN électricité {ean}, EAN gaz {ean}, compteur n° {meter-number}.
Agence agréée {ipi}. Code promo frais de notaire {lot-code}.
`,
      `{ptype} — {town} — {price}
{filler} {filler}
Caractéristiques : {surface} habitables, jardin de {surface}, {n} chambres. {cadastral-income}.
Certificat PEB n° {epc} ({energy}). Référence cadastrale : {cadastral-ref}.
Bien publié le {date}, réf. agence {omnicasa-ref}. Frais de dossier {price} HTVA.
`,
      `VENDU ! {ptype} ({surface}), {listing-address}.
Acte signé le {date} pour {price}. {filler}
PEB {epc}, {energy}. Dossier {dossier-number}. Agence {ipi}.
`,
    ],
    nl: [
      `TE KOOP — {ptype} in {town}
Ref. {omnicasa-ref} | Vraagprijs: {price} | Bewoonbare opp.: {surface} | Perceel: {surface}
Gelegen {listing-address}. {filler}
EPC-label {epcclass} — {energy} — certificaatnummer {epc}
{filler}
{cadastral-income}. Kadaster: {cadastral-ref}.
Vrij bij akte. Bieden vanaf {price}. Open huis op {date} en {date}.
Meters: EAN elektriciteit {ean}, EAN gas {ean}, meternummer {meter-number}.
Erkend vastgoedmakelaar {ipi}. Actiecode {lot-code}.
`,
      `{ptype} — {town} — {price}
{filler} {filler}
Kenmerken: {surface} bewoonbaar, tuin van {surface}, {n} slaapkamers. {cadastral-income}.
EPC {epc} ({energy}). Kadastrale gegevens: {cadastral-ref}.
Online sinds {date}, referentie {omnicasa-ref}. Dossierkosten {price} excl. btw.
`,
      `VERKOCHT! {ptype} ({surface}), {listing-address}.
Akte verleden op {date} voor {price}. {filler}
EPC {epc}, {energy}. Dossier {dossier-number}. Kantoor {ipi}.
`,
    ],
  },
  email: {
    fr: [
      `Objet : Compromis de vente — réf. {omnicasa-ref}

{greet}

Suite à votre offre de {price} pour le bien situé {listing-address}, le vendeur a marqué son accord.
Afin que {notary} puisse préparer le compromis, pourriez-vous nous transmettre pour vous et {other} :
- {born}, {home}
- {rrn}
- {eid}
- le compte pour le remboursement de la garantie : {iban}

L'acompte de {price} est à verser sur le compte de l'étude avec la communication structurée {ogm}.
Format IBAN attendu, par exemple {sample-iban}. Signature prévue le {date} (dossier {dossier-number}).

{closing}
{agency}
`,
      `Objet : Visite à {town}

Bonjour,

Je suis intéressé par le bien réf. {omnicasa-ref} ({ptype}, {price}). Serait-il possible de le visiter le {date} ?
Vous pouvez me joindre au {phone} ou par e-mail à {email}. Co-acquéreur : {other}, joignable au {phone}.

{clientsign}
{home}
`,
      `Objet : Mandat de vente — dossier {dossier-number}

{greet}

Voici les données nécessaires au mandat.
Propriétaire : {client}, {born}, {home}
{rrn} — {eid}
Téléphone : {phone} — GSM : {mobile}
E-mail : {email}
{iban} ({acct})
Société : {vat}

Le bien ({ptype}, {surface}) est cadastré {cadastral-ref}, {cadastral-income}. PEB {epc}.
Facture de publicité n° {invoice-number} à régler avec la communication {ogm}.

{closing}
{agency}
`,
      `Objet : Dossier acquéreur {dossier-number}

{greet}

Comme convenu, voici les pièces pour l'offre de {client} et {other} (acquéreurs résidant à l'étranger) :
{passport}, {nir}
Téléphone en France : {phone-fr} ; au Luxembourg : {phone-lu}
{lumat}
Compte : {iban}
{born}, {home}

Le notaire nous a transmis la facture {invoice-number} (réf. client {client-number}).

{closing}
{agency}
`,
    ],
    nl: [
      `Onderwerp: Verkoopovereenkomst — ref. {omnicasa-ref}

{greet}

Na uw bod van {price} op de woning {listing-address} heeft de verkoper zijn akkoord gegeven.
Om {notary} toe te laten de compromis op te stellen, hebben wij voor u en {other} nog nodig:
- {born}, {home}
- {rrn}
- {eid}
- rekening voor de terugbetaling van de waarborg: {iban}

Het voorschot van {price} stort u op de derdenrekening met gestructureerde mededeling {ogm}.
IBAN-formaat, bijvoorbeeld {sample-iban}. Ondertekening gepland op {date} (dossier {dossier-number}).

{closing}
{agency}
`,
      `Onderwerp: Bezoek {town}

Goedemiddag,

Ik ben geïnteresseerd in het pand ref. {omnicasa-ref} ({ptype}, {price}). Kan ik het bezoeken op {date}?
U kan mij bereiken op {phone} of via {email}. Mijn partner, {other}, is bereikbaar op {phone}.

{clientsign}
{home}
`,
      `Onderwerp: Verkoopopdracht — dossier {dossier-number}

{greet}

Hierbij de gegevens voor de verkoopopdracht.
Eigenaar: {client}, {born}, {home}
{rrn} — {eid}
Telefoon: {phone} — gsm: {mobile}
E-mail: {email}
{iban} ({acct})
Vennootschap: {vat}

Het pand ({ptype}, {surface}) is gekadastreerd {cadastral-ref}, {cadastral-income}. EPC {epc}.
Factuur publiciteit nr. {invoice-number}, te betalen met mededeling {ogm}.

{closing}
{agency}
`,
      `Onderwerp: Dossier koper {dossier-number}

{greet}

Zoals afgesproken de stukken voor het bod van {client} en {other} (kopers uit Nederland):
{passport}, {bsn}
Telefoon Nederland: {phone-nl}
Rekening: {iban}
{born}, {home}
Nieuwe BIS-registratie: {bis}

De notaris bezorgde ons factuur {invoice-number} (klantnummer {client-number}).

{closing}
{agency}
`,
    ],
  },
  crm: {
    fr: [
      `[Note CRM {date}] Appel de {client} ({phone}) concernant la réf. {omnicasa-ref}. Budget {price}, cherche {ptype} à {town}. Rappeler au {mobile}. Mail : {email}. Visite fixée le {date}.
`,
      `Fiche contact — {client}
{born} | {rrn} | {eid}
{home}
Tél : {phone} / {mobile}
Email : {email}
Banque : {iban}
Fournisseur : n° client {client-number} — EAN {ean}
Remarque : {filler}
`,
      `Suivi dossier {dossier-number} : compromis signé le {date} par {client} et {other}. Acompte de {price} reçu ({ogm}). Facture {invoice-number}. {notary} attend le PEB {epc}. Contact acquéreur : {phone}, {email}.
`,
    ],
    nl: [
      `[CRM-notitie {date}] Oproep van {client} ({phone}) over ref. {omnicasa-ref}. Budget {price}, zoekt {ptype} in {town}. Terugbellen op {mobile}. Mail: {email}. Bezoek gepland op {date}.
`,
      `Contactfiche — {client}
{born} | {rrn} | {eid}
{home}
Tel: {phone} / {mobile}
E-mail: {email}
Bank: {iban}
Leverancier: klantnummer {client-number} — EAN {ean}
Opmerking: {filler}
`,
      `Opvolging dossier {dossier-number}: compromis getekend op {date} door {client} en {other}. Voorschot van {price} ontvangen ({ogm}). Factuur {invoice-number}. {notary} wacht op EPC {epc}. Contact koper: {phone}, {email}.
`,
    ],
  },
  noisy: {
    fr: [
      `RAPPORT DE VISITE///dossier {dossier-number}///{date}
bien:{ptype};prix demande {price};surf.{surface};{cadastral-income}
proprio:{client} gsm:{mobile} mail:{email}
ean elec {ean}  ean gaz {ean}  cpt {meter-number}
epc {epc} ({energy}) -- ref {omnicasa-ref}
paiement {ogm} / client {client-number}
locataire sortant {other} ; {born} ; {home}
{rrn} ; {eid} ; {iban}
obs: {filler}
`,
      `ETAT DES LIEUX {date} - {listing-address}
Bailleur: {client}  tel {phone}  {email}
{acct} -- garantie locative {price} -- facture {invoice-number}
index elec {ean}: {n}{n}{n}{n}{n} kWh ; cadastre {cadastral-ref}
{filler}
`,
    ],
    nl: [
      `BEZOEKVERSLAG///dossier {dossier-number}///{date}
pand:{ptype};vraagprijs {price};opp.{surface};{cadastral-income}
eigenaar:{client} gsm:{mobile} mail:{email}
ean elek {ean}  ean gas {ean}  meter {meter-number}
epc {epc} ({energy}) -- ref {omnicasa-ref}
betaling {ogm} / klant {client-number}
vertrekkende huurder {other} ; {born} ; {home}
{rrn} ; {eid} ; {iban}
opm: {filler}
`,
      `PLAATSBESCHRIJVING {date} - {listing-address}
Verhuurder: {client}  tel {phone}  {email}
{acct} -- huurwaarborg {price} -- factuur {invoice-number}
meterstand {ean}: {n}{n}{n}{n}{n} kWh ; kadaster {cadastral-ref}
{filler}
`,
    ],
  },
};
