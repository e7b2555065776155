/**
 * The UI's side of roles: messages to the background, which alone decides (entrypoints/background/roles.ts).
 * Behind an interface so component tests can use an in-memory implementation.
 */
import { browser } from 'wxt/browser';
import type { ElevatedRole, RoleResult, RoleStatus } from '../../lib/roles/roles.ts';

export interface RoleClient {
  /** Null when the background does not answer. */
  status(): Promise<RoleStatus | null>;
  unlock(role: ElevatedRole, passphrase: string): Promise<RoleResult>;
  lock(): Promise<RoleResult>;
  setup(admin: string, director?: string): Promise<RoleResult>;
  change(role: ElevatedRole, passphrase: string): Promise<RoleResult>;
}

async function ask<T>(message: object): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

/** A refusal or no answer from the background, as a failed result. */
function result(answer: unknown): RoleResult {
  const r = answer as RoleResult | { refused?: string } | undefined;
  return r && 'ok' in r ? r : { ok: false, error: 'not-allowed' };
}

export const backgroundRoles: RoleClient = {
  async status() {
    try {
      const s = await ask<RoleStatus | undefined>({ type: 'ui-bg:role-status' });
      return s && typeof s.role === 'string' ? s : null;
    } catch {
      return null;
    }
  },
  unlock: (role, passphrase) => ask({ type: 'ui-bg:role-unlock', role, passphrase }).then(result),
  lock: () => ask({ type: 'ui-bg:role-lock' }).then(result),
  setup: (admin, director) => ask({ type: 'ui-bg:role-setup', admin, ...(director ? { director } : {}) }).then(result),
  change: (role, passphrase) => ask({ type: 'ui-bg:role-passphrase', role, passphrase }).then(result),
};
