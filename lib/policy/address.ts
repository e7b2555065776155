/**
 * Email addresses: a strict parser and exact matching.
 *
 * The domain is what decides who receives the mail, so it is taken after the only "@" and normalised
 * like any host. Anything unusual (two "@", quotes, spaces, comments) is refused rather than guessed at:
 * an address we cannot read is an unknown recipient, the most cautious outcome.
 */
import { normaliseHost } from './host.ts';

export interface ParsedAddress {
  /** Local part, lowercased (mail systems treat it case-insensitively in practice). */
  local: string;
  /** Domain, normalised by `normaliseHost`. */
  domain: string;
  /** `local@domain`. */
  address: string;
}

/**
 * Accepts `jean@notaire.be` or `Jean Dupont <jean@notaire.be>`. Returns null for anything else,
 * including `notaire.be@evil.com`-style tricks that do not parse to the domain they pretend to.
 */
export function parseAddress(raw: string): ParsedAddress | null {
  let text = raw.trim();
  const angled = /<([^<>]*)>\s*$/.exec(text);
  if (angled) text = (angled[1] ?? '').trim();
  if (text.startsWith('mailto:')) text = text.slice('mailto:'.length);
  if (text.length === 0 || text.length > 320) return null;
  if (/[\s"(),;:<>[\]\\]/.test(text)) return null;
  const parts = text.split('@');
  if (parts.length !== 2) return null;
  const [localRaw = '', domainRaw = ''] = parts;
  if (localRaw.length === 0 || localRaw.length > 64) return null;
  if (localRaw.startsWith('.') || localRaw.endsWith('.') || localRaw.includes('..')) return null;
  const domain = normaliseHost(domainRaw);
  if (domain === null || !domain.includes('.')) return null;
  const local = localRaw.toLowerCase();
  return { local, domain, address: `${local}@${domain}` };
}

export interface AddressRule {
  address: string;
  /** When true, `jean+dossier@x` matches a rule for `jean@x`. Off by default: a tag can be a separate mailbox. */
  ignorePlusTag: boolean;
}

function withoutTag(local: string): string {
  const plus = local.indexOf('+');
  return plus > 0 ? local.slice(0, plus) : local;
}

/** Exact match after normalisation; `+tags` only ignored where the rule says so. */
export function addressMatches(address: ParsedAddress, rule: AddressRule): boolean {
  const wanted = parseAddress(rule.address);
  if (wanted === null || wanted.domain !== address.domain) return false;
  if (rule.ignorePlusTag) return withoutTag(wanted.local) === withoutTag(address.local);
  return wanted.local === address.local;
}

/** Why an address rule is unacceptable, or null. A rule must be a bare address, no display name. */
export function addressRuleProblem(raw: string): string | null {
  const shown = JSON.stringify(raw);
  if (raw.trim() === '') return 'is empty; write an email address such as "office@notaire.be"';
  if (raw.includes('*')) return `${shown} contains a wildcard; list exact addresses (or use a domain rule)`;
  if (/[<>]/.test(raw)) return `${shown} must be a bare address, without a display name`;
  if (parseAddress(raw) === null) return `${shown} is not a valid email address`;
  return null;
}
