/**
 * The active policy and where it came from (issue 6). Channels, strongest first:
 * - managed: enterprise policy (Chrome managed storage / Firefox policies.json), inline `rules`;
 * - url: a signed rules file the background polls at the managed `rulesUrl`, verified against `rulesPublicKeys`;
 *   managed and url compete on version (the higher wins, managed on a tie);
 * - local: rules applied from the admin page (applyLocalPolicy), used only when neither of the above is set;
 * - default: the bundled rules/default-policy.json.
 * Every file goes through lib/policy's checkRulesFile, the same checks as `npm run policy -- verify`. A refused
 * file never replaces the active policy: the last good one stays (persisted with its source in storage.local)
 * and the reason is kept for the options page and the popup. Pages cannot reach any of this.
 */
import { browser } from 'wxt/browser';
import defaultPolicyJson from '../../rules/default-policy.json';
import { parsePolicy, type Policy } from '../../rules/schema.ts';
import { checkRulesFile, type Refusal } from '../../lib/policy/check-file.ts';
import { parseManagedConfig, type ManagedConfig, type ManagedParse } from '../../lib/policy/managed.ts';
import { fetchRulesFile, type RemoteValidators } from '../../lib/policy/remote.ts';

export type PolicySource = 'default' | 'managed' | 'url' | 'local';

/** A refusal: its code (translated on screen; absent in a state saved by an older version) and the details. */
export interface PolicyRefusal {
  code?: Refusal;
  message: string;
  at: number;
}

export interface PolicyStatus {
  source: PolicySource;
  version: number;
  issuedAt: string;
  /** When the rules URL was last asked (ms since the epoch). */
  lastCheckedAt?: number;
  /** Why the last file was refused or could not be fetched; the active policy is unchanged by it. */
  lastError?: PolicyRefusal;
  /** The rules URL set by managed policy. */
  url?: string;
  /** Managed fields that were set but could not be used. */
  managedErrors?: string[];
}

interface StoredPolicy {
  text: string;
  version: number;
  at: number;
  signature?: string;
  url?: string;
}

interface StoreState {
  /** Last good policy from the rules URL. */
  url?: StoredPolicy;
  /** Policy applied from the admin page. */
  local?: StoredPolicy;
  /** Highest version ever accepted from the URL: an older or equal one is a rollback (anti-rollback, persisted). */
  urlFloor?: number;
  /** The last file seen at the URL, and why it was refused (kept while the server says it is unchanged). */
  seen?: RemoteValidators & { verdict?: string; code?: Refusal; at: number };
  lastCheckedAt?: number;
  lastError?: PolicyRefusal;
}

export const POLICY_POLL_ALARM = 'vigie-policy-poll';
const STORE_KEY = 'policyStore';

