#!/usr/bin/env bash
# 6. SIGTERM exits cleanly; kill -9 and restart loses no configuration and the
#    new daemon takes over the stale socket. Also: one daemon per user, and the
#    daemon links no GUI toolkit.
source "$(dirname "$0")/lib.sh"
e2e_begin lifecycle
if ldd "$UNKNOT" | grep -Eq 'libwx|libgtk|libgdk|libcairo'; then fail "unknot links a GUI toolkit or Cairo"; fi
pass "unknot links no wx, no GTK and no Cairo"
e2e_write_config
config_sum=$(sha256sum "$RUN/config.toml")
e2e_start_unknot
SOCK=$XDG_RUNTIME_DIR/unknot/control.sock

"$UNKNOT" --no-tray --config "$RUN/config.toml" --routines "$RUN/routines" >"$RUN/second.log" 2>&1 \
  || fail "a second unknot exited non-zero"
grep -qi "already running" "$RUN/second.log" || fail "the second unknot did not say one is running"
ctl status >/dev/null || fail "the second unknot disturbed the first"
pass "a second daemon says one is running and leaves it alone"

ctl pause 30m
kill -TERM "$UNKNOT_PID"
wait "$UNKNOT_PID"; rc=$?
((rc == 0)) || fail "SIGTERM exit status $rc"
[[ ! -e $SOCK ]] || fail "socket left behind after a clean exit"
ctl status >/dev/null 2>&1 && fail "unknotctl still gets answers"
set +e; ctl status >/dev/null 2>&1; rc=$?; set -e
((rc == 3)) || fail "unknotctl exit code without a daemon is $rc, not 3"
pass "SIGTERM exits 0 and removes the socket; unknotctl then exits 3"

e2e_start_unknot
kill -KILL "$UNKNOT_PID"; wait "$UNKNOT_PID" 2>/dev/null || true
[[ -S $SOCK ]] || fail "expected a stale socket after kill -9"
e2e_start_unknot
ctl status >/dev/null || fail "the new daemon did not take over the stale socket"
[[ $(sha256sum "$RUN/config.toml") == "$config_sum" ]] || fail "the config file was changed"
[[ $(status_field next_break.kind) == micro ]] || fail "configuration lost after restart"
pass "after kill -9 a new daemon takes over the stale socket with the same configuration"

ctl quit || fail "quit refused"
wait_until 5 bash -c "! kill -0 $UNKNOT_PID" || fail "unknotctl quit did not stop the daemon"
pass "unknotctl quit stops the daemon"
