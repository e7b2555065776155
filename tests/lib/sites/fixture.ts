/**
 * Loads a page fixture (tests/fixtures/sites/<site>/<file>.html) as a static DOM snapshot in happy-dom.
 * DOMParser neither runs the fixture's script nor fetches its CSS: the adapters are tested on the DOM alone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/sites');

type KeyInit = { key?: string; keyCode?: number; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean };

export interface Fixture {
  doc: Document;
  window: Window;
  /** Dispatch a bubbling click / keydown on target and return the event, for sendGesture. */
  click(target: Element): Event;
  key(target: Element, init: KeyInit): Event;
}

export function loadFixture(relPath: string): Fixture {
  const window = new Window({ url: 'https://example.test/' });
  const html = readFileSync(resolve(FIXTURES, relPath), 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const fire = (target: Element, event: unknown) => {
    target.dispatchEvent(event as Event);
    return event as Event;
  };
  return {
    doc,
    window,
    click: (target) => fire(target, new window.MouseEvent('click', { bubbles: true, cancelable: true })),
    key: (target, init) => fire(target, new window.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
  };
}

/** The element for a selector, failing the test with the selector's name when it is absent. */
export function $(scope: ParentNode, css: string): HTMLElement {
  const el = scope.querySelector<HTMLElement>(css);
  if (!el) throw new Error(`fixture has no ${css}`);
  return el;
}
