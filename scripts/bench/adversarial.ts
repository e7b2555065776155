/**
 * Adversarial inputs: text built to make a detector backtrack or rescan. A regex with nested
 * or unbounded quantifiers, or a keyword anchor that re-expands on every repeat, turns these
 * into seconds or minutes per MB; a linear detector stays near its usual speed.
 * Each input is exactly `size` characters (a unit repeated, then cut).
 */

export interface AdversarialInput {
  name: string;
  /** What the input looks like, for the report. */
  sample: string;
  text: string;
}

const CAPITALISED = 'Jean Marie Anne Pierre Dupont Lambert Van Den Berghe De Smet Claes Maes Sophie Luc ';

/** [name, repeated unit]. Units are chosen per pii.md's candidate shapes and keyword anchors. */
const UNITS: ReadonlyArray<readonly [string, string]> = [
  ['digits spaced', '1 2 3 4 5 6 7 8 9 0 '], // every position starts a phone/RRN candidate
  ['digits dotted', '1.'], // 1.1.1.1… : dotted RRN / VAT / date shapes
  ['digit run', '0123456789'], // one 1 MB number
  ['digits mixed separators', '04-7/0.1 2-3/4.5 '],
  ['@ flood', '@'],
  ['a@ chain', 'a@'], // every '@' has a one-letter local part and domain
  ['dot chain a.a.a', 'a.'], // endless e-mail local part / domain labels
  ['long local parts', `${'a.'.repeat(500)}@`], // 1,000-character local part before each '@'
  ['rue rue rue', 'rue '], // street keyword with no street
  ['Monsieur Monsieur', 'Monsieur '], // honorific followed by another honorific
  ['né le né le', 'né le '], // birth keyword with no date
  ['capitalised words', CAPITALISED], // an endless "name"
  ['+++ run', '+'], // OGM delimiters
  ['+32 +32 +32', '+32 '], // international prefixes with no number
  ['né) né) né)', 'né) 12/03/1985 '], // a ")" whose "(" never comes
  ['Nom( Nom( Nom(', 'Nom('], // a "(" whose ")" never comes
];

export function adversarialInputs(size = 1_000_000): AdversarialInput[] {
  return UNITS.map(([name, unit]) => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    return { name, sample: JSON.stringify(text.slice(0, 14)).slice(1, -1) + '…', text };
  });
}
