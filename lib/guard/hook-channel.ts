/**
 * The private channel between the page hooks (MAIN world) and the isolated world's relay.
 *
 * The page shares the DOM and the MAIN world's globals with the hooks, so any ordinary bridge (window.postMessage,
 * CustomEvents on document) can be read and forged by page scripts. This one cannot:
 *  - The channel is an element created by the hooks and never attached to the document. Events dispatched on it
 *    reach only listeners on it, and only the two content scripts hold a reference to it.
 *  - The reference crosses worlds once, in a handshake both scripts run at document_start, before any page script
 *    exists: as the `relatedTarget` of an event on window (a node, which both worlds see as the same element).
 *    A handshake is accepted only while the document holds no script or frame yet (checked with functions taken at
 *    start), so a page script can never complete one, even when one side is missing; after the first, both stop
 *    listening.
 *  - The MAIN side calls no function the page could have replaced after start (dispatchEvent, the detail getter,
 *    JSON, Reflect.apply are taken at start; its state lives in null-prototype objects), so no page code ever runs
 *    with the channel or a pending request's callback in reach.
 *  - The relay computes each verdict itself from the request it is handed; nothing in a check request can mean
 *    "allowed". Verdicts name the request id they answer and each id is answered once.
 * If no relay connects, the hooks let requests through: the background's webRequest observer still logs them.
 */

export type RequestVia = 'fetch' | 'xhr' | 'beacon' | 'form';
export type Verdict = 'allow' | 'block';

export interface CheckRequest {
  id: string;
  via: RequestVia;
  method: string;
  /** Absolute URL. */
  url: string;
  /** The body as text (request-body.ts bodyTextSync). */
  body: string;
  /** The caller cannot wait (sendBeacon, synchronous XHR): the relay must answer during the dispatch. */
  sync: boolean;
}

const HOOKS_HELLO = 'vigie-hooks-hello';
const RELAY_HELLO = 'vigie-relay-hello';
const READY = 'vigie-ready';
const CHECK = 'vigie-check';
const VERDICT = 'vigie-verdict';
/** Anything that means a page script may already have run. */
const PAGE_CODE = 'script, iframe, frame, object, embed';

/** Whether a page script could have run yet: asked with a querySelector taken before any page script. */
function pristine(doc: Document, querySelector: typeof Document.prototype.querySelector): () => boolean {
  return () => Reflect.apply(querySelector, doc, [PAGE_CODE]) === null;
}

export interface PageChannel {
  /** True once the relay answered the handshake. */
  connected(): boolean;
  /**
   * Asks the relay for a verdict; `done` is called exactly once, during this call when the relay decides at once
   * (always for sync requests), else later. Without a relay, `done('allow')` at once.
   */
  check(request: Omit<CheckRequest, 'id'>, done: (verdict: Verdict) => void): void;
}

/** The MAIN world's side. Call it at document_start, before any page script. */
export function openPageChannel(win: Window & typeof globalThis): PageChannel {
  const doc = win.document;
  const apply = Reflect.apply;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const detailOf = Object.getOwnPropertyDescriptor(win.CustomEvent.prototype, 'detail')!.get!;
  const NativeCustomEvent = win.CustomEvent;
  const NativeMouseEvent = win.MouseEvent;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const isPristine = pristine(doc, win.Document.prototype.querySelector);

  const node = doc.createElement('vigie-channel');
  const waiting: Record<string, (v: Verdict) => void> = Object.create(null);
  let connected = false;
  let counter = 0;

  const announce = () => {
    apply(dispatch, win, [new NativeMouseEvent(HOOKS_HELLO, { relatedTarget: node })]);
  };
  const onRelayHello = () => {
    win.removeEventListener(RELAY_HELLO, onRelayHello, true);
    if (!connected && isPristine()) announce();
  };
  node.addEventListener(READY, () => {
    connected = true;
    win.removeEventListener(RELAY_HELLO, onRelayHello, true);
  });
  node.addEventListener(VERDICT, (event) => {
    let answer: { id?: unknown; verdict?: unknown };
    try {
      answer = parse(apply(detailOf, event, []) as string);
    } catch {
      return;
    }
    const id = typeof answer.id === 'string' ? answer.id : '';
    const done = waiting[id];
    if (!done || (answer.verdict !== 'allow' && answer.verdict !== 'block')) return;
    delete waiting[id];
    done(answer.verdict);
  });
  win.addEventListener(RELAY_HELLO, onRelayHello, true);
  announce(); // heard at once if the relay started first

  return {
    connected: () => connected,
    check(request, done) {
      if (!connected) {
        done('allow');
        return;
      }
      counter += 1;
      const id = `r${counter}`;
      waiting[id] = done;
      const detail = stringify({ id, via: request.via, method: request.method, url: request.url, body: request.body, sync: request.sync });
      apply(dispatch, node, [new NativeCustomEvent(CHECK, { detail })]);
      // A sync request the relay could not answer (it threw): let it go, the background observer still sees it.
      if (request.sync && waiting[id]) {
        delete waiting[id];
        done('allow');
      }
    },
  };
}

/** What the relay answers at once: a final verdict, or `pending` (it will call `reply` later). */
export type RelayAnswer = Verdict | 'pending';

/**
 * The isolated world's side. `onCheck` decides (sync requests must get a final verdict); a `pending` answer is
 * completed later through `reply`. Returns a function that stops the relay.
 */
export function openRelayChannel(
  win: Window & typeof globalThis,
  onCheck: (request: CheckRequest, reply: (verdict: Verdict) => void) => RelayAnswer,
): () => void {
  const doc = win.document;
  const isPristine = pristine(doc, win.Document.prototype.querySelector);
  let channel: EventTarget | null = null;

  const send = (id: string, verdict: Verdict) =>
    channel?.dispatchEvent(new win.CustomEvent(VERDICT, { detail: JSON.stringify({ id, verdict }) }));
  const onCheckEvent = (event: Event) => {
    let request: CheckRequest;
    try {
      request = JSON.parse((event as CustomEvent<string>).detail) as CheckRequest;
    } catch {
      return;
    }
    if (typeof request?.id !== 'string') return;
    let replied = false;
    const reply = (verdict: Verdict) => {
      if (replied) return; // each request is answered once
      replied = true;
      send(request.id, verdict);
    };
    const answer = onCheck(request, reply);
    if (answer !== 'pending') reply(answer);
  };
  const onHooksHello = (event: Event) => {
    const target = (event as MouseEvent).relatedTarget;
    if (channel || !(target instanceof win.Element) || target.isConnected || !isPristine()) return;
    win.removeEventListener(HOOKS_HELLO, onHooksHello, true);
    channel = target;
    channel.addEventListener(CHECK, onCheckEvent);
    channel.dispatchEvent(new win.Event(READY));
  };
  win.addEventListener(HOOKS_HELLO, onHooksHello, true);
  win.dispatchEvent(new win.Event(RELAY_HELLO)); // heard at once if the hooks started first
  return () => {
    win.removeEventListener(HOOKS_HELLO, onHooksHello, true);
    channel?.removeEventListener(CHECK, onCheckEvent);
    channel = null;
  };
}
