/**
 * Hosts the send dialog: an extension page in an iframe, inside a closed shadow root.
 * The page cannot read the iframe's address (it carries the one-time nonce), cannot reach into the
 * extension page (another origin), and untrusted events never reach the dialog's buttons.
 */
export class DialogHost {
  private host: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  get open(): boolean {
    return !!this.host?.isConnected;
  }

  show(src: string): void {
    this.close();
    const host = this.doc.createElement('div');
    host.setAttribute('data-vigie', 'dialog-host');
    host.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;display:block;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const frame = this.doc.createElement('iframe');
    frame.src = src;
    frame.setAttribute('allowtransparency', 'true');
    frame.style.cssText = 'all:initial;display:block;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;';
    frame.addEventListener('load', () => frame.focus());
    shadow.append(frame);
    (this.doc.body ?? this.doc.documentElement).append(host);
    this.host = host;
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }
}
