import { beforeEach, describe, expect, it } from 'vitest';
import {
  addShare, addShares, countShares, exportShares, logFacets, openLog, pageShares, purgeOlderThan, queryShares, recentShares, updateShare,
} from '../../entrypoints/background/db.ts';
import { matchesFilter } from '../../lib/log/query.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import { eventIdFor, sampleShare, T0 } from '../lib/log/sample.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeEach(async () => {
  await Promise.all([openLog().shares.clear(), openLog().meta.clear()]);
});

describe('the share log database', () => {
  it('is the Dexie database "vigie" with a "shares" table', () => {
    expect(openLog().name).toBe('vigie');
    expect(openLog().tables.map((t) => t.name)).toContain('shares');
  });

  it('adds a share once per eventId: a retry after a service-worker restart never duplicates', async () => {
    const share = sampleShare();
    const first = await addShare(share);
    const retry = await addShare({ ...share, status: 'sent' });
    expect(first.created).toBe(true);
    expect(retry).toEqual({ id: first.id, created: false });
    expect(await countShares()).toBe(1);
    const both = await Promise.all([addShare(sampleShare({ eventId: eventIdFor(900) })), addShare(sampleShare({ eventId: eventIdFor(900) }))]);
    expect(both.filter((r) => r.created)).toHaveLength(1);
    expect(await countShares()).toBe(2);
  });

  it('refuses an invalid or unmasked record and writes nothing', async () => {
    await expect(addShare({ ...sampleShare(), decision: 'maybe' })).rejects.toThrow();
    const raw = sampleShare();
    raw.findings[0]!.samples = ['85.07.30-033.28'];
    await expect(addShare(raw)).rejects.toThrow(/unmasked/);
    expect(await countShares()).toBe(0);
  });

  it('updates the status of a share by eventId (the network confirmed the send)', async () => {
    const share = sampleShare({ status: 'unconfirmed' });
    await addShare(share);
    expect(await updateShare(share.eventId, { status: 'sent' })).toBe(true);
    expect(await updateShare(eventIdFor(123_456), { status: 'sent' })).toBe(false);
    const { rows } = await queryShares();
    expect(rows[0]).toMatchObject({ eventId: share.eventId, status: 'sent', choice: share.choice });
    await expect(updateShare(share.eventId, { time: 1 } as never)).rejects.toThrow();
  });

  it('purges the rows older than the retention period', async () => {
    const now = T0 + 400 * DAY;
    await addShares([
      sampleShare({ time: now - 366 * DAY }),
      sampleShare({ time: now - 365 * DAY - 1 }),
      sampleShare({ time: now - 10 * DAY }),
    ]);
    expect(await purgeOlderThan(365, now)).toBe(2);
    expect(await countShares()).toBe(1);
    await expect(purgeOlderThan(-1, now)).rejects.toThrow(RangeError);
  });
});

describe('querying the log', () => {
  const rows: ShareRecord[] = [
    sampleShare({ time: T0, site: 'gmail', decision: 'allow', choice: 'sent', findings: [{ type: 'email', count: 1, samples: ['j***@telenet.be'], hashes: [] }] }),
    sampleShare({ time: T0 + HOUR, site: 'outlook', agent: { name: 'Marc Peeters', email: 'Marc.Peeters@primogest.be' } }),
    sampleShare({ time: T0 + 2 * HOUR, site: 'google-forms', action: 'submit-form', decision: 'block', choice: 'blocked', status: 'not-sent', destinations: [{ to: '1FAIpQLSe-form', kind: 'form', decision: 'block' }] }),
    sampleShare({ time: T0 + DAY, site: 'gmail', justification: { text: 'Dossier Dépôt vente' } }),
  ];
  beforeEach(async () => {
    await addShares(rows);
  });
  const times = (r: { rows: ShareRecord[] }) => r.rows.map((x) => x.time - T0);

  it.each([
    ['no filter', {}, [DAY, 2 * HOUR, HOUR, 0], 'time', 'range'],
    ['date range (to exclusive)', { from: T0 + HOUR, to: T0 + DAY }, [2 * HOUR, HOUR], 'time', 'range'],
    ['agent (case-insensitive key)', { agent: 'marc.peeters@primogest.be' }, [HOUR], '[agentKey+time]', 'range'],
    ['site', { site: 'gmail' }, [DAY, 0], '[site+time]', 'range'],
    ['decision', { decision: 'block' }, [2 * HOUR], '[decision+time]', 'range'],
    ['choice', { choice: 'sent-anyway' }, [DAY, HOUR], '[choice+time]', 'range'],
    ['data kind', { type: 'iban' }, [DAY, 2 * HOUR, HOUR], 'typeTime', 'range'],
    ['exact recipient', { recipient: 'etude@notaire-dubois.be' }, [DAY, HOUR, 0], 'rcptTime', 'range'],
    ['recipient domain', { recipient: '@NOTAIRE-DUBOIS.be' }, [DAY, HOUR, 0], 'rcptTime', 'range'],
    ['form id', { recipient: '1FAIpQLSe-form' }, [2 * HOUR], 'rcptTime', 'range'],
    ['site + date range', { site: 'gmail', from: T0 + 1 }, [DAY], '[site+time]', 'range'],
    ['host (no index: scan)', { host: 'mail.google.com' }, [DAY, 2 * HOUR, HOUR, 0], 'time', 'values'],
    ['two indexed filters', { site: 'gmail', decision: 'warn' }, [DAY], '[site+time]', 'keys'],
    ['search, accent-insensitive', { search: 'depot' }, [DAY], 'wordTime', 'keys'],
    ['search on a domain, with a site', { search: 'notaire-dubois', site: 'gmail' }, [DAY, 0], '[site+time]', 'keys'],
    ['search, every word', { search: 'sophie DÉPÔT' }, [DAY], 'wordTime', 'keys'],
    ['search in a date range', { search: 'sophie', from: T0 + 1, to: T0 + DAY }, [2 * HOUR], 'wordTime', 'keys'],
    ['search on a masked sample', { search: 'j***@telenet' }, [0], 'wordTime', 'keys'],
  ] as const)('%s', async (_name, filter, expected, index, strategy) => {
    const result = await queryShares(filter);
    expect(times(result)).toEqual(expected);
    expect(result.total).toBe(expected.length);
    expect(result.plan).toEqual({ index, strategy });
    expect(await countShares(filter)).toBe(expected.length);
    expect((await exportShares(filter)).map((r) => r.time - T0)).toEqual(expected);
  });

  it('orders oldest first on request and returns plain records without index keys', async () => {
    const result = await queryShares({}, { order: 'asc' });
    expect(times(result)).toEqual([0, HOUR, 2 * HOUR, DAY]);
    expect(Object.keys(result.rows[0]!)).not.toContain('typeTime');
  });

  it('gives the newest rows for the tab view without counting the rest', async () => {
    expect((await recentShares({ site: 'gmail' }, 1)).map((r) => r.time - T0)).toEqual([DAY]);
    expect((await recentShares({ site: 'gmail', decision: 'allow' }, 5)).map((r) => r.time - T0)).toEqual([0]);
  });

  it('offers the distinct sites and agents for the filter menus', async () => {
    const facets = await logFacets();
    expect(facets.sites).toEqual(['gmail', 'google-forms', 'outlook']);
    expect(facets.agents.map((a) => a.key)).toEqual(['marc.peeters@primogest.be', 'sophie.lambert@primogest.be']);
    expect(facets.agents[0]).toMatchObject({ name: 'Marc Peeters' });
  });
});

