// @vitest-environment happy-dom
/**
 * The admin page (components/admin) in happy-dom, in French: the role gate, validation as you type with the
 * schema's messages next to the field, the "what would happen if…" simulation, audit-only, apply and in-page signing.
 * The background's answers come from an in-memory client whose `apply` runs the real rules-file checks.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fr from '../../public/_locales/fr/messages.json';
import defaultPolicy from '../../rules/default-policy.json';
import { AdminPage } from '../../components/admin/AdminPage.tsx';
import type { AdminClient, PolicyStatus } from '../../components/admin/client.ts';
import { checkRulesFile } from '../../lib/policy/check-file.ts';
import { generateRulesKeyPair, verifyRules } from '../../lib/policy/signature.ts';
import type { Role } from '../../lib/roles/roles.ts';
import { parsePolicy, type Policy } from '../../rules/schema.ts';
import { memoryRoles } from './support/memory-roles.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
type Message = { message: string; placeholders?: Record<string, { content: string }> };

function frenchMessage(key: string, subs?: string | string[]): string {
  const m = (fr as Record<string, Message>)[key];
  if (!m) return '';
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => (m.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, n: string) => list[Number(n) - 1] ?? ''));
}

const parsed = parsePolicy(defaultPolicy);
if (!parsed.ok) throw new Error('default policy invalid');
const DEFAULT: Policy = parsed.policy;
const NATIONAL_NUMBER = '85.07.30-033.28';
const NOTARY = 'etude@notaire-lambert.be';

function adminClient(role: Role, source: PolicyStatus['source'] = 'default') {
  const applied: { text: string; signature?: string }[] = [];
  const client: AdminClient & { applied: typeof applied } = {
    ...memoryRoles(role),
    applied,
    policy: async () => ({ policy: DEFAULT, status: { source, version: DEFAULT.version, issuedAt: DEFAULT.issuedAt } }),
    async apply(text, signature) {
      applied.push({ text, ...(signature ? { signature } : {}) });
      const r = await checkRulesFile(text, { current: DEFAULT });
      return r.ok ? { ok: true } : { ok: false, error: r.reason };
    },
  };
  return client;
}

let root: Root;
let container: HTMLElement;
const $ = <T extends Element = HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`);
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function render(client: AdminClient) {
  await act(async () => root.render(<AdminPage client={client} />));
  await flush();
  await flush();
}

async function type(el: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!el) throw new Error('no such field');
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

async function click(el: HTMLElement | null) {
  if (!el) throw new Error('no such element');
  await act(async () => el.click());
  await flush();
}

/** The table row holding a field, and the messages shown in it. */
const rowErrors = (field: Element | null) => [...(field?.closest('tr')?.querySelectorAll('[data-testid="vigie-field-error"]') ?? [])].map((e) => e.textContent);

async function addNotaryDomain(domain: string) {
  await click($('vigie-add-notaries-domains'));
  const rows = container.querySelectorAll<HTMLInputElement>('[data-testid^="vigie-who-notaries-domains-"]');
  const input = rows[rows.length - 1]!;
  await type(input, domain);
  return input;
}

