/**
 * Selector health (research/sites.md §0: "a selector health check that reports when an adapter stops matching").
 * Once the page has settled, and again after it changes, the adapter checks its selectors on every open compose
 * window (`health(root)`) and on the page (`pageHealth(doc)`). A broken result is reported only when the next check
 * confirms it (a compose window being built is not a broken adapter); the first result and every change are
 * reported, so the background also learns when a site works again.
 */
import type { MailAdapter, SelectorHealth } from '../sites/types.ts';

export const SETTLE_MS = 1500;

/** The adapter's health on this page now: every open compose window's missing selectors, and the page's. */
export function pageHealthOf(doc: Document, adapter: MailAdapter): SelectorHealth {
  const missing = new Set<string>();
  for (const root of adapter.findComposeRoots(doc)) for (const name of adapter.health(root).missing) missing.add(name);
  for (const name of adapter.pageHealth?.(doc).missing ?? []) missing.add(name);
  return { ok: missing.size === 0, missing: [...missing].sort() };
}

export function startHealthMonitor(
  win: Window,
  adapter: MailAdapter,
  report: (health: SelectorHealth) => void,
  signal: AbortSignal,
  settleMs = SETTLE_MS,
): void {
  const doc = win.document;
  let reported: string | null = null;
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function check(): void {
    timer = undefined;
    if (signal.aborted) return;
    const health = pageHealthOf(doc, adapter);
    const key = JSON.stringify(health);
    if (!health.ok && pending !== key) {
      // First sighting of this broken state: confirm it once the page had time to finish what it was doing.
      pending = key;
      schedule();
      return;
    }
    pending = null;
    if (key !== reported) {
      reported = key;
      report(health);
    }
  }

  function schedule(): void {
    if (timer === undefined && !signal.aborted) timer = setTimeout(check, settleMs);
  }

  const observer = new (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(schedule);
  const begin = () => {
    if (signal.aborted) return;
    observer.observe(doc.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'name', 'role', 'contenteditable', 'hidden'],
    });
    schedule();
  };
  if (doc.readyState === 'complete') begin();
  else win.addEventListener('load', begin, { once: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
