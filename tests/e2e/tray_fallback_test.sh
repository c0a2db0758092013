#!/usr/bin/env bash
# Without a StatusNotifierItem host but with an X11 system tray (trayer), the
# daemon starts `unknot-ui --tray`: its icon docks into the tray, its menu
# pauses the daemon, and once a StatusNotifierWatcher appears the daemon closes
# the fallback (its own tray item takes over).
source "$(dirname "$0")/lib.sh"
e2e_begin tray_fallback
e2e_start_dunst
MICRO_EVERY=10m e2e_write_config  # nothing falls due while the menu is used

trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
  --transparent false --tint 0xdddddd >"$RUN/trayer.log" 2>&1 &
track $!
# trayer's visible panel: the window the icons are embedded into.
panel_id() { xwininfo -tree -root | awk '/"panel": \("panel" "trayer"\)/ { print $1; exit }'; }
wait_until 10 '[[ -n $(panel_id) ]]' || fail "trayer did not start"
tray_id=$(panel_id)
# Whether an unknot-ui window sits inside the panel (XEMBED docking).
docked() { xwininfo -tree -id "$tray_id" | grep -q '"unknot-ui"'; }
docked && fail "an unknot-ui icon is docked before the daemon started"

"$UNKNOT" --verbose --config "$RUN/config.toml" --routines "$RUN/routines" >>"$RUN/unknot.log" 2>&1 &
UNKNOT_PID=$!
track $UNKNOT_PID
wait_until 10 ctl status || fail "unknot did not answer on its socket"
wait_until 15 '[[ -n $(ui_pids) ]]' || fail "the daemon did not start unknot-ui --tray"
tray_pid=$(ui_pids | head -n1)
[[ $(tr '\0' ' ' <"/proc/$tray_pid/cmdline") == *" --tray --socket "* ]] ||
  fail "unexpected command line: $(tr '\0' ' ' <"/proc/$tray_pid/cmdline")"
wait_until 15 docked || {
  xwininfo -tree -root >&2
  fail "the icon did not dock into the tray"
}
pass "the daemon started unknot-ui --tray and its icon docked into trayer"

# The tray holds only our icon: its centre is the icon.
eval "$(xdotool getwindowgeometry --shell "$tray_id")"
xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
sleep 0.3
xdotool click 3
sleep 1  # the menu pops up
# Status line (disabled), Take a break now ▸, Pause ▸ 30 min.
xdotool key Down Down Right
sleep 0.4
screenshot tray-fallback-menu >/dev/null
xdotool key Return
wait_until 5 '[[ $(status_field paused) == True ]]' || fail "Pause ▸ 30 min did not pause"
[[ $(status_field paused_until) != null ]] || fail "the pause has no end: $(ctl status --json)"
pass "Pause ▸ 30 min in the tray menu paused the daemon"

if ! command -v status-notifier-watcher >/dev/null; then
  fail "status-notifier-watcher is not installed"
fi
status-notifier-watcher >"$RUN/snw.log" 2>&1 &
track $!
wait_until 15 '[[ -z $(ui_pids) ]]' || fail "a StatusNotifierWatcher appeared but the fallback tray stays"
pass "the daemon closed the fallback once a StatusNotifierItem host appeared"
