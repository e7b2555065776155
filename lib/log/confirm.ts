/**
 * The "sent" fact (design.md, "Interception layers"): a guarded send's log row turns from `unconfirmed` to `sent`
 * when a request to one of the site's send endpoints, in the same tab, completes with a 2xx status and started
 * within the send's window. The window opens EARLY_MS before the guarded send was released (a send the content
 * script let through reaches the background a few milliseconds after the app's request starts) and closes WINDOW_MS
 * after. Each request confirms at most one send and each send is confirmed once, oldest first.
 *
 * It is evidence, not proof: the browser saw the site accept a request to its send endpoint right after the agent's
 * send. Where the app uses the same endpoint for drafts (Gmail), a draft save in that window would also count.
 * Pure: times are passed in, nothing is stored (a service-worker restart forgets pending sends; they stay unconfirmed).
 */

export const EARLY_MS = 2_000;
export const WINDOW_MS = 60_000;

export interface GuardedSend {
  eventId: string;
  tabId: number;
  /** When the send was released (Date.now() in the background). */
  at: number;
}

export interface EndpointCompletion {
  requestId: string;
  tabId: number;
  /** When the request started (webRequest onBeforeRequest timeStamp). */
  startedAt: number;
}

const covers = (send: GuardedSend, c: EndpointCompletion) =>
  send.tabId === c.tabId && c.startedAt >= send.at - EARLY_MS && c.startedAt <= send.at + WINDOW_MS;

export class SendMatcher {
  private awaiting: GuardedSend[] = [];
  /** Completions no send has claimed yet, kept for a send that registers late. */
  private unclaimed: EndpointCompletion[] = [];

  /** A guarded send was released. Returns true when a completion already seen confirms it at once. */
  expect(send: GuardedSend, now: number): boolean {
    this.prune(now);
    const i = this.unclaimed.findIndex((c) => covers(send, c));
    if (i >= 0) {
      this.unclaimed.splice(i, 1);
      return true;
    }
    this.awaiting.push(send);
    return false;
  }

  /** A send-endpoint request completed with 2xx. Returns the eventId it confirms, or null (kept for a late send). */
  complete(c: EndpointCompletion, now: number): string | null {
    this.prune(now);
    const i = this.awaiting.findIndex((s) => covers(s, c));
    if (i < 0) {
      this.unclaimed.push(c);
      return null;
    }
    return this.awaiting.splice(i, 1)[0]!.eventId;
  }

  /**
   * Takes a completion nobody claimed out of the waiting list: true when it was still unclaimed (so no guarded
   * send accounts for it: it went out without the gesture layer), false when a late send claimed it meanwhile.
   */
  release(requestId: string): boolean {
    const i = this.unclaimed.findIndex((c) => c.requestId === requestId);
    if (i < 0) return false;
    this.unclaimed.splice(i, 1);
    return true;
  }

  private prune(now: number): void {
    this.awaiting = this.awaiting.filter((s) => now <= s.at + WINDOW_MS);
    this.unclaimed = this.unclaimed.filter((c) => now <= c.startedAt + WINDOW_MS + EARLY_MS);
  }
}
