/**
 * The mail adapters, one per site. The content script picks one with adapterFor(location) again on every
 * SPA navigation (wxt:locationchange).
 */
import type { Policy } from '../policy/types.ts';
import { gmail, gmailFor } from './gmail.ts';
import { googleForms } from './google-forms.ts';
import { omnicasa, omnicasaFor } from './omnicasa.ts';
import { outlook, outlookFor } from './outlook.ts';
import { roundcube, roundcubeFor } from './roundcube.ts';
import type { MailAdapter } from './types.ts';
import { wordpress } from './wordpress.ts';

// Last, the self-hosted apps that match any host: Roundcube by its URL (`_task=mail`), WordPress by /wp-admin/.
export const MAIL_ADAPTERS: readonly MailAdapter[] = [gmail, outlook, omnicasa, googleForms, roundcube, wordpress];

export { SITE_RULES, siteRulesForHost } from './rules.ts';

/**
 * The adapter for this page, or null: hosts are compared exactly, so look-alike hosts never match. Roundcube's
 * adapter goes by the URL alone; its content script also checks the page is Roundcube's before it starts.
 */
export function adapterFor(url: URL): MailAdapter | null {
  return MAIL_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

/** Sites whose selectors an admin may replace in the policy, `sites.<id>` (docs/policy.md); Omnicasa's hosts too. */
const UNDER_POLICY: Readonly<Record<string, (policy: Policy | null) => MailAdapter>> = {
  gmail: gmailFor,
  outlook: outlookFor,
  omnicasa: omnicasaFor,
  roundcube: roundcubeFor,
};

/** The site's adapter with the policy's overrides applied (itself when the policy has none for it). */
export function underPolicy(adapter: MailAdapter, policy: Policy | null): MailAdapter {
  return UNDER_POLICY[adapter.id]?.(policy) ?? adapter;
}

export type * from './types.ts';
