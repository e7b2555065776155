/**
 * The enterprise policy samples in docs/deployment/ (Linux JSON, Windows .reg, macOS .mobileconfig, Google Admin
 * console JSON, Firefox policies.json): each is read the way its platform reads it, the extension's settings are
 * checked against public/managed_schema.json (with Chrome's schema rules) and by Vigie's own parser, and inline
 * rules against the rules schema. The schema itself is checked against Chrome's rules for managed_schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRulesFile } from '../../lib/policy/check-file.ts';
import { MANAGED_FIELDS, parseManagedConfig } from '../../lib/policy/managed.ts';
import { CHROME_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../e2e/support/paths.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLES = `${ROOT}docs/deployment/`;
const read = (name: string) => readFileSync(SAMPLES + name, 'utf8');

interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: unknown;
  [k: string]: unknown;
}
const schema = JSON.parse(readFileSync(`${ROOT}public/managed_schema.json`, 'utf8')) as Schema;

/** Chrome's rules (developer.chrome.com/docs/extensions/reference/manifest/storage): else the extension won't load. */
function chromeSchemaProblems(s: Schema, path = '(top)'): string[] {
  const problems: string[] = [];
  const types = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
  if (!s.$ref && !types.includes(s.type ?? '')) problems.push(`${path}: needs exactly one type (or $ref)`);
  if (s.type === 'array' && !s.items) problems.push(`${path}: an array needs "items"`);
  for (const [k, v] of Object.entries(s.properties ?? {})) problems.push(...chromeSchemaProblems(v, `${path}.${k}`));
  if (s.items) problems.push(...chromeSchemaProblems(s.items, `${path}[]`));
  return problems;
}

/** What Chrome does with a policy value: it must conform to the schema, or it is not published. */
function conformance(value: unknown, s: Schema, path: string): string[] {
  const ok: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    integer: (v) => Number.isInteger(v),
    number: (v) => typeof v === 'number',
    boolean: (v) => typeof v === 'boolean',
    array: Array.isArray,
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  };
  if (!ok[s.type!]?.(value)) return [`${path}: expected ${s.type}, got ${JSON.stringify(value)}`];
  if (s.type === 'array') return (value as unknown[]).flatMap((v, i) => conformance(v, s.items!, `${path}[${i}]`));
  if (s.type === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      s.properties?.[k] ? conformance(v, s.properties[k], `${path}.${k}`) : [`${path}.${k}: not in the schema`],
    );
  }
  return [];
}

// ---- How each platform's file is read ---------------------------------------------------------------------------

/** A .reg file: keys with string / dword values; a list policy is a subkey with values "1", "2"… (Chrome's reading). */
function readReg(text: string, policyKeySuffix: string): Record<string, unknown>[] {
  const keys = new Map<string, Record<string, unknown>>();
  let current: Record<string, unknown> | null = null;
  for (const line of text.split(/\r?\n/)) {
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = {};
      keys.set(section[1]!, current);
      continue;
    }
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && current) current[value[1]!] = value[3] !== undefined ? parseInt(value[3], 16) : value[2]!.replace(/\\(.)/g, '$1');
  }
  const results: Record<string, unknown>[] = [];
  for (const [path, values] of keys) {
    if (!path.endsWith(policyKeySuffix)) continue;
    const policy: Record<string, unknown> = { ...values };
    for (const [sub, subValues] of keys) {
      if (sub.startsWith(`${path}\\`)) policy[sub.slice(path.length + 1)] = Object.keys(subValues).sort((a, b) => Number(a) - Number(b)).map((k) => subValues[k]);
    }
    results.push(policy);
  }
  return results;
}

/** A minimal XML property list reader (dict, array, key, string, integer, true, false). */
function readPlist(xml: string): unknown {
  const tokens = [...xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g)];
  let i = 0;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  function value(): unknown {
    const [, close, tag, selfClose, text] = tokens[i++]!;
    if (close) throw new Error(`unexpected </${tag}>`);
    if (tag === 'plist') {
      const v = value();
      i++; // </plist>
      return v;
    }
    if (selfClose) return tag === 'true';
    if (tag === 'string') return i++, unescape(text ?? '');
    if (tag === 'integer') return i++, Number(text);
    if (tag === 'array') {
      const out: unknown[] = [];
      while (tokens[i]![1] !== '/') out.push(value());
      i++;
      return out;
    }
    if (tag === 'dict') {
      const out: Record<string, unknown> = {};
      while (tokens[i]![1] !== '/') {
        const key = unescape(tokens[i]![4] ?? '');
        i += 2; // <key>…</key>
        out[key] = value();
      }
      i++;
      return out;
    }
    throw new Error(`unsupported plist tag <${tag}>`);
  }
  return value();
}

const CHROME_ID = CHROME_EXTENSION_ID;
type Settings = Record<string, unknown>;

