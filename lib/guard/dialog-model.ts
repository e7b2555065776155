/**
 * What the send dialog shows, built in the background from a decision and stored with the held send.
 * Plain data with every text in French, Dutch and English: the dialog picks the browser's language.
 * Only masked samples appear here; the dialog never sees a raw value.
 */
import type { FindingType } from '../detect/types.ts';
import { MAX_SAMPLES } from '../log/record.ts';
import type { Clause, Decision, Localised, Policy } from '../policy/types.ts';
import type { AnalysedFinding } from '../policy/types.ts';

export interface DialogModel {
  decision: 'warn' | 'block';
  site: string;
  destinations: {
    to: string;
    decision: 'allow' | 'warn' | 'block';
    partyName?: Localised;
    kinds: { type: FindingType; samples: string[] }[];
    reasons: { decision: 'allow' | 'warn' | 'block'; message: Localised; clause?: Clause }[];
  }[];
  justification: { required: boolean; minLength: number; legalBases: { id: string; label: Localised }[] };
}

export function buildDialogModel(site: string, decision: Decision, findings: readonly AnalysedFinding[], policy: Policy): DialogModel {
  const samples = new Map<FindingType, string[]>();
  for (const f of findings) {
    const list = samples.get(f.type) ?? [];
    if (list.length < MAX_SAMPLES && !list.includes(f.masked)) list.push(f.masked);
    samples.set(f.type, list);
  }
  return {
    decision: decision.enforced === 'block' ? 'block' : 'warn',
    site,
    // Allowed recipients are not listed: the dialog is about what needs the agent's attention.
    destinations: decision.destinations
      .filter((d) => d.decision !== 'allow')
      .map((d) => {
        const party = policy.parties.find((p) => p.id === d.party);
        const types = [...new Set(d.reasons.filter((r) => r.decision !== 'allow').flatMap((r) => r.findingTypes ?? []))];
        return {
          to: d.to,
          decision: d.decision,
          ...(party ? { partyName: party.name } : {}),
          kinds: types.map((type) => ({ type, samples: samples.get(type) ?? [] })),
          reasons: d.reasons
            .filter((r) => r.decision !== 'allow')
            .map((r) => ({ decision: r.decision, message: r.message, ...(r.clause ? { clause: r.clause } : {}) })),
        };
      }),
    justification: {
      required: decision.justificationRequired,
      minLength: policy.justification.minLength,
      legalBases: policy.justification.legalBases.map((b) => ({ id: b.id, label: b.label })),
    },
  };
}
