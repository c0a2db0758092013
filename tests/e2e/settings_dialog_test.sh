#!/usr/bin/env bash
# The settings dialog: a real daemon, `unknot-ui settings`, keyboard only. An
# invalid interval shows the loader's message and cannot be saved; a valid one
# saved with Return reaches the daemon at once, lands in settings.toml and
# leaves config.toml byte for byte as it was.
source "$(dirname "$0")/lib.sh"
e2e_begin settings
MICRO_EVERY=10m e2e_write_config
config_sum=$(sha256sum "$RUN/config.toml")
managed=$XDG_CONFIG_HOME/unknot/settings.toml
e2e_start_wm
e2e_start_unknot
in_s=$(status_field next_break.in_s)
((in_s <= 600)) || fail "unexpected start interval ($in_s s)"

"$UNKNOT_UI" settings >"$RUN/ui.log" 2>&1 &
UI_PID=$!
track $UI_PID
win=$(wait_window 15 '^Unknot Settings$') || fail "the settings dialog did not open: $(cat "$RUN/ui.log")"
xdotool windowactivate --sync "$win" 2>/dev/null || true
sleep 0.5
screenshot settings "$win" >/dev/null
pass "the dialog opened (window $win)"

# Focus starts in the micro-break interval: select it and type a bad value.
geometry() { xdotool getwindowgeometry "$win" | tr -s ' ' | tr '\n' ' '; }
before=$(geometry)
xdotool key --clearmodifiers ctrl+a
xdotool type --delay 30 "20 minutes"
sleep 0.5
screenshot settings-invalid "$win" >/dev/null
[[ $(geometry) == "$before" ]] || fail "the message under the field resized the dialog: $before -> $(geometry)"
pass "the message under the field left the dialog as it was ($before)"
xdotool key Return
sleep 0.7
[[ ! -e $managed ]] || fail "an invalid value was saved: $(cat "$managed")"
kill -0 "$UI_PID" 2>/dev/null || fail "Return closed the dialog although the value is invalid"
pass "an invalid interval is not saved and the dialog stays"

xdotool key --clearmodifiers ctrl+a
xdotool type --delay 30 "25m"
xdotool key Return
wait_until 5 '(( $(status_field next_break.in_s) > 600 ))' \
  || fail "the daemon did not take the new interval (in_s=$(status_field next_break.in_s)); ui: $(cat "$RUN/ui.log")"
pass "status --json shows the new interval (next_break.in_s=$(status_field next_break.in_s))"
grep -qx 'every = "25m"' "$managed" || fail "settings.toml does not hold the interval: $(cat "$managed")"
[[ $(sha256sum "$RUN/config.toml") == "$config_sum" ]] || fail "config.toml was changed"
wait_until 5 '! kill -0 $UI_PID 2>/dev/null' || fail "OK did not close the dialog"
pass "settings.toml holds micro.every = 25m; config.toml untouched; the dialog closed"

# Each page once more, for the eye: every tab in a screenshot, Esc closes.
"$UNKNOT_UI" settings >>"$RUN/ui.log" 2>&1 &
UI_PID=$!
track $UI_PID
win=$(wait_window 15 '^Unknot Settings$') || fail "the settings dialog did not open again"
xdotool windowactivate --sync "$win" 2>/dev/null || true
sleep 0.5
for page in breaks behaviour hours meetings exercises; do
  screenshot "settings-$page" "$win" >/dev/null
  xdotool key --clearmodifiers ctrl+Page_Down
  sleep 0.4
done
xdotool key Escape
wait_until 5 '! kill -0 $UI_PID 2>/dev/null' || fail "Esc did not close the dialog"
pass "every page shown (screenshots settings-*.png); Esc closed the dialog"
