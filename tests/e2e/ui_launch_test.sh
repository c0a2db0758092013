#!/usr/bin/env bash
# breaks.style = "window": a due break opens the break window by itself (the
# daemon starts `unknot-ui break --socket ...`), one window however often the
# prompt is repeated, and once the window is closed no unknot-ui is left, not
# even as a zombie.
source "$(dirname "$0")/lib.sh"
e2e_begin ui_launch
e2e_start_dunst
e2e_start_wm
MICRO_EVERY=6s MICRO_DURATION=5s e2e_write_config
sed -i 's/^\[breaks\]$/[breaks]\nstyle = "window"/' "$RUN/config.toml"
e2e_start_unknot
start_input

wait_until 20 '[[ $(status_field break_due) != null ]]' || fail "no break fell due"
id=$(wait_window 20 '[Bb]reak.*Unknot|Unknot.*[Bb]reak') || {
  wmctrl -l >&2 || true
  fail "the due break did not open the break window"
}
pass "a due break opened the break window"
sleep 0.5  # a notification, if one came, has reached dunst by now
(($(notify_count) == 0)) || fail "style window also sent $(notify_count) notification(s): $(notifications)"
pass "with style window the break comes as the window only, no notification"
stop_input
sleep 0.5  # let it paint
screenshot ui-launch-break "$id" >/dev/null

mapfile -t pids < <(ui_pids)
((${#pids[@]} == 1)) || fail "expected one unknot-ui, found ${#pids[@]}: ${pids[*]}"
cmdline=$(tr '\0' ' ' <"/proc/${pids[0]}/cmdline")
[[ $cmdline == *" break --socket $XDG_RUNTIME_DIR/unknot/control.sock"* ]] ||
  fail "unexpected unknot-ui command line: $cmdline"
[[ $(ps -o ppid= -p "${pids[0]}" | tr -d ' ') == "$UNKNOT_PID" ]] || fail "unknot-ui is not the daemon's child"
tr '\0' '\n' <"/proc/${pids[0]}/environ" | grep -qx "DISPLAY=$DISPLAY" || fail "unknot-ui lacks DISPLAY"
pass "unknot-ui break runs as the daemon's child with its socket and environment"

# The user closes the window as with any other (the window manager's close).
wmctrl -i -c "$id"
wait_until 10 '[[ -z $(ui_pids) ]]' || fail "unknot-ui still runs after its window closed"
sleep 0.5  # let the daemon's loop reap it
zombies=$(ps -o stat=,comm= --ppid "$UNKNOT_PID" | awk '$1 ~ /^Z/' || true)
[[ -z $zombies ]] || fail "zombie children of the daemon: $zombies"
grep -q "unknot-ui break window exited" "$RUN/unknot.log" || fail "the daemon did not reap unknot-ui"
pass "after the window closed no unknot-ui is left and the daemon reaped it"
