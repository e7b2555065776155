/**
 * Human explanations of reasons, in French, Dutch and English.
 *
 * A message is built as "<what> <where>: <why>", e.g.
 * "Un numéro national ne peut pas être envoyé à jean@gmail.com : ce destinataire n'est pas un partenaire
 * autorisé par la politique RGPD." Quotes of the GDPR document stay in French (that is the document).
 */
import type { DataCategory, FindingType } from '../detect/types.ts';
import { CATEGORY_LABELS, TYPE_LABELS } from './labels.ts';
import type { Clause, Destination, Locale, Localised, Reason, ReasonCode, Severity } from './types.ts';

export interface MessageInput {
  code: ReasonCode;
  decision: Severity;
  destination: Destination;
  to: string;
  category?: DataCategory;
  findingTypes?: readonly FindingType[];
  partyName?: Localised;
  clause?: Clause;
}

/** The reason's message in the given language. */
export function formatReason(reason: Pick<Reason, 'message'>, locale: Locale): string {
  return reason.message[locale];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "un numéro national" (one kind) or the list "numéro national, passeport" (several, or a category). */
function kinds(input: MessageInput, locale: Locale): { one?: string; fem: boolean; list: string } {
  const types = [...new Set(input.findingTypes ?? [])];
  if (types.length === 1) {
    const label = TYPE_LABELS[types[0] as FindingType];
    return { one: label[locale].one, fem: label.fem, list: label[locale].noun };
  }
  if (types.length > 1) return { fem: true, list: types.map((t) => TYPE_LABELS[t][locale].noun).join(', ') };
  return { fem: true, list: input.category ? CATEGORY_LABELS[input.category][locale] : '' };
}

/** Verb and place per destination kind and language: publications are "published in", the rest "sent to". */
function where(d: Destination, to: string) {
  if (d.kind === 'publication') {
    return {
      fr: { pp: 'publié', place: `sur « ${d.target} » (publication publique)` },
      nl: { pp: 'gepubliceerd', inf: 'publiceren', place: `op „${d.target}” (openbare publicatie)` },
      en: { pp: 'published', ing: 'Publishing', place: `on “${d.target}” (public)` },
    };
  }
  if (d.kind === 'phone') {
    return {
      fr: { pp: 'envoyé', place: `par SMS au ${d.number}` },
      nl: { pp: 'gestuurd', inf: 'sturen', place: `per sms naar ${d.number}` },
      en: { pp: 'sent', ing: 'Sending', place: `by SMS to ${d.number}` },
    };
  }
  const fr = d.kind === 'form' ? `au formulaire ${d.formId || to}` : `à ${to}`;
  const nl = d.kind === 'form' ? `naar formulier ${d.formId || to}` : `naar ${to}`;
  const en = d.kind === 'form' ? `to form ${d.formId || to}` : `to ${to}`;
  return {
    fr: { pp: 'envoyé', place: fr },
    nl: { pp: 'gestuurd', inf: 'sturen', place: nl },
    en: { pp: 'sent', ing: 'Sending', place: en },
  };
}

/** "<what> <where>" for a decision, in each language. */
function subject(input: MessageInput, decision: Severity): Localised {
  const w = where(input.destination, input.to);
  const fr = kinds(input, 'fr');
  const nl = kinds(input, 'nl');
  const en = kinds(input, 'en');
  const e = fr.fem ? 'e' : '';
  switch (decision) {
    case 'block':
      return {
        fr: fr.one ? `${cap(fr.one)} ne peut pas être ${w.fr.pp}${e} ${w.fr.place}` : `Ces données (${fr.list}) ne peuvent pas être ${w.fr.pp}es ${w.fr.place}`,
        nl: nl.one ? `${cap(nl.one)} mag niet ${w.nl.place} worden ${w.nl.pp}` : `Deze gegevens (${nl.list}) mogen niet ${w.nl.place} worden ${w.nl.pp}`,
        en: en.one ? `${cap(en.one)} cannot be ${w.en.pp} ${w.en.place}` : `This data (${en.list}) cannot be ${w.en.pp} ${w.en.place}`,
      };
    case 'warn':
      return {
        fr: fr.one ? `${cap(fr.one)} ${w.fr.pp}${e} ${w.fr.place} demande une justification` : `Ces données (${fr.list}) ${w.fr.pp}es ${w.fr.place} demandent une justification`,
        nl: nl.one ? `${cap(nl.one)} ${w.nl.place} ${w.nl.inf} vraagt een verantwoording` : `Deze gegevens (${nl.list}) ${w.nl.place} ${w.nl.inf} vraagt een verantwoording`,
        en: en.one ? `${w.en.ing} ${en.one} ${w.en.place} needs a justification` : `${w.en.ing} this data (${en.list}) ${w.en.place} needs a justification`,
      };
    case 'allow':
      return {
        fr: fr.one ? `${cap(fr.one)} peut être ${w.fr.pp}${e} ${w.fr.place}` : `Ces données (${fr.list}) peuvent être ${w.fr.pp}es ${w.fr.place}`,
        nl: nl.one ? `${cap(nl.one)} mag ${w.nl.place} worden ${w.nl.pp}` : `Deze gegevens (${nl.list}) mogen ${w.nl.place} worden ${w.nl.pp}`,
        en: en.one ? `${cap(en.one)} may be ${w.en.pp} ${w.en.place}` : `This data (${en.list}) may be ${w.en.pp} ${w.en.place}`,
      };
  }
}

function cite(clause: Clause | undefined): Localised {
  if (!clause) return { fr: '', nl: '', en: '' };
  return {
    fr: ` (section « ${clause.section} » : « ${clause.quote} »)`,
    nl: ` (sectie „${clause.section}”: „${clause.quote}”)`,
    en: ` (section “${clause.section}”: “${clause.quote}”)`,
  };
}

const ANYONE: Localised = {
  fr: 'la politique RGPD permet de partager ces données avec tout destinataire',
  nl: 'het AVG-beleid staat toe deze gegevens met iedereen te delen',
  en: 'the GDPR policy allows sharing this data with anyone',
};

/** The "why" half, without the final full stop. */
function because(input: MessageInput): Localised {
  const party = input.partyName ?? { fr: '?', nl: '?', en: '?' };
  const c = cite(input.clause);
  switch (input.code) {
    case 'internal':
      return {
        fr: `${party.fr} est un destinataire interne ; le partage est journalisé`,
        nl: `${party.nl} is een interne ontvanger; het delen wordt gelogd`,
        en: `${party.en} is an internal recipient; the share is logged`,
      };
    case 'allowed':
      return {
        fr: `la politique RGPD l'autorise pour ${party.fr}${c.fr}`,
        nl: `het AVG-beleid staat dit toe voor ${party.nl}${c.nl}`,
        en: `the GDPR policy allows it for ${party.en}${c.en}`,
      };
    case 'not-covered':
      if (input.decision === 'allow') return ANYONE;
      return {
        fr: `la politique RGPD ne le prévoit pas pour ${party.fr}${c.fr}`,
        nl: `het AVG-beleid voorziet dit niet voor ${party.nl}${c.nl}`,
        en: `the GDPR policy does not cover this for ${party.en}${c.en}`,
      };
    case 'public':
      return {
        fr: `une publication publique ne peut contenir que les données du bien et des photos, jamais de données personnelles${c.fr}`,
        nl: `een openbare publicatie mag enkel gegevens van het pand en foto's bevatten, nooit persoonsgegevens${c.nl}`,
        en: `a public publication may only carry property data and photos, never personal data${c.en}`,
      };
    case 'unknown-recipient':
    default:
      if (input.decision === 'allow') return ANYONE;
      return {
        fr: "ce destinataire n'est pas un partenaire autorisé par la politique RGPD",
        nl: 'deze ontvanger is geen partner die het AVG-beleid toestaat',
        en: 'this recipient is not a partner authorised by the GDPR policy',
      };
  }
}

/** Builds the fr/nl/en message of a reason. */
export function buildMessage(input: MessageInput): Localised {
  const to = input.to;
  switch (input.code) {
    case 'data-subject': {
      const k = { fr: kinds(input, 'fr').list, nl: kinds(input, 'nl').list, en: kinds(input, 'en').list };
      return {
        fr: `Les propres données de ${to} (${k.fr}) ne comptent pas : ce n'est pas un partage avec un tiers.`,
        nl: `De eigen gegevens van ${to} (${k.nl}) tellen niet mee: dit is geen delen met derden.`,
        en: `Data belonging to ${to} (${k.en}) does not count: it is not a third-party share.`,
      };
    }
    case 'context-only': {
      const fr = kinds(input, 'fr');
      const nl = kinds(input, 'nl');
      const en = kinds(input, 'en');
      return {
        fr: fr.one ? `À lui seul, ${fr.one} ne demande pas de justification ; le partage est journalisé.` : `Seuls, ces éléments (${fr.list}) ne demandent pas de justification ; le partage est journalisé.`,
        nl: nl.one ? `${cap(nl.one)} alleen vraagt geen verantwoording; het delen wordt gelogd.` : `Alleen deze gegevens (${nl.list}) vragen geen verantwoording; het delen wordt gelogd.`,
        en: en.one ? `${cap(en.one)} on its own needs no justification; the share is logged.` : `On their own, these (${en.list}) need no justification; the share is logged.`,
      };
    }
    case 'no-personal-data':
      return {
        fr: `Aucune donnée personnelle détectée pour ${to}.`,
        nl: `Geen persoonsgegevens gevonden voor ${to}.`,
        en: `No personal data found for ${to}.`,
      };
    case 'fail-closed':
      if (input.decision === 'warn') {
        return {
          fr: `La vérification a échoué ; par sécurité, l'envoi à ${to} demande une justification.`,
          nl: `De controle is mislukt; uit voorzorg vraagt verzenden naar ${to} een verantwoording.`,
          en: `The check failed; to be safe, sending to ${to} needs a justification.`,
        };
      }
      return {
        fr: `La vérification a échoué ; ${to} relève d'une règle bloquante, l'envoi est donc bloqué par sécurité.`,
        nl: `De controle is mislukt; voor ${to} geldt een blokkeerregel, dus wordt het verzenden uit voorzorg geblokkeerd.`,
        en: `The check failed; ${to} falls under a blocking rule, so the send is blocked to be safe.`,
      };
    case 'fail-open':
      return {
        fr: `La vérification a échoué ; aucune règle bloquante ne vise ${to}, l'envoi est donc autorisé et journalisé.`,
        nl: `De controle is mislukt; voor ${to} geldt geen blokkeerregel, dus mag het verzenden en wordt het gelogd.`,
        en: `The check failed; no blocking rule applies to ${to}, so the send is allowed and logged.`,
      };
    default: {
      const what = subject(input, input.decision);
      const why = because(input);
      return { fr: `${what.fr} : ${why.fr}.`, nl: `${what.nl}: ${why.nl}.`, en: `${what.en}: ${why.en}.` };
    }
  }
}