const SAMPLES_READ: Record<string, () => { settings: Settings[]; forceInstalled: boolean }> = {
  'linux-chromium-policy.json': () => {
    const doc = JSON.parse(read('linux-chromium-policy.json'));
    return { settings: [doc['3rdparty'].extensions[CHROME_ID]], forceInstalled: doc.ExtensionSettings?.[CHROME_ID]?.installation_mode === 'force_installed' };
  },
  'linux-chromium-inline-rules.json': () => {
    const doc = JSON.parse(read('linux-chromium-inline-rules.json'));
    return { settings: [doc['3rdparty'].extensions[CHROME_ID]], forceInstalled: false };
  },
  'google-admin-console.json': () => {
    const doc = JSON.parse(read('google-admin-console.json')) as Record<string, { Value: unknown }>;
    return { settings: [Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v.Value]))], forceInstalled: false };
  },
  'windows-chrome.reg': () => {
    const text = read('windows-chrome.reg');
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    const forced = readReg(text, '\\Chrome\\ExtensionInstallForcelist');
    return {
      settings: readReg(text, `\\3rdparty\\extensions\\${CHROME_ID}\\policy`),
      forceInstalled: forced.some((f) => Object.values(f).some((v) => String(v).startsWith(`${CHROME_ID};https://`))),
    };
  },
  'macos-chrome.mobileconfig': () => {
    const profile = readPlist(read('macos-chrome.mobileconfig')) as { PayloadContent: Settings[] };
    const chrome = profile.PayloadContent.find((p) => p.PayloadType === 'com.google.Chrome') as { ExtensionInstallForcelist: string[] };
    const prefs = profile.PayloadContent.find((p) => p.PayloadType === 'com.apple.ManagedClient.preferences') as {
      PayloadContent: Record<string, { Forced: { mcx_preference_settings: Settings }[] }>;
    };
    return {
      settings: [prefs.PayloadContent[`com.google.Chrome.extensions.${CHROME_ID}`]!.Forced[0]!.mcx_preference_settings],
      forceInstalled: chrome.ExtensionInstallForcelist.some((f) => f.startsWith(`${CHROME_ID};https://`)),
    };
  },
  'firefox-policies.json': () => {
    const doc = JSON.parse(read('firefox-policies.json'));
    return {
      settings: [doc.policies['3rdparty'].Extensions[FIREFOX_EXTENSION_ID]],
      forceInstalled: doc.policies.ExtensionSettings?.[FIREFOX_EXTENSION_ID]?.installation_mode === 'force_installed',
    };
  },
};

describe('public/managed_schema.json', () => {
  it("follows Chrome's schema rules (a bad schema stops the extension from loading)", () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(chromeSchemaProblems(schema)).toEqual([]);
  });

  it('declares exactly the fields Vigie reads', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...MANAGED_FIELDS].sort());
  });
});

describe('docs/deployment samples', () => {
  it('every sample file is covered by this test', () => {
    expect(readdirSync(SAMPLES).sort()).toEqual(Object.keys(SAMPLES_READ).sort());
  });

  it.each(Object.keys(SAMPLES_READ))('%s: conforms to the schema, parses without errors, inline rules are valid', async (name) => {
    const { settings } = SAMPLES_READ[name]!();
    expect(settings.length).toBeGreaterThan(0);
    for (const s of settings) {
      expect(conformance(s, schema, name)).toEqual([]);
      const parsed = parseManagedConfig(s);
      expect(parsed.errors).toEqual([]);
      expect(parsed.present).toBe(true);
      if (parsed.config.rules !== undefined) {
        const check = await checkRulesFile(parsed.config.rules);
        expect(check.ok ? 'valid' : check.reason).toBe('valid');
      }
      if (parsed.config.rulesUrl) expect(parsed.config.rulesPublicKeys.length).toBeGreaterThan(0);
    }
  });

  it.each(['linux-chromium-policy.json', 'windows-chrome.reg', 'macos-chrome.mobileconfig', 'firefox-policies.json'])('%s force-installs Vigie by its id', (name) => {
    expect(SAMPLES_READ[name]!().forceInstalled).toBe(true);
  });

  it('the Windows sample carries the same organisation settings as the Linux one (lists as numbered subkeys)', () => {
    const [machine, user] = SAMPLES_READ['windows-chrome.reg']!().settings;
    const linux = SAMPLES_READ['linux-chromium-policy.json']!().settings[0];
    expect(machine).toEqual(linux);
    expect(user).toEqual({ agentName: 'Sophie Lambert', agentEmail: 'sophie.lambert@primogest.be' });
  });

  it('a value of the wrong type is caught (the check can fail)', () => {
    expect(conformance({ pollIntervalMinutes: '15', rulesPublicKeys: [{ kty: 'EC' }], colour: 'red' }, schema, 'x')).toEqual([
      'x.pollIntervalMinutes: expected integer, got "15"',
      'x.rulesPublicKeys[0]: expected string, got {"kty":"EC"}',
      'x.colour: not in the schema',
    ]);
  });
});
