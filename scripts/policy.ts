/**
 * The policy CLI (design.md, "Contracts"):
 *   policy check [--current <active.json>] <rules.json>
 *   policy simulate [--rules <file>] --site <site> --to <destination>... [--lang fr|nl|en] <textfile|->
 *   policy keygen <dir>
 *   policy sign --key <private.jwk> <rules.json>
 *   policy verify --key <public.jwk> [--current <active.json>] <rules.json>
 * Exit codes: 0 ok, 1 invalid rules / failed verification, 2 bad arguments or unreadable input.
 * `--to` forms are listed in lib/policy/destination-parse.ts and docs/policy.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SITE_ACTIONS,
  checkRulesFile,
  formatReason,
  generateRulesKeyPair,
  signRules,
  type Locale,
  type Policy,
} from '../lib/policy/index.ts';

const DEFAULT_RULES = fileURLToPath(new URL('../rules/default-policy.json', import.meta.url));
const SITES = SITE_ACTIONS;

const USAGE = `usage:
  policy check [--current <active.json>] <rules.json>
  policy simulate [--rules <file>] --site <site> --to <destination>... [--lang fr|nl|en] <textfile|->
  policy keygen <dir>
  policy sign --key <private.jwk> <rules.json>
  policy verify --key <public.jwk> [--current <active.json>] <rules.json>

sites: ${Object.keys(SITES).join(', ')}
--to (repeatable): an email address (cc:/bcc: prefixes for Cc/Bcc), a Google Form id or URL,
  "public" or public:<target> (wordpress, portal, shop-window), a URL, or host:<host>`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  options: Map<string, string[]>;
}

/** Minimal parser: `--name value` pairs; `--to` takes every following non-option word. */
function parseArgs(argv: string[], known: Record<string, 'one' | 'many'>): Args {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
      const arity = known[name];
      if (!arity) throw new UsageError(`unknown option --${name}`);
      const values = options.get(name) ?? [];
      if (inline !== undefined) values.push(inline);
      else if (arity === 'one') {
        const value = argv[++i];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        values.push(value);
      } else {
        while (i + 1 < argv.length && !(argv[i + 1] ?? '').startsWith('--')) values.push(argv[++i] ?? '');
        if (values.length === 0) throw new UsageError(`--${name} needs a value`);
      }
      if (arity === 'one' && values.length > 1) throw new UsageError(`--${name} given twice`);
      options.set(name, values);
    } else positional.push(arg);
  }
  return { positional, options };
}

function one(args: Args, name: string): string | undefined {
  return args.options.get(name)?.[0];
}

