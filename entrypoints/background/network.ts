/**
 * The network layer of the backstop (design.md, "Interception layers", layer 3), in the background:
 *  - page requests the page hooks hold: decided here with the background's own policy, and logged when stopped
 *    (action `request`, destination the host; choice `blocked`);
 *  - the "sent" fact: a guarded send's row turns from `unconfirmed` to `sent` when a request to one of its site's
 *    send endpoints, in the same tab, completes with 2xx inside the send's window (lib/log/confirm.ts);
 *  - unguarded sends: a body with personal data leaving a watched page for a host no party covers (or through a
 *    send-only endpoint) that no page-hook check or guarded send accounts for is logged with choice `unguarded`,
 *    then `sent` or `not-sent` when the request ends.
 * webRequest is observational in Chrome MV3: nothing is stopped here, only seen. The observer stays cheap: it looks
 * at request types that can carry a body, drops other tabs, methods and pages before reading anything, and scans
 * bodies up to MAX_REQUEST_TEXT only. State is in memory: a service-worker restart forgets pending confirmations
 * (those rows stay `unconfirmed`).
 */
import { browser, type Browser } from 'wxt/browser';
import type { Omitted } from '../../lib/guard/analyse.ts';
import { isOwnRequest, sendEndpointOf } from '../../lib/guard/request-body.ts';
import { RecentKeys, checkRequest, decideRequest, requestText, webRequestText } from '../../lib/guard/requests.ts';
import { SendMatcher } from '../../lib/log/confirm.ts';
import type { ShareRecord } from '../../lib/log/record.ts';
import type { CsToBg, RequestVerdict } from '../../lib/messages.ts';
import type { AnalysedFinding, Decision } from '../../lib/policy/types.ts';
import { siteRulesForHost } from '../../lib/sites/rules.ts';
import type { SendEndpoint, SiteRules } from '../../rules/sites/schema.ts';
import { addShare, updateShare } from './db.ts';
import { activePolicy } from './policy-store.ts';
import { agentIdentity, loggedFindings } from './state.ts';

type RequestMessage = Extract<CsToBg, { type: 'cs-bg:request' }>;

/** A late guarded send may still claim a completed send-only request during this delay. */
const GRACE_MS = 3_000;
/** How long a page-hook check accounts for the request it was about. */
const CHECKED_MS = 10_000;
/** The same request (tab, host and path, findings) stopped again, e.g. a page retrying a beacon, is logged once a minute. */
const LOGGED_MS = 60_000;
const MAX_TRACKED = 500;

const matcher = new SendMatcher();
const checked = new RecentKeys(CHECKED_MS);
const logged = new RecentKeys(LOGGED_MS);

/** Requests followed from start to end: a send endpoint's (for the "sent" fact) or an unguarded one's log row. */
interface Tracked {
  tabId: number;
  startedAt: number;
  pageHost: string;
  site: SiteRules;
  url: URL;
  endpoint?: SendEndpoint;
  /** Personal data found in a send-only endpoint's body, logged if no guarded send claims the request. */
  findings?: AnalysedFinding[];
  /** The unguarded row being written for this request (its eventId, or null when it was not logged). */
  row?: Promise<string | null>;
}
const tracked = new Map<string, Tracked>();

function track(requestId: string, t: Tracked): void {
  if (tracked.size >= MAX_TRACKED) tracked.delete(tracked.keys().next().value!);
  tracked.set(requestId, t);
}

// ---- the "sent" fact ----

/** A guarded send was released in this tab at `at`: the next completed request to a send endpoint confirms it. */
export function expectSent(eventId: string, tabId: number, at: number): void {
  if (matcher.expect({ eventId, tabId, at }, Date.now())) void confirm(eventId);
}

function confirm(eventId: string): Promise<unknown> {
  return updateShare(eventId, { status: 'sent' }).catch(() => undefined);
}

// ---- log rows for requests ----

async function logRequest(
  opts: { tabId: number; pageHost: string; site: string; url: URL; decision: Decision; findings: readonly AnalysedFinding[]; omitted?: Omitted },
  choice: ShareRecord['choice'],
  status: ShareRecord['status'],
): Promise<string | null> {
  const findings = await loggedFindings(opts.findings, opts.omitted);
  const key = [opts.tabId, opts.url.hostname + opts.url.pathname, choice, ...findings.flatMap((f) => [f.type, ...f.hashes])].join('|');
  if (logged.touch(key, Date.now())) return null;
  const d = opts.decision;
  const eventId = crypto.randomUUID();
  await addShare({
    time: Date.now(),
    agent: await agentIdentity(),
    site: opts.site,
    host: opts.pageHost,
    action: 'request',
    // The host only: a request's path and query may carry the very data being logged.
    destinations: d.destinations.map((x) => ({ to: opts.url.hostname, kind: 'host', decision: x.decision, ...(x.party ? { party: x.party } : {}) })),
    findings,
    decision: d.decision,
    choice,
    policyVersion: d.policyVersion,
    status,
    eventId,
    reasons: [...new Set(d.destinations.flatMap((x) => x.reasons.map((r) => r.code)))],
  } satisfies ShareRecord);
  return eventId;
}

// ---- page-hook checks (cs-bg:request) ----

/**
 * The background's verdict on a request the page hooks held, with its own policy, on the findings the isolated world
 * made. The MAIN world never speaks here: the isolated world scanned the body itself.
 */
