import { describe, expect, it } from 'vitest';
import { matchesWords, searchTokens, searchWords } from '../../../lib/log/search.ts';
import { sampleShare } from './sample.ts';

describe('log search words', () => {
  const tokens = searchTokens(sampleShare({ justification: { text: 'Dépôt du compromis, urgent !' } }));

  it('indexes addresses whole, by parts and by domain; text folded; masked samples by their visible part', () => {
    expect(tokens).toEqual(expect.arrayContaining([
      'etude@notaire-dubois.be', 'etude', 'notaire', 'dubois', 'notaire-dubois.be',
      'sophie', 'lambert', 'depot', 'compromis', 'urgent', 'mail.google.com', '6727',
    ]));
    expect(tokens).not.toContain('compromis,');
    expect(tokens).not.toContain('warn'); // codes are filtered by the menus, not searched
  });

  it.each([
    ['Dépôt', ['depot']],
    ['  @notaire-dubois.be, ', ['notaire-dubois.be']],
    ['a notaire', ['notaire']],
    ['a', ['a']],
    ['', []],
  ])('reads the search box %j as %j', (query, words) => {
    expect(searchWords(query)).toEqual(words);
  });

  it.each([
    ['notaire', true],
    ['NOTAIRE-DUB', true],
    ['sophie depot', true],
    ['sophie banane', false],
    ['otaire', false],
  ])('%j matches: %s', (query, expected) => {
    expect(matchesWords(tokens, searchWords(query))).toBe(expected);
  });
});
