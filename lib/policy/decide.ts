/**
 * decide(draft, findings, policy): per destination allow / warn / block, with reasons citing the clause.
 *
 * Per destination:
 *  1. findings below policy.minConfidence do not count;
 *  2. the destination's own contact data is waived (data-subject.ts);
 *  3. if only context-only types remain (a lone name, a company VAT number), they are logged, not counted;
 *  4. each remaining category gets the party's decision (categoryDecision); the strictest wins.
 * Overall, the most restrictive destination wins: a Bcc to an unknown address decides the whole send.
 */
import { CATEGORY_OF, type Confidence, type DataCategory, type FindingType } from '../detect/types.ts';
import { ownDataOf } from './data-subject.ts';
import { buildMessage } from './messages.ts';
import { displayDestination, recognise } from './recognise.ts';
import {
  mostRestrictive,
  type AnalysedFinding,
  type Clause,
  type Decision,
  type Destination,
  type DestinationDecision,
  type Draft,
  type Party,
  type Policy,
  type Reason,
  type ReasonCode,
  type Severity,
} from './types.ts';

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const PUBLIC_SAFE = new Set<DataCategory>(['property', 'photos']);

export interface CategoryRuling {
  decision: Severity;
  code: ReasonCode;
  clause?: Clause;
}

/** The first party that publishes (has publication targets): its clause explains public blocks. */
function publicParty(policy: Policy): Party | undefined {
  return policy.parties.find((p) => p.recognise.publicationTargets.length > 0);
}

/** The clause granting `category` to `party`: a purpose's own clause if one covers it, else the party's. */
function grantingClause(party: Party, category: DataCategory): Clause {
  const purpose = party.purposes.find((p) => p.clause && p.categories?.includes(category));
  return purpose?.clause ?? party.clause;
}

/**
 * The decision for one category sent to one party (undefined = unknown recipient).
 * `isPublication` makes an unrecognised publication public: personal data is never published.
 */
export function categoryDecision(
  policy: Policy,
  party: Party | undefined,
  category: DataCategory,
  isPublication = false,
): CategoryRuling {
  if (party?.internal) return { decision: 'allow', code: 'internal' };
  if (party?.mayReceive.includes(category)) return { decision: 'allow', code: 'allowed', clause: grantingClause(party, category) };
  if (party && party.recognise.publicationTargets.length > 0 && !PUBLIC_SAFE.has(category)) {
    return { decision: 'block', code: 'public', clause: party.clause };
  }
  if (!party && isPublication && !PUBLIC_SAFE.has(category)) {
    return { decision: 'block', code: 'public', clause: publicParty(policy)?.clause };
  }
  if (!party) return { decision: policy.unknownRecipient[category], code: 'unknown-recipient' };
  const decision = party.otherwise === 'as-unknown' ? policy.unknownRecipient[category] : party.otherwise;
  return { decision, code: 'not-covered', clause: party.clause };
}

export interface DecideOptions {
  /** Override the policy's minConfidence (e.g. for a stricter simulation). */
  minConfidence?: Confidence;
}

export function decide(
  draft: Draft,
  findings: readonly AnalysedFinding[],
  policy: Policy,
  options: DecideOptions = {},
): Decision {
  const floor = CONFIDENCE_RANK[options.minConfidence ?? policy.minConfidence];
  const counted = findings.filter((f) => CONFIDENCE_RANK[f.confidence] >= floor);
  // Grouped once for the whole draft; a destination regroups only if some findings are its own.
  const shared = summarise(counted, policy);
  const destinations = draft.destinations.map((d) => decideDestination(d, counted, shared, draft.text, policy));

  return overall(destinations, policy);
}

function typesOf(findings: readonly AnalysedFinding[]): FindingType[] {
  return [...new Set(findings.map((f) => f.type))];
}

interface Summary {
  /** Findings that count, by category, with their types. */
  byCategory: Map<DataCategory, FindingType[]>;
  /** Set when only context-only types were found: logged, not counted. */
  contextOnly?: FindingType[];
}

/** Applies the context-only rule and groups what counts by category. */
function summarise(findings: readonly AnalysedFinding[], policy: Policy): Summary {
  const contextOnly = new Set<FindingType>(policy.contextOnlyTypes);
  const types = typesOf(findings);
  if (types.length > 0 && types.every((t) => contextOnly.has(t))) return { byCategory: new Map(), contextOnly: types };
  const byCategory = new Map<DataCategory, FindingType[]>();
  for (const t of types) {
    const c = CATEGORY_OF[t];
    const list = byCategory.get(c);
    if (list) list.push(t);
    else byCategory.set(c, [t]);
  }
  return { byCategory };
}

