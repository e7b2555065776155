/**
 * The isolated world's half of the network backstop: it answers the page hooks (MAIN world) over the private
 * channel (lib/guard/hook-channel.ts). It scans each request it is handed itself, with the detection engine of this
 * world (which page scripts cannot tamper with), and decides with its policy copy: allowed requests are answered at
 * once; the others are held while the background decides with its own policy and logs. sendBeacon and synchronous
 * XHR cannot wait: the local decision stands and the background is told, to log it.
 */
import { browser } from 'wxt/browser';
import { openRelayChannel, type CheckRequest, type RelayAnswer, type Verdict } from '../../lib/guard/hook-channel.ts';
import { checkRequest, requestDestination, requestText } from '../../lib/guard/requests.ts';
import { reportOf, scanText } from '../../lib/guard/analyse.ts';
import type { RequestVerdict } from '../../lib/messages.ts';
import type { Policy } from '../../lib/policy/types.ts';
import { randomUuid } from './bridge.ts';

export function startRequestRelay(site: string, policy: () => Policy | null, signal: AbortSignal): void {
  const report = (request: CheckRequest, url: URL, phase: 'held' | 'blocked' | 'passed', findings: Parameters<typeof reportOf>[0], failed: boolean) =>
    browser.runtime.sendMessage({
      type: 'cs-bg:request',
      eventId: randomUuid(),
      phase,
      via: request.via,
      method: request.method,
      url: url.href,
      ...reportOf(findings, failed, [requestDestination(url)]),
    }) as Promise<RequestVerdict | undefined>;

  const onCheck = (request: CheckRequest, reply: (v: Verdict) => void): RelayAnswer => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return 'allow'; // the hooks only send URLs they parsed; the native call reports anything else
    }
    const text = requestText(url, String(request.body ?? ''));
    const local = policy();
    if (!local) {
      // Before the policy copy arrives (the first milliseconds of the page): the background decides alone.
      if (request.sync) return 'allow';
      let findings: ReturnType<typeof scanText> = [];
      let failed = false;
      try {
        findings = scanText(text, {});
      } catch {
        failed = true;
      }
      report(request, url, 'held', findings, failed).then((r) => reply(r?.verdict === 'allow' ? 'allow' : 'block'), () => reply('block'));
      return 'pending';
    }
    const check = checkRequest(site, url, text, local);
    if (check.decision.decision === 'allow') return 'allow';
    const verdict: Verdict = check.decision.enforced === 'allow' ? 'allow' : 'block';
    if (request.sync) {
      void report(request, url, verdict === 'allow' ? 'passed' : 'blocked', check.findings, check.failed).catch(() => undefined);
      return verdict;
    }
    // The background's verdict counts; if it cannot be reached, the local one stands.
    report(request, url, 'held', check.findings, check.failed).then(
      (r) => reply(r?.verdict === 'allow' || r?.verdict === 'block' ? r.verdict : verdict),
      () => reply(verdict),
    );
    return 'pending';
  };

  const stop = openRelayChannel(window, onCheck);
  signal.addEventListener('abort', stop);
}
