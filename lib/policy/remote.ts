/**
 * Fetching a signed rules file from a URL: `<url>` and `<url>.sig`, with conditional requests (ETag /
 * Last-Modified) and a size cap applied while reading, before anything is parsed. Uses only `fetch`, so it runs
 * in the extension's background and in Node alike; what is then checked is checkRulesFile's job, the same as the
 * CLI's `verify`.
 */
import { MAX_RULES_BYTES } from '../../rules/schema.ts';
import type { Refusal } from './check-file.ts';

/** A detached signature is 88 characters of base64; anything much larger is not one. */
export const MAX_SIGNATURE_BYTES = 1024;

/** What was seen at the last fetch, to ask "changed since?" next time. */
export interface RemoteValidators {
  url: string;
  etag?: string;
  lastModified?: string;
  /** The signature that came with that version of the file. */
  signature?: string;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type RemoteFetch =
  | { status: 'unchanged' }
  | { status: 'fetched'; bytes: Uint8Array; signature: string; validators: RemoteValidators }
  | { status: 'failed'; code: Extract<Refusal, 'unreachable' | 'too-large'>; reason: string };

export const sigUrlOf = (url: string) => `${url}.sig`;

type Capped = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };
const unreachable = (reason: string): RemoteFetch => ({ status: 'failed', code: 'unreachable', reason });

/** Reads a response body, giving up as soon as it passes `maxBytes` (a 10 MB answer is never held in memory). */
export async function readCapped(response: Response, maxBytes: number, what: string): Promise<Capped> {
  const tooBig = (size: string) => ({
    ok: false as const,
    reason: `the ${what} is ${size}; a ${what} may be at most ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes} bytes`}`,
  });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooBig(declared >= 1024 * 1024 ? `${(declared / 1024 / 1024).toFixed(2)} MB` : `${declared} bytes`);
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooBig(`over ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes} bytes`}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { ok: true, bytes };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Fetches `<url>` (conditionally, when `previous` is for the same URL) and `<url>.sig`. "unchanged" when the
 * server says the file is not modified and the signature is the one seen last time.
 */
export async function fetchRulesFile(url: string, fetchImpl: FetchLike, previous?: RemoteValidators): Promise<RemoteFetch> {
  const base: RequestInit = { cache: 'no-store', credentials: 'omit', redirect: 'follow' };
  const conditional = (p: RemoteValidators | undefined): RequestInit => {
    const headers: Record<string, string> = {};
    if (p?.url === url && p.etag) headers['If-None-Match'] = p.etag;
    if (p?.url === url && p.lastModified) headers['If-Modified-Since'] = p.lastModified;
    return { ...base, headers };
  };
  try {
    const sigResponse = await fetchImpl(sigUrlOf(url), base);
    if (!sigResponse.ok) {
      await sigResponse.body?.cancel().catch(() => undefined);
      return unreachable(`the signature ${sigUrlOf(url)} could not be fetched: HTTP ${sigResponse.status}`);
    }
    const sig = await readCapped(sigResponse, MAX_SIGNATURE_BYTES, 'signature file');
    if (!sig.ok) return { status: 'failed', code: 'too-large', reason: sig.reason };
    const signature = new TextDecoder().decode(sig.bytes).trim();

    let response = await fetchImpl(url, conditional(previous));
    if (response.status === 304) {
      if (previous?.signature === signature) return { status: 'unchanged' };
      // Re-signed without a change to the file: fetch it in full to check the new signature.
      response = await fetchImpl(url, base);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return unreachable(`the rules file ${url} could not be fetched: HTTP ${response.status}`);
    }
    const body = await readCapped(response, MAX_RULES_BYTES, 'rules file');
    if (!body.ok) return { status: 'failed', code: 'too-large', reason: body.reason };
    const validators: RemoteValidators = { url, signature };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { status: 'fetched', bytes: body.bytes, signature, validators };
  } catch (err) {
    return unreachable(`the rules URL ${url} could not be reached: ${describe(err)}`);
  }
}
