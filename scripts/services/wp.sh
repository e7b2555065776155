#!/usr/bin/env bash
# Small helpers for the local test WordPress (up.sh).
#   wp.sh editor classic|block   which editor posts and pages open in (mu-plugin option vigie_editor)
#   wp.sh editor                 prints the current mode
#   wp.sh posts                  id, type, status, title of every post/page/attachment (not revisions)
#   wp.sh sql "SELECT …"         any query on the WordPress database
# Per request, post-new.php?classic-editor=1 opens the classic editor whatever the mode.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=env.sh
. "$HERE/env.sh"
db() { MYSQL_PWD="$VIGIE_WP_DB_PW" mariadb -u "$VIGIE_WP_DB_USER" -N -B "$VIGIE_WP_DB" "$@"; }

case "${1:-}" in
  editor)
    case "${2:-}" in
      classic|block)
        db -e "INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('vigie_editor', '$2', 'yes')
               ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)" ;;
      "") db -e "SELECT option_value FROM wp_options WHERE option_name = 'vigie_editor'" ;;
      *) echo "usage: wp.sh editor classic|block" >&2; exit 2 ;;
    esac ;;
  posts) db -e "SELECT ID, post_type, post_status, post_title FROM wp_posts WHERE post_type IN ('post', 'page', 'attachment') ORDER BY ID" ;;
  sql) db -e "${2:?wp.sh sql QUERY}" ;;
  *) echo "usage: wp.sh editor [classic|block] | posts | sql QUERY" >&2; exit 2 ;;
esac
