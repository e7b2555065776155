/**
 * Every site's rules data, one file per adapter (tests/rules/sites.test.ts checks they agree), for what is not about
 * the DOM: the hosts and network endpoints the page hooks and the background's webRequest observer need. Kept apart
 * from the adapters so the page hooks (MAIN world) bundle the data without the adapters' code.
 */
import gmailRules from '../../rules/sites/gmail.json' with { type: 'json' };
import formsRules from '../../rules/sites/google-forms.json' with { type: 'json' };
import omnicasaRules from '../../rules/sites/omnicasa.json' with { type: 'json' };
import outlookRules from '../../rules/sites/outlook.json' with { type: 'json' };
import roundcubeRules from '../../rules/sites/roundcube.json' with { type: 'json' };
import wordpressRules from '../../rules/sites/wordpress.json' with { type: 'json' };
import type { SiteRules } from '../../rules/sites/schema.ts';

export const SITE_RULES: readonly SiteRules[] = [gmailRules, outlookRules, omnicasaRules, formsRules, roundcubeRules, wordpressRules];

/** The site whose app runs on this host (exact host, as the adapters match), or undefined. */
export function siteRulesForHost(host: string): SiteRules | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return SITE_RULES.find((r) => r.hosts.includes(h) || (r.subdomainsOf ?? []).some((d) => h.endsWith(`.${d}`)));
}
