/**
 * The mail adapters, one per site. The content script picks one with adapterFor(location) again on every
 * SPA navigation (wxt:locationchange).
 */
import { gmail } from './gmail.ts';
import { outlook } from './outlook.ts';
import type { MailAdapter } from './types.ts';

export const MAIL_ADAPTERS: readonly MailAdapter[] = [gmail, outlook];

export { SITE_RULES, siteRulesForHost } from './rules.ts';

/** The adapter for this page, or null: hosts are compared exactly, so look-alike hosts never match. */
export function adapterFor(url: URL): MailAdapter | null {
  return MAIL_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}

export type * from './types.ts';
