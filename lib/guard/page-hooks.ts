/**
 * The page hooks (design.md, "Interception layers", layer 2): fetch, XMLHttpRequest open/send, sendBeacon and
 * HTMLFormElement submit/requestSubmit, wrapped in the page's MAIN world at document_start. A request the site's own
 * app makes (its hosts and the hosts its rules list as its own) or one without a body or query goes through untouched,
 * at the cost of a URL parse. Any other is handed to the isolated world's relay over the private channel
 * (hook-channel.ts), which scans it and decides; the request waits for the verdict (sendBeacon and synchronous XHR
 * cannot wait: the relay answers during the call with its local policy copy). Blocked: fetch rejects with a
 * TypeError, XHR fails with an error event, sendBeacon returns false, a form is not submitted — as if the network
 * had failed.
 *
 * Wrappers are Proxies over the native functions, so `fetch.toString()` still reads as native code. This is a
 * backstop, not a wall: a page script can reach an unhooked fetch (a fresh iframe's, a worker's); the background's
 * webRequest observer sees and logs what leaves that way.
 */
import type { SiteRules } from '../../rules/sites/schema.ts';
import type { PageChannel, RequestVia, Verdict } from './hook-channel.ts';
import { MAX_REQUEST_TEXT, bodyTextSync, isOwnRequest, nothingToCheck } from './request-body.ts';

type PageWindow = Window & typeof globalThis;

