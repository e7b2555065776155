/**
 * What the browser benchmark does inside a demo mail page: fill a compose window's body with many blocks, read
 * Vigie's User Timing measures (`vigie:inline`, `vigie:send-check`, `vigie:send-held`, recorded by
 * lib/guard/mail-guard.ts in the page's performance timeline), place the caret, and time the synchronous
 * listeners a keystroke runs. Everything here goes through the page; nothing reaches into the extension.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import type { MailSite } from '../../../tests/e2e/support/mail.ts';

export type MeasureName = 'vigie:inline' | 'vigie:send-check' | 'vigie:send-held';

/** Gmail's editor writes one <div> per line; Outlook's one <div class="elementToProof">. */
const BLOCK_CLASS: Record<MailSite['id'], string> = { gmail: '', outlook: 'elementToProof' };

/** Durations (ms) of the measures named `name`, in order. */
export function measures(page: Page, name: MeasureName): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
}

/** Waits until there are more than `count` measures named `name`, and returns the new ones. */
export async function newMeasures(page: Page, name: MeasureName, count: number, timeout = 15_000): Promise<number[]> {
  await page.waitForFunction(([n, c]) => performance.getEntriesByName(n, 'measure').length > c, [name, count] as const, { polling: 10, timeout });
  return (await measures(page, name)).slice(count);
}

/**
 * Replaces the body with one block per line (blank lines are <div><br></div>, as the editors write them), then
 * fires one `input` event, as a paste would. The measures count is read in the same task, so the next
 * `vigie:inline` is the refresh that saw the new body.
 */
export async function setBody(
  site: MailSite,
  body: Locator,
  lines: readonly string[],
): Promise<{ inlineBefore: number; blocks: number; layoutMs: number }> {
  return body.evaluate(
    (el, { lines, cls }) => {
      const frag = document.createDocumentFragment();
      for (const line of lines) {
        const div = document.createElement('div');
        if (cls) div.className = cls;
        if (line === '') div.append(document.createElement('br'));
        else div.textContent = line;
        frag.append(div);
      }
      const inlineBefore = performance.getEntriesByName('vigie:inline', 'measure').length;
      el.replaceChildren(frag);
      // Lay the new text out now, as the page would at its next frame: otherwise the first layout of the pasted
      // text is billed to whichever script reads a size first (the warning's placement).
      const t0 = performance.now();
      void (el as HTMLElement).offsetHeight;
      const layoutMs = performance.now() - t0;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      return { inlineBefore, blocks: el.childElementCount, layoutMs };
    },
    { lines, cls: BLOCK_CLASS[site.id] },
  );
}

/** Inserts one block with `text` at the top of the body (a greeting), as the editor would, and fires `input`. */
export async function prependBlock(site: MailSite, body: Locator, text: string): Promise<number> {
  return body.evaluate(
    (el, { text, cls }) => {
      const div = document.createElement('div');
      if (cls) div.className = cls;
      div.textContent = text;
      const inlineBefore = performance.getEntriesByName('vigie:inline', 'measure').length;
      el.prepend(div);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      return inlineBefore;
    },
    { text, cls: BLOCK_CLASS[site.id] },
  );
}

/** Focuses the body and puts the caret at the end of the non-empty block nearest the middle. */
export async function caretInMiddle(body: Locator): Promise<void> {
  await body.evaluate((el) => {
    (el as HTMLElement).focus();
    const blocks = [...el.children];
    let i = blocks.length >> 1;
    while (i < blocks.length - 1 && !blocks[i]!.textContent) i++;
    const text = blocks[i]!.lastChild!;
    const range = document.createRange();
    range.setStart(text, text.textContent!.length);
    range.collapse(true);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  });
}

/**
 * The synchronous cost of one keystroke's events (keydown, input, keyup) dispatched at the caret's block,
 * `times` times: what runs on the typing path before the debounced refresh. It includes the demo page's own
 * listeners (a few key checks), so it is an upper bound of Vigie's share.
 */
export async function syntheticKeystrokes(body: Locator, times: number): Promise<number[]> {
  return body.evaluate((el, n) => {
    const sel = getSelection();
    const target = (sel?.anchorNode?.parentElement ?? el.firstElementChild ?? el) as HTMLElement;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', code: 'KeyE', bubbles: true, cancelable: true }));
      target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'e' }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key: 'e', code: 'KeyE', bubbles: true, cancelable: true }));
      out.push(performance.now() - t0);
    }
    return out;
  }, times);
}

/** Types the addresses into the To box in one go and presses Enter: the demo page turns them into chips. */
export async function addRecipients(site: MailSite, compose: Locator, addresses: readonly string[]): Promise<void> {
  const box = site.recipientBox(compose, 'to');
  await box.click();
  await box.fill(addresses.join(', '));
  await box.press('Enter');
}

/** Chips in the To field, to check the recipients were all taken. */
export function recipientCount(site: MailSite, compose: Locator): Promise<number> {
  const chips = site.id === 'gmail' ? 'div[name=to] [role=option][data-hovercard-id]' : '[role=group][id$="_TO"] ._EType_RECIPIENT_ENTITY';
  return compose.locator(chips).count();
}

/**
 * Milliseconds from the last send gesture (the start of its `vigie:send-check`, in the page's timeline) to the
 * animation frame that painted the dialog's content (`vigie:dialog-painted`, in the dialog's own timeline): both on
 * the epoch through their timelines' origins.
 */
export async function gestureToDialogPainted(page: Page, dialog: Frame): Promise<number> {
  const painted = await dialog.waitForFunction(() => {
    const mark = performance.getEntriesByName('vigie:dialog-painted', 'mark')[0];
    return mark ? performance.timeOrigin + mark.startTime : 0;
  }, undefined, { polling: 10, timeout: 10_000 });
  const gesture = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('vigie:send-check', 'measure').at(-1)!.startTime);
  return (await painted.jsonValue()) - gesture;
}

/** The send dialog's frame once its content is shown (an extension page in an iframe, given its event); null after `timeout`. */
export async function shownDialog(page: Page, timeout = 30_000): Promise<Frame | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/dialog.html#e='));
    if (frame) {
      return frame
        .locator('[data-testid=vigie-send-dialog]')
        .waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) })
        .then(() => frame, () => null);
    }
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(10);
  }
}
