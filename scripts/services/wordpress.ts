/**
 * Server-side look into the local test WordPress (scripts/services/up.sh): what was really saved or published,
 * straight from its MariaDB database (through the mariadb client, as the WordPress database user), and the
 * block/classic editor switch of its mu-plugin. The shell side: wp.sh.
 */
import { execFileSync } from 'node:child_process';
import { WP_DB } from './services.ts';

/** Runs SQL on the WordPress database; rows of column strings (NULL → null). */
export function wpQuery(sql: string): (string | null)[][] {
  const out = execFileSync('mariadb', ['-u', WP_DB.user, '-N', '-B', WP_DB.name, '-e', sql], {
    env: { ...process.env, MYSQL_PWD: WP_DB.password },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) =>
      line.split('\t').map((cell) =>
        cell === 'NULL' ? null : cell.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '0': '\0', '\\': '\\' })[c] ?? c),
      ),
    );
}

/** A string literal for SQL (MariaDB). */
export function sqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\0/g, '\\0')}'`;
}

export interface WpPost {
  id: number;
  type: string;
  /** publish, draft, pending, private, future, auto-draft, inherit (revisions, attachments), trash. */
  status: string;
  title: string;
  content: string;
  excerpt: string;
  /** For revisions and autosaves: the post they belong to; for attachments, the post they were uploaded to. */
  parent: number;
  /** For attachments: the MIME type. */
  mimeType: string;
  modified: string;
}

/**
 * Posts as stored, newest first. By default posts, pages and attachments, not revisions or autosaves.
 * `types: ['revision']` lists revisions and autosaves (autosaves are revisions named <id>-autosave-v1).
 */
export function listPosts(options: { types?: string[]; status?: string[] } = {}): WpPost[] {
  const types = options.types ?? ['post', 'page', 'attachment'];
  const where = [`post_type IN (${types.map(sqlString).join(', ')})`];
  if (options.status) where.push(`post_status IN (${options.status.map(sqlString).join(', ')})`);
  const rows = wpQuery(
    `SELECT ID, post_type, post_status, post_title, post_content, post_excerpt, post_parent, post_mime_type, post_modified
     FROM wp_posts WHERE ${where.join(' AND ')} ORDER BY ID DESC`,
  );
  return rows.map((r) => ({
    id: Number(r[0]),
    type: r[1] ?? '',
    status: r[2] ?? '',
    title: r[3] ?? '',
    content: r[4] ?? '',
    excerpt: r[5] ?? '',
    parent: Number(r[6]),
    mimeType: r[7] ?? '',
    modified: r[8] ?? '',
  }));
}

/** Media library entries (attachments) with the file path under wp-content/uploads. */
export function listMedia(): (WpPost & { file: string })[] {
  const files = new Map(wpQuery(`SELECT post_id, meta_value FROM wp_postmeta WHERE meta_key = '_wp_attached_file'`).map((r) => [Number(r[0]), r[1] ?? '']));
  return listPosts({ types: ['attachment'] }).map((p) => ({ ...p, file: files.get(p.id) ?? '' }));
}

/** Is any text anywhere in posts/pages/attachments/revisions (title, content, excerpt)? For "nothing was saved" checks. */
export function textStored(text: string): boolean {
  const like = sqlString(`%${text.replace(/[\\%_]/g, '\\$&')}%`);
  return wpQuery(`SELECT COUNT(*) FROM wp_posts WHERE post_title LIKE ${like} OR post_content LIKE ${like} OR post_excerpt LIKE ${like}`)[0]?.[0] !== '0';
}

export type EditorMode = 'block' | 'classic';

/** Which editor posts and pages open in (per request, `post-new.php?classic-editor=1` forces the classic one). */
export function setEditorMode(mode: EditorMode): void {
  wpQuery(`INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('vigie_editor', ${sqlString(mode)}, 'yes')
           ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)`);
}

export function getEditorMode(): EditorMode {
  return wpQuery(`SELECT option_value FROM wp_options WHERE option_name = 'vigie_editor'`)[0]?.[0] === 'classic' ? 'classic' : 'block';
}