describe('a log of 100 000 rows', () => {
  const N = 100_000;
  const SITES = ['gmail', 'outlook', 'roundcube', 'google-forms', 'wordpress'];
  const DECISIONS = ['allow', 'warn', 'block'] as const;

  it('pages newest first through the time index and filters through the compound indexes', { timeout: 180_000 }, async () => {
    // Insert in shuffled time order so that id order != time order: correct ordering proves the time index is used.
    const perm = Array.from({ length: N }, (_, i) => (i * 7_919) % N);
    const records = perm.map((k) =>
      sampleShare({
        time: T0 + k * 60_000,
        eventId: eventIdFor(1_000_000 + k),
        site: SITES[k % SITES.length]!,
        decision: DECISIONS[k % 3]!,
        destinations: [{ to: `client${k % 1000}@example.be`, kind: 'to', decision: DECISIONS[k % 3]! }],
        justification: undefined,
      }),
    );
    expect(await addShares(records)).toBe(N);

    const first = await queryShares({}, { offset: 0, limit: 50 });
    expect(first.total).toBe(N);
    expect(first.plan).toEqual({ index: 'time', strategy: 'range' });
    expect(first.rows.map((r) => r.time)).toEqual(Array.from({ length: 50 }, (_, i) => T0 + (N - 1 - i) * 60_000));

    // The last page, read from the nearer end because the total is known (the row counter, not a count()).
    const last = await pageShares({}, { offset: N - 50, limit: 50 });
    expect(last.total).toBe(N);
    expect(last.rows.map((r) => r.time)).toEqual(Array.from({ length: 50 }, (_, i) => T0 + (49 - i) * 60_000));
    const gmail = await queryShares({ site: 'gmail' }, { offset: 50, limit: 50 });
    expect(gmail.total).toBe(N / SITES.length);
    expect(gmail.plan).toEqual({ index: '[site+time]', strategy: 'range' });
    const expectedKs = Array.from({ length: 50 }, (_, i) => N - SITES.length * (1 + 50 + i));
    expect(gmail.rows.map((r) => (r.time - T0) / 60_000)).toEqual(expectedKs);
    // Two indexed filters and a search: ids from three key ranges, intersected, in time order.
    const filter = { site: 'gmail', decision: 'block', search: 'client70' } as const;
    const some = await queryShares(filter);
    expect(some.plan).toEqual({ index: '[site+time]', strategy: 'keys' });
    const expected = records.filter((r) => matchesFilter(r, filter)).map((r) => r.time).sort((a, b) => b - a);
    expect(expected.length).toBeGreaterThan(50);
    expect(some.total).toBe(expected.length);
    expect(some.rows.map((r) => r.time)).toEqual(expected.slice(0, 50));

    const client = await queryShares({ recipient: 'client7@example.be' });
    expect(client.total).toBe(N / 1000);
    expect(client.rows.every((r, i, a) => r.destinations[0]!.to === 'client7@example.be' && (i === 0 || a[i - 1]!.time > r.time))).toBe(true);
    expect(await addShares(records.slice(0, 10))).toBe(0);
    expect(await countShares()).toBe(N);
  });
});
