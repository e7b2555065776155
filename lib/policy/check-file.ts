/**
 * checkRulesFile: every check the browser applies before it adopts a rules file, in order:
 * size → signature (over the exact bytes, before anything is parsed) → UTF-8 → JSON → schema →
 * version newer than the active one → not expired. The first failure is the reason; the caller keeps
 * its last good policy.
 */
import { parsePolicy, rulesSizeProblem, type PolicyError } from '../../rules/schema.ts';
import { listPlaceholders, type PlaceholderWarning } from './placeholders.ts';
import { verifyRules } from './signature.ts';
import type { Policy } from './types.ts';

export interface CheckOptions {
  /** The active policy: the file must have a strictly greater version (anti-rollback). */
  current?: Pick<Policy, 'version'>;
  /** When given, a valid signature is required. */
  publicKey?: JsonWebKey;
  /** When given, a valid signature by any one of these keys is required (an empty list accepts nothing). */
  publicKeys?: JsonWebKey[];
  /** Base64 raw signature (the content of `<rules.json>.sig`). */
  signature?: string;
  /** Clock for the expiry check (tests). */
  now?: Date;
}

/**
 * Why rules were refused, as a code the admin's screens translate (FR/NL/EN: `policy_refusal_<code>`); `reason`
 * says the details in English, the same words as the CLI's. `unreachable` is the fetch's own (lib/policy/remote.ts),
 * `organisation` the admin page's (rules applied there while the organisation sets the policy).
 */
export const REFUSALS = [
  'too-large',
  'no-key',
  'unsigned',
  'bad-signature',
  'not-utf8',
  'not-json',
  'invalid',
  'not-newer',
  'expired',
  'unreachable',
  'organisation',
] as const;
export type Refusal = (typeof REFUSALS)[number];

export type CheckResult =
  | { ok: true; policy: Policy; warnings: PlaceholderWarning[] }
  | { ok: false; code: Refusal; reason: string; errors: PolicyError[] };

const fail = (code: Refusal, reason: string, errors: PolicyError[] = []): CheckResult => ({ ok: false, code, reason, errors });

export async function checkRulesFile(input: Uint8Array | string, options: CheckOptions = {}): Promise<CheckResult> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;

  const sizeProblem = rulesSizeProblem(bytes.byteLength);
  if (sizeProblem) return fail('too-large', sizeProblem);

  if (options.publicKey || options.publicKeys) {
    const keys = [...(options.publicKey ? [options.publicKey] : []), ...(options.publicKeys ?? [])];
    if (keys.length === 0) return fail('no-key', 'no public key is pinned to check the signature against');
    if (!options.signature) return fail('unsigned', 'the rules file is not signed (no .sig found) and a signing key is configured');
    let firstFailure = '';
    for (const key of keys) {
      const verified = await verifyRules(key, bytes, options.signature);
      if (verified.ok) {
        firstFailure = '';
        break;
      }
      firstFailure ||= verified.reason;
    }
    if (firstFailure) return fail('bad-signature', keys.length > 1 ? `${firstFailure} (checked against ${keys.length} pinned keys)` : firstFailure);
  }

  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not-utf8', 'the file is not UTF-8 text');
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (err) {
    return fail('not-json', `not valid JSON: ${(err as Error).message}`);
  }

  const parsed = parsePolicy(json);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    const first = parsed.errors[0];
    return fail('invalid', `${n} error${n === 1 ? '' : 's'} in the rules${first ? `, first: ${first.path}: ${first.message}` : ''}`, parsed.errors);
  }
  const policy = parsed.policy;

  if (options.current && policy.version <= options.current.version) {
    return fail(
      'not-newer',
      `version ${policy.version} is not newer than the active version ${options.current.version}; raise "version" to publish a change`,
      [{ path: 'version', message: `must be greater than ${options.current.version}` }],
    );
  }
  const now = options.now ?? new Date();
  if (policy.expiresAt && Date.parse(policy.expiresAt) <= now.getTime()) {
    return fail('expired', `the rules expired on ${policy.expiresAt}`, [{ path: 'expiresAt', message: 'is in the past' }]);
  }
  return { ok: true, policy, warnings: listPlaceholders(policy) };
}
