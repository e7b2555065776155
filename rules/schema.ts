/**
 * The rules format: the single source of truth for the shape of a Vigie policy.
 * Types are inferred from this schema; docs/policy.md explains each field to the admin.
 *
 * Validation is strict (unknown keys are errors, so a misspelt key never silently does nothing) and
 * refuses catch-alls: a rule always names who it covers.
 */
import { z } from 'zod';
import { DATA_CATEGORIES, FINDING_TYPES, CATEGORY_OF, type FindingType } from '../lib/detect/types.ts';
import { domainRuleProblem } from '../lib/policy/host.ts';
import { addressRuleProblem } from '../lib/policy/address.ts';
import { formIdProblem, urlPatternProblem } from '../lib/policy/url-pattern.ts';

/** Largest rules file accepted, in bytes (checked before JSON.parse). */
export const MAX_RULES_BYTES = 1024 * 1024;

export const SEVERITIES = ['allow', 'warn', 'block'] as const;
export const LEGAL_BASES = [
  'contract',
  'legal-obligation',
  'consent',
  'legitimate-interest',
  'vital-interest',
  'public-task',
] as const;

const SLUG = /^[a-z][a-z0-9-]{0,62}$/;
const slug = (what: string) =>
  z.string().regex(SLUG, { error: `must be a ${what}: lowercase letters, digits and "-", starting with a letter` });
const text = z.string().trim().min(1, { error: 'is empty; write the text' });

export const DataCategorySchema = z.enum(DATA_CATEGORIES);
export const SeveritySchema = z.enum(SEVERITIES);
export const FindingTypeSchema = z.enum(FINDING_TYPES);

/** fr/nl/en text, none empty. */
export const LocalisedSchema = z.strictObject({ fr: text, nl: text, en: text });

/** A passage of the agency's GDPR document: its section title and a verbatim French quote. */
export const ClauseSchema = z.strictObject({
  section: text,
  quote: z.string({ error: 'is required: quote the GDPR document verbatim' }).trim().min(1, {
    error: 'is empty: quote the GDPR document verbatim',
  }),
});

/** Fields every recogniser may carry: a placeholder flag (check warns until it is replaced) and a note. */
const marker = {
  placeholder: z.boolean().default(false),
  note: z.string().optional(),
};

export const DomainRuleSchema = z
  .strictObject({ domain: z.string(), includeSubdomains: z.boolean().default(false), ...marker })
  .superRefine((rule, ctx) => {
    const problem = domainRuleProblem(rule.domain, rule.includeSubdomains);
    if (problem) ctx.addIssue({ code: 'custom', path: ['domain'], message: problem });
  });

export const AddressRuleSchema = z
  .strictObject({ address: z.string(), ignorePlusTag: z.boolean().default(false), ...marker })
  .superRefine((rule, ctx) => {
    const problem = addressRuleProblem(rule.address);
    if (problem) ctx.addIssue({ code: 'custom', path: ['address'], message: problem });
  });

export const UrlPatternSchema = z
  .strictObject({
    host: z.string(),
    pathPrefix: z.string().default('/'),
    includeSubdomains: z.boolean().default(false),
    ...marker,
  })
  .superRefine((rule, ctx) => {
    const problem = urlPatternProblem(rule);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

export const FormIdRuleSchema = z.strictObject({ id: z.string(), ...marker }).superRefine((rule, ctx) => {
  const problem = formIdProblem(rule.id);
  if (problem) ctx.addIssue({ code: 'custom', path: ['id'], message: problem });
});

/** How a destination is recognised as this party. Every list may be empty. */
export const RecogniseSchema = z.strictObject({
  domains: z.array(DomainRuleSchema).default([]),
  addresses: z.array(AddressRuleSchema).default([]),
  urlPatterns: z.array(UrlPatternSchema).default([]),
  formIds: z.array(FormIdRuleSchema).default([]),
  /** Public publication channels: "wordpress", "portal", "shop-window"… */
  publicationTargets: z.array(slug('publication target')).default([]),
});

export const PurposeSchema = z.strictObject({
  id: slug('purpose id'),
  description: text,
  /** Categories this purpose needs (must be within the party's mayReceive). */
  categories: z.array(DataCategorySchema).optional(),
  /** The passage granting this purpose; cited instead of the party clause for its categories. */
  clause: ClauseSchema.optional(),
});

export const PartySchema = z.strictObject({
  id: slug('party id'),
  name: LocalisedSchema,
  /** The agency itself: always allowed, still counted as a share. Exactly one party has it. */
  internal: z.boolean().default(false),
  recognise: RecogniseSchema.prefault({}),
  mayReceive: z.array(DataCategorySchema),
  /**
   * What happens to a category outside mayReceive: "block", "warn", or "as-unknown" (the
   * unknownRecipient decision for that category, as if the party were not recognised).
   */
  otherwise: z.enum(['block', 'warn', 'as-unknown']).default('as-unknown'),
  purposes: z.array(PurposeSchema).default([]),
  clause: ClauseSchema,
  note: z.string().optional(),
});

const phoneLike = z.string().regex(/^[+0-9 ./()-]{6,30}$/, { error: 'is not a phone number' });
const idLike = z.string().regex(/^[A-Za-z0-9 .-]{4,40}$/, { error: 'is not an identifier (letters, digits, spaces, . and -)' });

export const AgencySchema = z.strictObject({
  name: text,
  /** The agency's own mail domains: recipients there are the internal party; scanner ignores them. */
  domains: z.array(DomainRuleSchema).min(1, { error: 'must list at least one of the agency\'s own mail domains' }),
  emails: z.array(AddressRuleSchema).default([]),
  phones: z.array(phoneLike).default([]),
  vatNumbers: z.array(idLike).default([]),
  ibans: z.array(idLike).default([]),
});

export const JustificationSchema = z.strictObject({
  required: z.boolean().default(true),
  minLength: z.number().int().min(0).max(500, { error: 'must be at most 500 characters' }).default(10),
  legalBases: z
    .array(z.strictObject({ id: z.enum(LEGAL_BASES), label: LocalisedSchema }))
    .min(1, { error: 'must offer at least one legal basis' }),
});

/** Design.md: "block rules fail closed, warn rules fail open and are logged". */
export const FailModeSchema = z.strictObject({
  block: z.enum(['closed', 'open']).default('closed'),
  warn: z.enum(['open', 'closed']).default('open'),
});

export const SiteOverrideSchema = z.strictObject({
  /** false switches the site's adapter off (e.g. while its selectors are broken). */
  enabled: z.boolean().optional(),
  /** Extra hosts where this site runs (the agency's own Roundcube, WordPress or Omnicasa instance). */
  hosts: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+(:\d{1,5})?$/, { error: 'is not a host name' })).max(50).optional(),
  selectors: z
    .record(z.string().min(1), z.array(z.string().trim().min(1, { error: 'is an empty selector' })).min(1))
    .optional(),
});