export async function handleRequestCheck(msg: RequestMessage, sender: { tabId: number; url: string }): Promise<RequestVerdict> {
  const page = new URL(sender.url);
  const url = new URL(msg.url);
  const site = siteRulesForHost(page.hostname);
  checked.touch(`${sender.tabId} ${url.href}`, Date.now());
  if (isOwnRequest(url, page.hostname, site)) return { verdict: 'allow' };
  const policy = activePolicy();
  const decision = decideRequest(site?.id ?? page.hostname, url, msg.findings, msg.failed, policy);
  // Beacons were decided in the page (they cannot wait): log what happened there.
  const verdict = msg.phase === 'held' ? (decision.enforced === 'allow' ? 'allow' : 'block') : msg.phase === 'passed' ? 'allow' : 'block';
  if (decision.decision !== 'allow') {
    const choice = verdict === 'block' ? 'blocked' : decision.auditOnly ? 'audit-only' : 'sent';
    const opts = { tabId: sender.tabId, pageHost: page.hostname, site: site?.id ?? page.hostname, url, decision, findings: msg.findings, omitted: msg.omitted };
    await logRequest(opts, choice, verdict === 'block' ? 'not-sent' : 'unconfirmed').catch(() => undefined);
  }
  return { verdict };
}

// ---- webRequest observer ----

/** The watched page a request comes from (Chrome: initiator origin; Firefox: the document's URL). */
function pageHostOf(details: { initiator?: string; documentUrl?: string; originUrl?: string }): string | null {
  const from = details.documentUrl ?? details.originUrl ?? details.initiator;
  if (!from || from === 'null') return null;
  try {
    return new URL(from).hostname;
  } catch {
    return null;
  }
}

type BeforeRequest = Browser.webRequest.OnBeforeRequestDetails & { documentUrl?: string; originUrl?: string };

function onBeforeRequest(details: BeforeRequest): undefined {
  // Cheapest checks first: most requests stop at one of these lines.
  if (details.tabId < 0 || details.method === 'GET' || details.method === 'HEAD' || details.method === 'OPTIONS') return;
  const pageHost = pageHostOf(details);
  const site = pageHost ? siteRulesForHost(pageHost) : undefined;
  if (!pageHost || !site) return;
  let url: URL;
  try {
    url = new URL(details.url);
  } catch {
    return;
  }
  const base = { tabId: details.tabId, startedAt: details.timeStamp, pageHost, site, url };
  const endpoint = sendEndpointOf(url, details.method, site);
  if (endpoint) {
    const text = endpoint.sendOnly ? webRequestText(details.requestBody) : null;
    const findings = text ? checkRequest(site.id, url, requestText(url, text), activePolicy()).findings : undefined;
    track(details.requestId, { ...base, endpoint, ...(findings?.length ? { findings } : {}) });
    return;
  }
  if (isOwnRequest(url, pageHost, site)) return;
  if (checked.take(`${details.tabId} ${url.href}`, Date.now())) return; // the page hooks asked about it
  const text = webRequestText(details.requestBody);
  if (!text) return;
  const check = checkRequest(site.id, url, requestText(url, text), activePolicy());
  if (check.decision.decision === 'allow') return;
  const opts = { tabId: details.tabId, pageHost, site: site.id, url, decision: check.decision, findings: check.findings };
  track(details.requestId, { ...base, row: logRequest(opts, 'unguarded', 'unconfirmed').catch(() => null) });
  return;
}

/** The request ended: its unguarded row (if any) learns whether it went out. */
function finish(requestId: string, status: 'sent' | 'not-sent'): Tracked | undefined {
  const t = tracked.get(requestId);
  tracked.delete(requestId);
  void t?.row?.then((eventId) => (eventId ? updateShare(eventId, { status }) : false)).catch(() => undefined);
  return t;
}

function onCompleted(details: Browser.webRequest.OnCompletedDetails): undefined {
  const ok = details.statusCode >= 200 && details.statusCode < 300;
  const t = finish(details.requestId, ok ? 'sent' : 'not-sent');
  if (!t?.endpoint || !ok) return;
  const completion = { requestId: details.requestId, tabId: t.tabId, startedAt: t.startedAt };
  const eventId = matcher.complete(completion, Date.now());
  if (eventId) {
    void confirm(eventId);
    return;
  }
  const findings = t.findings;
  if (!findings) return;
  // A send-only endpoint reached with personal data: unguarded, unless a guarded send shows up within the grace.
  setTimeout(() => {
    if (!matcher.release(details.requestId)) return;
    const decision = decideRequest(t.site.id, t.url, findings, false, activePolicy());
    if (decision.decision === 'allow') return;
    void logRequest({ tabId: t.tabId, pageHost: t.pageHost, site: t.site.id, url: t.url, decision, findings }, 'unguarded', 'sent').catch(() => undefined);
  }, GRACE_MS);
  return;
}

function onErrorOccurred(details: Browser.webRequest.OnErrorOccurredDetails): undefined {
  finish(details.requestId, 'not-sent');
  return;
}

/** Called once from defineBackground. */
export function startNetworkObserver(): void {
  const filter: Browser.webRequest.RequestFilter = {
    urls: ['http://*/*', 'https://*/*'],
    // Requests that can carry a body: XHR/fetch, beacons (Chrome: ping; Firefox: beacon), form posts (navigations)
    // and the rest. Chrome refuses a filter naming a type it does not know.
    types: [...(['xmlhttprequest', 'ping', 'main_frame', 'sub_frame', 'other'] as const), ...(import.meta.env.FIREFOX ? ['beacon' as never] : [])],
  };
  browser.webRequest.onBeforeRequest.addListener(onBeforeRequest, filter, ['requestBody']);
  browser.webRequest.onCompleted.addListener(onCompleted, filter);
  browser.webRequest.onErrorOccurred.addListener(onErrorOccurred, filter);
}
