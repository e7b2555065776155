/**
 * Roundcube guard: the webmail guard on a self-hosted Roundcube, wherever the agency runs it. The script goes on
 * every http(s) page whose URL carries `_task=mail` and starts only when the page is Roundcube's (its client
 * script is loaded). It runs at document_end: Roundcube keeps the send button disabled until its own start-up
 * (app.js init), and the guard's capture listeners on window come before the button's onclick whenever added.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/guard/site-runner.ts';
import { isRoundcubePage, roundcube, roundcubeFor } from '../../lib/sites/roundcube.ts';
import { ALL_HOSTS, ROUNDCUBE_GLOBS } from '../../rules/sites/matches.ts';
import { createBridge } from '../webmail.content/bridge.ts';

export default defineContentScript({
  matches: ALL_HOSTS,
  includeGlobs: ROUNDCUBE_GLOBS,
  runAt: 'document_end',
  main(ctx) {
    if (!roundcube.matches(new URL(location.href)) || !isRoundcubePage(document)) return;
    runSite(window, roundcubeFor, createBridge(roundcube.id, ctx.signal), ctx.signal); // the admin may replace selectors
  },
});