const unknownRecipientShape = Object.fromEntries(DATA_CATEGORIES.map((c) => [c, SeveritySchema])) as Record<
  (typeof DATA_CATEGORIES)[number],
  typeof SeveritySchema
>;

/** Finding types that may be "context only": never identity numbers, birth dates or documents. */
const CONTEXT_ELIGIBLE = new Set(['contact', 'financial']);

const PolicyShape = z.strictObject({
  version: z.number().int().positive(),
  issuedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  agency: AgencySchema,
  parties: z.array(PartySchema).min(1, { error: 'must list at least one party' }),
  /** Decision per category when no party recognises the destination. */
  unknownRecipient: z.strictObject(unknownRecipientShape),
  /** Findings below this confidence do not count. */
  minConfidence: z.enum(['low', 'medium', 'high']).default('medium'),
  /** Types that count only alongside other personal data; alone they are logged, not warned about. */
  contextOnlyTypes: z.array(FindingTypeSchema).default(['person-name', 'vat-number']),
  justification: JustificationSchema,
  /** Simulation: decisions are computed and logged, never enforced. */
  auditOnly: z.boolean().default(false),
  failMode: FailModeSchema.default({ block: 'closed', warn: 'open' }),
  retentionDays: z
    .number()
    .int()
    .min(1, { error: 'must be at least 1 day' })
    .max(3650, { error: 'must be at most 3650 days (10 years)' })
    .default(365),
  sites: z.record(slug('site id'), SiteOverrideSchema).optional(),
  note: z.string().optional(),
});

export const PolicySchema = PolicyShape.superRefine(crossChecks);

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type Party = Policy['parties'][number];
export type Clause = z.output<typeof ClauseSchema>;
export type Localised = z.output<typeof LocalisedSchema>;
export type Severity = (typeof SEVERITIES)[number];
export type LegalBasis = (typeof LEGAL_BASES)[number];

type Ctx = z.RefinementCtx<z.output<typeof PolicyShape>>;

