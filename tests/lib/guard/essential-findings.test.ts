/**
 * The content script reports only the findings the background needs (essentialFindings). These tests prove that the
 * background's decision, dialog and log row are the same as with every distinct finding: on the benchmark's 1 MB
 * draft, on hand-made adversarial drafts and on seeded random ones, for each confidence floor.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { createHasher } from '../../../lib/detect/hash.ts';
import type { Confidence, FindingType } from '../../../lib/detect/types.ts';
import { essentialFindings, reportOf, scanText } from '../../../lib/guard/analyse.ts';
import { buildDialogModel } from '../../../lib/guard/dialog-model.ts';
import { MAX_HASHES, summariseAndHash } from '../../../lib/log/record.ts';
import { CsToBgSchema, MAX_FINDINGS } from '../../../lib/messages.ts';
import { decide } from '../../../lib/policy/decide.ts';
import { ownIdentifiers } from '../../../lib/policy/own.ts';
import type { AnalysedFinding, Destination, Policy } from '../../../lib/policy/types.ts';
import { draft, email, finding, loadPolicy } from '../policy/helpers.ts';

const policy = loadPolicy();
const FLOORS: Confidence[] = ['low', 'medium', 'high'];
const hash = createHasher('essential-findings-test');

/** What was reported before: every distinct (type, value), first occurrence, in draft order. */
function allDistinct(findings: readonly AnalysedFinding[]): AnalysedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(`${f.type}\u0000${f.value}`) && !!seen.add(`${f.type}\u0000${f.value}`));
}

/** Decision, dialog model and log summary, with every distinct finding and with the essential ones. */
async function expectSameOutcome(findings: readonly AnalysedFinding[], destinations: Destination[], p: Policy = policy): Promise<number> {
  const full = allDistinct(findings);
  const essential = essentialFindings(findings, destinations);
  expect(essential.distinct).toBe(full.length);
  expect(essential.findings.length + Object.values(essential.omitted).reduce((n, c) => n + c, 0)).toBe(full.length);
  const d = draft(destinations);
  for (const minConfidence of FLOORS) {
    const before = decide(d, full, p, { minConfidence });
    const after = decide(d, essential.findings, p, { minConfidence });
    expect(after).toEqual(before);
    expect(buildDialogModel('gmail', after, essential.findings, p)).toEqual(buildDialogModel('gmail', before, full, p));
  }
  expect(await summariseAndHash(essential.findings, hash, essential.omitted)).toEqual(await summariseAndHash(full, hash));
  return essential.findings.length;
}

/** The benchmark's mixed recipients (npm run bench:browser): 5 notaries and 15 unknown webmail addresses. */
const BENCH_RECIPIENTS = [
  'etude.dubois@notaire.be',
  ...Array.from({ length: 4 }, (_, i) => `etude.notaire${i + 1}@notaire.be`),
  ...Array.from({ length: 15 }, (_, i) => `client${i + 1}.${['x', 'dupont', 'peeters'][i % 3]}@${['gmail.com', 'hotmail.com', 'skynet.be'][i % 3]}`),
].map((a) => email(a));

