/**
 * The mail adapters, one per site. The content script picks one with adapterFor(location) again on every
 * SPA navigation (wxt:locationchange).
 */
import { gmail } from './gmail.ts';
import { googleForms } from './google-forms.ts';
import { omnicasa } from './omnicasa.ts';
import { outlook } from './outlook.ts';
import { roundcube } from './roundcube.ts';
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

export type * from './types.ts';
