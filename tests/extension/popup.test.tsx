// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fr from '../../public/_locales/fr/messages.json';
import { Popup } from '../../components/Popup.tsx';
import type { LogSource, TabStatus } from '../../components/popup/sources.ts';
import { matchesFilter } from '../../lib/log/query.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import { eventIdFor, sampleShare, T0 } from '../lib/log/sample.ts';
import { memoryRoles } from './support/memory-roles.ts';
import { HEALTH_EVENTS_KEY } from '../../entrypoints/background/health.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** browser.i18n.getMessage over the French messages, placeholders included (the fake browser has no i18n). */
function frenchMessage(key: string, subs?: string | string[]): string {
  const m = (fr as Record<string, Message>)[key];
  if (!m) return '';
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => list[Number(n) - 1] ?? '');
  });
}

function memorySource(rows: ShareRecord[]): LogSource & { calls: unknown[] } {
  const calls: unknown[] = [];
  const sorted = [...rows].sort((a, b) => b.time - a.time);
  return {
    calls,
    async page(filter, { offset = 0, limit = 50 } = {}) {
      calls.push(filter);
      return { rows: sorted.filter((r) => matchesFilter(r, filter)).slice(offset, offset + limit) };
    },
    async count(filter) {
      return sorted.filter((r) => matchesFilter(r, filter)).length;
    },
    async facets() {
      return { sites: ['gmail', 'outlook'], agents: [{ key: 'sophie.lambert@primogest.be', name: 'Sophie Lambert' }] };
    },
    async exportRows(filter) {
      return sorted.filter((r) => matchesFilter(r, filter));
    },
  };
}

const rows = Array.from({ length: 120 }, (_, i) =>
  sampleShare({ time: T0 - i * 60_000, eventId: eventIdFor(5_000 + i), decision: i % 2 ? 'block' : 'warn', choice: i % 2 ? 'blocked' : 'sent-anyway' }),
);

let root: Root;
let container: HTMLElement;
const rowsShown = () => container.querySelectorAll('[data-testid="vigie-log-row"]');
const text = () => container.textContent ?? '';
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function render(el: React.ReactNode) {
  await act(async () => root.render(el));
  await flush();
}

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

