/**
 * Linear time on adversarial input: every detector must stay linear when its anchors repeat
 * endlessly (no regex backtracking, no rescans). Speed itself is proved by `npm run bench`; this
 * test only guards against super-linear blow-up: scanning 25× more text must take far less than
 * 25² = 625× longer (the bound below leaves room for a loaded machine and GC).
 */
import { describe, expect, it } from 'vitest';
import { scan, scanRange } from '../../../lib/detect/index.ts';

const SMALL = 40_000;
const LARGE = 1_000_000;
const MAX_RATIO = 25 * 4;

const CAPITALISED = 'Jean Marie Anne Pierre Dupont Lambert Van Den Berghe De Smet Claes Maes Sophie Luc ';

const UNITS: readonly (readonly [string, string])[] = [
  ['digits spaced', '1 2 3 4 5 6 7 8 9 0 '],
  ['digits dotted', '1.'],
  ['one long digit run', '0123456789'],
  ['digits with mixed separators', '04-7/0.1 2-3/4.5 '],
  ['"(0)" chains', '32 (0)'],
  ['@ flood', '@'],
  ['a@ chain', 'a@'],
  ['dot chain', 'a.'],
  ['long local parts', `${'a.'.repeat(500)}@`],
  ['street word without street', 'rue '],
  ['street names without numbers', 'rue de la Loi '],
  ['honorific after honorific', 'Monsieur '],
  ['lowercase honorifics', 'de heer mevrouw dhr. '],
  ['birth keyword without date', 'né le '],
  ['capitalised words', CAPITALISED],
  ['one full name, its surname repeated', 'Monsieur Jean Dupont DUPONT Dupont '],
  ['words in capitals', 'DUPONT LAMBERT IBAN EPC '],
  ['initials legends', 'AR = Amandine Ronveaux, TM = Thibault Masset AR TM '],
  ['closing formulas', 'Bien à vous,\n'],
  ['+++ run', '+'],
  ['+32 prefixes', '+32 '],
  ['capitals and digits', 'EH123456 AB'],
  ['keywords', 'numéro national carte d\'identité compte IBAN '],
  ['pipe flood', '|'],
  ['table headers', 'Nom | Prénom | Né le\n'],
  ['wide table', `${'Nom\t'.repeat(2_000)}\n`],
  ['CSV rows of separators', 'Nom;Prénom;Né le\n;;;;;;;;;\n'],
  ['CSV quotes', 'Naam,Voornaam\n"a,"b",\n'],
  ['JSON keys', '{"name": "Dupont", "birth_date": "1985-03-12", "x":'],
  ['JSON on one line', '{"name": "Dupont", "address": "Rue Haute 12, 5000 Namur"}, '],
  // A ")" with no "(" before it, a "(" with no ")" after it: a search for the other one must stay near.
  ['birth words before a closing parenthesis', 'né) 12/03/1985 '],
  // Dates after other words with no label's ":" anywhere before them (a search for it must stay near).
  ['dates after other words', 'visite du 12/03/1985 puis '],
  ['labels before an opening parenthesis', 'Nom('],
  ['transfers in capitals', 'VIREMENT EUROPEEN DE M. OU MME LAMBERT THOMAS OU '],
  // Google Forms' answer counts on one endless line, and questions whose answers never end.
  ['answer counts on one line', '12 réponses '],
  ['answer lists', '\nNom\n3 réponses\nLambert\n'],
  ['vCards without an end', 'BEGIN:VCARD\nN:Claes;Sarah\nADR:;;Rue 1;X\n'],
  ['vCard lines without a colon', 'BEGIN:VCARD\nQUJDREVGR0g\n'],
  // Quoted cells going on over lines in a ";" table below a mail, and a line of only quotes: each line is read a few times.
  ['";" rows opening quoted cells', 'a;b;"x\n'],
  ['quoted lines without separators', '"\n'],
  // Dotted lines of a printed form, an aside before an address.
  ['dotted lines', 'Naam: ....'],
  ['area codes in brackets', '(12) '],
  // Addresses in the cells of one endless ";" row, a subject line's, a verb of living's.
  ['addresses in ";" cells', 'Jan;Rue Haute 12;'],
  ['subject lines', 'Objet : Rue Haute 12 '],
  ['verbs of living before a property', 'domicilié dans la maison, Rue Haute 12, '],
  ['asides before addresses', '(appartement) : Rue de Fer 12 '],
];

const make = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Best of a few timings (a descheduled run or a GC pause is noise, not the algorithm: one took 48 ms for a 3-ms scan). */
function time(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('scan is linear on adversarial input', () => {
  it.each(UNITS)('%s', (_name, unit) => {
    const small = make(unit, SMALL);
    const large = make(unit, LARGE);
    scan(small); // warm up
    const tSmall = Math.max(time(() => scan(small), 5), 0.05);
    const tLarge = time(() => scan(large), 3);
    expect(tLarge / tSmall, `${tLarge.toFixed(1)} ms for 1 MB vs ${tSmall.toFixed(2)} ms for 40 KB`).toBeLessThan(MAX_RATIO);
  });

  it('scanRange on a 1 MB single line costs about one full scan, not more', () => {
    const text = make('1 2 3 4 5 6 7 8 9 0 ', LARGE);
    const full = time(() => scan(text), 2);
    const range = time(() => scanRange(text, LARGE >> 1, (LARGE >> 1) + 1), 2);
    expect(range).toBeLessThan(full * 3 + 50);
  });
});
