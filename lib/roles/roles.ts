/**
 * Who may do what (docs/roles.md). Three roles, each including the one before:
 *   agent    — every user: the guard, their tab's status.
 *   director — sees the whole share log and exports it.
 *   admin    — edits and applies the rules, changes the local passphrases.
 * The background decides the role (entrypoints/background/roles.ts); this file only says what each needs.
 */
import type { UiToBg } from '../messages.ts';
import type { ManagedConfig, Role } from '../policy/managed.ts';

export { ROLES, type Role } from '../policy/managed.ts';
/** The roles a passphrase can unlock. */
export const ELEVATED_ROLES = ['director', 'admin'] as const;
export type ElevatedRole = (typeof ELEVATED_ROLES)[number];

const RANK: Record<Role, number> = { agent: 0, director: 1, admin: 2 };

export function hasRole(actual: Role, needed: Role): boolean {
  return RANK[actual] >= RANK[needed];
}

/** The role each UI message needs; messages not listed are open to every extension page. */
export const REQUIRED_ROLE: Partial<Record<UiToBg['type'], Role>> = {
  'ui-bg:policy-apply': 'admin',
  'ui-bg:role-passphrase': 'admin',
};

/** Where the current role comes from: the enterprise policy (strong), a passphrase unlocked this session, or nothing. */
export type RoleSource = 'managed' | 'passphrase' | 'default';

/** The background's answer to `ui-bg:role-status`. */
export interface RoleStatus {
  role: Role;
  source: RoleSource;
  /** True when the enterprise policy assigns roles: passphrases are then not used at all. */
  managed: boolean;
  /** Which local passphrases exist (first run: none). */
  passphrases: Record<ElevatedRole, boolean>;
  /** When a passphrase unlock ends (ms since epoch). */
  until?: number;
}

/** Answers of the role messages that can fail. `error` is a code the UI translates (roles_error_<code>). */
export type RoleResult = { ok: true; status: RoleStatus } | { ok: false; error: RoleError; retryAfterMs?: number };
export type RoleError = 'not-allowed' | 'managed' | 'already-set' | 'too-short' | 'same-passphrase' | 'not-set' | 'wrong-passphrase' | 'too-many-attempts';

/** The role fields of the enterprise policy. */
export type ManagedRoles = Pick<ManagedConfig, 'role' | 'agentEmail' | 'directorEmails' | 'adminEmails'>;

/**
 * The role the enterprise policy gives, or undefined when it assigns none (passphrases then apply).
 * The email lists count only with an email the policy itself sets: one the agent typed proves nothing.
 */
export function roleFromManaged(m: ManagedRoles): Role | undefined {
  if (m.role) return m.role;
  if (m.adminEmails.length === 0 && m.directorEmails.length === 0) return undefined;
  const email = m.agentEmail?.trim().toLowerCase();
  if (email && m.adminEmails.some((e) => e.toLowerCase() === email)) return 'admin';
  if (email && m.directorEmails.some((e) => e.toLowerCase() === email)) return 'director';
  return 'agent';
}
