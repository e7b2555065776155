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

/** A request that sends (an Omnicasa email, SMS or portal export), for the network backstop; a hint, not proof. */
export const EndpointSchema = z.strictObject({
  /** The channel this request sends for (email, sms, publish…). */
  channel: z.string().regex(/^[a-z][a-z-]*$/),
  method: z.enum(['POST', 'PUT', 'PATCH']),
  note: nonEmpty,
  /** A regular expression over the full URL. */
  url: nonEmpty.refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, { error: 'is not a valid regular expression' }),
});

export const SiteRulesSchema = z
  .strictObject({
    /** Requests that send, for the network backstop (optional: only where they are known). */
    endpoints: z.array(EndpointSchema).optional(),
    /** Exact host names (no wildcards: a lookalike such as mail.google.com.evil.com must never match). */
    hosts: z.array(z.string().regex(HOST)),
    /** Equals the adapter file name and this file's name. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    keys: z.array(z.string().regex(SHORTCUT, { error: 'must look like "Ctrl+Enter"' })).min(1),
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
  })
  .refine((r) => r.hosts.length > 0 || (r.subdomainsOf?.length ?? 0) > 0, { error: 'lists no host: give hosts or subdomainsOf', path: ['hosts'] });

export type SelectorEntry = z.infer<typeof SelectorEntrySchema>;
export type SiteRules = z.infer<typeof SiteRulesSchema>;

/** Validates parsed JSON (or a JSON string); throws a ZodError naming the path of what is wrong. */
export function parseSiteRules(json: unknown): SiteRules {
  return SiteRulesSchema.parse(typeof json === 'string' ? JSON.parse(json) : json);
}
