/**
 * Which party a destination belongs to.
 *
 * Precedence, most specific first, so that an exact rule always beats a broad one:
 * exact address → form id → publication target → URL pattern (longest path) → domain (exact before
 * subdomain, longest first). Validation already forbids the same recogniser in two parties.
 */
import { parseAddress, addressMatches } from './address.ts';
import { hostMatches, normaliseHost } from './host.ts';
import { samePhone } from './phone.ts';
import { formIdFromUrl, urlMatches } from './url-pattern.ts';
import type { Destination, Party, Policy } from './types.ts';

export interface Recognition {
  party: Party;
  /** Which rule matched, for explanations and tests, e.g. `domain notaire.be`. */
  via: string;
}

/** The internal party together with the agency's own domains and addresses. */
function internalParty(policy: Policy): Party | undefined {
  return policy.parties.find((p) => p.internal);
}

export function recognise(destination: Destination, policy: Policy): Recognition | undefined {
  switch (destination.kind) {
    case 'email':
      return recogniseEmail(destination.address, policy);
    case 'form':
      return recogniseForm(destination.formId, destination.url, policy);
    case 'publication':
      return recognisePublication(destination.target, destination.url, policy);
    case 'host':
      return recogniseUrl(destination.url ?? `https://${destination.host}/`, policy);
    case 'phone':
      return recognisePhone(destination.number, policy);
  }
}

/** Only the agency's own numbers are known: parties are recognised by mail, form, publication or URL, never by phone. */
function recognisePhone(number: string, policy: Policy): Recognition | undefined {
  const internal = internalParty(policy);
  const own = policy.agency.phones.find((p) => samePhone(p, number));
  return internal && own ? { party: internal, via: `phone ${own}` } : undefined;
}

function recogniseEmail(raw: string, policy: Policy): Recognition | undefined {
  const address = parseAddress(raw);
  if (address === null) return undefined; // unreadable → unknown, the cautious outcome
  const internal = internalParty(policy);

  if (internal && policy.agency.emails.some((rule) => addressMatches(address, rule))) {
    return { party: internal, via: `address ${address.address}` };
  }
  for (const party of policy.parties) {
    const rule = party.recognise.addresses.find((r) => addressMatches(address, r));
    if (rule) return { party, via: `address ${rule.address}` };
  }

  let best: { party: Party; domain: string; exact: boolean } | undefined;
  const consider = (party: Party, domain: string, includeSubdomains: boolean) => {
    if (!hostMatches(address.domain, { domain, includeSubdomains })) return;
    const d = normaliseHost(domain) ?? domain;
    const exact = d === address.domain;
    if (!best || (exact && !best.exact) || (exact === best.exact && d.length > best.domain.length)) {
      best = { party, domain: d, exact };
    }
  };
  if (internal) for (const rule of policy.agency.domains) consider(internal, rule.domain, rule.includeSubdomains);
  for (const party of policy.parties) {
    for (const rule of party.recognise.domains) consider(party, rule.domain, rule.includeSubdomains);
  }
  return best ? { party: best.party, via: `domain ${best.domain}` } : undefined;
}

function recogniseForm(formId: string, url: string | undefined, policy: Policy): Recognition | undefined {
  const id = formId || (url ? formIdFromUrl(url) : null);
  if (id) {
    // Form ids are case-sensitive: compared exactly.
    for (const party of policy.parties) {
      if (party.recognise.formIds.some((f) => f.id === id)) return { party, via: `form ${id}` };
    }
  }
  return url ? recogniseUrl(url, policy) : undefined;
}

function recognisePublication(target: string, url: string | undefined, policy: Policy): Recognition | undefined {
  const wanted = target.trim().toLowerCase();
  for (const party of policy.parties) {
    if (party.recognise.publicationTargets.includes(wanted)) return { party, via: `publication ${wanted}` };
  }
  return url ? recogniseUrl(url, policy) : undefined;
}

function recogniseUrl(url: string, policy: Policy): Recognition | undefined {
  let best: { party: Party; length: number; via: string } | undefined;
  for (const party of policy.parties) {
    for (const pattern of party.recognise.urlPatterns) {
      if (!urlMatches(url, pattern)) continue;
      const length = pattern.host.length + pattern.pathPrefix.length;
      if (!best || length > best.length) best = { party, length, via: `URL ${pattern.host}${pattern.pathPrefix}` };
    }
  }
  return best ? { party: best.party, via: best.via } : undefined;
}

/** How a destination is shown to people and in the CLI. */
export function displayDestination(destination: Destination): string {
  switch (destination.kind) {
    case 'email': {
      const parsed = parseAddress(destination.address);
      return parsed?.address ?? destination.address.trim();
    }
    case 'form':
      return `form ${destination.formId || destination.url || '(unknown)'}`;
    case 'publication':
      return `publication ${destination.target}`;
    case 'host':
      return destination.url ?? destination.host;
    case 'phone':
      return `SMS ${destination.number}`;
  }
}