function decideDestination(
  destination: Destination,
  counted: readonly AnalysedFinding[],
  shared: Summary,
  text: string | undefined,
  policy: Policy,
): DestinationDecision {
  const to = displayDestination(destination);
  const party = recognise(destination, policy)?.party;
  const reasons: Reason[] = [];
  const reason = (r: Omit<Reason, 'message' | 'to'>) =>
    reasons.push({
      ...r,
      to,
      message: buildMessage({ ...r, destination, to, partyName: party?.name }),
    });

  const own = ownDataOf(destination, counted, text);
  let summary = shared;
  if (own.size > 0) {
    reason({ code: 'data-subject', decision: 'allow', findingTypes: typesOf([...own]) });
    summary = summarise(counted.filter((f) => !own.has(f)), policy);
  }
  if (summary.contextOnly) reason({ code: 'context-only', decision: 'allow', findingTypes: summary.contextOnly });

  const categories = [...summary.byCategory.keys()];
  let decision: Severity = 'allow';
  if (party?.internal && categories.length > 0) {
    // One reason for the whole share: the agency may hold everything, and the share is still logged.
    reason({ code: 'internal', decision: 'allow', party: party.id, findingTypes: [...summary.byCategory.values()].flat() });
  } else {
    for (const [category, findingTypes] of summary.byCategory) {
      const ruling = categoryDecision(policy, party, category, destination.kind === 'publication');
      decision = mostRestrictive(decision, ruling.decision);
      reason({
        code: ruling.code,
        decision: ruling.decision,
        category,
        findingTypes,
        ...(party ? { party: party.id } : {}),
        ...(ruling.clause ? { clause: ruling.clause } : {}),
      });
    }
  }
  if (categories.length === 0 && reasons.length === 0) reason({ code: 'no-personal-data', decision: 'allow' });

  // Strictest reasons first: the dialog shows the first one prominently.
  reasons.sort((a, b) => rank(b.decision) - rank(a.decision));
  return { destination, to, decision, ...(party ? { party: party.id } : {}), categories, reasons };
}

const rank = (s: Severity) => ({ allow: 0, warn: 1, block: 2 })[s];

/**
 * The decision when detection or the background failed and findings are unknown (design.md:
 * "block rules fail closed, warn rules fail open and are logged"). A destination that could be
 * blocked for some category is blocked (fail closed); one that could at worst be warned about is
 * allowed and logged (fail open). The failMode settings can invert either.
 */
export function decideOnFailure(draft: Draft, policy: Policy): Decision {
  const destinations = draft.destinations.map((destination): DestinationDecision => {
    const to = displayDestination(destination);
    const party = recognise(destination, policy)?.party;
    const worst = (Object.keys(policy.unknownRecipient) as DataCategory[])
      .map((c) => categoryDecision(policy, party, c, destination.kind === 'publication').decision)
      .reduce<Severity>(mostRestrictive, 'allow');
    let decision: Severity = 'allow';
    if (worst === 'block') decision = policy.failMode.block === 'closed' ? 'block' : 'allow';
    if (worst === 'warn') decision = policy.failMode.warn === 'closed' ? 'warn' : 'allow';
    const code: ReasonCode = decision === 'allow' ? 'fail-open' : 'fail-closed';
    const message = buildMessage({ code, decision, destination, to });
    return {
      destination,
      to,
      decision,
      ...(party ? { party: party.id } : {}),
      categories: [],
      reasons: [{ code, decision, to, ...(party ? { party: party.id } : {}), message }],
    };
  });
  return overall(destinations, policy);
}

/** The draft's decision from its destinations' ones: the most restrictive wins; audit-only mode enforces nothing. */
function overall(destinations: DestinationDecision[], policy: Policy): Decision {
  const decision = destinations.reduce<Severity>((acc, d) => mostRestrictive(acc, d.decision), 'allow');
  return {
    decision,
    enforced: policy.auditOnly ? 'allow' : decision,
    auditOnly: policy.auditOnly,
    justificationRequired: !policy.auditOnly && decision === 'warn' && policy.justification.required,
    policyVersion: policy.version,
    destinations,
    categories: [...new Set(destinations.flatMap((d) => d.categories))],
  };
}
