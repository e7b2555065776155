/**
 * An Omnicasa instance off *.omnicasa.com: the admin names its host in the policy (`sites.omnicasa.hosts`,
 * docs/omnicasa.md), and the manifest's match patterns cannot know it. So the Omnicasa content script and the page
 * hooks are registered there at run time (scripting.registerContentScripts; the extension already holds every
 * host's permission), and follow the active policy: a host the admin removes is dropped. Roundcube and WordPress
 * need none of this: their content scripts run on every host and check the page themselves.
 */
import { browser } from 'wxt/browser';
import type { Policy } from '../../lib/policy/types.ts';

const ADAPTER_ID = 'vigie-omnicasa-extra-hosts';
const HOOKS_ID = 'vigie-page-hooks-extra-hosts';

/** Match patterns for hosts as the policy writes them (`crm.agence.be`, `192.168.1.5:8443`): patterns have no port. */
export function hostPatterns(hosts: readonly string[]): string[] {
  const names = [...new Set(hosts.map((h) => h.replace(/:\d+$/, '').replace(/\.$/, '')))];
  return names.flatMap((name) => [`https://${name}/*`, `http://${name}/*`]);
}

/** One sync at a time: two at once would register the same ids twice. */
let queue: Promise<void> = Promise.resolve();

/** Brings the registrations in line with the policy. Never throws: a failure leaves the manifest's sites guarded. */
export function syncExtraHosts(policy: Policy): Promise<void> {
  queue = queue.then(() => sync(policy));
  return queue;
}

async function sync(policy: Policy): Promise<void> {
  const matches = hostPatterns(policy.sites?.omnicasa?.hosts ?? []);
  try {
    const ids = (await browser.scripting.getRegisteredContentScripts({ ids: [ADAPTER_ID, HOOKS_ID] })).map((s) => s.id);
    if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
    if (matches.length === 0) return;
    await browser.scripting.registerContentScripts([
      { id: HOOKS_ID, js: ['content-scripts/page-hooks.js'], matches, runAt: 'document_start', world: 'MAIN', persistAcrossSessions: false },
      { id: ADAPTER_ID, js: ['content-scripts/omnicasa.js'], matches, runAt: 'document_start', persistAcrossSessions: false },
    ]);
  } catch (error) {
    console.warn('Vigie: could not guard the Omnicasa hosts of the policy', error);
  }
}
