#!/usr/bin/env bash
# Issue 22 item 7 on the real daemon: in Europe/Berlin, a pause set shortly
# before a DST change and ending after it reads in the offset it ends in.
# Spring (2026-03-29, 01:59 CET): `pause --until 03:00` shows 03:00, not
# 02:00. Autumn (2026-10-25, 02:30 CEST): `--until 03:10` shows 03:10, not
# 04:10. Both in `unknotctl status`, its JSON and the tray's tooltip.
source "$(dirname "$0")/lib.sh"
FAKETIME_LIB=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
[[ -r $FAKETIME_LIB ]] || { log "SKIP: libfaketime is not installed (Debian package faketime)"; exit 77; }
e2e_begin pause_dst
MICRO_EVERY=20m e2e_write_config
export UNKNOT_UI=/bin/true  # no wx fallback expected while a watcher runs
# See clock_jumps: ASan's link-order check refuses a preloaded libfaketime.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
status-notifier-watcher >>"$RUN/watcher.log" 2>&1 &
track $!
wait_until 10 name_owned org.kde.StatusNotifierWatcher || fail "no watcher"

tooltip() {
  gdbus call --session --dest "org.kde.StatusNotifierItem-$UNKNOT_PID-1" \
    --object-path /StatusNotifierItem --method org.freedesktop.DBus.Properties.Get \
    org.kde.StatusNotifierItem ToolTip 2>/dev/null
}

# check_pause UTC_START UNTIL WANT_ISO: starts the daemon with its clock at
# UTC_START (libfaketime, an offset from now so the clock keeps running),
# pauses until UNTIL and checks every place the end is shown.
check_pause() {
  local offset until=$2
  offset=$(python3 -c "import datetime as d, time
print(int(d.datetime.fromisoformat('$1+00:00').timestamp() - time.time()))")
  TZ=Europe/Berlin LD_PRELOAD=$FAKETIME_LIB FAKETIME="$(printf '%+d' "$offset")" \
    "$UNKNOT" --verbose --config "$RUN/config.toml" --routines "$RUN/routines" \
    >>"$RUN/unknot.log" 2>&1 &
  UNKNOT_PID=$!
  track $UNKNOT_PID
  wait_until 10 ctl status || fail "unknot did not answer on its socket"
  ctl pause --until "$2" >/dev/null || fail "pause --until $2 refused"
  [[ $(status_field paused_until) == "$3" ]] || fail "paused_until: $(status_field paused_until), want $3"
  [[ $(ctl status) == "paused until $2 · "* ]] || fail "status: $(ctl status)"
  wait_until 10 '[[ $(tooltip) == *"Paused until $until"* ]]' || fail "tooltip: $(tooltip)"
  pass "paused at $1 UTC until $2: $(ctl status)"
  ctl quit >/dev/null
  wait_until 10 '! kill -0 $UNKNOT_PID' || fail "unknot did not quit"
}

check_pause "2026-03-29T00:59:00" 03:00 "2026-03-29T03:00:00+02:00"
check_pause "2026-10-25T00:30:00" 03:10 "2026-10-25T03:10:00+01:00"
