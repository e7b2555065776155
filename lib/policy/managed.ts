/**
 * The settings an organisation sets by enterprise policy (Chrome's managed storage, declared in
 * public/managed_schema.json; Firefox's policies.json `3rdparty.Extensions`). See docs/deployment.md.
 *
 * Each field is checked on its own: a wrong field is dropped with a message, the others still apply.
 * Complex values travel as JSON strings (Chrome's schema allows one type per field); Firefox's policies.json
 * may also carry them as objects, which are accepted too.
 */

export const ROLES = ['agent', 'director', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const DEFAULT_POLL_MINUTES = 15;
export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 24 * 60;

export interface ManagedConfig {
  /** A rules file's text (JSON), set inline by the admin. */
  rules?: string;
  /** Where the signed rules file is published; `<rulesUrl>.sig` holds its signature. */
  rulesUrl?: string;
  /** The public keys (JWK) a file from rulesUrl must be signed with (any one of them). */
  rulesPublicKeys: JsonWebKey[];
  /** The agent's identity for the share log; when set, the agent cannot change it. */
  agentName?: string;
  agentEmail?: string;
  /** The role of the person using this browser profile (per-user policy). */
  role?: Role;
  /** Organisation-wide policy: who is director / admin, by the agent's email. */
  directorEmails: string[];
  adminEmails: string[];
  /** How often the rules URL is polled. */
  pollIntervalMinutes: number;
}

export interface ManagedParse {
  config: ManagedConfig;
  /** One message per field that was set but could not be used ("field: why"). */
  errors: string[];
  /** Whether any known field was set at all. */
  present: boolean;
}

/** The managed field names (also the properties of public/managed_schema.json). */
export const MANAGED_FIELDS = [
  'rules',
  'rulesUrl',
  'rulesPublicKeys',
  'agentName',
  'agentEmail',
  'role',
  'directorEmails',
  'adminEmails',
  'pollIntervalMinutes',
] as const;

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** https only, except for the loopback (a local test server or a reverse proxy on the machine). */
export function rulesUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return 'must be an https:// URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.hash) return 'must not have a #fragment';
  return null;
}

function isJwk(value: unknown): value is JsonWebKey {
  const k = value as JsonWebKey | null;
  return typeof k === 'object' && k !== null && k.kty === 'EC' && k.crv === 'P-256' && typeof k.x === 'string' && typeof k.y === 'string';
}

/** A list given as an array, or (registry, text fields) as one string separated by commas, semicolons or newlines. */
function listOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
  return null;
}

export function parseManagedConfig(raw: unknown): ManagedParse {
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const errors: string[] = [];
  const config: ManagedConfig = { rulesPublicKeys: [], directorEmails: [], adminEmails: [], pollIntervalMinutes: DEFAULT_POLL_MINUTES };
  const present = MANAGED_FIELDS.some((f) => input[f] !== undefined && input[f] !== null && input[f] !== '');
  const set = (field: string) => input[field] !== undefined && input[field] !== null && input[field] !== '';

  if (set('rules')) {
    const v = input.rules;
    if (typeof v === 'string') config.rules = v;
    else if (typeof v === 'object') config.rules = JSON.stringify(v);
    else errors.push('rules: must be the rules file as a JSON string');
  }
  if (set('rulesUrl')) {
    const v = input.rulesUrl;
    const problem = typeof v === 'string' ? rulesUrlProblem(v.trim()) : 'must be a string';
    if (problem) errors.push(`rulesUrl: ${problem}`);
    else config.rulesUrl = (v as string).trim();
  }
  if (set('rulesPublicKeys')) {
    const list = Array.isArray(input.rulesPublicKeys) ? input.rulesPublicKeys : [input.rulesPublicKeys];
    list.forEach((item, i) => {
      let key: unknown = item;
      if (typeof item === 'string') {
        try {
          key = JSON.parse(item);
        } catch {
          key = undefined;
        }
      }
      if (isJwk(key)) {
        const { kty, crv, x, y } = key;
        config.rulesPublicKeys.push({ kty, crv, x, y }); // never keep a private "d" handed over by mistake
      } else errors.push(`rulesPublicKeys[${i}]: must be an ECDSA P-256 public key in JWK form (kty "EC", crv "P-256", x, y)`);
    });
  }
  for (const field of ['agentName', 'agentEmail'] as const) {
    if (!set(field)) continue;
    const v = input[field];
    if (typeof v !== 'string' || v.trim().length > (field === 'agentName' ? 200 : 320)) errors.push(`${field}: must be a short string`);
    else if (field === 'agentEmail' && !EMAIL.test(v.trim())) errors.push('agentEmail: is not an email address');
    else config[field] = field === 'agentEmail' ? v.trim().toLowerCase() : v.trim();
  }
  if (set('role')) {
    const v = typeof input.role === 'string' ? input.role.trim().toLowerCase() : input.role;
    if ((ROLES as readonly unknown[]).includes(v)) config.role = v as Role;
    else errors.push(`role: must be one of ${ROLES.join(', ')}`);
  }
  for (const field of ['directorEmails', 'adminEmails'] as const) {
    if (!set(field)) continue;
    const list = listOf(input[field]);
    if (!list) {
      errors.push(`${field}: must be a list of email addresses`);
      continue;
    }
    list.forEach((item, i) => {
      if (typeof item === 'string' && EMAIL.test(item.trim())) config[field].push(item.trim().toLowerCase());
      else errors.push(`${field}[${i}]: is not an email address`);
    });
  }
  if (set('pollIntervalMinutes')) {
    const v = typeof input.pollIntervalMinutes === 'string' ? Number(input.pollIntervalMinutes) : input.pollIntervalMinutes;
    if (typeof v === 'number' && Number.isInteger(v) && v >= MIN_POLL_MINUTES && v <= MAX_POLL_MINUTES) config.pollIntervalMinutes = v;
    else errors.push(`pollIntervalMinutes: must be a whole number of minutes between ${MIN_POLL_MINUTES} and ${MAX_POLL_MINUTES}`);
  }
  if (config.rulesUrl && config.rulesPublicKeys.length === 0) {
    errors.push('rulesUrl: is set but rulesPublicKeys is empty; a rules file from a URL is only accepted when signed with a pinned key');
  }
  return { config, errors, present };
}
