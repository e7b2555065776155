/**
 * The default policy encodes the agency's GDPR document: every party, every data category, each
 * decision citing the clause it comes from (row names carry the clause section).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, type DataCategory, type FindingType } from '../../lib/detect/types.ts';
import { categoryDecision, decide } from '../../lib/policy/decide.ts';
import type { Destination, Severity } from '../../lib/policy/types.ts';
import { GDPR_DOC_PATH, draft, email, finding, loadPolicy } from '../lib/policy/helpers.ts';

const policy = loadPolicy();
const doc = readFileSync(GDPR_DOC_PATH, 'utf8').replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');

const PARTY_IDS = [
  'agency', 'c21-benelux', 'notaries', 'photo-retoucher', 'prospects',
  'public-listing', 'web-tools', 'fellow-agents', 'administrations', 'law-firm',
];

describe('default policy: shape', () => {
  it('has exactly the parties of the brief, in order', () => {
    expect(policy.parties.map((p) => p.id)).toEqual(PARTY_IDS);
  });

  it('quotes the GDPR document verbatim and names real sections', () => {
    for (const party of policy.parties) {
      const clauses = [party.clause, ...party.purposes.flatMap((p) => (p.clause ? [p.clause] : []))];
      for (const clause of clauses) {
        expect(doc, `${party.id}: quote`).toContain(squash(clause.quote));
        expect(doc, `${party.id}: section`).toContain(squash(clause.section));
      }
    }
  });

  it('names every party in French, Dutch and English', () => {
    for (const party of policy.parties) for (const l of ['fr', 'nl', 'en'] as const) expect(party.name[l].length).toBeGreaterThan(2);
  });

  it('states the fail mode of design.md and a retention period', () => {
    expect(policy.failMode).toEqual({ block: 'closed', warn: 'open' });
    expect(policy.retentionDays).toBeGreaterThan(0);
    expect(policy.auditOnly).toBe(false);
  });
});

const A: Severity = 'allow';
const W: Severity = 'warn';
const B: Severity = 'block';
// Columns: identity, contact, financial, birth, legal-documents, property, photos
const MATRIX: Record<string, Severity[]> = {
  agency: [A, A, A, A, A, A, A],
  'c21-benelux': [A, A, W, A, A, A, A],
  notaries: [A, A, A, A, A, A, A],
  'photo-retoucher': [B, W, B, W, B, A, A],
  prospects: [B, W, B, W, B, A, A],
  'public-listing': [B, B, B, B, B, A, A],
  'web-tools': [B, B, B, B, B, A, A],
  'fellow-agents': [W, A, W, W, W, A, A],
  administrations: [W, W, W, W, W, A, A],
  'law-firm': [A, A, A, A, A, A, A],
  '(unknown recipient)': [B, W, B, W, B, A, A],
};

/** A destination that the default policy recognises as each party (placeholders are reserved names). */
const DESTINATION: Record<string, Destination | undefined> = {
  agency: email('secretariat@primogest.invalid'),
  'c21-benelux': email('cup@century21-benelux.invalid'),
  notaries: email('jean.dupont@belnot.be'),
  'photo-retoucher': email('retouche@photo-retoucher.invalid'),
  prospects: undefined, // recognises nobody by design: prospects are unknown recipients
  'public-listing': { kind: 'publication', target: 'wordpress' },
  'web-tools': { kind: 'form', formId: '1FAIpQLSe_PLACEHOLDER_replace_with_the_published_form_id' },
  'fellow-agents': email('agent@confrere-agence.invalid'),
  administrations: email('urbanisme@administration.invalid'),
  'law-firm': email('avocat@holvoet-choffray.invalid'),
  '(unknown recipient)': email('someone@gmail.com'),
};

/** A finding type standing for each category; property and photos have none (not personal data). */
const SAMPLE: Partial<Record<DataCategory, [FindingType, string]>> = {
  identity: ['be-national-number', '85.07.30-033.28'],
  contact: ['phone', '+32 475 12 34 56'],
  financial: ['iban', 'BE68539007547034'],
  birth: ['date-of-birth', '30/07/1985'],
  'legal-documents': ['deed', 'acte-vente-2026.pdf'],
};

const rows = Object.entries(MATRIX).flatMap(([partyId, decisions]) =>
  DATA_CATEGORIES.map((category, i) => {
    const party = policy.parties.find((p) => p.id === partyId);
    const ruling = categoryDecision(policy, party, category);
    const section = ruling.clause?.section ?? party?.clause.section ?? 'unknownRecipient';
    return { name: `${partyId} × ${category} → ${decisions[i]} [clause: ${section}]`, partyId, category, expected: decisions[i] as Severity, ruling };
  }),
);

describe('default policy: every party × every category', () => {
  it.each(rows)('$name', ({ partyId, category, expected, ruling }) => {
    expect(ruling.decision).toBe(expected);
    const party = policy.parties.find((p) => p.id === partyId);
    if (party && !party.internal) expect(ruling.clause, 'a party decision cites its clause').toBeDefined();

    // End to end through decide(), where a finding type and a recognisable destination exist.
    const sample = SAMPLE[category];
    const destination = DESTINATION[partyId];
    if (!sample || !destination) return;
    const result = decide(draft([destination]), [finding(sample[0], sample[1])], policy);
    expect(result.decision).toBe(expected);
    expect(result.destinations[0]?.party).toBe(party?.id);
    const reason = result.destinations[0]?.reasons[0];
    if (party && !party.internal) expect(reason?.clause?.quote).toBe(ruling.clause?.quote);
    for (const l of ['fr', 'nl', 'en'] as const) expect(reason?.message[l]).toBeTruthy();
  });
});
