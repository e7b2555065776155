/**
 * Run by bounds.test.ts under `node --trace-deopt`: optimises the engine on agency text, then scans texts cut
 * anywhere (starting and ending inside words, numbers, addresses, e-mails), so that every read before a text's start
 * or past its end happens in optimised code, where V8 would report it as an "out of bounds" deoptimisation.
 */
import { scan } from '../../../lib/detect/index.ts';
import { agencyText, prng } from './support.ts';

const rnd = prng(7);
const long = agencyText(rnd, 400);
for (let k = 0; k < 4; k++) scan(long);
console.log(`warm: ${long.length} chars`);
let texts = 0;
for (let round = 0; round < 60; round++) {
  const text = agencyText(rnd, 3);
  for (const line of text.split('\n')) {
    scan(line);
    texts++;
  }
  for (let k = 0; k < 40; k++) {
    const cut = Math.floor(rnd() * text.length);
    scan(text.slice(0, cut));
    scan(text.slice(cut));
    scan(text.slice(Math.floor(rnd() * cut), cut));
    texts += 3;
  }
}
console.log(`scanned: ${texts} texts`);
