/**
 * WordPress, page world (MAIN): reports the block editor's edited title, content and excerpt from `wp.data`
 * (research/sites.md §4: core/editor getEditedPostAttribute, getEditedPostContent) to the isolated content script,
 * which reads the editor's DOM itself. The page can forge or silence this report: it is a hint that can only add
 * text to what Vigie checks (an excerpt whose panel is closed), never approve anything.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { WORDPRESS_HINT_EVENT } from '../../lib/sites/wordpress-hint.ts';
import { WORDPRESS_MATCHES } from '../../rules/sites/matches.ts';

interface EditorSelectors {
  getEditedPostAttribute(name: string): unknown;
  getEditedPostContent(): unknown;
}
interface WpData {
  select(store: string): EditorSelectors | undefined;
  subscribe(listener: () => void): unknown;
}

const THROTTLE_MS = 300;

export default defineContentScript({
  matches: WORDPRESS_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    const data = (window as unknown as { wp?: { data?: WpData } }).wp?.data;
    if (!data?.select('core/editor')?.getEditedPostContent) return; // not the block editor
    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      timer = undefined;
      const editor = data.select('core/editor');
      if (!editor) return;
      const text = (v: unknown) => (typeof v === 'string' ? v : '');
      const hint = JSON.stringify({
        title: text(editor.getEditedPostAttribute('title')),
        content: text(editor.getEditedPostContent()),
        excerpt: text(editor.getEditedPostAttribute('excerpt')),
      });
      if (hint === last) return;
      last = hint;
      document.dispatchEvent(new CustomEvent(WORDPRESS_HINT_EVENT, { detail: hint }));
    };
    data.subscribe(() => {
      timer ??= setTimeout(report, THROTTLE_MS);
    });
    report();
  },
});
