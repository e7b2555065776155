/**
 * Google Forms guard: the webmail guard with the Google Forms adapter. document_start in the isolated world, so its
 * capture listeners come before the form's own; every frame, because forms are often embedded in other sites' pages.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/guard/site-runner.ts';
import { googleForms } from '../../lib/sites/google-forms.ts';
import { FORMS_MATCHES } from '../../rules/sites/matches.ts';
import { createBridge } from '../webmail.content/bridge.ts';
import { startRequestRelay } from '../webmail.content/relay.ts';

export default defineContentScript({
  matches: FORMS_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    if (!googleForms.matches(new URL(location.href))) return;
    const bridge = createBridge(googleForms.id, ctx.signal);
    startRequestRelay(googleForms.id, bridge.policy, ctx.signal); // first: the page hooks' handshake happens now
    runSite(window, () => googleForms, bridge, ctx.signal);
  },
});
