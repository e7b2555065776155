/** The admin page's calls to the background: roles, the active policy, and applying rules locally. */
import { browser } from 'wxt/browser';
import type { Refusal } from '../../lib/policy/check-file.ts';
import type { Policy } from '../../rules/schema.ts';
import type { PolicyStatus } from '../../entrypoints/background/policy-store.ts';
import { backgroundRoles, type RoleClient } from '../roles/client.ts';

export type { PolicyStatus };
export type ApplyResult = { ok: true } | { ok: false; error: string; code?: Refusal; refused?: boolean };

export interface AdminClient extends RoleClient {
  /** The active policy and where it came from; null when the background does not answer. */
  policy(): Promise<{ policy: Policy; status: PolicyStatus } | null>;
  apply(text: string, signature?: string): Promise<ApplyResult>;
}

export const backgroundAdmin: AdminClient = {
  ...backgroundRoles,
  async policy() {
    try {
      const r = (await browser.runtime.sendMessage({ type: 'ui-bg:policy-get' })) as { policy?: Policy; status?: PolicyStatus } | undefined;
      return r?.policy && r.status ? { policy: r.policy, status: r.status } : null;
    } catch {
      return null;
    }
  },
  async apply(text, signature) {
    const r = (await browser.runtime.sendMessage({ type: 'ui-bg:policy-apply', text, ...(signature ? { signature } : {}) })) as
      | { ok: true }
      | { ok: false; code: Refusal; error: string }
      | { refused: string }
      | undefined;
    if (!r) return { ok: false, error: 'no answer' };
    return 'refused' in r ? { ok: false, error: r.refused, refused: true } : r;
  },
};
