/**
 * The page hooks (network backstop, design.md layer 2): fetch / XHR / sendBeacon / form.submit wrapped in the page's
 * MAIN world at document_start, before any page script. Nothing here can approve a request: the isolated world's
 * relay decides (lib/guard/hook-channel.ts explains the channel, lib/guard/page-hooks.ts the wrappers).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { openPageChannel } from '../../lib/guard/hook-channel.ts';
import { installPageHooks } from '../../lib/guard/page-hooks.ts';
import { siteRulesForHost } from '../../lib/sites/rules.ts';
import { WATCHED_MATCHES } from '../../rules/sites/matches.ts';

export default defineContentScript({
  matches: WATCHED_MATCHES,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installPageHooks(window, openPageChannel(window), siteRulesForHost(location.hostname));
  },
});
