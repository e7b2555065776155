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

export const SiteRulesSchema = z.strictObject({
  /**
   * Exact host names (no wildcards: a lookalike such as mail.google.com.evil.com must never match). Absent for
   * self-hosted apps that run on any host (WordPress): their `paths` decide, and the policy's `sites.<id>.hosts`
   * names the agency's own instance.
   */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1).optional(),
  /** Equals the adapter file name and this file's name. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  keys: z.array(z.string().regex(SHORTCUT, { error: 'must look like "Ctrl+Enter"' })).min(1),
  /** Path prefixes the adapter handles ("/mail/" also matches "/mail"); absent means every path. */
  paths: z.array(z.string().startsWith('/')).optional(),
  selectors: z.record(z.string().regex(/^[a-z][A-Za-z]*$/), SelectorEntrySchema),
});

export type SelectorEntry = z.infer<typeof SelectorEntrySchema>;
export type SiteRules = z.infer<typeof SiteRulesSchema>;

/** Validates parsed JSON (or a JSON string); throws a ZodError naming the path of what is wrong. */
export function parseSiteRules(json: unknown): SiteRules {
  return SiteRulesSchema.parse(typeof json === 'string' ? JSON.parse(json) : json);
}