describe('essentialFindings: the same decision, dialog and log as every distinct finding', () => {
  const text = generateCorpus(42, 1_050_000).text.slice(0, 1_000_000);
  const corpus = scanText(text, { own: ownIdentifiers(policy) });

  it('on the 1 MB benchmark draft to 20 recipients, with a few hundred findings instead of thousands', async () => {
    const reported = await expectSameOutcome(corpus, BENCH_RECIPIENTS);
    expect(allDistinct(corpus).length).toBeGreaterThan(5000);
    expect(reported).toBeLessThan(600);
  });

  it('on the same draft to people it names, their own data deep inside it (waived for them alone)', async () => {
    // Recipients taken from the draft itself: people named in it, at their addresses found in it.
    const distinct = allDistinct(corpus);
    const addresses = distinct.filter((f) => f.type === 'email').slice(-20);
    const nameBefore = (f: AnalysedFinding) => distinct.find((n) => n.type === 'person-name' && n.start > f.start - 300 && n.start < f.start)?.value;
    const named = addresses.map((f, i) => email(f.value, 'to', i % 2 ? undefined : nameBefore(f)));
    await expectSameOutcome(corpus, named);
    const decision = decide(draft(named), allDistinct(corpus), policy);
    expect(decision.destinations.some((x) => x.reasons.some((r) => r.code === 'data-subject'))).toBe(true);
  });

  it('in audit-only mode and with a stricter floor in the policy itself', async () => {
    await expectSameOutcome(corpus.slice(0, 3000), BENCH_RECIPIENTS, { ...policy, auditOnly: true, minConfidence: 'high' });
  });

  it("keeps a recipient's phone in their signature block deep in a long draft, and the neighbour that decides it", async () => {
    const filler = Array.from({ length: 60 }, (_, i) => finding('iban', `BE${String(10 ** 13 + i)}`, { start: i * 50 }));
    const names = Array.from({ length: 30 }, (_, i) => finding('person-name', `Marc Person${i}`, { start: 4000 + i * 40 }));
    const block = [
      finding('person-name', 'Jean Dupont', { start: 90_000 }),
      finding('phone', '+32475000001', { start: 90_030 }),
      finding('person-name', 'Marie Martin', { start: 90_300 }),
      finding('phone', '+32475000002', { start: 90_330 }),
      finding('postal-address', 'Rue Haute 1, 1000 Bruxelles', { start: 90_150 }),
      finding('email', 'jean.dupont@gmail.com', { start: 95_000 }),
    ];
    const recipients = [email('jean.dupont@gmail.com'), email('marie@x.be', 'cc', 'Marie Martin'), ...BENCH_RECIPIENTS.slice(2)];
    await expectSameOutcome([...filler, ...names, ...block, ...filler], recipients);
  });

  it('counts a type for a recipient when its first finding above the floor is not theirs, however late it comes', async () => {
    // 25 low-confidence phones first, then the recipient's own number (high), then one other high phone.
    const phones = Array.from({ length: 25 }, (_, i) => finding('phone', `+3247600${String(i).padStart(4, '0')}`, { start: i * 1000, confidence: 'low' }));
    const own = [finding('person-name', 'Anne Leroy', { start: 40_000 }), finding('phone', '+32476999999', { start: 40_020 })];
    const later = finding('phone', '+32476888888', { start: 80_000 });
    await expectSameOutcome([...phones, ...own, later], [email('anne.leroy@gmail.com')]);
    const essential = essentialFindings([...phones, ...own, later], [email('anne.leroy@gmail.com')]).findings;
    expect(essential).toContain(later);
  });

  it('for an SMS recipient, keeps their own number wherever it is', async () => {
    const phones = Array.from({ length: 40 }, (_, i) => finding('phone', `+3247700${String(i).padStart(4, '0')}`, { start: i * 100 }));
    const sms: Destination = { kind: 'phone', number: '+32477000035' };
    await expectSameOutcome(phones, [sms]);
    await expectSameOutcome(phones, [{ kind: 'phone', number: '+32477009999' }]);
  });

  it('on seeded random drafts: repeats, overlapping spans, mixed confidences, recipients named in them', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const first = ['jean', 'marie', 'anne', 'luc', 'eva'];
    const last = ['dupont', 'martin', 'leroy', 'peeters', 'janssens'];
    const types: FindingType[] = ['email', 'person-name', 'phone', 'postal-address', 'iban', 'be-national-number', 'vat-number'];
    for (let round = 0; round < 40; round++) {
      const n = 20 + Math.floor(random() * 300);
      const findings: AnalysedFinding[] = [];
      for (let i = 0; i < n; i++) {
        const type = pick(types);
        const f = pick(first);
        const l = pick(last);
        const value = ({
          email: `${f}.${l}@gmail.com`,
          'person-name': random() < 0.3 ? l : `${f} ${l}`,
          phone: `+3247${Math.floor(random() * 30)}`,
          'postal-address': `Rue ${l} ${Math.floor(random() * 9)}`,
          iban: `BE${Math.floor(random() * 40)}`,
        } as Record<string, string>)[type] ?? `${type}${Math.floor(random() * 40)}`;
        const start = Math.floor(random() * 6000);
        findings.push({ ...finding(type, value, { start, confidence: pick(FLOORS) }), end: start + 5 + Math.floor(random() * 60), masked: `${type.slice(0, 2)}•${Math.floor(random() * 5)}` });
      }
      const recipients: Destination[] = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) =>
        i === 0 && random() < 0.3 ? { kind: 'phone', number: `+3247${Math.floor(random() * 30)}` } : email(`${pick(first)}.${pick(last)}@gmail.com`, 'to', random() < 0.5 ? `${pick(first)} ${pick(last)}` : undefined),
      );
      await expectSameOutcome(findings, recipients);
    }
  });

  it('keeps the findings bringing new masked samples, however late they come', async () => {
    // Masks that hide all but the country code look alike: the log's second sample comes after the first 20.
    const ibans = Array.from({ length: 40 }, (_, i) => ({ ...finding('iban', `BE${i}`, { start: i * 10 }), masked: i < 30 ? 'BE••' : 'FR••' }));
    await expectSameOutcome(ibans, [email('x@gmail.com')]);
    expect(essentialFindings(ibans, []).findings.map((f) => f.masked)).toContain('FR••');
  });

  it('keeps the first MAX_HASHES of each type and the finding of each confidence, leaves out and counts the rest', () => {
    const ibans = Array.from({ length: 50 }, (_, i) => finding('iban', `BE${i}`, { start: i * 10, confidence: i === 45 ? 'low' : 'high' }));
    const { findings, omitted } = essentialFindings(ibans, []);
    expect(findings.map((f) => f.value)).toEqual([...ibans.slice(0, MAX_HASHES).map((f) => f.value), 'BE45']);
    expect(omitted).toEqual({ iban: 50 - MAX_HASHES - 1 });
  });
});

