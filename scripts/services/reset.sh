#!/usr/bin/env bash
# Puts the local test services back to their freshly installed state (as root; they must be up: see up.sh).
#   reset.sh wp     drop the WordPress database and uploads, install again (admin/vigie-admin-pw, "Hello world!" post)
#   reset.sh mail   empty both mailboxes and the mail queue; forget Roundcube's users, sessions and contacts
#   reset.sh        both
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=env.sh
. "$HERE/env.sh"
[ "$(id -u)" -eq 0 ] || { echo "reset.sh must run as root" >&2; exit 1; }
what="${1:-all}"

if [ "$what" = wp ] || [ "$what" = all ]; then
  vigie_log "resetting WordPress"
  mariadb -e "DROP DATABASE IF EXISTS \`$VIGIE_WP_DB\`"
  find /var/lib/wordpress/wp-content/uploads -mindepth 1 -delete
fi
if [ "$what" = mail ] || [ "$what" = all ]; then
  vigie_log "resetting mail"
  rm -rf "${VIGIE_MAIL_BASE:?}/$VIGIE_AGENT" "${VIGIE_MAIL_BASE:?}/$VIGIE_CATCHALL"
  postsuper -d ALL >/dev/null 2>&1 || true
  db=/var/lib/dbconfig-common/sqlite3/roundcube/roundcube
  [ ! -f "$db" ] || php -r '$d = new PDO("sqlite:" . $argv[1]);
    foreach (["session", "cache", "cache_index", "cache_thread", "cache_messages", "cache_shared", "contactgroupmembers",
              "contactgroups", "contacts", "identities", "responses", "searches", "dictionary", "filestore", "collected_addresses", "users"] as $t) {
      try { $d->exec("DELETE FROM $t"); } catch (Exception $e) {}
    }' "$db"
fi
exec "$HERE/up.sh"