/** Rules that span several fields: unique ids, one internal party, no recogniser claimed twice… */
function crossChecks(policy: z.output<typeof PolicyShape>, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  if (policy.expiresAt && Date.parse(policy.expiresAt) <= Date.parse(policy.issuedAt)) {
    issue(['expiresAt'], `must be after issuedAt (${policy.issuedAt})`);
  }

  const ids = new Map<string, number>();
  policy.parties.forEach((party, i) => {
    const first = ids.get(party.id);
    if (first !== undefined) issue(['parties', i, 'id'], `duplicate party id "${party.id}" (also parties[${first}])`);
    else ids.set(party.id, i);
  });

  const internal = policy.parties.flatMap((p, i) => (p.internal ? [i] : []));
  if (internal.length === 0) issue(['parties'], 'no party has "internal": true; mark the agency\'s own party');
  for (const i of internal.slice(1)) issue(['parties', i, 'internal'], 'only one party may be internal (the agency)');

  // A recogniser claimed by two parties would make the decision depend on list order.
  const claimed = new Map<string, string>();
  const claim = (key: string, path: (string | number)[]) => {
    const at = formatPath(path);
    const owner = claimed.get(key);
    if (owner !== undefined) issue(path, `${key.split(':').slice(1).join(':')} is already claimed at ${owner}`);
    else claimed.set(key, at);
  };
  const norm = (s: string) => s.trim().toLowerCase().replace(/\.+$/, '');
  policy.agency.domains.forEach((d, j) => claim(`domain:${norm(d.domain)}`, ['agency', 'domains', j, 'domain']));
  policy.agency.emails.forEach((a, j) => claim(`address:${norm(a.address)}`, ['agency', 'emails', j, 'address']));
  policy.parties.forEach((party, i) => {
    const r = party.recognise;
    const base = ['parties', i, 'recognise'];
    r.domains.forEach((d, j) => claim(`domain:${norm(d.domain)}`, [...base, 'domains', j, 'domain']));
    r.addresses.forEach((a, j) => claim(`address:${norm(a.address)}`, [...base, 'addresses', j, 'address']));
    r.formIds.forEach((f, j) => claim(`form id:${f.id}`, [...base, 'formIds', j, 'id']));
    r.publicationTargets.forEach((t, j) => claim(`publication target:${t}`, [...base, 'publicationTargets', j]));
    r.urlPatterns.forEach((u, j) =>
      claim(`URL pattern:${norm(u.host)}${u.pathPrefix}`, [...base, 'urlPatterns', j]),
    );

    const seen = new Set<string>();
    party.mayReceive.forEach((c, j) => {
      if (seen.has(c)) issue(['parties', i, 'mayReceive', j], `"${c}" is listed twice`);
      seen.add(c);
    });
    party.purposes.forEach((purpose, j) =>
      purpose.categories?.forEach((c, k) => {
        if (!party.internal && !party.mayReceive.includes(c)) {
          issue(['parties', i, 'purposes', j, 'categories', k], `"${c}" is not in this party's mayReceive`);
        }
      }),
    );

    // Design rule: a public publication carries property data and photos only, never personal data.
    if (r.publicationTargets.length > 0) {
      party.mayReceive.forEach((c, j) => {
        if (c !== 'property' && c !== 'photos') {
          issue(['parties', i, 'mayReceive', j], `"${c}" is personal data; a party with publicationTargets is public and may only receive property and photos`);
        }
      });
      if (party.otherwise !== 'block') {
        issue(['parties', i, 'otherwise'], 'must be "block": personal data is never published');
      }
    }
  });

  const bases = new Set<string>();
  policy.justification.legalBases.forEach((b, j) => {
    if (bases.has(b.id)) issue(['justification', 'legalBases', j, 'id'], `"${b.id}" is listed twice`);
    bases.add(b.id);
  });

  policy.contextOnlyTypes.forEach((t: FindingType, j) => {
    if (!CONTEXT_ELIGIBLE.has(CATEGORY_OF[t])) {
      issue(['contextOnlyTypes', j], `"${t}" (${CATEGORY_OF[t]}) can never be ignored on its own; only contact or financial types may be context-only`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Parsing with plain-English errors

export interface PolicyError {
  /** Where, e.g. `parties[3].recognise.domains[0].domain`; "(file)" for size/JSON problems. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** Messages for zod's generic issues; specific ones are written in the schema itself. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected} (found ${describe(issue.input)})`;
    case 'invalid_value':
      if (issue.input === undefined) return `is required; use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return `${JSON.stringify(issue.input)} is not allowed; use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return `${JSON.stringify(issue.input)} is not an ISO date-time with a time zone, e.g. "2026-01-31T09:00:00Z"`;
      }
      return `${JSON.stringify(issue.input)} has the wrong format`;
    case 'too_small':
      if (issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
      return issue.minimum === 1 ? 'is empty' : `must be at least ${String(issue.minimum)} characters`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

/** Validate parsed JSON against the schema. */
export function parsePolicy(json: unknown): ParseResult {
  const result = PolicySchema.safeParse(json, { reportInput: true, error: plainMessage });
  if (result.success) return { ok: true, policy: result.data };
  const errors: PolicyError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One error per key, located at the key itself, so the admin sees exactly what to delete.
      for (const key of issue.keys) {
        errors.push({ path: formatPath([...issue.path, key]), message: 'unknown key: not part of the rules format (check the spelling)' });
      }
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return { ok: false, errors };
}

/** The byte size check, before anything is parsed. */
export function rulesSizeProblem(byteLength: number): string | null {
  if (byteLength > MAX_RULES_BYTES) {
    return `the file is ${(byteLength / 1024 / 1024).toFixed(2)} MB; a rules file may be at most ${MAX_RULES_BYTES / 1024 / 1024} MB`;
  }
  if (byteLength === 0) return 'the file is empty';
  return null;
}

/** Size limit, then JSON.parse, then the schema. For raw text (e.g. an options-page editor). */
export function parseRulesText(source: string): ParseResult {
  const sizeProblem = rulesSizeProblem(new TextEncoder().encode(source).byteLength);
  if (sizeProblem) return { ok: false, errors: [{ path: '(file)', message: sizeProblem }] };
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (err) {
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parsePolicy(json);
}
