/**
 * Every site's rules data, one file per adapter (tests/rules/sites.test.ts checks they agree), for what is not about
 * the DOM: the hosts and network endpoints the page hooks and the background's webRequest observer need. Kept apart
 * from the adapters so the page hooks (MAIN world) bundle the data without the adapters' code.
 */
import gmailRules from '../../rules/sites/gmail.json' with { type: 'json' };
import outlookRules from '../../rules/sites/outlook.json' with { type: 'json' };
import type { SiteRules } from '../../rules/sites/schema.ts';

export const SITE_RULES: readonly SiteRules[] = [gmailRules, outlookRules];

/** The site whose app runs on this host (exact host, as the adapters match), or undefined. */
export function siteRulesForHost(host: string): SiteRules | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return SITE_RULES.find((r) => r.hosts.includes(h));
}
