/**
 * npm run --silent scan -- [--json] [--reveal] <file|->
 * Prints one JSON object per finding per line: {"type","start","end","confidence","masked"} (+ "value" with --reveal).
 * Offsets are UTF-16 indices into the decoded text, end exclusive. Exit 0 whether or not anything was found;
 * exit 2 on bad arguments or unreadable input. (Contract: ../shared/design.md.)
 */
import { scan } from '../lib/detect/index.ts';
import { UsageError, decodeText, readInput, runCli } from './lib/cli.ts';

const USAGE = `usage: npm run --silent scan -- [--json] [--reveal] <file|->
  Scans a text file (or standard input with -) for personal data and prints one JSON line per finding.
  --json    JSON lines output (the default; kept for scripts that ask for it explicitly)
  --reveal  add the "value" of each finding as written in the text (only on your own screen: the output then holds personal data)`;

function parseArgs(argv: string[]): { reveal: boolean; input: string } {
  let reveal = false;
  const inputs: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') continue;
    else if (arg === '--reveal') reveal = true;
    else if (arg === '-h' || arg === '--help') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) throw new UsageError(`${inputs.length ? 'one input only' : 'missing input file'}\n${USAGE}`);
  return { reveal, input: inputs[0]! };
}

runCli((argv) => {
  const { reveal, input } = parseArgs(argv);
  const { text, encoding } = decodeText(readInput(input));
  if (encoding !== 'utf-8') process.stderr.write(`note: read as ${encoding}\n`);
  const lines: string[] = [];
  for (const f of scan(text)) {
    const row: Record<string, unknown> = { type: f.type, start: f.start, end: f.end, confidence: f.confidence, masked: f.masked };
    if (reveal) row.value = text.slice(f.start, f.end);
    lines.push(JSON.stringify(row));
  }
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
});
