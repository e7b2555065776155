/**
 * The WordPress adapter on pages saved from the real WordPress 6.1.9 (tests/fixtures/sites/wordpress/): what a
 * post is made of in each editor, which gestures publish, and the page-world hint that can only add text.
 */
import { describe, expect, it } from 'vitest';
import { parseWordpressHint, wordpress, wordpressAdapter, wordpressUploads } from '../../../lib/sites/wordpress.ts';
import { $, loadFixture } from './fixture.ts';

const rootOf = (doc: Document) => wordpress.findComposeRoots(doc)[0]!;

describe('wordpress adapter', () => {
  it('matches /wp-admin/ on any http(s) host, nothing else', () => {
    expect(wordpress.matches(new URL('http://wp.primogest.test:18080/wp-admin/post-new.php'))).toBe(true);
    expect(wordpress.matches(new URL('https://www.primogest.be/wp-admin/post.php?post=3&action=edit'))).toBe(true);
    expect(wordpress.matches(new URL('https://www.primogest.be/biens/villa/'))).toBe(false);
    expect(wordpress.matches(new URL('file:///wp-admin/x.html'))).toBe(false);
  });

  it('reads a block editor post: title, blocks, and the excerpt when its panel is open; a publication on the site', () => {
    const { doc } = loadFixture('wordpress/block-excerpt.html');
    const draft = wordpress.readDraft(rootOf(doc));
    expect(draft).toMatchObject({ site: 'wordpress', action: 'publish', recipients: [], subject: 'Appartement 2 chambres à Ixelles', attachments: [] });
    expect(draft.targets).toEqual([{ kind: 'publication', target: 'wordpress', url: 'https://example.test/' }]);
    expect(draft.body).toContain('Lumineux, 85 m², PEB C, terrasse.');
    expect(draft.body).toContain('Propriétaire : Jean Dupont, 0476 11 22 33');
  });

  it('reads the code editor as text, without the block comments', () => {
    const { doc } = loadFixture('wordpress/block-code.html');
    const { body } = wordpress.readDraft(rootOf(doc));
    expect(body).toContain('Lumineux, 85 m², PEB C, terrasse.');
    expect(body).not.toContain('wp:paragraph');
  });

  it('publishes with the panel\'s Publish and the header\'s Update, not with the toggle or Save draft', () => {
    const pre = loadFixture('wordpress/block-prepublish.html');
    const root = rootOf(pre.doc);
    expect(wordpress.sendGesture(pre.click($(root, '.editor-post-publish-panel .editor-post-publish-button')), root)).toBe('click');
    expect(wordpress.sendGesture(pre.click($(root, '.editor-post-publish-panel__toggle')), root)).toBeNull();
    expect(wordpress.sendButton(root)?.textContent).toBe('Publish');

    const live = loadFixture('wordpress/block-published.html');
    const liveRoot = rootOf(live.doc);
    expect(wordpress.sendButton(liveRoot)?.textContent).toBe('Update');
    const fresh = loadFixture('wordpress/block-excerpt.html');
    expect(wordpress.sendGesture(fresh.click($(rootOf(fresh.doc), '.editor-post-save-draft')), rootOf(fresh.doc))).toBeNull();
    expect(wordpress.sendGesture(live.click(wordpress.sendButton(liveRoot)!), liveRoot)).toBe('click');
  });

  it('counts Ctrl+S only on a published post (a draft save is not public)', () => {
    const draft = loadFixture('wordpress/block-prepublish.html');
    const draftRoot = rootOf(draft.doc);
    expect(wordpress.sendGesture(draft.key($(draftRoot, '.editor-post-title__input'), { key: 's', ctrlKey: true }), draftRoot)).toBeNull();
    const live = loadFixture('wordpress/block-published.html');
    const liveRoot = rootOf(live.doc);
    expect(wordpress.sendGesture(live.key($(liveRoot, '.editor-post-title__input'), { key: 's', ctrlKey: true }), liveRoot)).toBe('keyboard-shortcut');
    expect(wordpress.sendGesture(live.key($(liveRoot, '.editor-post-title__input'), { key: 's' }), liveRoot)).toBeNull();
  });

  it('reads the classic editor and publishes with #publish (click or submit with it as submitter), not Save Draft', () => {
    const f = loadFixture('wordpress/classic-new.html');
    const root = rootOf(f.doc);
    expect(root.id).toBe('post');
    ($(root, '#title') as HTMLInputElement).value = 'Bien à Etterbeek';
    ($(root, 'textarea#content') as HTMLTextAreaElement).value = '<p>Vendeur joignable au <strong>0476 12 34 56</strong></p>';
    ($(root, '#excerpt') as HTMLTextAreaElement).value = 'Trois chambres';
    const draft = wordpress.readDraft(root);
    expect(draft.subject).toBe('Bien à Etterbeek');
    expect(draft.body).toContain('Vendeur joignable au 0476 12 34 56');
    expect(draft.body).toContain('Trois chambres');
    expect(wordpress.sendGesture(f.click($(root, '#publish')), root)).toBe('click');
    expect(wordpress.sendGesture(f.click($(root, '#save-post')), root)).toBeNull();
    const submit = (submitter: HTMLElement | null) => {
      const event = new f.window.SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: submitter as never }) as unknown as Event;
      root.dispatchEvent(event);
      return wordpress.sendGesture(event, root);
    };
    expect(submit($(root, '#publish'))).toBe('submit');
    expect(submit($(root, '#save-post'))).toBeNull();
    expect(submit(null)).toBeNull(); // a never-published post saved without Publish stays a draft
    ($(root, '#original_post_status') as HTMLInputElement).value = 'publish';
    expect(submit(null)).toBe('submit'); // any save of a live post updates it in public
  });

  it('appends the page-world hint, which can only add text', () => {
    const { doc } = loadFixture('wordpress/block-prepublish.html');
    const root = rootOf(doc);
    const hint = parseWordpressHint(doc, JSON.stringify({ title: 'T', content: '<!-- wp:paragraph --><p>GSM 0476 12 34 56</p><!-- /wp:paragraph -->', excerpt: 'NN 85.07.30-033.28' }));
    expect(hint).toBe('T\n\nGSM 0476 12 34 56\n\nNN 85.07.30-033.28');
    const withHint = wordpressAdapter(() => hint).readDraft(root).body;
    expect(withHint.startsWith(wordpress.readDraft(root).body)).toBe(true);
    expect(withHint).toContain('NN 85.07.30-033.28');
    expect(parseWordpressHint(doc, { title: 'not a string' })).toBe('');
    expect(parseWordpressHint(doc, '{broken')).toBe('');
  });

  it('takes every file input of wp-admin and every drop as an upload to the public site', () => {
    const { doc } = loadFixture('wordpress/media-new.html');
    const input = $(doc, '#plupload-upload-ui input[type=file]');
    expect(wordpressUploads.accepts(input, 'input')).toBe(true);
    expect(wordpressUploads.accepts($(doc, '#drag-drop-area'), 'drop')).toBe(true);
    expect(wordpressUploads.accepts($(doc, '#plupload-browse-button'), 'input')).toBe(false);
    expect(wordpressUploads.envelope(doc, [{ name: 'carte-identite-recto.jpg', mimeType: 'image/jpeg' }])).toMatchObject({
      action: 'upload',
      targets: [{ kind: 'publication', target: 'wordpress' }],
      attachments: [{ name: 'carte-identite-recto.jpg' }],
    });
  });

  it('reports healthy selectors on every saved editor page', () => {
    for (const page of ['block-prepublish', 'block-published', 'block-excerpt', 'block-code', 'classic-new']) {
      expect(wordpress.health(rootOf(loadFixture(`wordpress/${page}.html`).doc)), page).toEqual({ ok: true, missing: [] });
    }
  });
});
