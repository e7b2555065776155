# Settings shared by up.sh, down.sh, status.sh, reset.sh and mailbox.sh (sourced, not run).
# shellcheck disable=SC2034  # read by the scripts that source this file
# The same values are in services.ts for the Node side: change both together.
# Every account and password here is for the local test services only.

VIGIE_WP_HOST=wp.primogest.test
VIGIE_WP_PORT=18080
VIGIE_MAIL_HOST=webmail.primogest.test
VIGIE_MAIL_PORT=18081
VIGIE_IMAP_PORT=143
VIGIE_SMTP_PORT=25
VIGIE_MAIL_DOMAIN=primogest.test

VIGIE_WP_TITLE="Century 21 Primogest"
VIGIE_WP_ADMIN="admin"
VIGIE_WP_ADMIN_PW=vigie-admin-pw
VIGIE_WP_ADMIN_EMAIL=admin@primogest.test
VIGIE_WP_DB=wordpress
VIGIE_WP_DB_USER=wordpress
VIGIE_WP_DB_PW=vigie-db-pw

# Mailboxes (IMAP login = the name before the @; both have a Roundcube login).
VIGIE_AGENT=agent
VIGIE_AGENT_PW=vigie-agent-pw
VIGIE_CATCHALL=catchall
VIGIE_CATCHALL_PW=vigie-catchall-pw

VIGIE_MAIL_BASE=/var/mail/vigie

VIGIE_PACKAGES=(
  apache2 libapache2-mod-php php-mysql php-sqlite3 php-xml php-mbstring php-intl
  mariadb-server
  wordpress wordpress-theme-twentytwentythree
  roundcube roundcube-sqlite3
  dovecot-imapd postfix
)

vigie_log() { printf '[services] %s\n' "$*" >&2; }

# Is something listening on 127.0.0.1:PORT? (bash's /dev/tcp: no extra tool needed)
vigie_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Wait up to $2 seconds (default 30) for 127.0.0.1:$1 to accept connections.
vigie_wait_port() {
  local port=$1 limit=$(( ${2:-30} * 10 )) i=0
  until vigie_port_open "$port"; do
    i=$((i + 1)); [ "$i" -lt "$limit" ] || return 1
    sleep 0.1
  done
}
