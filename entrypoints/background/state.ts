/**
 * The background's state, all of it in extension storage so a service-worker restart loses nothing:
 * the active policy, the agent's identity, the per-install hash key, and the sends held for a dialog.
 * Pages cannot reach any of it: only extension code can call browser.storage.
 */
import { browser } from 'wxt/browser';
import defaultPolicyJson from '../../rules/default-policy.json';
import { parsePolicy, type Policy } from '../../rules/schema.ts';
import { createHasher, generateHashKey } from '../../lib/detect/hash.ts';
import type { DialogModel } from '../../lib/guard/dialog-model.ts';
import { summariseFindings, type FindingSummary } from '../../lib/log/record.ts';
import type { AnalysedFinding } from '../../lib/policy/types.ts';

let cachedPolicy: Policy | undefined;

/** The active policy: the bundled default until an admin channel provides one (issue 6). */
export function activePolicy(): Policy {
  if (!cachedPolicy) {
    const parsed = parsePolicy(defaultPolicyJson);
    if (!parsed.ok) throw new Error(`bundled default policy is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    cachedPolicy = parsed.policy;
  }
  return cachedPolicy;
}

export interface AgentIdentity {
  name?: string;
  email?: string;
}

export async function agentIdentity(): Promise<AgentIdentity> {
  const { agent } = await browser.storage.local.get('agent');
  return (agent as AgentIdentity | undefined) ?? {};
}

export async function setAgentIdentity(agent: AgentIdentity): Promise<void> {
  await browser.storage.local.set({ agent });
}

let hasher: Promise<(value: string) => Promise<string>> | undefined;

/** The keyed hash for log de-duplication. The key is made once per install and never leaves this browser. */
export function logHasher(): Promise<(value: string) => Promise<string>> {
  hasher ??= (async () => {
    const stored = (await browser.storage.local.get('hashKey')).hashKey as number[] | undefined;
    if (stored) return createHasher(Uint8Array.from(stored));
    const key = generateHashKey();
    await browser.storage.local.set({ hashKey: Array.from(key) });
    return createHasher(key);
  })();
  return hasher;
}

/** Findings as the log keeps them: grouped by type, masked samples and keyed hashes, never the values. */
export async function loggedFindings(findings: readonly AnalysedFinding[]): Promise<FindingSummary[]> {
  const hash = await logHasher();
  return summariseFindings(await Promise.all(findings.map(async (f) => ({ ...f, hash: await hash(`${f.type}:${f.value}`) }))));
}

/** A send held for the agent's decision in the dialog. */
export interface PendingSend {
  eventId: string;
  nonce: string;
  tabId: number;
  frameId: number;
  createdAt: number;
  model: DialogModel;
}

const pendingKey = (eventId: string) => `pending:${eventId}`;

export async function savePending(p: PendingSend): Promise<void> {
  await browser.storage.session.set({ [pendingKey(p.eventId)]: p });
}

export async function loadPending(eventId: string): Promise<PendingSend | undefined> {
  return (await browser.storage.session.get(pendingKey(eventId)))[pendingKey(eventId)] as PendingSend | undefined;
}

export async function deletePending(eventId: string): Promise<void> {
  await browser.storage.session.remove(pendingKey(eventId));
}
