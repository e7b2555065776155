/**
 * Fills a Chromium profile's share log with synthetic rows (masked values only), for the popup benchmark and
 * screenshots. Needs a build first (`npx wxt build`).
 *
 *   npx tsx scripts/seed-log.ts [--rows 100000] [--profile .tmp/seeded-profile] [--screenshot out.png] [--lang fr]
 *
 * `syntheticShares` is also usable from tests. Rows go in through raw IndexedDB from the popup page, with the
 * index keys computed by toStoredShare, exactly as db.ts stores them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createRng } from './bench/rng.ts';
import { CHROMIUM_PATH } from '../tests/e2e/support/paths.ts';
import type { ShareRecord } from '../lib/log/record.ts';
import { toStoredShare } from '../lib/log/stored.ts';
import type { FindingType } from '../lib/detect/types.ts';

const AGENTS = [
  ['Sophie Lambert', 'sophie.lambert@primogest.be'], ['Marc Peeters', 'marc.peeters@primogest.be'],
  ['Nathalie Dubois', 'nathalie.dubois@primogest.be'], ['Karim El Amrani', 'karim.elamrani@primogest.be'],
  ['Els Vermeulen', 'els.vermeulen@primogest.be'], ['Julien Maes', 'julien.maes@primogest.be'],
] as const;
const SITES = [['gmail', 'mail.google.com'], ['outlook', 'outlook.office.com'], ['roundcube', 'webmail.primogest.be'], ['google-forms', 'docs.google.com'], ['wordpress', 'www.primogest.be'], ['omnicasa', 'app.omnicasa.com']] as const;
const NOTARIES = ['etude@notaire-dubois.be', 'secretariat@notaires-lemaire.be', 'info@notaris-desmet.be'];
const OTHERS = ['photos@retouche-studio.be', 'benelux@century21.be', 'greffe@justice.fgov.be', 'contact@avocats-renard.be'];
const CLIENTS = ['jean.dupont', 'marie.claes', 'luc.janssens', 'ana.silva', 'p.wouters', 'f.mertens'];
const MAILHOSTS = ['gmail.com', 'telenet.be', 'skynet.be', 'proximus.be', 'hotmail.com'];
const KINDS: [FindingType, () => string][] = [
  ['be-national-number', () => '•••••••••28'], ['iban', () => 'BE•• •••• •••• 6727'], ['phone', () => '+•• ••• •• •• 56'],
  ['email', () => 'j***@telenet.be'], ['postal-address', () => '•••, 1180'], ['date-of-birth', () => '••/••/••••'],
  ['person-name', () => 'J. D.'], ['be-eid-card', () => '••••••••••14'], ['identity-document', () => '•••.jpg'],
  ['sale-agreement', () => '•••.pdf'],
];
const JUSTIFICATIONS = [
  'Le notaire attend la copie pour préparer l’acte authentique.', 'Demande du client par téléphone, dossier vente •••58.',
  'Transmission au syndic pour la reprise du bail.', 'Le vendeur a donné son accord écrit pour cet envoi.',
];
const BASES = ['contract', 'legal-obligation', 'consent', 'legitimate-interest'];

/** `n` valid records, newest first, spread over the `days` before `now`. Deterministic for a seed. */
export function syntheticShares(n: number, { seed = 7, now = Date.now(), days = 365 } = {}): ShareRecord[] {
  const rng = createRng(seed);
  const hex = (len: number) => Array.from({ length: len }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
  const step = (days * 86_400_000) / Math.max(1, n);
  return Array.from({ length: n }, (_, i) => {
    const [name, email] = rng.pick(AGENTS);
    const [site, host] = rng.chance(0.7) ? rng.pick(SITES.slice(0, 2)) : rng.pick(SITES);
    const kinds = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(KINDS)))];
    const decision = rng.pick(['allow', 'allow', 'allow', 'warn', 'warn', 'block'] as const);
    const choice = decision === 'allow' ? 'sent' : decision === 'block' ? 'blocked' : rng.chance(0.6) ? 'sent-anyway' : 'cancelled';
    const email_ = site === 'gmail' || site === 'outlook' || site === 'roundcube';
    const destinations: ShareRecord['destinations'] = email_
      ? Array.from({ length: rng.int(1, 3) }, (_, k) => ({
          to: decision === 'allow' && k === 0 ? rng.pick(NOTARIES) : rng.chance(0.5) ? rng.pick(OTHERS) : `${rng.pick(CLIENTS)}@${rng.pick(MAILHOSTS)}`,
          kind: k === 0 ? 'to' : rng.pick(['cc', 'bcc'] as const),
          decision: k === 0 ? decision : rng.pick(['allow', decision] as const),
          ...(decision === 'allow' && k === 0 ? { party: 'notaries' } : {}),
        }))
      : [{ to: site === 'google-forms' ? `1FAIpQLS${hex(6)}` : site === 'wordpress' ? 'public:wordpress' : host, kind: site === 'google-forms' ? 'form' : site === 'wordpress' ? 'public' : 'host', decision }];
    return {
      time: Math.round(now - i * step - rng.int(0, Math.max(0, Math.floor(step) - 1))),
      agent: { name, email },
      site,
      host,
      action: email_ ? 'send-email' : site === 'wordpress' ? 'publish' : site === 'google-forms' ? 'submit-form' : 'upload',
      destinations,
      findings: kinds.map(([type, sample]) => {
        const count = rng.int(1, 3);
        return { type, count, samples: [sample()], hashes: Array.from({ length: count }, () => hex(64)) };
      }),
      decision,
      choice,
      ...(choice === 'sent-anyway' ? { justification: { legalBasis: rng.pick(BASES), text: rng.pick(JUSTIFICATIONS) } } : {}),
      policyVersion: i < n / 3 ? 3 : 2,
      status: choice === 'sent' || choice === 'sent-anyway' ? (rng.chance(0.9) ? 'sent' : 'unconfirmed') : 'not-sent',
      eventId: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      reasons: decision === 'allow' ? ['allowed'] : [rng.pick(['not-covered', 'unknown-recipient'])],
    };
  });
}

