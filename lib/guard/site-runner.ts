/**
 * What every content script runs on a watched site: the send guard (mail-guard.ts), the paste/drop/file/mailto
 * guard (surface-guard.ts) and the selector health monitor (health.ts), all on one site adapter.
 *
 * The guards start at once with the adapter as shipped, so their capture listeners are in place before any page
 * script. When the background's policy copy arrives, the admin's site settings apply: `sites.<id>.enabled: false`
 * stops everything on this page (a broken adapter switched off), and an override of hosts or selectors restarts the
 * guards on the adapter rebuilt from it (`choose` returns a different adapter, or null when the page no longer matches).
 */
import type { Policy } from '../policy/types.ts';
import { siteEnabled } from '../sites/override.ts';
import type { MailAdapter, SelectorHealth } from '../sites/types.ts';
import { startHealthMonitor } from './health.ts';
import { startMailGuard, type GuardBridge } from './mail-guard.ts';
import { startSurfaceGuard } from './surface-guard.ts';

export interface SiteBridge extends GuardBridge {
  /** Calls the handler with each policy copy: when it arrives (at once if it is already there), and again whenever the admin changes the policy. */
  onPolicy(handler: (policy: Policy) => void): void;
  /** Tells the background how the adapter's selectors match on this page. */
  reportHealth(site: string, health: SelectorHealth): void;
}

/** The adapter for this page under a policy (null: the page is not this site, or no longer is once overridden). */
export type AdapterChoice = (policy: Policy | null) => MailAdapter | null;

export function runSite(win: Window, choose: AdapterChoice, bridge: SiteBridge, signal: AbortSignal): void {
  let running: { adapter: MailAdapter; stop: AbortController } | null = null;

  function start(adapter: MailAdapter): void {
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { signal: stop.signal });
    running = { adapter, stop };
    startMailGuard(win, adapter, bridge, stop.signal);
    startSurfaceGuard(win, adapter, bridge, stop.signal);
    startHealthMonitor(win, adapter, (health) => bridge.reportHealth(adapter.id, health), stop.signal);
  }

  const first = choose(null);
  if (first) start(first);

  bridge.onPolicy((policy) => {
    if (signal.aborted) return;
    const chosen = choose(policy);
    const next = chosen && siteEnabled(policy, chosen.id) ? chosen : null;
    if (next === running?.adapter) return;
    running?.stop.abort();
    running = null;
    if (next) start(next);
  });
}
