/**
 * The real local WordPress that scripts/services/up.sh sets up (Debian's package): it answers under its host name,
 * its REST API answers JSON, the test admin logs in, both editors can be had, and wordpress.ts sees what is stored.
 * Starts the services when they are not running (a cold install takes minutes: see docs/services.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServicesUp, WP_ADMIN, WP_URL } from '../../scripts/services/services.ts';
import { getEditorMode, listPosts, setEditorMode, textStored } from '../../scripts/services/wordpress.ts';
import { CookieJar, http } from './http.ts';

beforeAll(ensureServicesUp, 30 * 60_000);

async function login(password: string = WP_ADMIN.password): Promise<{ jar: CookieJar; status: number; location: string; body: string }> {
  const jar = new CookieJar();
  await http(`${WP_URL}/wp-login.php`, { jar }); // sets the test cookie that wp-login.php checks
  const r = await http(`${WP_URL}/wp-login.php`, {
    jar,
    form: { log: WP_ADMIN.user, pwd: password, 'wp-submit': 'Log In', redirect_to: `${WP_URL}/wp-admin/`, testcookie: '1' },
  });
  return { jar, status: r.status, location: r.location, body: r.body };
}

describe('local WordPress', () => {
  it('serves the home page under wp.primogest.test', async () => {
    const r = await http(`${WP_URL}/`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('Century 21 Primogest');
  });

  it('sends /wp-admin/ to the login page, which answers', async () => {
    const admin = await http(`${WP_URL}/wp-admin/`);
    expect(admin.status).toBe(302);
    expect(admin.location).toMatch(new RegExp(`^${WP_URL}/wp-login\\.php\\?redirect_to=`));
    const page = await http(`${WP_URL}/wp-login.php`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="user_login"');
  });

  it('answers the REST API with JSON, by ?rest_route= and by /wp-json/', async () => {
    for (const url of [`${WP_URL}/?rest_route=/wp/v2/posts`, `${WP_URL}/wp-json/wp/v2/posts`]) {
      const r = await http(url);
      expect(r.status, url).toBe(200);
      expect(String(r.headers['content-type'])).toMatch(/^application\/json/);
      const posts = r.json<{ id: number; title: { rendered: string } }[]>();
      expect(Array.isArray(posts)).toBe(true);
    }
  });

  it('logs the test admin in with cookies, and refuses a wrong password', async () => {
    const ok = await login();
    expect(ok.status).toBe(302);
    expect(ok.location).toBe(`${WP_URL}/wp-admin/`);
    const dashboard = await http(`${WP_URL}/wp-admin/`, { jar: ok.jar });
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toMatch(/<title>Dashboard/);

    const bad = await login('not-the-password');
    expect(bad.status).toBe(200);
    expect(bad.body).toContain('login_error');
  });

  describe('editors', () => {
    let jar: CookieJar;
    const before = { mode: 'block' as ReturnType<typeof getEditorMode> };
    beforeAll(async () => {
      jar = (await login()).jar;
      before.mode = getEditorMode();
    });
    afterAll(() => setEditorMode(before.mode));

    const isBlock = (html: string) => /class="[^"]*\bblock-editor-page\b/.test(html);
    const isClassic = (html: string) => html.includes('id="content"') && html.includes('id="publish"');

    it('opens the block editor by default and the classic one with ?classic-editor=1', async () => {
      setEditorMode('block');
      const block = await http(`${WP_URL}/wp-admin/post-new.php`, { jar });
      expect(block.status).toBe(200);
      expect(isBlock(block.body)).toBe(true);
      expect(isClassic(block.body)).toBe(false);

      const classic = await http(`${WP_URL}/wp-admin/post-new.php?classic-editor=1`, { jar });
      expect(classic.status).toBe(200);
      expect(isClassic(classic.body)).toBe(true);
      expect(classic.body).toContain('name="classic-editor" value="1"'); // kept across Save/Publish
    });

    it('opens every editor in classic mode when the site option says so', async () => {
      setEditorMode('classic');
      expect(getEditorMode()).toBe('classic');
      const page = await http(`${WP_URL}/wp-admin/post-new.php?post_type=page`, { jar });
      expect(isClassic(page.body)).toBe(true);
      setEditorMode('block');
      const again = await http(`${WP_URL}/wp-admin/post-new.php?post_type=page`, { jar });
      expect(isBlock(again.body)).toBe(true);
    });
  });

  it('shows what was published in its database (wordpress.ts), and that it is gone once deleted', async () => {
    const { jar } = await login();
    const nonce = (await http(`${WP_URL}/wp-admin/admin-ajax.php?action=rest-nonce`, { jar })).body.trim();
    expect(nonce).toMatch(/^[0-9a-f]{10}$/);
    const marker = `Vigie services test ${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const created = await http(`${WP_URL}/?rest_route=/wp/v2/posts`, {
      jar,
      headers: { 'x-wp-nonce': nonce, 'content-type': 'application/json' },
      body: JSON.stringify({ title: marker, content: `<!-- wp:paragraph --><p>${marker}</p><!-- /wp:paragraph -->`, status: 'publish' }),
    });
    expect(created.status).toBe(201);
    const id = created.json<{ id: number }>().id;
    try {
      const stored = listPosts({ status: ['publish'] }).find((p) => p.id === id);
      expect(stored?.title).toBe(marker);
      expect(stored?.content).toContain(marker);
      expect(textStored(marker)).toBe(true);
      const pub = await http(`${WP_URL}/?p=${id}`);
      expect([200, 301]).toContain(pub.status);
    } finally {
      const del = await http(`${WP_URL}/?rest_route=/wp/v2/posts/${id}&force=true`, { jar, method: 'DELETE', headers: { 'x-wp-nonce': nonce } });
      expect(del.status).toBe(200);
    }
    expect(textStored(marker)).toBe(false);
  });
});