export function installPageHooks(win: PageWindow, channel: PageChannel, site: SiteRules | undefined): void {
  const apply = Reflect.apply;
  const NativeURL = win.URL;
  const NativePromise = win.Promise;
  const NativeFormData = win.FormData;
  const NativeRequest = win.Request;
  const NativeBlob = win.Blob;
  const blobText = win.Blob.prototype.text;
  const pageHost = win.location.hostname;

  /** The URL when the request needs a look, or null: let it through untouched (own host, not http, invalid URL). */
  const foreign = (raw: unknown): URL | null => {
    let url: URL;
    try {
      url = new NativeURL(String(raw), win.location.href);
    } catch {
      return null; // the native call reports the bad URL itself
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return isOwnRequest(url, pageHost, site) ? null : url;
  };

  const clip = (text: string) => (text.length > MAX_REQUEST_TEXT ? text.slice(0, MAX_REQUEST_TEXT + 1) : text);

  /** Asks the relay about a request whose body is `text`; `done` gets the verdict (at once when nothing to check). */
  const ask = (via: RequestVia, method: string, url: URL, text: string, sync: boolean, done: (v: Verdict) => void) => {
    if (nothingToCheck(url, text)) done('allow');
    else channel.check({ via, method: method.toUpperCase(), url: url.href, body: clip(text), sync }, done);
  };

  /** For callers that can wait: reads a Blob body first. Unreadable bodies go through (the background sees them). */
  const askLater = (via: RequestVia, method: string, url: URL, body: unknown, done: (v: Verdict) => void) => {
    const text = bodyTextSync(body);
    if (text !== undefined) return ask(via, method, url, text, false, done);
    if (body instanceof NativeBlob && body.size <= MAX_REQUEST_TEXT) {
      (apply(blobText, body, []) as Promise<string>).then(
        (t) => ask(via, method, url, t, false, done),
        () => done('allow'),
      );
      return;
    }
    done('allow');
  };

  // ---- fetch ----
  win.fetch = new Proxy(win.fetch, {
    apply(target, thisArg, args: unknown[]) {
      const [input, init] = args as [unknown, RequestInit | undefined];
      const isRequest = input instanceof NativeRequest;
      const url = foreign(isRequest ? (input as Request).url : input);
      if (!url) return apply(target, thisArg, args);
      const method = init?.method ?? (isRequest ? (input as Request).method : 'GET');
      return new NativePromise((resolve, reject) => {
        const done = (v: Verdict) => (v === 'allow' ? resolve(apply(target, thisArg, args)) : reject(new TypeError('Failed to fetch')));
        if (init?.body !== undefined && init.body !== null) return askLater('fetch', method, url, init.body, done);
        if (isRequest && !/^(GET|HEAD)$/i.test(method)) {
          // The Request's own body: read from a clone, so the original still sends it.
          return (input as Request).clone().text().then(
            (t) => ask('fetch', method, url, t, false, done),
            () => done('allow'),
          );
        }
        ask('fetch', method, url, '', false, done);
      });
    },
  });

  // ---- XMLHttpRequest ----
  const xhrProto = win.XMLHttpRequest.prototype;
  const nativeOpen = xhrProto.open;
  const nativeSend = xhrProto.send;
  const opened = new WeakMap<XMLHttpRequest, { method: string; url: unknown; async: boolean }>();
  let deadUrl: string | undefined;
  /** Makes a held XHR fail like a network error: reopened on a revoked blob: URL (no network at all) and sent. */
  const fail = (xhr: XMLHttpRequest) => {
    if (!deadUrl) {
      deadUrl = win.URL.createObjectURL(new NativeBlob());
      win.URL.revokeObjectURL(deadUrl);
    }
    apply(nativeOpen, xhr, ['GET', deadUrl, true]);
    apply(nativeSend, xhr, []);
  };
  xhrProto.open = new Proxy(nativeOpen, {
    apply(target, xhr: XMLHttpRequest, args: unknown[]) {
      opened.set(xhr, { method: String(args[0]), url: args[1], async: args.length < 3 || !!args[2] });
      return apply(target, xhr, args);
    },
  });
  xhrProto.send = new Proxy(nativeSend, {
    apply(target, xhr: XMLHttpRequest, args: unknown[]) {
      const o = opened.get(xhr);
      const url = o ? foreign(o.url) : null;
      if (!o || !url) return apply(target, xhr, args);
      if (!o.async) {
        let verdict: Verdict = 'allow';
        ask('xhr', o.method, url, bodyTextSync(args[0]) ?? '', true, (v) => (verdict = v));
        if (verdict === 'allow') return apply(target, xhr, args);
        throw new DOMException('Failed to load the request', 'NetworkError');
      }
      askLater('xhr', o.method, url, args[0], (v) => (v === 'allow' ? apply(target, xhr, args) : fail(xhr)));
      return undefined;
    },
  });

  // ---- sendBeacon (synchronous: the relay decides during the call) ----
  const navProto = win.Navigator.prototype;
  navProto.sendBeacon = new Proxy(navProto.sendBeacon, {
    apply(target, nav, args: unknown[]) {
      const url = foreign(args[0]);
      const text = url ? bodyTextSync(args[1]) : undefined;
      if (!url || text === undefined) return apply(target, nav, args);
      let verdict: Verdict = 'allow';
      ask('beacon', 'POST', url, text, true, (v) => (verdict = v));
      return verdict === 'allow' ? apply(target, nav, args) : false;
    },
  });

  // ---- form.submit() / form.requestSubmit() from scripts ----
  const formProto = win.HTMLFormElement.prototype;
  const hookForm = (native: (...a: never[]) => unknown) =>
    new Proxy(native, {
      apply(target, form: HTMLFormElement, args: unknown[]) {
        const method = (form.method || 'get').toUpperCase();
        const url = method === 'DIALOG' ? null : foreign(form.action || win.location.href);
        if (!url) return apply(target, form, args);
        let text: string;
        try {
          text = bodyTextSync(new NativeFormData(form, (args[0] as HTMLElement | undefined) ?? null)) ?? '';
        } catch {
          return apply(target, form, args); // an invalid submitter: the native call throws the same error
        }
        ask('form', method, url, text, false, (v) => {
          if (v === 'allow') apply(target, form, args);
        });
        return undefined;
      },
    });
  formProto.submit = hookForm(formProto.submit) as typeof formProto.submit;
  formProto.requestSubmit = hookForm(formProto.requestSubmit) as typeof formProto.requestSubmit;
}
