/**
 * Rules files for the admin-channel tests (unit and browser): the default policy at a chosen version, with a
 * notary office the admin adds, signed like `npm run policy -- sign` does (lib/policy/signature.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signRules } from '../../lib/policy/signature.ts';

const DEFAULT_POLICY = fileURLToPath(new URL('../../rules/default-policy.json', import.meta.url));

/** A notary office's own domain, unknown to the default policy (so a national number to it is blocked there). */
export const ADDED_NOTARY_DOMAIN = 'etude-janssens.be';
export const ADDED_NOTARY = `maitre.janssens@${ADDED_NOTARY_DOMAIN}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function defaultRules(): Json {
  return JSON.parse(readFileSync(DEFAULT_POLICY, 'utf8'));
}

/** The default rules at `version`, with extra notary domains; `mutate` may change anything else. */
export function rulesText(version: number, options: { notaryDomains?: string[]; mutate?: (j: Json) => void } = {}): string {
  const j = defaultRules();
  j.version = version;
  j.issuedAt = '2026-11-27T09:00:00Z';
  const notaries = j.parties.find((p: Json) => p.id === 'notaries');
  for (const domain of options.notaryDomains ?? [ADDED_NOTARY_DOMAIN]) notaries.recognise.domains.push({ domain, includeSubdomains: false });
  options.mutate?.(j);
  return `${JSON.stringify(j, null, 2)}\n`;
}

export function notaryParty(j: Json): Json {
  return j.parties.find((p: Json) => p.id === 'notaries');
}

export async function sign(privateJwk: JsonWebKey, text: string | Uint8Array): Promise<string> {
  return signRules(privateJwk, typeof text === 'string' ? new TextEncoder().encode(text) : text);
}
