/**
 * "What would happen if…": a draft text and its destinations, decided against a policy, entirely in memory.
 * Shared by the CLI (`policy simulate`) and the admin page. Not exported from index.ts: it loads the detection
 * engine, which the policy's other users do not need.
 */
import { scan } from '../detect/scan.ts';
import type { Finding } from '../detect/types.ts';
import { valueOf } from '../detect/value.ts';
import { decide } from './decide.ts';
import { SITE_ACTIONS, parseDestination } from './destination-parse.ts';
import { ownIdentifiers } from './own.ts';
import type { AnalysedFinding, Decision, Destination, Policy } from './types.ts';

export interface SimulationInput {
  site: string;
  /** Destinations as written (lib/policy/destination-parse.ts). */
  to: readonly string[];
  text: string;
}

export type MaskedFinding = Omit<Finding, 'hash'>;

export type Simulation =
  | { ok: true; decision: Decision; findings: MaskedFinding[] }
  | { ok: false; unknownSite?: string; badDestinations: { raw: string; error: string }[] };

export function simulateDraft(policy: Policy, input: SimulationInput): Simulation {
  const action = SITE_ACTIONS[input.site];
  const destinations: Destination[] = [];
  const badDestinations: { raw: string; error: string }[] = [];
  for (const raw of input.to) {
    const d = parseDestination(raw, input.site);
    if ('error' in d) badDestinations.push({ raw, error: d.error });
    else destinations.push(d);
  }
  if (!action || badDestinations.length > 0) return { ok: false, ...(action ? {} : { unknownSite: input.site }), badDestinations };

  const findings = scan(input.text, { own: ownIdentifiers(policy) });
  const analysed: AnalysedFinding[] = findings.map((f) => ({ ...f, value: valueOf(f, input.text) }));
  const decision = decide({ site: input.site, action, destinations, text: input.text }, analysed, policy);
  // Masked only: the raw values stay in the caller's text.
  return { ok: true, decision, findings: findings.map(({ type, start, end, confidence, masked }) => ({ type, start, end, confidence, masked })) };
}
