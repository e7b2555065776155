#!/usr/bin/env bash
# Sets up and starts the real local services that the browser tests and the demo use, on loopback only:
#   WordPress (Debian's package, MariaDB, Apache + mod_php)  http://wp.primogest.test:18080/
#   Roundcube (Debian's package, SQLite)                       http://webmail.primogest.test:18081/
#   Dovecot IMAP 127.0.0.1:143 and Postfix SMTP 127.0.0.1:25, which delivers every message on this machine:
#   mail for agent@primogest.test to the agent's mailbox, mail for any other address (gmail.com, …) to "catchall".
# One command, as root, idempotent: installs the missing Debian packages (no prompt), writes the configuration,
# starts what is not running. A second run changes nothing and takes a second or two. See docs/services.md.
# No systemd is needed: the daemons are started directly.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=env.sh
. "$HERE/env.sh"
TPL="$HERE/templates"

[ "$(id -u)" -eq 0 ] || { echo "up.sh must run as root (it installs packages and starts system daemons)" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
umask 022
START=$SECONDS
# The daemons get this file as stdin/stdout/stderr, never the caller's: a test runner or CI step that pipes
# up.sh's output must not be kept open by Apache or MariaDB after up.sh returns.
DAEMON_LOG=/var/log/vigie-services.log

# ---------------------------------------------------------------------------------------------------------------
# helpers

# put DEST MODE OWNER: write stdin to DEST if its content, mode or owner differ; exit 0 when it changed something.
put() {
  local dest=$1 mode=$2 owner=$3 tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  if [ -f "$dest" ] && cmp -s "$tmp" "$dest" && [ "$(stat -c '%a %U:%G' "$dest")" = "$mode $owner" ]; then
    rm -f "$tmp"; return 1
  fi
  install -D -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$tmp" "$dest"
  rm -f "$tmp"
  vigie_log "wrote $dest"
  return 0
}

# render TEMPLATE: substitute @VAR@ placeholders from env.sh.
render() {
  sed -e "s|@WP_HOST@|$VIGIE_WP_HOST|g" -e "s|@WP_PORT@|$VIGIE_WP_PORT|g" \
      -e "s|@MAIL_HOST@|$VIGIE_MAIL_HOST|g" -e "s|@MAIL_PORT@|$VIGIE_MAIL_PORT|g" \
      -e "s|@IMAP_PORT@|$VIGIE_IMAP_PORT|g" -e "s|@SMTP_PORT@|$VIGIE_SMTP_PORT|g" \
      -e "s|@MAIL_DOMAIN@|$VIGIE_MAIL_DOMAIN|g" -e "s|@MAIL_BASE@|$VIGIE_MAIL_BASE|g" \
      -e "s|@WP_DB@|$VIGIE_WP_DB|g" -e "s|@WP_DB_USER@|$VIGIE_WP_DB_USER|g" -e "s|@WP_DB_PW@|$VIGIE_WP_DB_PW|g" \
      -e "s|@VMAIL_UID@|${VMAIL_UID:-}|g" -e "s|@VMAIL_GID@|${VMAIL_GID:-}|g" \
      -e "s|@AGENT@|$VIGIE_AGENT|g" -e "s|@CATCHALL@|$VIGIE_CATCHALL|g" \
      "$TPL/$1"
}

# installed PKG…: are all of them installed?
installed() {
  local n
  n="$(dpkg-query -W -f='${db:Status-Status}\n' "$@" 2>/dev/null | grep -cx installed || true)"
  [ "$n" -eq "$#" ]
}

# ---------------------------------------------------------------------------------------------------------------
# 1. Debian packages (only when one is missing). policy-rc.d keeps the packages' scripts from starting daemons on
#    their default public ports (Apache on *:80, …): this script starts them itself, on loopback, below.

if ! installed "${VIGIE_PACKAGES[@]}"; then
  vigie_log "installing Debian packages (${VIGIE_PACKAGES[*]})"
  debconf-set-selections <<SEL
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string $VIGIE_MAIL_DOMAIN
postfix postfix/destinations string localhost
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
roundcube-core roundcube/hosts string 127.0.0.1:$VIGIE_IMAP_PORT
SEL
  made_policy=""
  trap '[ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d' EXIT
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\n# written by vigie scripts/services/up.sh during its install\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d; made_policy=1
  fi
  apt_install() {
    apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${VIGIE_PACKAGES[@]}" >/dev/null
  }
  # The package lists may be missing or stale (a 404): refresh them once and try again.
  apt_install || { apt-get update -qq && apt_install; }
  [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
  made_policy=""
  vigie_log "packages installed in $((SECONDS - START)) s"
fi

# ---------------------------------------------------------------------------------------------------------------
# 2. Host names: /etc/hosts maps both names to 127.0.0.1 so curl, Node, Firefox and the demo reach them by name
#    (Chromium in the tests uses --host-resolver-rules and does not need this). VIGIE_NO_HOSTS=1 skips it.

if [ -z "${VIGIE_NO_HOSTS:-}" ] && ! grep -q "vigie-services" /etc/hosts; then
  printf '127.0.0.1 %s %s # vigie-services\n' "$VIGIE_WP_HOST" "$VIGIE_MAIL_HOST" >>/etc/hosts
  vigie_log "added $VIGIE_WP_HOST and $VIGIE_MAIL_HOST to /etc/hosts"
fi

# ---------------------------------------------------------------------------------------------------------------
# 3. MariaDB (unix socket, and 127.0.0.1:3306) + the WordPress database

put /etc/mysql/mariadb.conf.d/90-vigie.cnf 644 root:root < "$TPL/mariadb.cnf" && db_changed=1 || db_changed=""
if ! mariadb-admin --connect-timeout=2 ping >/dev/null 2>&1; then
  vigie_log "starting MariaDB"
  /etc/init.d/mariadb start </dev/null >>"$DAEMON_LOG" 2>&1
elif [ -n "$db_changed" ]; then
  vigie_log "restarting MariaDB (configuration changed)"
  /etc/init.d/mariadb restart </dev/null >>"$DAEMON_LOG" 2>&1
fi
if ! mariadb -N -e "SELECT 1 FROM mysql.global_priv WHERE User='$VIGIE_WP_DB_USER' AND Host='localhost'" | grep -q 1 || \
   ! mariadb -N -e "SHOW DATABASES LIKE '$VIGIE_WP_DB'" | grep -q .; then
  vigie_log "creating database $VIGIE_WP_DB"
  mariadb <<SQL
CREATE DATABASE IF NOT EXISTS \`$VIGIE_WP_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$VIGIE_WP_DB_USER'@'localhost' IDENTIFIED BY '$VIGIE_WP_DB_PW';
GRANT ALL PRIVILEGES ON \`$VIGIE_WP_DB\`.* TO '$VIGIE_WP_DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
fi

# ---------------------------------------------------------------------------------------------------------------
# 4. WordPress: Debian's per-host config, the Vigie mu-plugin (block/classic editor switch), then a non-interactive
#    install (wp_install() from PHP's CLI; Debian 12 has no WP-CLI package).

web_changed=""
put "/etc/wordpress/config-$VIGIE_WP_HOST.php" 640 root:www-data < <(render wp-config.php) && web_changed=1
# Requests by IP or localhost (no Host mapping) use the same site.
for alias in 127.0.0.1 localhost; do
  [ "$(readlink "/etc/wordpress/config-$alias.php" 2>/dev/null)" = "config-$VIGIE_WP_HOST.php" ] || \
    ln -sfn "config-$VIGIE_WP_HOST.php" "/etc/wordpress/config-$alias.php"
done
put /var/lib/wordpress/wp-content/mu-plugins/vigie-test-site.php 644 www-data:www-data < "$TPL/wp-mu-plugin.php" || true
# A "property" post type in the classic editor (show_in_rest false), as real-estate themes register it.
put /var/lib/wordpress/wp-content/mu-plugins/vigie-property.php 644 www-data:www-data < "$TPL/wp-mu-property.php" || true

# wp-install.php also (re)applies the site's options; it runs again when WP_SETUP (below) is raised.
WP_SETUP=2
if [ "$(mariadb -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='$VIGIE_WP_DB' AND table_name='wp_options'")" = 0 ] || \
   [ "$(mariadb -N -e "SELECT option_value FROM \`$VIGIE_WP_DB\`.wp_options WHERE option_name='vigie_installed'")" != "$WP_SETUP" ]; then
  vigie_log "setting up WordPress ($VIGIE_WP_TITLE)"
  VIGIE_WP_TITLE="$VIGIE_WP_TITLE" VIGIE_WP_ADMIN="$VIGIE_WP_ADMIN" VIGIE_WP_ADMIN_PW="$VIGIE_WP_ADMIN_PW" \
  VIGIE_WP_ADMIN_EMAIL="$VIGIE_WP_ADMIN_EMAIL" VIGIE_WP_HOST="$VIGIE_WP_HOST" VIGIE_WP_SETUP="$WP_SETUP" \
    php -d display_errors=stderr "$TPL/wp-install.php" >/dev/null
fi

# ---------------------------------------------------------------------------------------------------------------
# 5. Mail: one system user "vmail" owns the mailboxes; Postfix delivers everything to them, Dovecot serves them.

if ! id vmail >/dev/null 2>&1; then
  useradd --system --user-group --home-dir "$VIGIE_MAIL_BASE" --no-create-home --shell /usr/sbin/nologin vmail
fi
VMAIL_UID="$(id -u vmail)"; VMAIL_GID="$(id -g vmail)"
install -d -m 750 -o vmail -g vmail "$VIGIE_MAIL_BASE"
for box in "$VIGIE_AGENT" "$VIGIE_CATCHALL"; do
  [ -d "$VIGIE_MAIL_BASE/$box/Maildir/new" ] || {
    install -d -m 700 -o vmail -g vmail "$VIGIE_MAIL_BASE/$box" "$VIGIE_MAIL_BASE/$box/Maildir" \
      "$VIGIE_MAIL_BASE/$box/Maildir/new" "$VIGIE_MAIL_BASE/$box/Maildir/cur" "$VIGIE_MAIL_BASE/$box/Maildir/tmp"
  }
done

# Postfix
mail_changed=""
put /etc/postfix/vigie-mailboxes 644 root:root < <(render postfix-mailboxes) && mail_changed=1
put /etc/postfix/vigie-catchall.regexp 644 root:root < <(render postfix-catchall.regexp) && mail_changed=1
[ "$(cat /etc/mailname 2>/dev/null)" = "$VIGIE_MAIL_DOMAIN" ] || echo "$VIGIE_MAIL_DOMAIN" >/etc/mailname
# One postconf call to read what is set and one to change what differs: each postconf run may cost seconds here
# (it resolves the host name, and the machine has no DNS), so never one call per key.
declare -A pf_have=()
while IFS= read -r line; do
  pf_have["${line%% = *}"]="${line#* = }"
done < <(postconf -n 2>/dev/null | sed 's/ =$/ = /')
pf_set=()
while IFS= read -r line; do
  [ -n "$line" ] && [ "${line#\#}" = "$line" ] || continue
  key="${line%%=*}"; key="${key% }"; want="${line#*=}"; want="${want# }"
  [ "${pf_have[$key]-__unset__}" = "$want" ] || pf_set+=("$key = $want")
done < <(render postfix-main.cf)
if [ "${#pf_set[@]}" -gt 0 ]; then
  vigie_log "postfix: setting ${pf_set[*]%% = *}"; postconf -e "${pf_set[@]}"; mail_changed=1
fi
# Run every Postfix service outside the chroot (no copies of /etc files to keep in /var/spool/postfix).
if awk '/^[a-z]/ && $5 != "n" { found = 1 } END { exit !found }' /etc/postfix/master.cf; then
  postconf -F '*/*/chroot = n'; mail_changed=1
fi
[ -f /etc/aliases.db ] && [ /etc/aliases.db -nt /etc/aliases ] || newaliases

if ! postfix status >/dev/null 2>&1; then
  vigie_log "starting Postfix"
  postfix start </dev/null >>"$DAEMON_LOG" 2>&1
elif [ -n "$mail_changed" ]; then
  vigie_log "reloading Postfix"
  postfix reload </dev/null >>"$DAEMON_LOG" 2>&1
fi

# Dovecot: a self-contained configuration (not Debian's conf.d, whose PAM/system-user auth we don't want).
imap_changed=""
put /etc/dovecot/vigie.conf 644 root:root < <(render dovecot.conf) && imap_changed=1
put /etc/dovecot/vigie-users 640 root:dovecot < <(
  printf '%s:{PLAIN}%s\n' "$VIGIE_AGENT" "$VIGIE_AGENT_PW" "$VIGIE_CATCHALL" "$VIGIE_CATCHALL_PW"
) && imap_changed=1
if ! doveadm -c /etc/dovecot/vigie.conf who >/dev/null 2>&1 && ! vigie_port_open "$VIGIE_IMAP_PORT"; then
  vigie_log "starting Dovecot"
  dovecot -c /etc/dovecot/vigie.conf </dev/null >>"$DAEMON_LOG" 2>&1
elif [ -n "$imap_changed" ]; then
  vigie_log "reloading Dovecot"
  doveadm -c /etc/dovecot/vigie.conf reload </dev/null >>"$DAEMON_LOG" 2>&1
fi

# ---------------------------------------------------------------------------------------------------------------
# 6. Roundcube: Debian's config.inc.php (with its generated des_key and SQLite database) + our overrides.

# dbconfig-common writes debian-db.php and creates the SQLite database at install; should either be missing
# (a hand clean-up: ucf then won't write the file again), make them the same way.
RC_DB_DIR=/var/lib/dbconfig-common/sqlite3/roundcube
if [ ! -f /etc/roundcube/debian-db.php ]; then
  put /etc/roundcube/debian-db.php 640 root:www-data <<PHP || true
<?php
\$dbuser='roundcube';
\$dbpass='';
\$basepath='$RC_DB_DIR';
\$dbname='roundcube';
\$dbserver='';
\$dbport='';
\$dbtype='sqlite3';
PHP
fi
if [ ! -s "$RC_DB_DIR/roundcube" ]; then
  vigie_log "creating Roundcube's SQLite database"
  install -d -m 770 -o www-data -g www-data "$RC_DB_DIR"
  sqlite3 "$RC_DB_DIR/roundcube" < /usr/share/roundcube/SQL/sqlite.initial.sql
  chown www-data:www-data "$RC_DB_DIR/roundcube"; chmod 660 "$RC_DB_DIR/roundcube"
fi
put /etc/roundcube/vigie.inc.php 640 root:www-data < <(render roundcube.inc.php) && web_changed=1
grep -q "vigie.inc.php" /etc/roundcube/config.inc.php || {
  printf "\n// Vigie's local test services (scripts/services/up.sh)\ninclude '/etc/roundcube/vigie.inc.php';\n" \
    >>/etc/roundcube/config.inc.php
  web_changed=1
}

# ---------------------------------------------------------------------------------------------------------------
# 7. Apache: only our two loopback ports (Debian's *:80 site and Listen lines are switched off).

put /etc/apache2/ports.conf 644 root:root < <(render apache-ports.conf) && web_changed=1
put /etc/apache2/sites-available/vigie.conf 644 root:root < <(render apache-vigie.conf) && web_changed=1
[ ! -e /etc/apache2/sites-enabled/000-default.conf ] || { a2dissite -q 000-default >/dev/null; web_changed=1; }
[ -e /etc/apache2/sites-enabled/vigie.conf ] || { a2ensite -q vigie >/dev/null; web_changed=1; }
[ -e /etc/apache2/mods-enabled/rewrite.load ] || { a2enmod -q rewrite >/dev/null; web_changed=1; }

if ! vigie_port_open "$VIGIE_WP_PORT"; then
  vigie_log "starting Apache"
  apache2ctl configtest >/dev/null 2>&1 || apache2ctl configtest </dev/null
  apache2ctl start </dev/null >>"$DAEMON_LOG" 2>&1
elif [ -n "$web_changed" ]; then
  vigie_log "reloading Apache"
  apache2ctl graceful </dev/null >>"$DAEMON_LOG" 2>&1
fi

# ---------------------------------------------------------------------------------------------------------------
# 8. Wait until everything answers.

for port in "$VIGIE_WP_PORT" "$VIGIE_MAIL_PORT" "$VIGIE_IMAP_PORT" "$VIGIE_SMTP_PORT"; do
  vigie_wait_port "$port" 30 || { echo "up.sh: nothing listens on 127.0.0.1:$port" >&2; "$HERE/status.sh" >&2 || true; exit 1; }
done
vigie_log "services up in $((SECONDS - START)) s: http://$VIGIE_WP_HOST:$VIGIE_WP_PORT/ http://$VIGIE_MAIL_HOST:$VIGIE_MAIL_PORT/ imap 127.0.0.1:$VIGIE_IMAP_PORT smtp 127.0.0.1:$VIGIE_SMTP_PORT"