let bundled: Policy | undefined;
function bundledDefault(): Policy {
  if (!bundled) {
    const parsed = parsePolicy(defaultPolicyJson);
    if (!parsed.ok) throw new Error(`bundled default policy is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    bundled = parsed.policy;
  }
  return bundled;
}

let state: StoreState = {};
let managed: ManagedParse = parseManagedConfig({});
let managedPolicy: Policy | undefined;
const parsed: { url?: Policy; local?: Policy } = {};
let active: { policy: Policy; source: PolicySource } | undefined;
let ready: Promise<void> | undefined;
let polling: Promise<void> | undefined;
const listeners = new Set<(policy: Policy) => void>();

/** The active policy. Synchronous: the bundled default until policyReady() has loaded the stored one. */
export function activePolicy(): Policy {
  return (active ??= { policy: bundledDefault(), source: 'default' }).policy;
}

/** Resolves once the stored and managed policies are loaded; the router awaits it before answering. */
export function policyReady(): Promise<void> {
  return (ready ??= load());
}

/** The enterprise settings (identity, roles, rules URL…), as last read from managed storage. */
export function managedConfig(): ManagedConfig {
  return managed.config;
}

export function policyStatus(): PolicyStatus {
  const policy = activePolicy();
  const status: PolicyStatus = { source: active!.source, version: policy.version, issuedAt: policy.issuedAt };
  if (state.lastCheckedAt !== undefined) status.lastCheckedAt = state.lastCheckedAt;
  if (state.lastError) status.lastError = state.lastError;
  if (managed.config.rulesUrl) status.url = managed.config.rulesUrl;
  if (managed.errors.length > 0) status.managedErrors = managed.errors;
  return status;
}

/** Called with the new policy whenever the active one changes. Returns the unsubscribe function. */
export function onPolicyChange(listener: (policy: Policy) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function parseStored(stored: StoredPolicy | undefined): Policy | undefined {
  if (!stored) return undefined;
  try {
    const result = parsePolicy(JSON.parse(stored.text));
    return result.ok ? result.policy : undefined;
  } catch {
    return undefined;
  }
}

async function save(): Promise<void> {
  await browser.storage.local.set({ [STORE_KEY]: state });
}

async function readManaged(): Promise<unknown> {
  try {
    // Firefox throws when no policy names this extension; Chrome answers {}.
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

async function loadManaged(): Promise<void> {
  managed = parseManagedConfig(await readManaged());
  managedPolicy = undefined;
  if (managed.config.rules !== undefined) {
    const check = await checkRulesFile(managed.config.rules);
    if (check.ok) managedPolicy = check.policy;
    else managed.errors.push(`rules: ${check.reason}`);
  }
}

function recompute(): void {
  const candidates: { policy: Policy; source: PolicySource }[] = [];
  if (managedPolicy) candidates.push({ policy: managedPolicy, source: 'managed' });
  if (managed.config.rulesUrl && parsed.url) candidates.push({ policy: parsed.url, source: 'url' });
  candidates.sort((a, b) => b.policy.version - a.policy.version); // stable: managed first on a tie
  const next =
    candidates[0] ?? (parsed.local ? { policy: parsed.local, source: 'local' as const } : { policy: bundledDefault(), source: 'default' as const });
  const previous = active;
  active = next;
  if (previous && previous.policy !== next.policy) for (const listener of listeners) listener(next.policy);
}

async function load(): Promise<void> {
  state = ((await browser.storage.local.get(STORE_KEY))[STORE_KEY] as StoreState | undefined) ?? {};
  parsed.url = parseStored(state.url);
  parsed.local = parseStored(state.local);
  await loadManaged();
  recompute();
}

/** Managed storage changed (Chrome re-reads policy while running): apply it, and fetch a new rules URL at once. */
export async function reloadManaged(): Promise<void> {
  await policyReady();
  const before = managed.config;
  await loadManaged();
  recompute();
  await scheduleRulesPoll();
  if (managed.config.rulesUrl && managed.config.rulesUrl !== before.rulesUrl) await pollRulesUrl();
}

/** Asks the rules URL for a newer signed file now. Concurrent calls share one poll. */
export function pollRulesUrl(): Promise<void> {
  return (polling ??= poll().finally(() => {
    polling = undefined;
  }));
}

async function poll(): Promise<void> {
  await policyReady();
  const url = managed.config.rulesUrl;
  if (!url) return;
  const keys = managed.config.rulesPublicKeys;
  const started = Date.now();
  if (keys.length === 0) {
    state.lastCheckedAt = started;
    state.lastError = { code: 'no-key', message: 'the rules URL is set but no public key is pinned (rulesPublicKeys): nothing can be accepted from it', at: started };
    await save();
    return;
  }
  const result = await fetchRulesFile(url, (u, init) => fetch(u, init), state.seen);
  const now = Date.now();
  state.lastCheckedAt = now;
  if (result.status === 'unchanged') {
    // The same file as last time: still accepted, or still refused for the same reason.
    const { verdict, code, at } = state.seen ?? { at: now };
    state.lastError = verdict ? { ...(code ? { code } : {}), message: verdict, at } : undefined;
  } else if (result.status === 'failed') {
    state.lastError = { code: result.code, message: result.reason, at: now };
  } else {
    const floor = Math.max(state.urlFloor ?? 0, managedPolicy?.version ?? 0);
    const check = await checkRulesFile(result.bytes, {
      publicKeys: keys,
      signature: result.signature,
      ...(floor > 0 ? { current: { version: floor } } : {}),
    });
    state.seen = { ...result.validators, at: now, ...(check.ok ? {} : { verdict: check.reason, code: check.code }) };
    if (check.ok) {
      state.url = { text: new TextDecoder().decode(result.bytes), version: check.policy.version, at: now, signature: result.signature, url };
      state.urlFloor = check.policy.version;
      state.lastError = undefined;
      parsed.url = check.policy;
    } else {
      state.lastError = { code: check.code, message: check.reason, at: now };
    }
  }
  await save();
  recompute();
}

/**
 * Applies rules from the admin page. Refused while the organisation sets the policy (managed or URL), when the
 * version is not newer than the active one, or when the file fails any check. When the managed policy pins keys,
 * only rules signed with one of them are accepted.
 */
export async function applyLocalPolicy(text: string, signature?: string): Promise<{ ok: true } | { ok: false; code: Refusal; error: string }> {
  await policyReady();
  const source = active!.source;
  if (source === 'managed' || source === 'url') {
    return { ok: false, code: 'organisation', error: `the policy is set by the organisation (${source === 'managed' ? 'managed policy' : 'rules URL'}); local rules do not apply` };
  }
  const keys = managed.config.rulesPublicKeys;
  if (signature !== undefined && keys.length === 0) {
    return { ok: false, code: 'no-key', error: 'no public key is pinned (managed policy rulesPublicKeys) to check the signature against' };
  }
  const check = await checkRulesFile(text, {
    current: { version: activePolicy().version },
    ...(keys.length > 0 ? { publicKeys: keys, ...(signature !== undefined ? { signature } : {}) } : {}),
  });
  if (!check.ok) return { ok: false, code: check.code, error: check.reason };
  state.local = { text, version: check.policy.version, at: Date.now(), ...(signature !== undefined ? { signature } : {}) };
  parsed.local = check.policy;
  await save();
  recompute();
  return { ok: true };
}

/** The poll alarm follows the managed interval; without a rules URL there is nothing to poll. */
async function scheduleRulesPoll(): Promise<void> {
  const { rulesUrl, pollIntervalMinutes } = managed.config;
  const existing = await browser.alarms.get(POLICY_POLL_ALARM);
  if (!rulesUrl) {
    if (existing) await browser.alarms.clear(POLICY_POLL_ALARM);
    return;
  }
  if (existing?.periodInMinutes !== pollIntervalMinutes) {
    await browser.alarms.create(POLICY_POLL_ALARM, { periodInMinutes: pollIntervalMinutes, delayInMinutes: pollIntervalMinutes });
  }
}

/**
 * Wires the channels (call once, synchronously, from the background's main): the poll alarm, managed storage
 * changes, a poll at browser start, and one when the worker starts and the last check is older than the interval.
 */
export function startPolicyChannels(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLICY_POLL_ALARM) void pollRulesUrl();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void reloadManaged();
  });
  browser.runtime.onStartup.addListener(() => void pollRulesUrl());
  void policyReady().then(async () => {
    await scheduleRulesPoll();
    const { rulesUrl, pollIntervalMinutes } = managed.config;
    if (rulesUrl && Date.now() - (state.lastCheckedAt ?? 0) >= pollIntervalMinutes * 60_000) await pollRulesUrl();
  });
}
