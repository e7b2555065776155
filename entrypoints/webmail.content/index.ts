/**
 * Webmail guard: Gmail and Outlook on the web. Runs at document_start in the isolated world so its capture
 * listeners on window come before the site's own handlers. The send guard, the paste/file/mailto guard and the
 * selector health check all run through runSite, which honours the policy's `sites.<id>` (enabled, selectors).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/guard/site-runner.ts';
import { adapterFor, underPolicy } from '../../lib/sites/index.ts';
import { WEBMAIL_MATCHES } from '../../rules/sites/matches.ts';
import { createBridge } from './bridge.ts';
import { startRequestRelay } from './relay.ts';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const bridge = createBridge(adapter.id, ctx.signal);
    startRequestRelay(adapter.id, bridge.policy, ctx.signal); // first: the page hooks' handshake happens now
    runSite(window, (policy) => underPolicy(adapter, policy), bridge, ctx.signal); // the admin may replace selectors
  },
});
