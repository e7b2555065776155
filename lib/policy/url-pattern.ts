/**
 * URL patterns (host + path prefix) and Google Forms ids.
 *
 * No regular expressions in rules: a pattern is an exact host (subdomains only when asked) and a path
 * prefix compared segment by segment, after the WHATWG URL parser has resolved `..`, percent-encoding
 * and user-info tricks (`https://docs.google.com@evil.com/` has host evil.com).
 */
import { domainRuleProblem, hostMatches, isSharedHost, normaliseHost } from './host.ts';

/** Published Google Forms ids (`/forms/d/e/<id>/viewform`) start with 1FAIpQL (research/sites.md §3). */
export const FORM_ID = /^1FAIpQL[A-Za-z0-9_-]{20,120}$/;

export function formIdProblem(id: string): string | null {
  if (FORM_ID.test(id)) return null;
  if (/\/forms\/d\/[^e]/.test(id) || /\/edit\b/.test(id)) {
    return `${JSON.stringify(id)} is an editor link; use the published id (starts with "1FAIpQL", from /forms/d/e/<id>/viewform)`;
  }
  return `${JSON.stringify(id)} is not a published Google Forms id (starts with "1FAIpQL", letters, digits, _ and -)`;
}

/** The published form id in a Google Forms URL, or null (short forms.gle links cannot be resolved offline). */
export function formIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (normaliseHost(parsed.hostname) !== 'docs.google.com') return null;
  const m = /^\/forms\/(?:u\/\d+\/)?d\/e\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(parsed.pathname);
  const id = m?.[1];
  return id !== undefined && FORM_ID.test(id) ? id : null;
}

export interface UrlPattern {
  host: string;
  pathPrefix: string;
  includeSubdomains: boolean;
}

/** The path as the URL parser normalises it (dot segments resolved, percent-encoding canonical). */
function normalisePath(path: string): string {
  return new URL(path, 'https://path.invalid').pathname;
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** Prefix match on whole segments: "/hooks/catch/12" does not match "/hooks/catch/123". */
function pathHasPrefix(path: string, prefix: string): boolean {
  if (prefix === '/' || path === prefix) return true;
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return path.startsWith(base);
}

/** True when the URL (http or https) falls under the pattern. */
export function urlMatches(url: string, pattern: UrlPattern): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (!hostMatches(parsed.hostname, { domain: pattern.host, includeSubdomains: pattern.includeSubdomains })) {
    return false;
  }
  return pathHasPrefix(parsed.pathname, normalisePath(pattern.pathPrefix));
}

/** Why a URL pattern is unacceptable (catch-alls, regex-looking prefixes), or null. */
export function urlPatternProblem(pattern: UrlPattern): { field: 'host' | 'pathPrefix'; message: string } | null {
  const hostProblem = domainRuleProblem(pattern.host, pattern.includeSubdomains);
  if (hostProblem) return { field: 'host', message: hostProblem };
  const prefix = pattern.pathPrefix;
  const shown = JSON.stringify(prefix);
  if (!prefix.startsWith('/')) return { field: 'pathPrefix', message: `${shown} must start with "/"` };
  if (/[*?#\s^$|()[\]{}\\]/.test(prefix)) {
    return {
      field: 'pathPrefix',
      message: `${shown} looks like a pattern or regular expression; write a literal path prefix (no *, ?, #, regex characters)`,
    };
  }
  const host = normaliseHost(pattern.host) ?? '';
  if (host === 'docs.google.com' && segments(normalisePath(prefix))[0] === 'forms') {
    return { field: 'pathPrefix', message: 'Google Forms are recognised by formIds, not URL patterns; list the published form id' };
  }
  if (isSharedHost(host) && segments(normalisePath(prefix)).length < 3) {
    return {
      field: 'pathPrefix',
      message: `${shown} on the shared host "${host}" covers other people's pages (a catch-all); name a path of at least 3 segments, e.g. "/hooks/catch/<account>"`,
    };
  }
  return null;
}
