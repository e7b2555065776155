/**
 * The shape of a site's selector data (rules/sites/<id>.json), read by the adapter lib/sites/<id>.ts.
 * Selectors are data because the webmail apps change their obfuscated class names without notice: a fix is a
 * JSON edit with a note saying where the selector comes from, never a code change.
 *
 * Keys are declared in alphabetical order: zod rebuilds objects in schema order, so a parsed file
 * re-serialises byte for byte (the canonical-format test relies on it).
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/** One thing to find on the page, with the CSS selectors to try in order; the first that matches wins. */
export const SelectorEntrySchema = z.strictObject({
  css: z.array(nonEmpty).min(1),
  /** Where the selector comes from (library file, public code, observation) and anything odd about it. */
  note: nonEmpty,
  /** A workaround or legacy selector to drop after this date (YYYY-MM-DD), like Refined GitHub's TODO dates. */
  removeAfter: z.iso.date().optional(),
  /** Must match inside every open compose window; the health check reports it by name when it does not. */
  required: z.boolean().optional(),
});

/** A send shortcut: modifiers then one key, e.g. "Ctrl+Enter", "Meta+Enter". */
const SHORTCUT = /^(?:(?:Alt|Ctrl|Meta|Shift)\+)+(?:Enter|[A-Z])$/;

const HOST = /^[a-z0-9.-]+$/;

/**
 * A host the site's own app talks to (its sync, contacts, telemetry…): a request there is the app at work, not a
 * share with a third party. The page's own origin always counts as own; list the rest here.
 */
export const OwnHostSchema = z.strictObject({
  host: z.string().regex(HOST),
  /** Also every subdomain (the dot-boundary match: "evilgoogle.com" never matches "google.com"). */
  includeSubdomains: z.boolean().optional(),
  note: nonEmpty,
});

/**
 * Where the site's app sends a share (an email, a form's answers, a post). `path` is matched segment by segment,
 * `*` standing for exactly one segment; `query` lists parameters the URL must carry with these values.
 */
export const SendEndpointSchema = z.strictObject({
  /** The endpoint's host; absent means any of the site's hosts. */
  host: z.string().regex(HOST).optional(),
  /** POST, PUT or PATCH (a string, not an enum, so the bundled JSON type-checks without a cast). */
  method: z.string().regex(/^(?:POST|PUT|PATCH)$/, { error: 'must be POST, PUT or PATCH' }),
  note: nonEmpty,
  path: z.string().regex(/^\/[^?#\s]*$/, { error: 'must be a path starting with "/" (no query: use `query`)' }),
  query: z.record(z.string().min(1), z.string()).optional(),
  /**
   * Every request here is a share (Roundcube's send, a form response): one carrying personal data that no guarded
   * gesture accounts for is logged as unguarded. False when the app also uses it for other things (Gmail saves
   * drafts through its send endpoint), so it only confirms guarded sends.
   */
  sendOnly: z.boolean(),
});

/** The site's network knowledge, for the page hooks and the background's webRequest observer. */
export const EndpointsSchema = z.strictObject({
  own: z.array(OwnHostSchema).optional(),
  send: z.array(SendEndpointSchema).optional(),
});

export const SiteRulesSchema = z.strictObject({
  /** Absent: only the page's own origin is the app's own, and no "sent" fact is confirmed for the site. */
  endpoints: EndpointsSchema.optional(),
  /**
   * Exact host names (no wildcards: a lookalike such as mail.google.com.evil.com must never match). Empty for an
   * app the agency hosts wherever it likes (Roundcube): its adapter then recognises the app by the page itself.
   */
  hosts: z.array(z.string().regex(HOST)),
  /** Equals the adapter file name and this file's name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The app's own send shortcuts; absent or empty when it has none (a Google Form, Roundcube 1.6). */
  keys: z.array(z.string().regex(SHORTCUT, { error: 'must look like "Ctrl+Enter"' })).optional(),
  /** Path prefixes the adapter handles ("/mail/" also matches "/mail"); absent means every path. */
  paths: z.array(z.string().startsWith('/')).optional(),
  selectors: z.record(z.string().regex(/^[a-z][A-Za-z]*$/), SelectorEntrySchema),
  /**
   * Domains whose every subdomain is this site (Omnicasa gives each agency <agency>.omnicasa.com). Matched on a
   * dot boundary: x.omnicasa.com matches, omnicasa.com.evil.com and evilomnicasa.com never do.
   */
  subdomainsOf: z
    .array(z.string().regex(HOST).refine((d) => d.split('.').length >= 2, { error: 'must be a domain with a dot' }))
    .optional(),
});

export type SelectorEntry = z.infer<typeof SelectorEntrySchema>;
export type OwnHost = z.infer<typeof OwnHostSchema>;
export type SendEndpoint = z.infer<typeof SendEndpointSchema>;
export type SiteRules = z.infer<typeof SiteRulesSchema>;

/** Validates parsed JSON (or a JSON string); throws a ZodError naming the path of what is wrong. */
export function parseSiteRules(json: unknown): SiteRules {
  return SiteRulesSchema.parse(typeof json === 'string' ? JSON.parse(json) : json);
}
