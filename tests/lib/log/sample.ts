/** Builders for share-log rows in tests: a valid record with only masked values, overridable field by field. */
import type { ShareRecord } from '../../../lib/log/record.ts';

let counter = 0;

/** A deterministic, valid v4 uuid for the n-th event. */
export function eventIdFor(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export const T0 = new Date(2026, 10, 26, 14, 3, 9).getTime();

export function sampleShare(overrides: Partial<ShareRecord> = {}): ShareRecord {
  counter += 1;
  return {
    time: T0,
    agent: { name: 'Sophie Lambert', email: 'sophie.lambert@primogest.be' },
    site: 'gmail',
    host: 'mail.google.com',
    action: 'send-email',
    destinations: [
      { to: 'Etude@Notaire-Dubois.be', kind: 'to', decision: 'allow', party: 'notaries' },
      { to: 'inconnu@gmail.com', kind: 'cc', decision: 'warn' },
    ],
    findings: [
      { type: 'be-national-number', count: 1, samples: ['••••••••••28'], hashes: ['a1f3c9d2e4b5a6f7'] },
      { type: 'iban', count: 2, samples: ['BE•• •••• •••• 6727'], hashes: ['0b1c2d3e4f5a6b7c', '9f8e7d6c5b4a3f2e'] },
    ],
    decision: 'warn',
    choice: 'sent-anyway',
    justification: { legalBasis: 'contract', text: 'Compromis à signer demain, le notaire attend le document.' },
    policyVersion: 3,
    status: 'unconfirmed',
    eventId: eventIdFor(counter),
    reasons: ['party-not-allowed:identity'],
    ...overrides,
  };
}
