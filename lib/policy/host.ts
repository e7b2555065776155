/**
 * Host names: normalisation, matching and the validation of domain rules.
 *
 * Every comparison goes through `normaliseHost`, so a rule and a recipient are always compared in the
 * same form: lowercase, no trailing dot, internationalised labels in punycode (WHATWG URL, the same
 * algorithm in Node and in browsers). A Cyrillic look-alike punycodes to a different `xn--` label and
 * therefore never equals the Latin rule.
 */

/** One DNS label: letters, digits, inner hyphens; 1–63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Characters that would make the URL parser read something other than a host (user info, port, path…). */
const NOT_IN_HOST = /[\s/\\@:?#[\]%*,;"'<>()]/;

const cache = new Map<string, string | null>();

/**
 * Lowercase, trailing dots removed, IDN → punycode. Returns null for anything that is not a plain
 * DNS host name (IP addresses, user info, ports, paths, empty labels).
 */
export function normaliseHost(raw: string): string | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const result = computeHost(raw);
  if (cache.size > 5000) cache.clear(); // bounded: hosts come from untrusted drafts
  cache.set(raw, result);
  return result;
}

function computeHost(raw: string): string | null {
  const trimmed = raw.trim().toLowerCase().replace(/\.+$/, '');
  if (trimmed === '' || NOT_IN_HOST.test(trimmed)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  // The URL parser maps ideographic full stops to "." — strip a trailing one produced that way too.
  ascii = ascii.replace(/\.+$/, '');
  if (ascii.length === 0 || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (!labels.every((label) => LABEL.test(label))) return null;
  // A numeric last label is an IPv4 address in disguise (the URL parser accepts "0x7f.1"): not a domain.
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return null;
  return ascii;
}

export interface HostRule {
  domain: string;
  includeSubdomains: boolean;
}

/** True when `host` (any written form) is the rule's domain, or a subdomain of it where the rule allows. */
export function hostMatches(host: string, rule: HostRule): boolean {
  const h = normaliseHost(host);
  const d = normaliseHost(rule.domain);
  if (h === null || d === null) return false;
  if (h === d) return true;
  // The dot prefix is what stops "evilnotaire.be" from matching "notaire.be".
  return rule.includeSubdomains && h.endsWith(`.${d}`);
}

/**
 * Multi-label public suffixes: anyone can register under them, so naming one is a catch-all.
 * Not the whole Public Suffix List — the ones an admin in Belgium might plausibly type.
 */
const PUBLIC_SUFFIXES = new Set([
  'ac.be', 'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp',
  'com.br', 'co.za', 'com.cn', 'com.tr', 'co.in', 'gouv.fr', 'asso.fr', 'com.fr', 'co.com', 'eu.com',
]);

/** Hosting platforms whose subdomains belong to unrelated customers. */
const SHARED_PARENT_DOMAINS = new Set([
  'github.io', 'wordpress.com', 'blogspot.com', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app',
  'firebaseapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'amazonaws.com',
  'herokuapp.com', 'googleusercontent.com', 'sharepoint.com', 'wixsite.com', 'webflow.io', 'ngrok.io',
  'google.com', 'zapier.com', 'dropbox.com', 'microsoft.com', 'live.com', 'office.com',
]);

/** Public webmail: a domain rule on these would cover every member of the public. */
export const WEBMAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'outlook.be', 'outlook.fr', 'hotmail.com', 'hotmail.be',
  'hotmail.fr', 'live.com', 'live.be', 'live.fr', 'msn.com', 'yahoo.com', 'yahoo.fr', 'yahoo.be', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.com', 'gmx.net', 'gmx.de', 'gmx.fr', 'mail.com',
  'proton.me', 'protonmail.com', 'pm.me', 'skynet.be', 'telenet.be', 'proximus.be', 'scarlet.be', 'voo.be',
  'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr', 'yandex.com', 'zoho.com', 'tutanota.com',
]);

/** Reserved names (RFC 2606 / 6761): they never receive real mail, so they mark placeholders. */
export function isReservedHost(host: string): boolean {
  const h = normaliseHost(host);
  if (h === null) return false;
  return (
    /\.(invalid|example|test|localhost)$/.test(h) ||
    /(^|\.)example\.(com|net|org)$/.test(h) ||
    ['invalid', 'example', 'test', 'localhost'].includes(h)
  );
}

const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE_SCRIPTS: [string, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];

/** The script a label mixes with Latin letters ("notаire" with a Cyrillic а), or null. */
function mixedScriptLabel(raw: string): string | null {
  for (const label of raw.split(/[.\u3002\uff0e\uff61]/)) {
    if (!LATIN.test(label)) continue;
    for (const [name, script] of LOOK_ALIKE_SCRIPTS) if (script.test(label)) return name;
  }
  return null;
}

/**
 * Why a domain rule is unacceptable, as a plain-English sentence (the path is added by the caller),
 * or null when it is fine. Catch-alls are rejected: subdomains are covered by `includeSubdomains`,
 * never by wildcards.
 */
export function domainRuleProblem(raw: string, includeSubdomains: boolean): string | null {
  const shown = JSON.stringify(raw);
  if (raw.trim() === '') return 'is empty (a catch-all); name a domain such as "notaire.be"';
  if (raw.includes('*')) {
    return `${shown} is a catch-all wildcard; name a domain, and set includeSubdomains to cover its subdomains`;
  }
  if (/^[.\s]+$/.test(raw)) return `${shown} is a catch-all; name a domain`;
  if (/[/@:]/.test(raw)) return `${shown} must be a bare domain name (no scheme, path, port or @)`;
  const mixed = mixedScriptLabel(raw);
  if (mixed) return `${shown} mixes Latin and ${mixed} letters in one label: a look-alike of a Latin domain; write the real domain`;
  const host = normaliseHost(raw);
  if (host === null) return `${shown} is not a valid domain name`;
  if (!host.includes('.')) return `${shown} is a bare top-level domain (a catch-all); name a domain under it`;
  if (PUBLIC_SUFFIXES.has(host)) return `${shown} is a public suffix shared by unrelated owners (a catch-all)`;
  if (WEBMAIL_DOMAINS.has(host)) {
    return `${shown} is a public webmail domain open to anyone; list exact addresses instead`;
  }
  if (includeSubdomains && SHARED_PARENT_DOMAINS.has(host)) {
    return `${shown} with includeSubdomains covers unrelated customers of a shared platform (a catch-all)`;
  }
  return null;
}

/** Hosts whose paths belong to many unrelated owners: a URL pattern there must name a deep path. */
export function isSharedHost(host: string): boolean {
  const h = normaliseHost(host);
  if (h === null) return false;
  for (const parent of SHARED_PARENT_DOMAINS) if (h === parent || h.endsWith(`.${parent}`)) return true;
  return ['forms.gle', 'we.tl', 'wetransfer.com', '1drv.ms', 'bit.ly', 'tinyurl.com'].includes(h);
}
