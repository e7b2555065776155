import type { FindingType } from '../lib/detect/types.ts';
import { TYPE_LABELS } from '../lib/policy/labels.ts';
import type { Locale } from '../lib/policy/types.ts';

/** "Numéro national", "Téléphone"…: the data kind's name, capitalised, in the UI language. */
export function typeLabel(type: FindingType, locale: Locale): string {
  const noun = TYPE_LABELS[type][locale].noun;
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
