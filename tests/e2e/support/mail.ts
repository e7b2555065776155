/**
 * How a person works the Gmail and Outlook demo pages (tests/fixtures/sites), for the browser tests.
 * Every action goes through real input (Playwright's trusted mouse and keyboard), as an agent would.
 */
import type { Frame, Locator, Page } from 'playwright-core';

export interface MailSite {
  id: 'gmail' | 'outlook';
  /** Opens the app without saved drafts and with one empty compose window. */
  url: string;
  /** The compose windows, newest first. */
  composes(page: Page): Locator;
  newCompose(page: Page): Promise<void>;
  recipientBox(compose: Locator, field: 'to' | 'cc' | 'bcc'): Locator;
  body(compose: Locator): Locator;
  sendButton(compose: Locator): Locator;
}

export const GMAIL: MailSite = {
  id: 'gmail',
  url: 'https://mail.google.com/mail/u/0/?draft=none#inbox?compose=new',
  // New pop-out composes are appended: reverse the order so that index 0 is the newest.
  composes: (page) => page.locator('.dw .no > .aJl div.M9'),
  newCompose: (page) => page.locator('.T-I-KE').click(),
  recipientBox: (c, field) => c.locator(`div[name=${field}] input[peoplekit-id]`),
  body: (c) => c.locator('.Ap [g_editable=true]'),
  sendButton: (c) => c.locator('.IZ .Up div > div[role=button].T-I-atl:not([aria-haspopup=true])'),
};

export const OUTLOOK: MailSite = {
  id: 'outlook',
  url: 'https://outlook.office.com/mail/deeplink/compose?draft=none',
  composes: (page) => page.locator('#ReadingPaneContainerId .ZvS7v > *'),
  newCompose: (page) => page.locator('button[data-demo-new]').click(),
  recipientBox: (c, field) => c.locator(`[role=group][id$="_${field.toUpperCase()}"] [contenteditable=true]`),
  body: (c) => c.locator('[id^="editorParent_"] [contenteditable=true][role=textbox]'),
  sendButton: (c) => c.locator('button.fui-SplitButton__primaryActionButton'),
};

/** The newest compose window (Gmail appends, Outlook prepends). */
export function newest(site: MailSite, page: Page): Locator {
  return site.id === 'gmail' ? site.composes(page).last() : site.composes(page).first();
}

export async function addRecipient(site: MailSite, compose: Locator, field: 'to' | 'cc' | 'bcc', address: string): Promise<void> {
  const box = site.recipientBox(compose, field);
  await box.click();
  await box.pressSequentially(address);
  await box.press('Enter');
}

export async function typeBody(site: MailSite, compose: Locator, text: string): Promise<void> {
  const body = site.body(compose);
  await body.click();
  await body.page().keyboard.press('End');
  await body.page().keyboard.insertText(text);
}

/** The send dialog's frame, once it is shown (an extension page in an iframe). */
export async function dialogFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/dialog.html#e='));
    if (frame && (await frame.locator('[data-testid=vigie-send-dialog]').count()) > 0) return frame;
    if (Date.now() > deadline) throw new Error('the send dialog did not appear');
    await page.waitForTimeout(100);
  }
}

/**
 * Clicks a button of the dialog as an agent does: a real (trusted) mouse click at its centre, once it is visible,
 * enabled and stable. The dialog frame goes away as a result; Chromium may then never acknowledge the input event to
 * Playwright (its target is gone), and a pending input event would wedge every later input on the page. A click is
 * complete (down and up delivered) before the dialog reacts, unlike a key press whose key-up can land on a removed
 * frame; the wait is still bounded, and the callers assert the effects.
 */
export async function clickInDialog(button: Locator): Promise<void> {
  await button.click({ trial: true });
  const box = await button.boundingBox();
  if (!box) throw new Error('the dialog button has no box');
  const click = button.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await Promise.race([click, new Promise((r) => setTimeout(r, 3000))]);
}

export function hasDialog(page: Page): boolean {
  return page.frames().some((f) => f.url().includes('/dialog.html#e='));
}
