#!/usr/bin/env bash
# What the local Postfix delivered (up.sh). Needs root (the Maildirs belong to vmail).
#   mailbox.sh list        one line a delivered message: mailbox, original recipient, subject, file
#   mailbox.sh show FILE   the raw message
#   mailbox.sh clear       empty both mailboxes (every folder, the agent's Sent folder too)
#   mailbox.sh count       how many messages were delivered
# "Delivered" = in the INBOX of agent (mail for agent@primogest.test) or catchall (mail for any other address).
# The Node side has the same in scripts/services/mailbox.ts.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=env.sh
. "$HERE/env.sh"

inbox_files() {
  for box in "$VIGIE_AGENT" "$VIGIE_CATCHALL"; do
    find "$VIGIE_MAIL_BASE/$box/Maildir/new" "$VIGIE_MAIL_BASE/$box/Maildir/cur" -maxdepth 1 -type f 2>/dev/null
  done | xargs -r ls -1tr
}
header() { sed -n '/^$/q;p' "$2" | grep -i -m1 "^$1:" | sed 's/^[^:]*: *//' || true; }

case "${1:-list}" in
  list)
    inbox_files | while IFS= read -r f; do
      box="${f#"$VIGIE_MAIL_BASE"/}"; box="${box%%/*}"
      printf '%s\t%s\t%s\t%s\n' "$box" "$(header X-Original-To "$f")" "$(header Subject "$f")" "$f"
    done ;;
  show) cat "${2:?mailbox.sh show FILE}" ;;
  count) inbox_files | wc -l ;;
  clear)
    for box in "$VIGIE_AGENT" "$VIGIE_CATCHALL"; do
      find "$VIGIE_MAIL_BASE/$box/Maildir" -type f -path '*/new/*' -delete -o -type f -path '*/cur/*' -delete 2>/dev/null || true
    done
    postsuper -d ALL >/dev/null 2>&1 || true ;;
  *) echo "usage: mailbox.sh list|show FILE|count|clear" >&2; exit 2 ;;
esac