function readInput(path: string, what: string): Buffer {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readInput(path, what).toString('utf8'));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${what} ${path} is not valid JSON`);
  }
}

async function readCurrent(args: Args): Promise<Pick<Policy, 'version'> | undefined> {
  const path = one(args, 'current');
  if (!path) return undefined;
  const result = await checkRulesFile(readInput(path, 'active rules'));
  if (!result.ok) throw new UsageError(`the active rules ${path} are not valid: ${result.reason}`);
  return result.policy;
}

function onlyFile(args: Args, what: string): string {
  if (args.positional.length !== 1) throw new UsageError(`expected exactly one ${what}`);
  return args.positional[0] ?? '';
}

// ------------------------------------------------------------------------------------------------

async function check(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { current: 'one' });
  const file = onlyFile(args, '<rules.json>');
  const result = await checkRulesFile(readInput(file, 'rules file'), { current: await readCurrent(args) });
  if (!result.ok) {
    console.log(`INVALID: ${file}: ${result.reason}`);
    for (const e of result.errors) console.log(`${e.path}: ${e.message}`);
    return 1;
  }
  const p = result.policy;
  console.log(`OK: ${file} is valid (version ${p.version}, ${p.parties.length} parties${p.auditOnly ? ', audit-only' : ''})`);
  if (result.warnings.length > 0) {
    console.log(`WARNING: ${result.warnings.length} placeholder(s) to fill in before deployment:`);
    for (const w of result.warnings) console.log(`WARNING: ${w.path} = ${w.value}: ${w.message}`);
  }
  return 0;
}

async function simulate(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { rules: 'one', site: 'one', to: 'many', lang: 'one' });
  const site = one(args, 'site');
  if (!site) throw new UsageError('--site is required');
  if (!SITES[site]) throw new UsageError(`unknown site "${site}"; one of: ${Object.keys(SITES).join(', ')}`);
  const lang = (one(args, 'lang') ?? 'en') as Locale;
  if (!['fr', 'nl', 'en'].includes(lang)) throw new UsageError('--lang must be fr, nl or en');

  // "--to a b file.txt": the greedy --to swallowed the text file; take it back.
  const to = [...(args.options.get('to') ?? [])];
  if (args.positional.length === 0 && to.length > 1) args.positional.push(to.pop() ?? '');
  if (to.length === 0) throw new UsageError('at least one --to is required');
  const textFile = onlyFile(args, '<textfile|->');

  const rulesPath = one(args, 'rules') ?? DEFAULT_RULES;
  const rules = await checkRulesFile(readInput(rulesPath, 'rules file'));
  if (!rules.ok) throw new UsageError(`the rules ${rulesPath} are not valid: ${rules.reason}`);

  const text = readInput(textFile, 'text').toString('utf8');
  // Loaded lazily: check/keygen/sign/verify do not need the detection engine.
  const { simulateDraft } = await import('../lib/policy/simulate.ts');
  const result = simulateDraft(rules.policy, { site, to, text });
  if (!result.ok) throw new UsageError(`--to ${result.badDestinations[0]?.error ?? 'invalid destination'}`);
  const { decision, findings } = result;
  const output = {
    decision: decision.decision,
    destinations: decision.destinations.map((d) => ({
      to: d.to,
      decision: d.decision,
      reasons: d.reasons.map((r) => formatReason(r, lang)),
    })),
    // Masked only: the raw values never leave the process.
    findings,
  };
  console.log(JSON.stringify(output));
  return 0;
}

async function keygen(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {});
  const dir = resolve(onlyFile(args, '<dir>'));
  const privatePath = join(dir, 'vigie-rules-private.jwk');
  const publicPath = join(dir, 'vigie-rules-public.jwk');
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) {
      console.error(`refusing to overwrite ${path}: move the existing key pair away first`);
      return 1;
    }
  }
  mkdirSync(dir, { recursive: true });
  const { privateJwk, publicJwk } = await generateRulesKeyPair();
  writeFileSync(privatePath, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, `${JSON.stringify(publicJwk, null, 2)}\n`, { flag: 'wx' });
  console.log(`wrote ${privatePath} (keep it secret: whoever has it can publish rules)`);
  console.log(`wrote ${publicPath} (pin it in the managed policy)`);
  return 0;
}

async function sign(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { key: 'one' });
  const keyPath = one(args, 'key');
  if (!keyPath) throw new UsageError('--key <private.jwk> is required');
  const file = onlyFile(args, '<rules.json>');
  const key = readJson(keyPath, 'key') as JsonWebKey;
  const bytes = readInput(file, 'rules file');
  // Never sign something the browsers would refuse.
  const result = await checkRulesFile(bytes);
  if (!result.ok) {
    console.log(`INVALID: ${file}: ${result.reason}`);
    for (const e of result.errors) console.log(`${e.path}: ${e.message}`);
    console.log('not signed');
    return 1;
  }
  let signature: string;
  try {
    signature = await signRules(key, bytes);
  } catch (err) {
    throw new UsageError(`${keyPath}: ${(err as Error).message}`);
  }
  writeFileSync(`${file}.sig`, `${signature}\n`);
  console.log(`signed ${file} (version ${result.policy.version}): wrote ${file}.sig`);
  if (result.warnings.length > 0) console.log(`WARNING: ${result.warnings.length} placeholder(s) still present; run "policy check" to list them`);
  return 0;
}

async function verify(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { key: 'one', current: 'one' });
  const keyPath = one(args, 'key');
  if (!keyPath) throw new UsageError('--key <public.jwk> is required');
  const file = onlyFile(args, '<rules.json>');
  const key = readJson(keyPath, 'key') as JsonWebKey;
  const bytes = readInput(file, 'rules file');
  let signature: string;
  try {
    signature = readFileSync(`${file}.sig`, 'utf8');
  } catch {
    console.log(`FAILED: ${file}: no signature file ${file}.sig`);
    return 1;
  }
  const result = await checkRulesFile(bytes, { publicKey: key, signature, current: await readCurrent(args) });
  if (!result.ok) {
    console.log(`FAILED: ${file}: ${result.reason}`);
    for (const e of result.errors) console.log(`${e.path}: ${e.message}`);
    return 1;
  }
  console.log(`OK: ${file}: signature valid, rules valid (version ${result.policy.version})`);
  return 0;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { check, simulate, keygen, sign, verify };

async function main(argv: string[]): Promise<number> {
  const [command = '', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`policy ${command}: ${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

// `policy check … | head` closes the pipe early: not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