describe('the journal', { timeout: 20_000 }, () => {
  const ping = async () => true;
  const journal = (log: LogSource) => <Popup log={log} ping={ping} roles={memoryRoles('director')} tabStatus={async () => null} initialTab="log" />;

  it('shows the first 50 rows of the log, the total and the pages, in French', async () => {
    await render(journal(memorySource(rows)));
    expect(container.querySelector('[data-testid="vigie-log"]')).not.toBeNull();
    expect(rowsShown()).toHaveLength(50);
    expect(text()).toContain('Partages enregistrés : 120');
    expect(text()).toContain('Lignes 1–50 sur 120');
    expect(container.querySelector('[data-testid="vigie-status"]')?.textContent).toBe('Vigie est actif');
    expect(rowsShown()[0]!.textContent).toContain('Envoyé quand même');
    expect(rowsShown()[0]!.textContent).toContain('Numéro national');

    const next = container.querySelector<HTMLButtonElement>('button[aria-label="Page suivante"]')!;
    await act(async () => next.click());
    await flush();
    expect(text()).toContain('Lignes 51–100 sur 120');
  });

  it('filters by decision through the query, and shows an empty state with a reset', async () => {
    const source = memorySource(rows);
    await render(journal(source));
    const select = [...container.querySelectorAll('select')].find((s) => s.querySelector('option[value="decision:block"]'))!;
    await act(async () => {
      select.value = 'decision:block';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(source.calls.at(-1)).toMatchObject({ decision: 'block' });
    expect(rowsShown()).toHaveLength(50);
    expect(text()).toContain('Partages correspondant aux filtres : 60');

    await render(journal(memorySource([])));
    expect(text()).toContain('Aucun partage ne correspond à ces filtres');
    const reset = [...container.querySelectorAll('.empty button')][0] as HTMLButtonElement;
    await act(async () => reset.click());
    await flush();
    expect(text()).toContain("Aucun partage enregistré pour l'instant");
  });

  it('lists the sites whose protection degraded and recovered, newest first, open while one is degraded', async () => {
    await render(journal(memorySource(rows)));
    expect(container.querySelector('[data-testid="vigie-health-history"]')).toBeNull(); // never a change: nothing shown

    const event = (site: string, ok: boolean, time: number, missing: string[] = []) => ({ site, ok, missing, host: `${site}.example`, time });
    // The popup reads the record when it opens: each check opens it anew.
    const reopen = async () => {
      await act(async () => root.unmount());
      root = createRoot(container);
      await render(journal(memorySource(rows)));
    };
    await fakeBrowser.storage.local.set({
      [HEALTH_EVENTS_KEY]: [event('gmail', false, T0, ['composeRoot']), event('gmail', true, T0 + 60_000), event('outlook', false, T0 + 120_000, ['body', 'sendButton'])],
    });
    await reopen();
    const history = container.querySelector<HTMLDetailsElement>('[data-testid="vigie-health-history"]')!;
    expect(history.querySelector('summary')?.textContent).toBe('Santé des sites : 3 changement(s)');
    const items = [...history.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('Outlook');
    expect(items[0]).toContain('protection dégradée (éléments non reconnus : body, sendButton)');
    expect(items[1]).toContain('protection rétablie');
    expect(items[2]).toContain('composeRoot');
    expect(history.open).toBe(true); // Outlook is degraded now

    await fakeBrowser.storage.local.set({ [HEALTH_EVENTS_KEY]: [event('gmail', false, T0, ['composeRoot']), event('gmail', true, T0 + 60_000)] });
    await reopen();
    expect(container.querySelector<HTMLDetailsElement>('[data-testid="vigie-health-history"]')!.open).toBe(false);
  });

  it('opens a row to show every field, hashes shortened', async () => {
    await render(journal(memorySource(rows.slice(0, 1))));
    await act(async () => (rowsShown()[0] as HTMLElement).click());
    expect(rowsShown()[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(text()).toContain('a1f3c9d2e4…');
    expect(text()).toContain('Exécution d\'un contrat');
    expect(text()).toContain(rows[0]!.eventId);
  });

  it('exports the filtered rows as a CSV with a BOM, named vigie-journal-YYYY-MM-DD.csv', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await render(journal(memorySource(rows)));
    const csv = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Exporter en CSV')!;
    await act(async () => csv.click());
    await flush();
    expect(names[0]).toMatch(/^vigie-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await blobs[0]!.text()).split('\r\n')).toHaveLength(122); // header + 120 rows + final CRLF
  });
});

describe('the current tab', () => {
  const status: TabStatus = { host: 'mail.google.com', protected: true, site: 'gmail', policyVersion: 3, recentDecisions: rows.slice(0, 2) };

  it('says the site is protected, with the policy version and recent decisions', async () => {
    await render(<Popup log={memorySource([])} ping={async () => true} roles={memoryRoles('agent')} tabStatus={async () => status} />);
    expect(container.querySelector('[data-testid="vigie-tab-status"]')?.textContent).toContain('Ce site est protégé');
    expect(text()).toContain('mail.google.com');
    expect(text()).toContain('version 3');
    expect(container.querySelectorAll('.recent-item')).toHaveLength(2);
  });

  it('shows "protection dégradée sur <site>" for every site whose selectors no longer match, and none otherwise', async () => {
    const degraded = { ...status, health: { ok: false, missing: ['composeRoot'] }, degraded: [{ site: 'gmail', missing: ['composeRoot'], time: T0 }, { site: 'omnicasa', missing: ['smsBody'], time: T0 }] };
    await render(<Popup log={memorySource([])} ping={async () => true} tabStatus={async () => degraded} />);
    const banners = [...container.querySelectorAll('[data-testid="vigie-health-degraded"]')].map((b) => b.textContent);
    expect(banners).toHaveLength(2);
    expect(banners[0]).toContain('Protection dégradée sur Gmail');
    expect(banners[0]).toContain('(composeRoot)');
    expect(banners[1]).toContain('Protection dégradée sur Omnicasa');
    expect(text()).toContain('Vigie ne reconnaît plus entièrement cette page'); // this tab is the broken one
    await render(<Popup log={memorySource([])} ping={async () => true} tabStatus={async () => ({ ...status, degraded: [] })} />);
    expect(container.querySelectorAll('[data-testid="vigie-health-degraded"]')).toHaveLength(0);
  });

  it('says when the admin switched the site off', async () => {
    await render(<Popup log={memorySource([])} ping={async () => true} tabStatus={async () => ({ ...status, protected: false, disabled: true })} />);
    expect(text()).toContain("L'administrateur a désactivé Vigie sur ce site.");
    expect(container.querySelector('[data-testid="vigie-tab-status"]')?.textContent).toContain("Ce site n'est pas surveillé");
  });

  it('copes with a background that does not answer', async () => {
    await render(<Popup log={memorySource([])} ping={async () => false} roles={memoryRoles('agent')} tabStatus={async () => null} />);
    expect(container.querySelector('[data-testid="vigie-tab-unavailable"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="vigie-status"]')?.textContent).toBe('Vigie ne répond pas');
  });
});

describe('roles in the popup', () => {
  const setInput = (el: HTMLInputElement, value: string) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('an agent sees no journal, only the director access; the right passphrase opens the journal', async () => {
    const source = memorySource(rows);
    await render(<Popup log={source} ping={async () => true} roles={memoryRoles('agent')} tabStatus={async () => null} initialTab="log" />);
    expect(container.querySelector('[data-testid="vigie-log"]')).toBeNull();
    expect(rowsShown()).toHaveLength(0);
    expect(source.calls).toHaveLength(0); // the log was not even read
    expect(container.querySelector('[data-testid="vigie-director-access"]')?.textContent).toContain('Accès direction');

    const input = container.querySelector<HTMLInputElement>('[data-testid="vigie-passphrase"]')!;
    await act(async () => setInput(input, 'pas la bonne'));
    await act(async () => container.querySelector<HTMLFormElement>('[data-testid="vigie-unlock-director"]')!.requestSubmit());
    await flush();
    expect(container.querySelector('[data-testid="vigie-unlock-error"]')?.textContent).toBe('Phrase secrète incorrecte.');
    expect(container.querySelector('[data-testid="vigie-log"]')).toBeNull();

    await act(async () => setInput(container.querySelector<HTMLInputElement>('[data-testid="vigie-passphrase"]')!, 'phrase direction'));
    await act(async () => container.querySelector<HTMLFormElement>('[data-testid="vigie-unlock-director"]')!.requestSubmit());
    await flush();
    expect(rowsShown()).toHaveLength(50);
    expect(container.querySelector('[data-testid="vigie-role"]')?.textContent).toBe('Direction');

    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="vigie-lock"]')!.click());
    await flush();
    expect(container.querySelector('[data-testid="vigie-log"]')).toBeNull();
    expect(container.querySelector('[data-testid="vigie-director-access"]')).not.toBeNull();
  });
});
