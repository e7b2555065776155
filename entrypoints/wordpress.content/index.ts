/**
 * WordPress guard: publishing or updating a post (block and classic editors) and uploading files in wp-admin, on any
 * host. Runs at document_start in the isolated world, in the top frame: the block editor's canvas iframe (newer
 * WordPress) is same-origin and read from here. The page world's wp.data report (wordpress-hint.content) is kept as
 * an untrusted hint that can only add text to the check.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/guard/site-runner.ts';
import { startUploadGuard } from '../../lib/guard/upload-guard.ts';
import { parseWordpressHint, wordpress, wordpressAdapter, wordpressUploads, WORDPRESS_HINT_EVENT } from '../../lib/sites/wordpress.ts';
import { WORDPRESS_MATCHES } from '../../rules/sites/matches.ts';
import { createBridge } from '../webmail.content/bridge.ts';

export default defineContentScript({
  matches: WORDPRESS_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    if (!wordpress.matches(new URL(location.href))) return;
    let hint = '';
    document.addEventListener(
      WORDPRESS_HINT_EVENT,
      (event) => {
        hint = parseWordpressHint(document, (event as CustomEvent<unknown>).detail);
      },
      { signal: ctx.signal },
    );
    const bridge = createBridge(wordpress.id, ctx.signal);
    // Media uploads first: they have their own flow (the files are held for the dialog and handed back after
    // "send anyway"), and a held upload never reaches the surface guard's file check, which is for other inputs.
    startUploadGuard(window, wordpressUploads, bridge, ctx.signal);
    const adapter = wordpressAdapter(() => hint);
    runSite(window, () => adapter, bridge, ctx.signal);
  },
});
