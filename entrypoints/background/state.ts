/**
 * The background's state, all of it in extension storage so a service-worker restart loses nothing:
 * the agent's identity, the per-install hash key, and the sends held for a dialog (the active policy is in
 * policy-store.ts). Pages cannot reach any of it: only extension code can call browser.storage.
 */
import { browser } from 'wxt/browser';
import { createHasher, generateHashKey } from '../../lib/detect/hash.ts';
import type { Omitted } from '../../lib/guard/analyse.ts';
import type { DialogModel } from '../../lib/guard/dialog-model.ts';
import { managedConfig, policyReady } from './policy-store.ts';
import { summariseAndHash, type FindingSummary } from '../../lib/log/record.ts';
import type { AnalysedFinding } from '../../lib/policy/types.ts';

export interface AgentIdentity {
  name?: string;
  email?: string;
}

/** Which identity fields the organisation sets by managed policy (read-only for the agent). */
export function managedIdentity(): { name: boolean; email: boolean } {
  const m = managedConfig();
  return { name: m.agentName !== undefined, email: m.agentEmail !== undefined };
}

/** The agent's identity: managed values win over what the agent typed. */
export async function agentIdentity(): Promise<AgentIdentity> {
  await policyReady();
  const { agent } = await browser.storage.local.get('agent');
  const own = (agent as AgentIdentity | undefined) ?? {};
  const m = managedConfig();
  return { ...own, ...(m.agentName !== undefined ? { name: m.agentName } : {}), ...(m.agentEmail !== undefined ? { email: m.agentEmail } : {}) };
}

/** Saves what the agent typed; a managed field keeps its stored value (the managed one shows anyway). */
export async function setAgentIdentity(agent: AgentIdentity): Promise<void> {
  await policyReady();
  const { agent: stored } = await browser.storage.local.get('agent');
  const previous = (stored as AgentIdentity | undefined) ?? {};
  const locked = managedIdentity();
  await browser.storage.local.set({
    agent: { name: locked.name ? previous.name : agent.name, email: locked.email ? previous.email : agent.email },
  });
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

/**
 * Findings as the log keeps them: grouped by type, masked samples and keyed hashes, never the values. `omitted`: per
 * type, how many findings the content script's report left out (lib/guard/analyse.ts essentialFindings).
 */
export async function loggedFindings(findings: readonly AnalysedFinding[], omitted?: Omitted): Promise<FindingSummary[]> {
  return summariseAndHash(findings, await logHasher(), omitted);
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

/**
 * Sends held in this run of the service worker: the dialog reads them here. The session-storage copy, for after a
 * restart, is written by `storePending` once the verdict is on its way (a storage round trip would delay every dialog).
 */
const pendingHere = new Map<string, PendingSend>();

export function keepPending(p: PendingSend): void {
  pendingHere.set(p.eventId, p);
}

/** Writes the storage copy, unless the dialog was already answered. */
export async function storePending(p: PendingSend): Promise<void> {
  if (pendingHere.has(p.eventId)) await browser.storage.session.set({ [pendingKey(p.eventId)]: p });
}

export async function loadPending(eventId: string): Promise<PendingSend | undefined> {
  return pendingHere.get(eventId) ?? ((await browser.storage.session.get(pendingKey(eventId)))[pendingKey(eventId)] as PendingSend | undefined);
}

export async function deletePending(eventId: string): Promise<void> {
  pendingHere.delete(eventId);
  await browser.storage.session.remove(pendingKey(eventId));
}
