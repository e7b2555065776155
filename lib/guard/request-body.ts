/**
 * What a page's request carries and where it goes, read cheaply: the part of the network backstop that runs in the
 * page's MAIN world (entrypoints/page-hooks.content), so it stays tiny and has no detection engine. It only sorts
 * requests into "the app at work" (own hosts, no body) and "worth a check"; the check itself (scan + policy) runs in
 * the isolated world and the background (requests.ts). Web-platform types only: it runs in Node tests too.
 */
import type { OwnHost, SendEndpoint, SiteRules } from '../../rules/sites/schema.ts';

/** Largest request text checked; beyond it the check counts as failed and the policy's fail mode decides. */
export const MAX_REQUEST_TEXT = 512 * 1024;

/** Dot-boundary host match: "evilgoogle.com" is not "google.com", "mail.google.com" is under it. */
function hostUnder(host: string, rule: OwnHost): boolean {
  return host === rule.host || (!!rule.includeSubdomains && host.endsWith(`.${rule.host}`));
}

/**
 * A request the site's own app makes: to the page's own host, one of the site's hosts, or a host its rules list as
 * its own (Gmail's contacts and telemetry on other Google hosts). Such requests are never held.
 */
export function isOwnRequest(url: URL, pageHost: string, site: Pick<SiteRules, 'hosts' | 'endpoints'> | undefined): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === pageHost.toLowerCase().replace(/\.$/, '')) return true;
  if (!site) return false;
  return site.hosts.includes(host) || (site.endpoints?.own ?? []).some((rule) => hostUnder(host, rule));
}

/** `*` stands for exactly one segment; the rest compares exactly. */
function pathMatches(path: string, pattern: string): boolean {
  const a = path.split('/');
  const b = pattern.split('/');
  return a.length === b.length && b.every((seg, i) => seg === '*' ? a[i] !== '' : seg === a[i]);
}

/** True when this request goes to the endpoint (method, host, path, required query parameters). */
export function matchesEndpoint(url: URL, method: string, endpoint: SendEndpoint, siteHosts: readonly string[]): boolean {
  if (method.toUpperCase() !== endpoint.method) return false;
  const host = url.hostname.toLowerCase();
  if (endpoint.host ? host !== endpoint.host : !siteHosts.includes(host)) return false;
  if (!pathMatches(url.pathname, endpoint.path)) return false;
  return Object.entries(endpoint.query ?? {}).every(([k, v]) => url.searchParams.get(k) === v);
}

/** The site's send endpoint this request goes to, if any. */
export function sendEndpointOf(url: URL, method: string, site: Pick<SiteRules, 'hosts' | 'endpoints'> | undefined): SendEndpoint | undefined {
  return site?.endpoints?.send?.find((e) => matchesEndpoint(url, method, e, site.hosts));
}

/** The text fields of a form, one `name=value` per line; files contribute their name only. */
export function formDataText(data: FormData): string {
  const lines: string[] = [];
  for (const [name, value] of data) lines.push(`${name}=${typeof value === 'string' ? value : value.name}`);
  return lines.join('\n');
}

/**
 * A request body as text, when it can be read at once: strings (JSON, text, urlencoded), URLSearchParams, FormData
 * text fields, ArrayBuffer and typed arrays (as UTF-8). `''` for no body. `undefined` when it cannot be read
 * synchronously (Blob: read it with `blob.text()` where waiting is possible; streams and documents: never).
 */
export function bodyTextSync(body: unknown): string | undefined {
  if (body === null || body === undefined) return '';
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (typeof FormData !== 'undefined' && body instanceof FormData) return formDataText(body);
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  if (ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  return undefined;
}

/** True when nothing in the request is worth a check: no body and no query string. */
export function nothingToCheck(url: URL, text: string): boolean {
  return text === '' && url.search === '';
}