describe('the report as it crosses to the background', () => {
  const base = {
    type: 'cs-bg:send',
    phase: 'held',
    eventId: '0b8e3c1e-6f1a-4f43-9d7e-2b8f5a1c9d00',
    gesture: 'click',
    draft: { site: 'gmail', action: 'send-email', recipients: [{ field: 'to', address: 'a@b.be' }], subject: '', attachments: [] },
    failed: false,
  };
  const phone = { type: 'phone', start: 0, end: 4, confidence: 'high', masked: '••76', value: '+3247600' };

  it('is accepted with per-type counts of what it left out', () => {
    expect(CsToBgSchema.safeParse({ ...base, findings: [phone], omitted: { phone: 12 } }).success).toBe(true);
    expect(CsToBgSchema.safeParse({ ...base, findings: [], omitted: {} }).success).toBe(true);
  });

  it('is refused when it leaves out findings of a type it never reports, or claims more than MAX_FINDINGS', () => {
    expect(CsToBgSchema.safeParse({ ...base, findings: [phone], omitted: { iban: 3 } }).success).toBe(false);
    expect(CsToBgSchema.safeParse({ ...base, findings: [phone], omitted: { phone: MAX_FINDINGS } }).success).toBe(false);
    expect(CsToBgSchema.safeParse({ ...base, findings: [phone], omitted: { phone: 0 } }).success).toBe(false);
    expect(CsToBgSchema.safeParse({ ...base, findings: [phone], omitted: { passport: 1, phone: 1 } }).success).toBe(false);
    expect(CsToBgSchema.safeParse({ ...base, findings: [phone] }).success).toBe(false);
  });
});

describe('reportOf', () => {
  const findings = scanText('Jean Dupont, GSM 0475 12 34 56, jean.dupont@gmail.com, NN 85.07.30-033.28', {});
  const to = (address: string): Destination[] => [{ kind: 'email', address, field: 'to' }];

  it('reports the essential findings, values included, and is valid on the wire', () => {
    const report = reportOf(findings, false, to('x@gmail.com'));
    expect(report.findings.map((f) => f.type)).toEqual(essentialFindings(findings, to('x@gmail.com')).findings.map((f) => f.type));
    expect(report.findings.every((f) => typeof f.value === 'string' && f.value !== '')).toBe(true);
    const draftMsg = { site: 'gmail', action: 'send-email', recipients: [{ field: 'to', address: 'x@gmail.com' }], subject: '', attachments: [] };
    expect(CsToBgSchema.safeParse({ type: 'cs-bg:send', phase: 'held', eventId: '0b8e3c1e-6f1a-4f43-9d7e-2b8f5a1c9d00', gesture: 'click', draft: draftMsg, ...report }).success).toBe(true);
  });

  it('is remembered for the same findings and destinations, and made again when either changes', () => {
    const first = reportOf(findings, false, to('x@gmail.com'));
    expect(reportOf(findings, false, to('x@gmail.com'))).toBe(first);
    expect(reportOf(findings, true, to('x@gmail.com'))).not.toBe(first);
    // The recipient's own address counts as theirs: another recipient gets another report.
    const own = reportOf(findings, false, to('jean.dupont@gmail.com'));
    expect(own).not.toBe(first);
    expect(reportOf([...findings], false, to('x@gmail.com'))).not.toBe(first);
    expect(reportOf([...findings], false, to('x@gmail.com'))).toEqual(first);
  });
});
