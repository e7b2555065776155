/** The content script's side of the messaging: the only place where the guard meets extension APIs. */
import { browser } from 'wxt/browser';
import type { SiteBridge } from '../../lib/guard/site-runner.ts';
import { destinationsOf, reportOf } from '../../lib/guard/analyse.ts';
import { DialogHost } from '../../lib/guard/dialog-host.ts';
import { localeOf } from '../../lib/guard/locale.ts';
import type { BgToCs, SendVerdict } from '../../lib/messages.ts';
import type { Policy } from '../../lib/policy/types.ts';

const DIALOG_PAGE = () => browser.runtime.getURL('/dialog.html');
const t = (key: string) => browser.i18n.getMessage(key as never);

/**
 * A random (v4) UUID. crypto.randomUUID exists only in secure contexts, and a self-hosted webmail (Roundcube) may be
 * served over plain http, where a content script has getRandomValues only.
 */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Ready at once, so the guard's listeners are in place before any page script runs; the policy copy arrives
 * a moment later (until then a send gesture is held and the background decides).
 */
export function createBridge(site: string, signal: AbortSignal): SiteBridge {
  let policy: Policy | null = null;
  /** Run on every policy copy: the first one, and each new one after the admin changed the policy. */
  const policyHandlers: ((policy: Policy) => void)[] = [];
  const dialog = new DialogHost(document);
  // Each guard on the page (sends, uploads) registers one; each ignores the events it did not hold.
  const releaseHandlers: ((eventId: string, send: boolean) => void)[] = [];

  const fetchPolicy = () =>
    browser.runtime
      .sendMessage({ type: 'cs-bg:hello', site })
      .then((hello: unknown) => {
        const next = (hello as { policy?: Policy } | null)?.policy;
        if (!next) return;
        policy = next;
        for (const handler of policyHandlers) handler(next);
      })
      .catch(() => undefined);

  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const m = message as BgToCs;
    if (m?.type === 'bg-cs:release') for (const handler of releaseHandlers) handler(m.eventId, m.send);
    // A new policy applies to the next check without reloading the page.
    if (m?.type === 'bg-cs:policy-changed') void fetchPolicy();
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));

  void fetchPolicy();

  return {
    locale: localeOf(browser.i18n.getUILanguage()),
    texts: {
      title: t('warning_title'),
      block: t('warning_badge_block'),
      warn: t('warning_badge_warn'),
      dismiss: t('warning_dismiss'),
      unchecked: t('warning_unchecked'),
    },
    policy: () => policy,
    newEventId: randomUuid,
    send: (phase, eventId, gesture, { envelope, findings, failed }) =>
      browser.runtime.sendMessage({
        type: 'cs-bg:send',
        phase,
        eventId,
        gesture,
        draft: envelope,
        ...reportOf(findings, failed, destinationsOf(envelope)),
      }) as Promise<SendVerdict>,
    dialogUrl: (eventId, nonce) => `${DIALOG_PAGE()}#e=${eventId}&n=${nonce}`,
    prepareDialog: () => dialog.prepare(DIALOG_PAGE()),
    showDialog: (src) => dialog.show(src),
    closeDialog: () => dialog.close(),
    isDialogOpen: () => dialog.open,
    onRelease: (handler) => {
      releaseHandlers.push(handler);
    },
    onPolicy: (handler) => {
      policyHandlers.push(handler);
      if (policy) handler(policy);
    },
    reportHealth: (reported, { ok, missing }) => {
      void browser.runtime.sendMessage({ type: 'cs-bg:health', site: reported, ok, missing: missing.slice(0, 50) }).catch(() => undefined);
    },
  };
}
