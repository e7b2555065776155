/**
 * Hosts the send dialog: an extension page in an iframe, inside a closed shadow root.
 * The page cannot read the iframe's address (it carries the one-time nonce), cannot reach into the
 * extension page (another origin), and untrusted events never reach the dialog's buttons.
 *
 * Loading the dialog page (an extension page with React) takes over a hundred milliseconds, far more than the
 * send check. So the host can load it ahead, hidden (`prepare`, when a draft shows a warning); `show` then only
 * gives the loaded page its event, through the address's fragment (a same-document navigation: no reload), and
 * makes it visible. A hidden frame is invisible to pointer, keyboard and
 * assistive technology, and it holds nothing: the event id and nonce reach it only when it is shown.
 */
const HOST_STYLE = 'all:initial;position:fixed;inset:0;z-index:2147483647;display:block;';
const FRAME_STYLE = 'all:initial;display:block;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;';
/** On the host and on the frame, whose `all:initial` does not inherit it. */
const HIDDEN = 'visibility:hidden;pointer-events:none;';

export class DialogHost {
  private host: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private shown = false;
  private loaded = false;

  constructor(private readonly doc: Document) {}

  get open(): boolean {
    return this.shown && !!this.host?.isConnected;
  }

  /** Loads the dialog page (`page`, without a fragment) hidden, unless a hidden one is already there. */
  prepare(page: string): void {
    if (this.host?.isConnected) return;
    this.create(page, false);
  }

  /**
   * Shows the dialog for one event (`src`: the page with the event's fragment): in the prepared frame once it has
   * loaded (a fragment set while the first load is under way can be lost), else in a new frame.
   */
  show(src: string): void {
    const frame = this.frame;
    if (this.shown || !this.loaded || !frame || !this.host?.isConnected || !sameDocument(frame.src, src)) {
      this.create(src, true);
      return;
    }
    frame.src = src;
    this.reveal();
    frame.focus();
  }

  close(): void {
    this.host?.remove();
    this.host = null;
    this.frame = null;
    this.shown = false;
  }

  private create(src: string, visible: boolean): void {
    this.close();
    const host = this.doc.createElement('div');
    host.setAttribute('data-vigie', 'dialog-standby');
    host.style.cssText = HOST_STYLE + HIDDEN;
    const shadow = host.attachShadow({ mode: 'closed' });
    const frame = this.doc.createElement('iframe');
    frame.src = src;
    frame.setAttribute('allowtransparency', 'true');
    frame.setAttribute('tabindex', '-1');
    frame.style.cssText = FRAME_STYLE + HIDDEN;
    this.loaded = false;
    frame.addEventListener('load', () => {
      if (this.frame !== frame) return;
      this.loaded = true;
      if (this.shown) frame.focus();
    });
    shadow.append(frame);
    (this.doc.body ?? this.doc.documentElement).append(host);
    this.host = host;
    this.frame = frame;
    if (visible) this.reveal();
  }

  private reveal(): void {
    this.shown = true;
    this.host!.setAttribute('data-vigie', 'dialog-host');
    this.host!.style.cssText = HOST_STYLE;
    this.frame!.style.cssText = FRAME_STYLE;
    this.frame!.removeAttribute('tabindex');
  }
}

/** Whether two addresses differ only by their fragment. */
function sameDocument(a: string, b: string): boolean {
  const cut = (u: string) => (u.includes('#') ? u.slice(0, u.indexOf('#')) : u);
  return cut(a) === cut(b);
}
