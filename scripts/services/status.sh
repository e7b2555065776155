#!/usr/bin/env bash
# Prints which of the local test services (up.sh) are up. Exit 0 when all are, 1 otherwise.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=env.sh
. "$HERE/env.sh"
ok=0

line() { printf '%-10s %-4s %s\n' "$1" "$2" "$3"; [ "$2" = up ] || ok=1; }

# http NAME HOST PORT PATH: the status code the service answers with, through 127.0.0.1 with the real Host header.
http_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 --resolve "$1:$2:127.0.0.1" "http://$1:$2$3" 2>/dev/null || true
}
version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo "not installed"; }

if mariadb-admin --connect-timeout=2 ping >/dev/null 2>&1; then
  line mariadb up "127.0.0.1:3306 + /run/mysqld/mysqld.sock (mariadb-server $(version mariadb-server))"
else line mariadb down "(mariadb-server $(version mariadb-server))"; fi

code="$(http_code "$VIGIE_WP_HOST" "$VIGIE_WP_PORT" /wp-login.php)"
if [ "$code" = 200 ]; then line wordpress up "http://$VIGIE_WP_HOST:$VIGIE_WP_PORT/ (wordpress $(version wordpress), editor: $(mariadb -N -e "SELECT option_value FROM \`$VIGIE_WP_DB\`.wp_options WHERE option_name='vigie_editor'" 2>/dev/null || echo '?'))"
else line wordpress down "http://$VIGIE_WP_HOST:$VIGIE_WP_PORT/wp-login.php answered '${code:-nothing}'"; fi

code="$(http_code "$VIGIE_MAIL_HOST" "$VIGIE_MAIL_PORT" /)"
if [ "$code" = 200 ]; then line roundcube up "http://$VIGIE_MAIL_HOST:$VIGIE_MAIL_PORT/ (roundcube $(version roundcube-core))"
else line roundcube down "http://$VIGIE_MAIL_HOST:$VIGIE_MAIL_PORT/ answered '${code:-nothing}'"; fi

if vigie_port_open "$VIGIE_IMAP_PORT"; then line dovecot up "imap 127.0.0.1:$VIGIE_IMAP_PORT (dovecot-imapd $(version dovecot-imapd))"
else line dovecot down "imap 127.0.0.1:$VIGIE_IMAP_PORT"; fi

if vigie_port_open "$VIGIE_SMTP_PORT"; then
  line postfix up "smtp 127.0.0.1:$VIGIE_SMTP_PORT (postfix $(version postfix)), queue: $(postqueue -p 2>/dev/null | tail -1)"
else line postfix down "smtp 127.0.0.1:$VIGIE_SMTP_PORT"; fi
exit "$ok"
