/**
 * The admin's per-site overrides from the policy (`sites.<id>`: enabled, hosts, selectors), applied to a site's
 * selector data. Pure: the content script calls these with the policy copy the background sent it.
 */
import type { SelectorEntry, SiteRules } from '../../rules/sites/schema.ts';
import type { Policy } from '../policy/types.ts';
import type { MailAdapter } from './types.ts';

export type SiteOverride = NonNullable<Policy['sites']>[string];

export function siteOverride(policy: Policy | null, id: string): SiteOverride | undefined {
  return policy?.sites?.[id];
}

/** False only when the policy switches the site off (`sites.<id>.enabled: false`), e.g. while its selectors are broken. */
export function siteEnabled(policy: Policy | null, id: string): boolean {
  return siteOverride(policy, id)?.enabled !== false;
}

export interface Overridden {
  rules: SiteRules;
  /** Selector names in the override that the site does not have (a typo): ignored, reported to the admin. */
  unknown: string[];
}

/**
 * The site's rules with the override applied: extra hosts are added; each named selector's CSS list is replaced
 * (its note and `required` flag are kept). The input is not changed.
 */
export function withOverride(rules: SiteRules, override: SiteOverride | undefined): Overridden {
  if (!override) return { rules, unknown: [] };
  const selectors: Record<string, SelectorEntry> = { ...rules.selectors };
  const unknown: string[] = [];
  for (const [name, css] of Object.entries(override.selectors ?? {})) {
    const entry = selectors[name];
    if (entry) selectors[name] = { ...entry, css, note: `${entry.note} [Replaced by the policy: sites.${rules.id}.selectors.${name}]` };
    else unknown.push(name);
  }
  const hosts = [...new Set([...rules.hosts, ...(override.hosts ?? [])])];
  return { rules: { ...rules, hosts, selectors }, unknown };
}

/**
 * A site's adapter under a policy: the shipped one while the policy overrides neither its selectors nor its hosts;
 * else one rebuilt from the overridden rules, kept while the override does not change (the same object, so the
 * guards are not restarted for nothing).
 */
export function overridable(rules: SiteRules, create: (rules: SiteRules) => MailAdapter): (policy: Policy | null) => MailAdapter {
  const shipped = create(rules);
  let last: { key: string; adapter: MailAdapter } | undefined;
  return (policy) => {
    const override = siteOverride(policy, rules.id);
    if (!override?.selectors && !override?.hosts) return shipped;
    const key = JSON.stringify([override.selectors, override.hosts]);
    if (last?.key !== key) last = { key, adapter: create(withOverride(rules, override).rules) };
    return last.adapter;
  };
}
