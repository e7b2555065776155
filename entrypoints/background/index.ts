import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ui-bg:ping') {
      return Promise.resolve({ ok: true, version: browser.runtime.getManifest().version });
    }
    return undefined;
  });
});
