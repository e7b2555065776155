/** Messages: natural fr/nl/en sentences naming the recipient, the data kind, the party and the clause. */
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES, DATA_CATEGORIES } from '../../../lib/detect/types.ts';
import { buildMessage, formatReason } from '../../../lib/policy/messages.ts';
import type { Destination, ReasonCode, Severity } from '../../../lib/policy/types.ts';
import { loadPolicy } from './helpers.ts';

const policy = loadPolicy();
const notaries = policy.parties.find((p) => p.id === 'notaries')!;
const to = 'jean@gmail.com';
const mail: Destination = { kind: 'email', address: to, field: 'to' };
const form: Destination = { kind: 'form', formId: '1FAIpQLSe_some_form_id_00000000000000' };
const pub: Destination = { kind: 'publication', target: 'portal' };

const CODES: [ReasonCode, Severity][] = [
  ['internal', 'allow'], ['allowed', 'allow'], ['not-covered', 'warn'], ['not-covered', 'block'], ['not-covered', 'allow'],
  ['unknown-recipient', 'block'], ['unknown-recipient', 'warn'], ['unknown-recipient', 'allow'], ['public', 'block'],
  ['data-subject', 'allow'], ['context-only', 'allow'], ['no-personal-data', 'allow'], ['fail-closed', 'block'], ['fail-open', 'allow'],
];

describe('buildMessage', () => {
  it.each(CODES)('%s (%s) reads in all three languages, naming the recipient', (code, decision) => {
    for (const destination of [mail, form, pub]) {
      const message = buildMessage({ code, decision, destination, to, findingTypes: ['phone'], category: 'contact', partyName: notaries.name, clause: notaries.clause });
      for (const locale of ['fr', 'nl', 'en'] as const) {
        const text = formatReason({ message }, locale);
        expect(text).toMatch(/^[A-ZÀ-Ü]/);
        expect(text).toMatch(/\.$/);
        expect(text).not.toMatch(/undefined|\$\{|\?\s|\bnull\b/);
        if (destination === mail && code !== 'context-only') expect(text).toContain(to);
      }
    }
  });

  it('names the party and quotes the clause in French whatever the language', () => {
    const message = buildMessage({ code: 'allowed', decision: 'allow', destination: mail, to, findingTypes: ['iban'], partyName: notaries.name, clause: notaries.clause });
    expect(message.fr).toContain('les notaires');
    expect(message.nl).toContain('de notarissen');
    expect(message.en).toContain('notaries');
    for (const text of Object.values(message)) expect(text).toContain(notaries.clause.quote);
  });

  it('agrees in gender and number in French', () => {
    const one = (t: (typeof FINDING_TYPES)[number]) => buildMessage({ code: 'unknown-recipient', decision: 'block', destination: mail, to, findingTypes: [t] }).fr;
    expect(one('be-national-number')).toMatch(/^Un numéro national ne peut pas être envoyé à/);
    expect(one('date-of-birth')).toMatch(/^Une date de naissance ne peut pas être envoyée à/);
    const many = buildMessage({ code: 'unknown-recipient', decision: 'block', destination: mail, to, findingTypes: ['passport', 'iban'] }).fr;
    expect(many).toMatch(/^Ces données \(numéro de passeport, IBAN\) ne peuvent pas être envoyées à/);
  });

  it('has words for every finding type and category', () => {
    for (const t of FINDING_TYPES) {
      const m = buildMessage({ code: 'unknown-recipient', decision: 'warn', destination: mail, to, findingTypes: [t] });
      expect(m.fr.length + m.nl.length + m.en.length).toBeGreaterThan(60);
    }
    for (const c of DATA_CATEGORIES) {
      const m = buildMessage({ code: 'unknown-recipient', decision: 'allow', destination: mail, to, category: c });
      expect(m.en).toMatch(/^This data \(.+\) may be sent to/);
    }
  });
});
