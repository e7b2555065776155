/**
 * The admin page's working copy of the rules: plain JSON the page edits, validated on every change with the same
 * schema the CLI and the background use (rules/schema.ts parsePolicy). Pure functions, no React.
 */
import { parsePolicy, type Policy, type PolicyError } from '../../rules/schema.ts';

/** The draft: a policy object as JSON, possibly invalid while the admin types. */
export type Draft = Policy;

/** What the page shows for one party's "who" list, in the order of the rules format. */
export const WHO_KINDS = ['domains', 'addresses', 'formIds', 'urlPatterns', 'publicationTargets'] as const;
export type WhoKind = (typeof WHO_KINDS)[number];

/** A fresh recogniser of each kind, as the admin adds a row. */
export function emptyWho(kind: WhoKind): unknown {
  switch (kind) {
    case 'domains':
      return { domain: '', includeSubdomains: false, placeholder: false };
    case 'addresses':
      return { address: '', ignorePlusTag: false, placeholder: false };
    case 'formIds':
      return { id: '', placeholder: false };
    case 'urlPatterns':
      return { host: '', pathPrefix: '/', includeSubdomains: false, placeholder: false };
    case 'publicationTargets':
      return '';
  }
}

/** The next version to publish from the active policy: version + 1, issued now, everything else the same. */
export function nextDraft(active: Policy, now = new Date()): Draft {
  const copy = structuredClone(active);
  copy.version = active.version + 1;
  copy.issuedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return copy;
}

export type Path = readonly (string | number)[];

/** A copy of `obj` with `value` at `path` (copies only along the path). `undefined` removes an array item. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(obj)) {
    const copy = [...obj];
    if (rest.length === 0 && value === undefined) copy.splice(key as number, 1);
    else copy[key as number] = setIn(copy[key as number], rest, value);
    return copy as T;
  }
  const record = { ...(obj as Record<string, unknown>) };
  record[key] = setIn(record[key], rest, value);
  return record as T;
}

export function getIn(obj: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string | number, unknown>)[k]), obj);
}

/** `parties[2].recognise.domains[0].domain`: the same notation as the schema's error paths. */
export function pathText(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

export interface Validation {
  policy?: Policy;
  errors: PolicyError[];
}

export function validate(draft: Draft): Validation {
  const r = parsePolicy(draft);
  return r.ok ? { policy: r.policy, errors: [] } : { errors: r.errors };
}

/** The errors at `path` or inside it. */
export function errorsAt(errors: readonly PolicyError[], path: Path): PolicyError[] {
  const p = pathText(path);
  return errors.filter((e) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`));
}

/** The exact bytes a rules file is made of: the ones signed, downloaded and applied are the same. */
export function rulesText(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}
