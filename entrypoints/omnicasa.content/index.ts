/**
 * Omnicasa guard: the agency's CRM (<agency>.omnicasa.com). Same guards as the webmail script (runSite), on the
 * data-driven adapter rebuilt from the policy's sites.omnicasa override (selectors, hosts) once the policy arrives.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/guard/site-runner.ts';
import { omnicasaFor } from '../../lib/sites/omnicasa.ts';
import { OMNICASA_MATCHES } from '../../rules/sites/matches.ts';
import { createBridge } from '../webmail.content/bridge.ts';
import { startRequestRelay } from '../webmail.content/relay.ts';

export default defineContentScript({
  matches: OMNICASA_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const url = new URL(location.href);
    const bridge = createBridge('omnicasa', ctx.signal);
    startRequestRelay('omnicasa', bridge.policy, ctx.signal); // first: the page hooks' handshake happens now
    runSite(
      window,
      (policy) => {
        const adapter = omnicasaFor(policy);
        return adapter.matches(url) ? adapter : null;
      },
      bridge,
      ctx.signal,
    );
  },
});
