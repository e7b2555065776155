/**
 * The role of this browser's user, decided here and nowhere else (docs/roles.md):
 *  1. the enterprise policy (managed storage) assigns a role: that is the role, and passphrases are not used;
 *  2. otherwise a passphrase set at first run and unlocked this session (storage.session, cleared when the browser
 *     closes, and after UNLOCK_MS) gives director or admin;
 *  3. otherwise: agent.
 * Pages cannot reach extension storage, and the router (index.ts) refuses UI messages that need a role the user
 * does not have, so a forged message from the extension's own UI gets nothing either.
 */
import { browser } from 'wxt/browser';
import { hashPassphrase, isPassphraseRecord, passphraseProblem, verifyPassphrase, type PassphraseRecord } from '../../lib/roles/passphrase.ts';
import {
  ELEVATED_ROLES, REQUIRED_ROLE, hasRole, roleFromManaged, type ElevatedRole, type Role, type RoleResult, type RoleStatus,
} from '../../lib/roles/roles.ts';
import type { UiToBg } from '../../lib/messages.ts';
import { managedConfig, policyReady } from './policy-store.ts';

/** An unlock lasts at most a working day, and never beyond the browser session. */
export const UNLOCK_MS = 8 * 60 * 60 * 1000;
/** After this many wrong passphrases in a row, unlocking waits LOCKOUT_MS. */
export const MAX_ATTEMPTS = 5;
export const LOCKOUT_MS = 60_000;

const PASSPHRASES = 'rolePassphrases';
const UNLOCK = 'roleUnlock';
const ATTEMPTS = 'roleAttempts';

type Passphrases = Partial<Record<ElevatedRole, PassphraseRecord>>;
interface Unlock {
  role: ElevatedRole;
  until: number;
}
interface Attempts {
  count: number;
  lockedUntil?: number;
}

/** The role the enterprise policy assigns, if any (its fields are read by policy-store.ts). */
export async function managedRole(): Promise<Role | undefined> {
  await policyReady();
  return roleFromManaged(managedConfig());
}

async function passphrases(): Promise<Passphrases> {
  const stored = (await browser.storage.local.get(PASSPHRASES))[PASSPHRASES] as Passphrases | undefined;
  const out: Passphrases = {};
  for (const role of ELEVATED_ROLES) if (isPassphraseRecord(stored?.[role])) out[role] = stored[role];
  return out;
}

async function unlocked(): Promise<Unlock | undefined> {
  const u = (await browser.storage.session.get(UNLOCK))[UNLOCK] as Unlock | undefined;
  if (!u || !(ELEVATED_ROLES as readonly string[]).includes(u.role) || typeof u.until !== 'number') return undefined;
  if (u.until <= Date.now()) {
    await browser.storage.session.remove(UNLOCK);
    return undefined;
  }
  return u;
}

export async function roleStatus(): Promise<RoleStatus> {
  const [managed, stored] = await Promise.all([managedRole(), passphrases()]);
  const set = { director: !!stored.director, admin: !!stored.admin };
  if (managed) return { role: managed, source: 'managed', managed: true, passphrases: set };
  const u = await unlocked();
  // A passphrase removed since the unlock (e.g. reset by the admin) ends the unlock.
  if (u && stored[u.role]) return { role: u.role, source: 'passphrase', managed: false, passphrases: set, until: u.until };
  return { role: 'agent', source: 'default', managed: false, passphrases: set };
}

export async function currentRole(): Promise<Role> {
  return (await roleStatus()).role;
}

const ok = async (): Promise<RoleResult> => ({ ok: true, status: await roleStatus() });

async function unlockFor(role: ElevatedRole): Promise<void> {
  await browser.storage.session.set({ [UNLOCK]: { role, until: Date.now() + UNLOCK_MS } satisfies Unlock });
}

/** First run: sets the admin passphrase (and the director's, if given) while none exists, and unlocks admin. */
export async function setupPassphrases(admin: string, director?: string): Promise<RoleResult> {
  if (await managedRole()) return { ok: false, error: 'managed' };
  const stored = await passphrases();
  if (stored.admin || stored.director) return { ok: false, error: 'already-set' };
  if (passphraseProblem(admin) || (director !== undefined && passphraseProblem(director))) return { ok: false, error: 'too-short' };
  if (director !== undefined && director.normalize('NFC') === admin.normalize('NFC')) return { ok: false, error: 'same-passphrase' };
  const records: Passphrases = { admin: await hashPassphrase(admin) };
  if (director !== undefined) records.director = await hashPassphrase(director);
  await browser.storage.local.set({ [PASSPHRASES]: records });
  await unlockFor('admin');
  return ok();
}

/** An admin (checked by the router) sets or changes one passphrase. */
export async function changePassphrase(role: ElevatedRole, passphrase: string): Promise<RoleResult> {
  if (await managedRole()) return { ok: false, error: 'managed' };
  if (passphraseProblem(passphrase)) return { ok: false, error: 'too-short' };
  const stored = await passphrases();
  const other = stored[role === 'admin' ? 'director' : 'admin'];
  if (other && (await verifyPassphrase(passphrase, other))) return { ok: false, error: 'same-passphrase' };
  await browser.storage.local.set({ [PASSPHRASES]: { ...stored, [role]: await hashPassphrase(passphrase) } });
  return ok();
}

/** Unlocks `role` for this session when the passphrase is right; the admin passphrase also opens the director's view. */
export async function unlockRole(role: ElevatedRole, passphrase: string): Promise<RoleResult> {
  if (await managedRole()) return { ok: false, error: 'managed' };
  const attempts = ((await browser.storage.session.get(ATTEMPTS))[ATTEMPTS] as Attempts | undefined) ?? { count: 0 };
  if (attempts.lockedUntil && attempts.lockedUntil > Date.now()) {
    return { ok: false, error: 'too-many-attempts', retryAfterMs: attempts.lockedUntil - Date.now() };
  }
  const stored = await passphrases();
  if (!stored[role] && !(role === 'director' && stored.admin)) return { ok: false, error: 'not-set' };
  // The admin may open the director's view with the admin passphrase: they then get admin.
  let granted: ElevatedRole | undefined;
  if (await verifyPassphrase(passphrase, stored[role])) granted = role;
  else if (role === 'director' && (await verifyPassphrase(passphrase, stored.admin))) granted = 'admin';
  if (!granted) {
    const count = attempts.count + 1;
    const next: Attempts = count >= MAX_ATTEMPTS ? { count: 0, lockedUntil: Date.now() + LOCKOUT_MS } : { count };
    await browser.storage.session.set({ [ATTEMPTS]: next });
    return { ok: false, error: 'wrong-passphrase' };
  }
  await browser.storage.session.remove(ATTEMPTS);
  await unlockFor(granted);
  return ok();
}

export async function lockRole(): Promise<RoleResult> {
  await browser.storage.session.remove(UNLOCK);
  return ok();
}

/** The router's check: undefined when the message may go on, else the refusal to answer. */
export async function roleRefusal(msg: Pick<UiToBg, 'type'>): Promise<{ refused: string } | undefined> {
  const needed = REQUIRED_ROLE[msg.type];
  if (!needed) return undefined;
  const role = await currentRole();
  return hasRole(role, needed) ? undefined : { refused: `this needs the ${needed} role; the current role is ${role}` };
}
