#!/usr/bin/env bash
# Who shows the icon as trays come and go: with no tray at all, the daemon
# starts `unknot-ui --tray` after a short grace; once an X11 system tray
# (trayer) appears it docks its own icon there and closes the fallback; once
# a StatusNotifierWatcher appears its StatusNotifierItem takes over and the
# XEmbed icon leaves the tray.
source "$(dirname "$0")/lib.sh"
e2e_begin tray_fallback
e2e_start_dunst
MICRO_EVERY=10m e2e_write_config

panel_id() { xwininfo -tree -root | awk '/"panel": \("panel" "trayer"\)/ { print $1; exit }'; }
docked() { xwininfo -tree -id "$(panel_id)" | grep -q '"Unknot": ("unknot" "Unknot")'; }

"$UNKNOT" --verbose --config "$RUN/config.toml" --routines "$RUN/routines" >>"$RUN/unknot.log" 2>&1 &
UNKNOT_PID=$!
track $UNKNOT_PID
wait_until 10 ctl status || fail "unknot did not answer on its socket"
sleep 1
[[ -z $(ui_pids) ]] || fail "the fallback started before the grace for a tray to appear was over"
wait_until 15 '[[ -n $(ui_pids) ]]' || fail "the daemon did not start unknot-ui --tray"
tray_pid=$(ui_pids | head -n1)
[[ $(tr '\0' ' ' <"/proc/$tray_pid/cmdline") == *" --tray --socket "* ]] ||
  fail "unexpected command line: $(tr '\0' ' ' <"/proc/$tray_pid/cmdline")"
pass "with no tray at all, the daemon started unknot-ui --tray after the grace"

trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
  --transparent false --tint 0xdddddd >"$RUN/trayer.log" 2>&1 &
track $!
wait_until 10 '[[ -n $(panel_id) ]]' || fail "trayer did not start"
wait_until 10 docked || { xwininfo -tree -root >&2; fail "the daemon's icon did not dock into trayer"; }
wait_until 10 '[[ -z $(ui_pids) ]]' || fail "the fallback stays beside the docked icon"
pass "an X11 tray appeared: the daemon docked its own icon and closed the fallback"

if ! command -v status-notifier-watcher >/dev/null; then
  fail "status-notifier-watcher is not installed"
fi
status-notifier-watcher >"$RUN/snw.log" 2>&1 &
track $!
wait_until 15 '! docked' || fail "a StatusNotifierWatcher appeared but the XEmbed icon stays"
[[ -z $(ui_pids) ]] || fail "unknot-ui runs though a StatusNotifierItem host is there"
pass "a StatusNotifierItem host appeared: the XEmbed icon left the tray"
