/**
 * The small warning shown near a compose window while the agent types. Plain DOM in an open shadow root
 * (styles isolated; no React in the content script). It only informs: nothing in it can approve a send,
 * so a page that reads or edits it achieves nothing. The same warning is never re-rendered or re-announced.
 */
export interface WarningLine {
  to: string;
  decision: 'warn' | 'block';
  text: string;
}

export interface WarningTexts {
  title: string;
  block: string;
  warn: string;
  dismiss: string;
}

const STYLE = `
:host { all: initial; }
.w { position: fixed; z-index: 2147483646; max-width: 420px; box-sizing: border-box; font: 13px/1.4 system-ui, "Segoe UI", Roboto, sans-serif;
  background: #fff8e6; color: #3b2f0b; border: 1px solid #e0b44a; border-left: 4px solid #d19a00; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 32px 8px 10px; }
.w.block { background: #fdecec; color: #4a1010; border-color: #e08a8a; border-left-color: #c62828; }
.t { font-weight: 600; margin: 0 0 4px; }
ul { margin: 0; padding: 0; list-style: none; max-height: 7.5em; overflow-y: auto; }
li { margin: 2px 0; }
.b { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 8px; margin-right: 6px; background: #d19a00; color: #fff; }
.b.block { background: #c62828; }
button { position: absolute; top: 4px; right: 4px; border: 0; background: transparent; font-size: 16px; cursor: pointer; color: inherit; padding: 2px 6px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #1a73e8; }
`;

export class InlineWarning {
  private readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private shown = '';
  private dismissed = '';

  /** `avoid` gives the control the warning must never cover (the send button): the agent must still reach it. */
  constructor(
    private readonly anchor: Element,
    private readonly texts: WarningTexts,
    /** The send control, which the warning must never cover (a form's Submit sits at its bottom edge). */
    private readonly sendButton: () => Element | null = () => null,
  ) {
    const doc = anchor.ownerDocument;
    this.host = doc.createElement('div');
    this.host.setAttribute('data-vigie', 'inline-warning-host');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.box = doc.createElement('div');
    this.box.className = 'w';
    this.box.setAttribute('data-testid', 'vigie-inline-warning');
    this.box.setAttribute('role', 'status');
    this.box.setAttribute('aria-live', 'polite');
    shadow.append(style, this.box);
  }

  /** Shows these lines, or hides the warning when there are none. Identical content is left untouched. */
  update(lines: readonly WarningLine[]): void {
    const signature = JSON.stringify(lines);
    if (lines.length === 0 || signature === this.dismissed) return this.hide();
    if (signature === this.shown && this.host.isConnected) return this.place();
    this.shown = signature;
    this.render(lines);
    if (!this.host.isConnected) this.anchor.ownerDocument.body.append(this.host);
    this.place();
  }

  hide(): void {
    this.shown = '';
    this.host.remove();
  }

  /**
   * Keeps the warning at the bottom-left corner of its compose window, inside the viewport, and above the send
   * button when it would cover it (Roundcube's compose fills the page; its Send sits wherever the form ends).
   */
  place(): void {
    if (!this.host.isConnected) return;
    const r = this.anchor.getBoundingClientRect();
    const view = this.anchor.ownerDocument.defaultView!;
    const height = this.box.offsetHeight || 60;
    const left = Math.max(8, r.left + 12);
    let top = Math.max(8, Math.min(r.bottom - height - 64, view.innerHeight - height - 8));
    const send = this.sendButton()?.getBoundingClientRect();
    const across = send && left < send.right && left + (this.box.offsetWidth || 420) > send.left;
    if (send && across && top < send.bottom + 8 && top + height > send.top - 8) top = Math.max(8, send.top - height - 8);
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }

  private render(lines: readonly WarningLine[]): void {
    const doc = this.anchor.ownerDocument;
    const blocked = lines.some((l) => l.decision === 'block');
    this.box.className = blocked ? 'w block' : 'w';
    const title = doc.createElement('p');
    title.className = 't';
    title.textContent = this.texts.title;
    const list = doc.createElement('ul');
    for (const line of lines) {
      const li = doc.createElement('li');
      const badge = doc.createElement('span');
      badge.className = `b ${line.decision}`;
      badge.textContent = line.decision === 'block' ? this.texts.block : this.texts.warn;
      li.append(badge, doc.createTextNode(line.text));
      list.append(li);
    }
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', this.texts.dismiss);
    close.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      this.dismissed = JSON.stringify(lines);
      this.hide();
    });
    this.box.replaceChildren(title, list, close);
  }
}
