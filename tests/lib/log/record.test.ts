import { describe, expect, it } from 'vitest';
import { MAX_HASHES, summariseAndHash, summariseFindings } from '../../../lib/log/record.ts';
import { fromStored, recipientKeysOf, toStoredShare } from '../../../lib/log/stored.ts';
import { sampleShare, T0 } from './sample.ts';

describe('the share record', () => {
  it('adds the index keys: agent key, types, recipients with their domains, and [key, time] pairs', () => {
    const stored = toStoredShare(sampleShare());
    expect(stored.agentKey).toBe('sophie.lambert@primogest.be');
    expect(stored.types).toEqual(['be-national-number', 'iban']);
    expect(stored.recipients).toEqual(['etude@notaire-dubois.be', 'notaire-dubois.be', 'inconnu@gmail.com', 'gmail.com']);
    expect(stored.typeTime).toEqual([['be-national-number', T0], ['iban', T0]]);
    expect(stored.rcptTime[1]).toEqual(['notaire-dubois.be', T0]);
  });

  it('keys an agent without email by name', () => {
    expect(toStoredShare(sampleShare({ agent: { name: ' Marc ' } })).agentKey).toBe('marc');
  });

  it('keeps form ids and publications as they are', () => {
    expect(recipientKeysOf([{ to: 'public:wordpress', kind: 'public', decision: 'block' }])).toEqual(['public:wordpress']);
  });

  it.each([
    ['an unknown field', { extra: 1 }],
    ['an unknown action', { action: 'fax' }],
    ['an unknown decision', { decision: 'maybe' }],
    ['an unknown choice', { choice: 'forwarded' }],
    ['an eventId that is not a uuid', { eventId: 'abc' }],
    ['a time that is not epoch ms', { time: 1.5 }],
  ])('refuses %s (strict parse for writes)', (_name, patch) => {
    expect(() => toStoredShare({ ...sampleShare(), ...patch })).toThrow();
  });

  it('reads a stored row back without its index keys, and null for garbage', () => {
    const record = sampleShare({ id: 4 });
    expect(fromStored(toStoredShare(record))).toEqual(record);
    expect(fromStored({ time: 'yesterday' })).toBeNull();
    expect(fromStored(null)).toBeNull();
  });

  it('summarises findings per type: count, 3 distinct samples, 20 distinct hashes', () => {
    const f = (masked: string, hash: string) => ({ type: 'phone' as const, start: 0, end: 1, confidence: 'high' as const, masked, hash });
    const many = Array.from({ length: 25 }, (_, i) => f(`•••• •• •• ${String(i % 5).padStart(2, '0')}`, `${i}`.padStart(16, 'a')));
    const [s] = summariseFindings([...many, f('•••• •• •• 00', 'a'.repeat(16))]);
    expect(s).toMatchObject({ type: 'phone', count: 26 });
    expect(s!.samples).toEqual(['•••• •• •• 00', '•••• •• •• 01', '•••• •• •• 02']);
    expect(s!.hashes).toHaveLength(20);
  });

  it('hashes only the values the summary keeps: the first 20 of each type, each as type:value', async () => {
    const f = (type: 'phone' | 'iban', i: number) => ({ type, start: 0, end: 1, confidence: 'high' as const, masked: `••${i}`, value: `${type}-${i}` });
    const findings = [...Array.from({ length: 50 }, (_, i) => f('phone', i)), f('iban', 0)];
    const hashed: string[] = [];
    const summary = await summariseAndHash(findings, async (v) => {
      hashed.push(v);
      return `h${hashed.length}`.padStart(16, '0');
    });
    expect(hashed).toHaveLength(MAX_HASHES + 1);
    expect(hashed).toContain('iban:iban-0');
    expect(hashed).not.toContain(`phone:phone-${MAX_HASHES}`);
    expect(summary.find((s) => s.type === 'phone')).toMatchObject({ count: 50 });
    expect(summary.find((s) => s.type === 'phone')!.hashes).toHaveLength(MAX_HASHES);
    expect(JSON.stringify(summary)).not.toContain('phone-1');
  });
});
