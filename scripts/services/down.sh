#!/usr/bin/env bash
# Stops the daemons that up.sh started (Apache, Dovecot, Postfix, MariaDB). Data and configuration stay:
# the next up.sh starts them again in a few seconds. Safe to run when they are already stopped.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=env.sh
. "$HERE/env.sh"
[ "$(id -u)" -eq 0 ] || { echo "down.sh must run as root" >&2; exit 1; }

if command -v apache2ctl >/dev/null && [ -s /var/run/apache2/apache2.pid ]; then
  vigie_log "stopping Apache"; apache2ctl stop 2>/dev/null
fi
if [ -f /etc/dovecot/vigie.conf ] && command -v doveadm >/dev/null && [ -s /run/dovecot/master.pid ]; then
  vigie_log "stopping Dovecot"; doveadm -c /etc/dovecot/vigie.conf stop 2>/dev/null
fi
if command -v postfix >/dev/null && postfix status >/dev/null 2>&1; then
  vigie_log "stopping Postfix"; postfix stop >/dev/null 2>&1
fi
if command -v mariadb-admin >/dev/null && mariadb-admin --connect-timeout=2 ping >/dev/null 2>&1; then
  vigie_log "stopping MariaDB"; /etc/init.d/mariadb stop >/dev/null
fi

# Wait (10 s at most) until the ports are free, so that an up.sh right after starts cleanly.
for port in "$VIGIE_WP_PORT" "$VIGIE_MAIL_PORT" "$VIGIE_IMAP_PORT" "$VIGIE_SMTP_PORT" 3306; do
  for _ in $(seq 100); do vigie_port_open "$port" || break; sleep 0.1; done
  ! vigie_port_open "$port" || echo "down.sh: 127.0.0.1:$port still answers" >&2
done
vigie_log "services stopped"
