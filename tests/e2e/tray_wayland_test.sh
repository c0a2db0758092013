#!/usr/bin/env bash
# On a Wayland session with Xwayland (sway, GNOME), the StatusNotifierItem
# host going away (waybar restarting) must not bring up the wx fallback tray:
# GTK runs on Wayland there, and an X11 status icon docks nowhere (it logged a
# Gtk-CRITICAL on sway). The daemon says "tray: none" and takes the host back
# when it returns. Xvfb stands in for Xwayland; WAYLAND_DISPLAY names the
# session (no compositor needs to answer: the idle source falls back to X11).
source "$(dirname "$0")/lib.sh"
e2e_begin tray_wayland
e2e_start_dunst
MICRO_EVERY=20m e2e_write_config
export WAYLAND_DISPLAY=wayland-unknot-e2e

start_watcher() {
  status-notifier-watcher >>"$RUN/watcher.log" 2>&1 &
  WATCHER_PID=$!
  track $WATCHER_PID
  wait_until 10 name_owned org.kde.StatusNotifierWatcher || fail "no watcher"
}
items() {
  gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher \
    RegisteredStatusNotifierItems 2>/dev/null
}

start_watcher
"$UNKNOT" --verbose --config "$RUN/config.toml" --routines "$RUN/routines" \
  >>"$RUN/unknot.log" 2>&1 &
UNKNOT_PID=$!
track $UNKNOT_PID
wait_until 10 ctl status || fail "unknot did not answer on its socket"
wait_until 10 '[[ $(items) == *StatusNotifierItem* ]]' || fail "the item did not register"
pass "the StatusNotifierItem registered with the watcher"

kill "$WATCHER_PID"
wait_until 5 '! name_owned org.kde.StatusNotifierWatcher' || fail "the watcher did not stop"
wait_until 15 'grep -q "tray: none" "$RUN/unknot.log"' ||
  fail "the daemon did not settle on no tray: $(grep 'tray:' "$RUN/unknot.log")"
sleep 2  # past the moment the fallback used to start
[[ -z $(ui_pids) ]] || fail "the wx fallback tray started on a Wayland session: $(ui_pids)"
ctl status >/dev/null || fail "the daemon stopped answering"
pass "with the host gone, no unknot-ui --tray on Wayland; the daemon logs 'tray: none'"

start_watcher
wait_until 10 '[[ $(items) == *StatusNotifierItem* ]]' || fail "the item did not come back to the watcher"
[[ -z $(ui_pids) ]] || fail "an unknot-ui process runs: $(ui_pids)"
pass "the host came back and has the item again"
