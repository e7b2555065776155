import { describe, expect, it } from 'vitest';
import { cleanFilter, isEmptyFilter, matchesFilter, type LogFilter } from '../../../lib/log/query.ts';
import { sampleShare, T0 } from './sample.ts';

const row = sampleShare({
  time: T0,
  agent: { name: 'Sophie Lambert', email: 'Sophie.Lambert@primogest.be' },
  justification: { legalBasis: 'contract', text: 'Dépôt du compromis chez le notaire' },
});

describe('matchesFilter', () => {
  it.each<[string, LogFilter, boolean]>([
    ['no filter', {}, true],
    ['empty strings mean "any"', { site: '', search: ' ', recipient: '' }, true],
    ['from, inclusive', { from: T0 }, true],
    ['from, after', { from: T0 + 1 }, false],
    ['to, exclusive', { to: T0 }, false],
    ['to, after', { to: T0 + 1 }, true],
    ['agent by email key, any case', { agent: 'sophie.lambert@PRIMOGEST.be' }, true],
    ['another agent', { agent: 'marc.peeters@primogest.be' }, false],
    ['site', { site: 'gmail' }, true],
    ['other site', { site: 'outlook' }, false],
    ['host, any case', { host: 'Mail.Google.com' }, true],
    ['decision', { decision: 'warn' }, true],
    ['other decision', { decision: 'block' }, false],
    ['choice', { choice: 'sent-anyway' }, true],
    ['data kind present', { type: 'iban' }, true],
    ['data kind absent', { type: 'passport' }, false],
    ['exact recipient, any case', { recipient: 'ETUDE@notaire-dubois.be' }, true],
    ['recipient domain', { recipient: 'notaire-dubois.be' }, true],
    ['recipient domain with @', { recipient: '@gmail.com' }, true],
    ['a partial address is not a recipient filter', { recipient: 'etude' }, false],
    ['search, accent- and case-insensitive', { search: 'DEPOT compromis' }, true],
    ['search on a masked sample', { search: '6727' }, true],
    ['search on a recipient', { search: 'inconnu@' }, true],
    ['search, every word must match', { search: 'dépôt banane' }, false],
    ['all together', { from: T0 - 1, to: T0 + 1, site: 'gmail', decision: 'warn', type: 'iban', recipient: 'gmail.com', search: 'lambert' }, true],
  ])('%s', (_name, filter, expected) => {
    expect(matchesFilter(row, filter)).toBe(expected);
  });
});

describe('cleanFilter', () => {
  it('drops empty values and trims the rest (not the search)', () => {
    expect(cleanFilter({ site: ' gmail ', agent: '', search: ' x ', from: undefined })).toEqual({ site: 'gmail', search: ' x ' });
    expect(isEmptyFilter({ site: '', search: '' })).toBe(true);
    expect(isEmptyFilter({ from: 0 })).toBe(false);
  });
});