/**
 * Runs in the popup page: adds rows with raw IndexedDB, then sets the row counter db.ts keeps (`meta`).
 * A plain function without helpers, because Playwright sends its source text to the page.
 */
function insertRows(chunk: unknown[]): Promise<void> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open('vigie');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['shares', 'meta'], 'readwrite', { durability: 'relaxed' });
      for (const row of chunk) tx.objectStore('shares').add(row);
      const count = tx.objectStore('shares').count();
      count.onsuccess = () => tx.objectStore('meta').put({ key: 'shares.count', value: count.result });
      tx.oncomplete = () => (open.result.close(), ok());
      tx.onerror = () => fail(tx.error);
    };
  });
}

/** The seeded profile's director passphrase (a throwaway profile for benchmarks and screenshots only). */
const SEED_DIRECTOR_PASSPHRASE = 'seed-profile director passphrase';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '100000' }, profile: { type: 'string', default: '.tmp/seeded-profile' }, screenshot: { type: 'string' }, lang: { type: 'string', default: 'fr' } },
  });
  const { chromium } = await import('playwright-core');
  const { CHROME_BUILD } = await import('../tests/e2e/support/paths.ts');
  const profile = resolve(values.profile);
  mkdirSync(profile, { recursive: true });
  const lang = values.lang;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_BE.UTF-8` },
    locale: lang,
    viewport: { width: 780, height: 600 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--lang=${lang}`, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html#journal`;
    const page = await context.newPage();
    await page.goto(popupUrl); // opens (and creates) the Dexie database
    // The log is the director's: set the passphrases on a fresh profile (refused, harmlessly, on a seeded one), unlock.
    await page.evaluate(async (director) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      await runtime.sendMessage({ type: 'ui-bg:role-setup', admin: `${director} (admin)`, director });
      await runtime.sendMessage({ type: 'ui-bg:role-unlock', role: 'director', passphrase: director });
    }, SEED_DIRECTOR_PASSPHRASE);
    await page.reload();
    await page.getByTestId('vigie-log').waitFor();
    const rows = syntheticShares(Number(values.rows)).map((r) => toStoredShare(r));
    for (let i = 0; i < rows.length; i += 5_000) await page.evaluate(insertRows, rows.slice(i, i + 5_000));
    console.log(`${rows.length} rows added to ${profile}`);
    if (values.screenshot) {
      // A site that degraded and recovered, and one degraded now: the record under the journal shows them.
      const events = ([['gmail', false, 7_200_000, ['composeRoot']], ['gmail', true, 3_600_000, []], ['outlook', false, 600_000, ['sendButton']]] as const).map(
        ([site, ok, ago, missing]) => ({ site, ok, missing: [...missing], host: `${site}.example`, time: Date.now() - ago }),
      );
      await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ 'health:events': value }), events);
      await page.goto('about:blank');
      await page.goto(popupUrl);
      await page.getByTestId('vigie-log-row').first().waitFor();
      await page.screenshot({ path: values.screenshot });
      console.log(`screenshot: ${values.screenshot}`);
    }
  } finally {
    await context.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
