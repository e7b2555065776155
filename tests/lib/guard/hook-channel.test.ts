/**
 * The private channel between the page hooks (MAIN world) and the relay (isolated world), in happy-dom. Both
 * "worlds" share one window here, as they share the DOM in a browser; "the page" is code dispatching events on that
 * window and document after a <script> element exists, as a page script would.
 */
import { Window as HappyWindow } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { openPageChannel, openRelayChannel, type CheckRequest, type RelayAnswer, type Verdict } from '../../../lib/guard/hook-channel.ts';

type Win = Window & typeof globalThis;

function page(): Win {
  return new HappyWindow({ url: 'https://mail.google.com/mail/u/0/' }) as unknown as Win;
}

/** What a page script does first: its <script> element is in the document. */
function pageScriptRuns(win: Win): void {
  win.document.documentElement.append(win.document.createElement('script'));
}

const request = { via: 'fetch', method: 'POST', url: 'https://collect.evil.test/c', body: '{"nn":"85.07.30-033.28"}', sync: false } as const;

describe('handshake', () => {
  it.each(['hooks first', 'relay first'])('connects whichever script starts first (%s)', (order) => {
    const win = page();
    const seen: CheckRequest[] = [];
    const relay = () => openRelayChannel(win, (r) => (seen.push(r), 'block'));
    let hooks;
    if (order === 'hooks first') {
      hooks = openPageChannel(win);
      expect(hooks.connected()).toBe(false);
      relay();
    } else {
      relay();
      hooks = openPageChannel(win);
    }
    expect(hooks.connected()).toBe(true);
    const done = vi.fn();
    hooks.check({ ...request, sync: true }, done);
    expect(done).toHaveBeenCalledExactlyOnceWith('block'); // answered during the call
    expect(seen).toEqual([expect.objectContaining({ url: request.url, body: request.body, sync: true })]);
  });

  it('lets requests through unchecked when no relay connects', () => {
    const win = page();
    const hooks = openPageChannel(win);
    const done = vi.fn();
    hooks.check(request, done);
    expect(done).toHaveBeenCalledExactlyOnceWith('allow');
  });
});

describe('verdicts', () => {
  it('delivers a later verdict once, to the request it answers', () => {
    const win = page();
    const replies: ((v: Verdict) => void)[] = [];
    openRelayChannel(win, (_r, reply): RelayAnswer => (replies.push(reply), 'pending'));
    const hooks = openPageChannel(win);
    const first = vi.fn();
    const second = vi.fn();
    hooks.check(request, first);
    hooks.check(request, second);
    expect(first).not.toHaveBeenCalled();
    replies[1]!('allow');
    replies[1]!('block'); // answered already
    replies[0]!('block');
    expect(first).toHaveBeenCalledExactlyOnceWith('block');
    expect(second).toHaveBeenCalledExactlyOnceWith('allow');
  });
});

describe('a hostile page', () => {
  it('cannot approve a held request with forged verdicts on window, document or its own elements', () => {
    const win = page();
    openRelayChannel(win, () => 'pending'); // the background never answers
    const hooks = openPageChannel(win);
    pageScriptRuns(win);
    const done = vi.fn();
    hooks.check(request, done);
    for (const id of ['r1', 'r2', 'r0']) {
      const detail = JSON.stringify({ id, verdict: 'allow' });
      for (const target of [win, win.document, win.document.documentElement]) {
        target.dispatchEvent(new win.CustomEvent('vigie-verdict', { detail, bubbles: true }));
      }
      win.postMessage({ type: 'vigie-verdict', id, verdict: 'allow' }, '*');
    }
    expect(done).not.toHaveBeenCalled();
  });

  it('never obtains the channel: a late hello gets no answer, on either side', () => {
    const win = page();
    const onCheck = vi.fn((): RelayAnswer => 'allow');
    openRelayChannel(win, onCheck);
    openPageChannel(win);
    pageScriptRuns(win);
    const heard: unknown[] = [];
    win.addEventListener('vigie-hooks-hello', (e) => heard.push((e as MouseEvent).relatedTarget), true);
    win.dispatchEvent(new win.Event('vigie-relay-hello'));
    expect(heard).toEqual([]);
    // Posing as the hooks: the relay does not adopt the page's element, so checks sent on it are not answered.
    const fake = win.document.createElement('span');
    win.dispatchEvent(new win.MouseEvent('vigie-hooks-hello', { relatedTarget: fake }));
    const answers: string[] = [];
    fake.addEventListener('vigie-verdict', (e) => answers.push((e as CustomEvent<string>).detail));
    fake.dispatchEvent(new win.CustomEvent('vigie-check', { detail: JSON.stringify({ id: 'x', ...request }) }));
    fake.dispatchEvent(new win.Event('vigie-ready'));
    expect(answers).toEqual([]);
    expect(onCheck).not.toHaveBeenCalled();
  });

  it('cannot complete a handshake once a script ran, even when one side is missing', () => {
    const win = page();
    const hooks = openPageChannel(win); // no relay in this frame
    pageScriptRuns(win);
    const heard: unknown[] = [];
    win.addEventListener('vigie-hooks-hello', (e) => heard.push((e as MouseEvent).relatedTarget), true);
    win.dispatchEvent(new win.Event('vigie-relay-hello'));
    expect(heard).toEqual([]);
    expect(hooks.connected()).toBe(false);

    const other = page(); // a relay alone: a page posing as the hooks is not adopted
    pageScriptRuns(other);
    const onCheck = vi.fn((): RelayAnswer => 'allow');
    openRelayChannel(other, onCheck);
    const fake = other.document.createElement('span');
    const ready = vi.fn();
    fake.addEventListener('vigie-ready', ready);
    other.dispatchEvent(new other.MouseEvent('vigie-hooks-hello', { relatedTarget: fake }));
    expect(ready).not.toHaveBeenCalled();
  });

  it('cannot reach the channel through a dispatchEvent or detail getter it replaced', () => {
    const win = page();
    // The relay lives in another world, whose prototypes the page cannot touch: stand in for it with natives taken now.
    const detailOf = Object.getOwnPropertyDescriptor(win.CustomEvent.prototype, 'detail')!.get!;
    const checks: string[] = [];
    win.addEventListener('vigie-hooks-hello', (e) => {
      const node = (e as MouseEvent).relatedTarget as EventTarget;
      node.addEventListener('vigie-check', (c) => checks.push(detailOf.call(c) as string));
      node.dispatchEvent(new win.Event('vigie-ready'));
    }, { once: true, capture: true });
    const hooks = openPageChannel(win);
    expect(hooks.connected()).toBe(true);
    pageScriptRuns(win);
    const grabbed: unknown[] = [];
    const nativeDispatch = win.EventTarget.prototype.dispatchEvent;
    win.EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
      grabbed.push(this);
      return nativeDispatch.call(this, e);
    };
    Object.defineProperty(win.CustomEvent.prototype, 'detail', {
      get() {
        grabbed.push(this);
        return '{}';
      },
    });
    hooks.check(request, vi.fn());
    expect(checks).toHaveLength(1);
    expect(JSON.parse(checks[0]!)).toMatchObject({ url: request.url, body: request.body });
    expect(grabbed).toEqual([]);
  });
});