async function simulate(to: string, text: string) {
  await type($('vigie-sim-to'), to);
  await type($('vigie-sim-text'), text);
}
const simResults = () =>
  [...container.querySelectorAll<HTMLElement>('[data-testid="vigie-sim-result"]')].map((r) => ({ to: r.dataset.to, decision: r.dataset.decision, text: r.textContent ?? '' }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(frenchMessage as never);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('the admin page', { timeout: 30_000 }, () => {
  it('is locked for an agent: no rules shown until the admin passphrase is accepted', async () => {
    await render(adminClient('agent'));
    expect($('vigie-admin-locked')).not.toBeNull();
    expect($('vigie-party-notaries')).toBeNull();
    await type($('vigie-passphrase'), 'phrase direction');
    await act(async () => $<HTMLFormElement>('vigie-unlock-admin')!.requestSubmit());
    await flush();
    expect($('vigie-unlock-error')?.textContent).toBe('Phrase secrète incorrecte.');
    expect($('vigie-party-notaries')).toBeNull();
    await type($('vigie-passphrase'), 'phrase admin 1');
    await act(async () => $<HTMLFormElement>('vigie-unlock-admin')!.requestSubmit());
    await flush();
    await flush();
    expect($('vigie-party-notaries')).not.toBeNull();
  });

  it('shows a party as a table: who, what it may receive, and the clause', async () => {
    await render(adminClient('admin'));
    const notaries = $('vigie-party-notaries')!;
    expect(notaries.querySelector('h2')?.textContent).toBe('les notaires');
    const domains = [...notaries.querySelectorAll<HTMLInputElement>('[data-testid^="vigie-who-notaries-domains-"]')].map((i) => i.value);
    expect(domains).toEqual(DEFAULT.parties.find((p) => p.id === 'notaries')!.recognise.domains.map((d) => d.domain));
    expect($<HTMLInputElement>('vigie-may-notaries-identity')!.checked).toBe(true);
    expect($<HTMLInputElement>('vigie-may-notaries-photos')!.checked).toBe(false);
    const clause = DEFAULT.parties.find((p) => p.id === 'notaries')!.clause;
    expect([...notaries.querySelectorAll('input')].map((i) => i.value)).toContain(clause.section);
    expect(notaries.querySelector('textarea')?.value).toBe(clause.quote);
    expect($<HTMLInputElement>('vigie-version')!.value).toBe('2');
    expect($('vigie-valid')?.textContent).toBe('Règles valides');
  });

  it('validates a domain as it is typed: the schema message shows next to the field and goes when fixed', async () => {
    const client = adminClient('admin');
    await render(client);
    const input = await addNotaryDomain('notaire');
    expect(rowErrors(input).join(' ')).toMatch(/"notaire" is a bare top-level domain/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect($('vigie-problem-count')?.textContent).toBe('1 problème(s)');
    expect($<HTMLButtonElement>('vigie-apply')!.disabled).toBe(true);

    await type(input, 'gmail.com');
    expect(rowErrors(input).join(' ')).toMatch(/webmail|public|free/i);

    await type(input, 'notaire.be');
    expect(rowErrors(input).join(' ')).toMatch(/already claimed/);

    await type(input, 'notaire-lambert.be');
    expect(rowErrors(input)).toEqual([]);
    expect($('vigie-problem-count')).toBeNull();
    expect($<HTMLButtonElement>('vigie-apply')!.disabled).toBe(false);
  });

  it('simulates a draft per recipient with the edited rules, and says what changed', async () => {
    await render(adminClient('admin'));
    await simulate(`${NOTARY}\nsophie.lambert@gmail.com`, `Numéro national du vendeur : ${NATIONAL_NUMBER}`);
    expect(simResults().map(({ to, decision }) => ({ to, decision }))).toEqual([
      { to: NOTARY, decision: 'block' },
      { to: 'sophie.lambert@gmail.com', decision: 'block' },
    ]);
    expect(simResults()[0]!.text).toContain('Destinataire inconnu');

    await addNotaryDomain('notaire-lambert.be');
    const [notary, gmail] = simResults();
    expect(notary).toMatchObject({ to: NOTARY, decision: 'allow' });
    expect(notary!.text).toContain('les notaires');
    expect(notary!.text).toContain('Avec les règles actives : Bloqué');
    expect(notary!.text).toContain('la politique RGPD l\'autorise pour les notaires');
    expect(gmail).toMatchObject({ decision: 'block' });
    expect(gmail!.text).toContain("n'est pas un partenaire autorisé");
    // The findings are shown masked, never as typed.
    expect($('vigie-simulator')!.textContent).toContain('Numéro national');
    expect($('vigie-simulator')!.querySelector('.sim-findings')!.textContent).not.toContain(NATIONAL_NUMBER);
  });

  it('applies the edited rules: the exact file, version 2, audit-only as switched', async () => {
    const client = adminClient('admin');
    await render(client);
    await addNotaryDomain('notaire-lambert.be');
    await click($('vigie-audit-only'));
    await simulate('sophie.lambert@gmail.com', `NN ${NATIONAL_NUMBER}`);
    expect(container.querySelector('.sim-overall')?.textContent).toContain("mode audit : rien n'est bloqué");
    await click($('vigie-apply'));
    await vi.waitFor(() => expect(client.applied).toHaveLength(1));
    const check = await checkRulesFile(client.applied[0]!.text, { current: DEFAULT });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.policy.version).toBe(2);
    expect(check.policy.auditOnly).toBe(true);
    expect(check.policy.parties.find((p) => p.id === 'notaries')!.recognise.domains.map((d) => d.domain)).toContain('notaire-lambert.be');
    expect(client.applied[0]!.signature).toBeUndefined();
    await vi.waitFor(() => expect($('vigie-apply-result')?.textContent).toContain('Version 2 appliquée'));
  });

  it('signs in the page like the CLI (raw P-256 over the exact bytes) with a key kept nowhere', async () => {
    const keys = await generateRulesKeyPair();
    const client = adminClient('admin');
    await render(client);
    await addNotaryDomain('notaire-lambert.be');
    const file = new File([JSON.stringify(keys.privateJwk)], 'vigie-rules-private.jwk', { type: 'application/json' });
    const input = $<HTMLInputElement>('vigie-import-key')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await vi.waitFor(() => expect($('vigie-key-loaded')).not.toBeNull());
    expect($('vigie-key-loaded')?.textContent).toContain(String(keys.publicJwk.x).slice(0, 10));

    await click($('vigie-apply'));
    await vi.waitFor(() => expect(client.applied).toHaveLength(1)); // signing is asynchronous
    const { text, signature } = client.applied[0]!;
    expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==$/); // 64 raw bytes
    expect(await verifyRules(keys.publicJwk, new TextEncoder().encode(text), signature!)).toEqual({ ok: true });
    expect((await verifyRules(keys.publicJwk, new TextEncoder().encode(`${text} `), signature!)).ok).toBe(false);
    // Nothing of the key was stored anywhere.
    const stored = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null), { ...localStorage }, { ...sessionStorage }]);
    expect(stored).not.toContain(String(keys.privateJwk.d));
  });

  it('refuses an invalid key file with a clear message', async () => {
    await render(adminClient('admin'));
    const keys = await generateRulesKeyPair();
    const input = $<HTMLInputElement>('vigie-import-key')!;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(keys.publicJwk)], 'public.jwk')], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await vi.waitFor(() => expect(container.textContent).toContain("Ce fichier n'est pas"));
    expect(container.textContent).toContain("Ce fichier n'est pas une clé privée ECDSA P-256 au format JWK.");
    expect($('vigie-key-loaded')).toBeNull();
  });

  it('under a managed or published policy, says so and offers no local apply', async () => {
    const client = adminClient('admin', 'managed');
    await render(client);
    await addNotaryDomain('notaire-lambert.be');
    expect($('vigie-apply-blocked')?.textContent).toContain('stratégie de votre organisation');
    expect($<HTMLButtonElement>('vigie-apply')!.disabled).toBe(true);
    expect($<HTMLButtonElement>('vigie-export')!.disabled).toBe(false);
  });
});
