#!/usr/bin/env bash
# Issue 21, another user: a throwaway uid (setpriv) is refused on the socket
# even when $XDG_RUNTIME_DIR, the socket's folder and the socket itself are
# opened to everyone, which leaves only the SO_PEERCRED check in the way;
# and a runtime folder unknot/ that someone else owns or anyone may write to
# is refused with a clear message and never used. Needs root (to become
# another user and give folders away); skipped otherwise.
source "$(dirname "$0")/lib.sh"
if [[ $(id -u) -ne 0 ]]; then
  log "SKIP: needs root to run a client as another user (uid 65534)"
  exit 77
fi
e2e_begin other_user
e2e_start_dunst
e2e_write_config
e2e_start_unknot
SOCK=$XDG_RUNTIME_DIR/unknot/control.sock
FOLDER=$(dirname "$SOCK")

# Open every door: only the credential check is left.
chmod 755 "$RUN" "$XDG_RUNTIME_DIR" "$FOLDER"
chmod 666 "$SOCK"
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
as_nobody test -w "$SOCK" || fail "the other user cannot even reach the socket: test proves nothing"
reply=$(as_nobody /usr/bin/python3 - "$SOCK" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1])
try:  # the daemon may answer and hang up before it reads anything
    s.sendall(b'{"cmd":"pause","args":{"duration_s":600}}\n')
except (BrokenPipeError, ConnectionResetError):
    pass
try:
    print(s.makefile("rb").readline().decode().strip() or "hung up without a reply")
except ConnectionResetError:
    print("hung up without a reply")
PY
) || fail "the other user's client could not connect"
log "other user's reply: $reply"
[[ $reply == *'"forbidden"'* ]] || fail "another user was not refused: $reply"
[[ $(status_field state) != paused ]] ||
  fail "another user's pause took effect"
if as_nobody test -x "$UNKNOTCTL"; then  # the build tree may be closed to others
  out=$(as_nobody env XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" "$UNKNOTCTL" status 2>&1) &&
    fail "unknotctl as another user succeeded: $out"
  log "unknotctl as another user: $out"
fi
ctl status >/dev/null || fail "the owner lost the socket"
pass "another uid is refused by SO_PEERCRED on a world-writable socket"

kill -TERM "$UNKNOT_PID"; wait "$UNKNOT_PID" 2>/dev/null || true
chmod 700 "$XDG_RUNTIME_DIR"

# refused_folder WHY_PATTERN: the daemon must exit, say why, and leave no socket.
refused_folder() {
  local rc=0
  : >"$RUN/refused.log"
  timeout 10 "$UNKNOT" --no-tray --config "$RUN/config.toml" --routines "$RUN/routines" \
    >"$RUN/refused.log" 2>&1 || rc=$?
  ((rc != 0 && rc != 124)) || fail "daemon did not refuse $FOLDER (rc $rc)"
  grep -q -- "$1" "$RUN/refused.log" || fail "no clear message: $(cat "$RUN/refused.log")"
  [[ ! -e $SOCK ]] || fail "a socket was made in the refused folder"
  log "refused: $(grep -- "$1" "$RUN/refused.log")"
}

rm -rf "$FOLDER"; mkdir "$FOLDER"; chmod 777 "$FOLDER"
refused_folder "$FOLDER is writable by other users (mode 0777); refusing to use it"
[[ $(stat -c %a "$FOLDER") == 777 ]] || fail "the refused folder was changed"

rm -rf "$FOLDER"; mkdir -m 700 "$FOLDER"; chown 65534:65534 "$FOLDER"
refused_folder "$FOLDER belongs to another user; refusing to use it"
pass "a runtime folder of another user's, or open to all, is refused and never used"
