/**
 * The network backstop's decision on one outgoing request (a page's fetch / XHR / beacon / form submit, or a body
 * the background saw in webRequest): what text it carries, where it goes, and what the policy says. The isolated
 * world runs it with its policy copy to answer at once (and for sendBeacon, which cannot wait); the background runs
 * it again with its own policy, which is the one that counts (design.md, "Interception layers").
 */
import type { AnalysedFinding, Decision, Destination, Policy } from '../policy/types.ts';
import { decide, decideOnFailure } from '../policy/decide.ts';
import { ownIdentifiers } from '../policy/own.ts';
import { scanText } from './analyse.ts';
import { MAX_REQUEST_TEXT } from './request-body.ts';

/** Only characters of application/x-www-form-urlencoded, with at least one name=value. */
const URLENCODED = /^[\w.~%+*\-!'()]+=[\w.~%+*\-!'()=&;]*$/;

/** One `name=value` per line, percent-decoded (malformed escapes are left as written, never thrown on). */
function decodeForm(s: string): string {
  return [...new URLSearchParams(s)].map(([k, v]) => `${k}=${v}`).join('\n');
}

/**
 * The text a check scans: the body (an urlencoded body decoded, so `85.07.30-033.28` written `85.07.30%2D033.28`
 * is seen), then the query string's parameters, decoded. A JSON or text body is scanned as it is.
 */
export function requestText(url: URL, body: string): string {
  const text = URLENCODED.test(body) ? decodeForm(body) : body;
  const query = [...url.searchParams].map(([k, v]) => `${k}=${v}`).join('\n');
  return query ? (text ? `${text}\n${query}` : query) : text;
}

/**
 * A request's destination for the policy: its host, with the path (party URL patterns match on it) but without the
 * query string, which may carry the very data being checked.
 */
export function requestDestination(url: URL): Destination & { kind: 'host' } {
  return { kind: 'host', host: url.hostname.toLowerCase(), url: `${url.origin}${url.pathname}` };
}

export interface RequestCheck {
  findings: AnalysedFinding[];
  /** The text was too large to scan or detection threw: the policy's fail mode decided. */
  failed: boolean;
  decision: Decision;
}

/** The decision on findings already made (the background, on what the isolated world reported). */
export function decideRequest(site: string, url: URL, findings: readonly AnalysedFinding[], failed: boolean, policy: Policy): Decision {
  const draft = { site, action: 'request' as const, destinations: [requestDestination(url)] };
  if (failed) return decideOnFailure(draft, policy);
  try {
    return decide(draft, findings, policy);
  } catch {
    return decideOnFailure(draft, policy);
  }
}

/** Scan and decide: `text` is what requestText built. */
export function checkRequest(site: string, url: URL, text: string, policy: Policy): RequestCheck {
  let findings: AnalysedFinding[] = [];
  let failed = text.length > MAX_REQUEST_TEXT;
  if (!failed) {
    try {
      findings = scanText(text, { own: ownIdentifiers(policy) });
    } catch {
      failed = true;
    }
  }
  return { findings, failed, decision: decideRequest(site, url, findings, failed, policy) };
}

/** What the background's webRequest observer is given for a request body (Chrome and Firefox `requestBody`). */
export interface WebRequestBody {
  formData?: Record<string, (string | unknown)[]>;
  raw?: { bytes?: ArrayBuffer; file?: string }[];
  error?: string;
}

/**
 * A webRequest body as text: form fields one `name=value` per line, raw bytes as UTF-8 (file parts by name).
 * Null when there is nothing to read or the body is larger than `max` (not scanned: the observer stays cheap).
 */
export function webRequestText(body: WebRequestBody | undefined, max = MAX_REQUEST_TEXT): string | null {
  if (!body || body.error) return null;
  if (body.formData) {
    const lines: string[] = [];
    let size = 0;
    for (const [name, values] of Object.entries(body.formData)) {
      for (const v of values) {
        const line = `${name}=${typeof v === 'string' ? v : ''}`;
        size += line.length + 1;
        if (size > max) return null;
        lines.push(line);
      }
    }
    return lines.length ? lines.join('\n') : null;
  }
  if (body.raw?.length) {
    const parts = body.raw.filter((p) => p.bytes || p.file);
    const size = parts.reduce((n, p) => n + (p.bytes?.byteLength ?? 0), 0);
    if (size === 0 || size > max) return null;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      if (!p.bytes) continue;
      bytes.set(new Uint8Array(p.bytes), at);
      at += p.bytes.byteLength;
    }
    const text = new TextDecoder().decode(bytes);
    return URLENCODED.test(text) ? decodeForm(text) : text;
  }
  return null;
}

/** Keys remembered for a while: "this was already checked / logged", bounded so a page cannot grow it forever. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly ttlMs: number,
    private readonly max = 1000,
  ) {}

  /** Remembers the key; true when it was already there within the ttl. */
  touch(key: string, now: number): boolean {
    const at = this.seen.get(key);
    this.seen.delete(key);
    this.seen.set(key, now);
    this.prune(now);
    return at !== undefined && now - at <= this.ttlMs;
  }

  /** True when the key was remembered within the ttl; takes it out (a check accounts for one request). */
  take(key: string, now: number): boolean {
    const at = this.seen.get(key);
    this.seen.delete(key);
    return at !== undefined && now - at <= this.ttlMs;
  }

  private prune(now: number): void {
    for (const [key, at] of this.seen) {
      if (this.seen.size <= this.max && now - at <= this.ttlMs) break; // oldest first: the rest is newer
      this.seen.delete(key);
    }
  }
}
