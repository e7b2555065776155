/** Test helpers: the default policy, and findings/destinations built by hand (no scanner needed). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePolicy, type PolicyInput } from '../../../rules/schema.ts';
import type { Confidence, FindingType } from '../../../lib/detect/types.ts';
import type { AnalysedFinding, Destination, Draft, Policy } from '../../../lib/policy/types.ts';

export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('../../../rules/default-policy.json', import.meta.url));
export const GDPR_DOC_PATH = '/work/shared/policy/politique-rgpd-primogest.txt';

export function defaultPolicyJson(): PolicyInput {
  return JSON.parse(readFileSync(DEFAULT_POLICY_PATH, 'utf8')) as PolicyInput;
}

export function loadPolicy(json: unknown = defaultPolicyJson()): Policy {
  const result = parsePolicy(json);
  if (!result.ok) throw new Error(`policy invalid: ${JSON.stringify(result.errors)}`);
  return result.policy;
}

/** A finding placed at `start` in an imaginary text (or found in `text` when given). */
export function finding(
  type: FindingType,
  value: string,
  options: { start?: number; text?: string; confidence?: Confidence } = {},
): AnalysedFinding {
  const start = options.text !== undefined ? options.text.indexOf(value) : (options.start ?? 0);
  if (start < 0) throw new Error(`"${value}" not in text`);
  return {
    type,
    start,
    end: start + value.length,
    confidence: options.confidence ?? 'high',
    masked: `${value.slice(0, 2)}…`,
    value,
  };
}

export const email = (address: string, field: 'to' | 'cc' | 'bcc' = 'to', displayName?: string): Destination => ({
  kind: 'email',
  address,
  field,
  ...(displayName ? { displayName } : {}),
});

export function draft(destinations: Destination[], text?: string): Draft {
  return { site: 'gmail', action: 'send-email', destinations, ...(text !== undefined ? { text } : {}) };
}
