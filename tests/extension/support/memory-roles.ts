/**
 * An in-memory stand-in for the background's role answers (entrypoints/background/roles.ts is tested on its own in
 * roles.test.ts), so component tests can drive the UI through locked and unlocked states.
 */
import type { RoleClient } from '../../../components/roles/client.ts';
import type { ElevatedRole, Role, RoleStatus } from '../../../lib/roles/roles.ts';

export function memoryRoles(role: Role, secrets: Partial<Record<ElevatedRole, string>> = { director: 'phrase direction', admin: 'phrase admin 1' }): RoleClient & { current(): RoleStatus } {
  let current: RoleStatus = {
    role,
    source: role === 'agent' ? 'default' : 'passphrase',
    managed: false,
    passphrases: { director: !!secrets.director, admin: !!secrets.admin },
  };
  const ok = () => ({ ok: true as const, status: current });
  return {
    current: () => current,
    status: async () => current,
    async unlock(r, passphrase) {
      if (secrets[r] !== passphrase) return { ok: false, error: 'wrong-passphrase' };
      current = { ...current, role: r, source: 'passphrase', until: Date.now() + 3_600_000 };
      return ok();
    },
    async lock() {
      current = { ...current, role: 'agent', source: 'default' };
      return ok();
    },
    async setup() {
      return { ok: false, error: 'already-set' };
    },
    async change() {
      return ok();
    },
  };
}
