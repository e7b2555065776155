/** The content script's side of the messaging: the only place where the guard meets extension APIs. */
import { browser } from 'wxt/browser';
import type { GuardBridge } from '../../lib/guard/mail-guard.ts';
import { distinctFindings } from '../../lib/guard/analyse.ts';
import { DialogHost } from '../../lib/guard/dialog-host.ts';
import { localeOf } from '../../lib/guard/locale.ts';
import { MAX_FINDINGS, type BgToCs, type SendVerdict } from '../../lib/messages.ts';
import type { AnalysedFinding, Policy } from '../../lib/policy/types.ts';

const t = (key: string) => browser.i18n.getMessage(key as never);

/** Findings as they cross to the background: each distinct value once; too many count as a failed detection. */
export function wireFindings(findings: readonly AnalysedFinding[], failed: boolean): { findings: AnalysedFinding[]; failed: boolean } {
  const distinct = distinctFindings(findings);
  const tooMany = distinct.length > MAX_FINDINGS;
  return {
    findings: tooMany ? [] : distinct.map(({ type, start, end, confidence, masked, value }) => ({ type, start, end, confidence, masked, value })),
    failed: failed || tooMany,
  };
}

/**
 * Ready at once, so the guard's listeners are in place before any page script runs; the policy copy arrives
 * a moment later (until then a send gesture is held and the background decides).
 */
export function createBridge(site: string, signal: AbortSignal): GuardBridge {
  let policy: Policy | null = null;
  const dialog = new DialogHost(document);
  let releaseHandler: (eventId: string, send: boolean) => void = () => undefined;

  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const m = message as BgToCs;
    if (m?.type === 'bg-cs:release') releaseHandler(m.eventId, m.send);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));

  void browser.runtime
    .sendMessage({ type: 'cs-bg:hello', site })
    .then((hello: unknown) => {
      policy = (hello as { policy?: Policy } | null)?.policy ?? null;
    })
    .catch(() => undefined);

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
    newEventId: () => crypto.randomUUID(),
    send: (phase, eventId, gesture, { envelope, findings, failed }) =>
      browser.runtime.sendMessage({
        type: 'cs-bg:send',
        phase,
        eventId,
        gesture,
        draft: envelope,
        ...wireFindings(findings, failed),
      }) as Promise<SendVerdict>,
    dialogUrl: (eventId, nonce) => `${browser.runtime.getURL('/dialog.html')}#e=${eventId}&n=${nonce}`,
    showDialog: (src) => dialog.show(src),
    closeDialog: () => dialog.close(),
    isDialogOpen: () => dialog.open,
    onRelease: (handler) => {
      releaseHandler = handler;
    },
  };
}
