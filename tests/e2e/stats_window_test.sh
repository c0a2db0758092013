#!/usr/bin/env bash
# The statistics window: a seeded 21-day history, a real daemon,
# `unknot-ui stats` shows the totals and charts; Ctrl+W closes it and no
# unknot-ui process is left. An empty history gets the friendly empty state.
source "$(dirname "$0")/lib.sh"
e2e_begin stats
MICRO_EVERY=30m e2e_write_config
e2e_start_wm

# The daemon creates the history file; seed it while the daemon is stopped.
e2e_start_unknot
history=$XDG_STATE_HOME/unknot/history.sqlite3
today=$(ctl stats --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["days"][-1]["date"])' 2>/dev/null ||
  date +%F)
ui_gone() { [[ -z $(ui_pids) ]]; }

# ---- empty history: a message, not empty axes -----------------------------
"$UNKNOT_UI" stats >"$RUN/ui.log" 2>&1 &
track $!
win=$(wait_window 15 '^Unknot Statistics$') || fail "the statistics window did not open: $(cat "$RUN/ui.log")"
sleep 0.8
# Centred on the 1280x800 screen, never at the corner (no window manager runs).
eval "$(xdotool getwindowgeometry --shell "$win")"
((X > 0 && Y > 0 && X + WIDTH < 1280 && Y + HEIGHT <= 800)) ||
  fail "the statistics window is not centred: ${WIDTH}x${HEIGHT} at $X,$Y"
log "statistics window: ${WIDTH}x${HEIGHT} at $X,$Y"
screenshot stats-empty "$win" >/dev/null
xdotool windowactivate --sync "$win" >/dev/null 2>&1 || xdotool windowfocus --sync "$win"
xdotool key --clearmodifiers Escape
wait_until 8 ui_gone || fail "Esc did not close the statistics window"
pass "empty history: window opened, Esc closed it"

ctl quit >/dev/null
wait_until 10 '! kill -0 $UNKNOT_PID 2>/dev/null' || fail "the daemon did not quit"
[[ -f $history ]] || fail "no history file at $history"
python3 "$E2E_DIR/seed_history.py" "$history" "$today" 21 || fail "seeding failed"
e2e_start_unknot
taken=$(ctl stats --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["totals"]["taken"])' ||
  echo "?")
log "seeded history: $taken breaks taken this week (today $today)"

# ---- seeded history: the charts --------------------------------------------
"$UNKNOT_UI" stats >>"$RUN/ui.log" 2>&1 &
track $!
win=$(wait_window 15 '^Unknot Statistics$') || fail "the statistics window did not open: $(cat "$RUN/ui.log")"
read -r w h < <(xdotool getwindowgeometry --shell "$win" | awk -F= '/^(WIDTH|HEIGHT)=/{printf "%s ", $2} END {print ""}')
((w >= 700 && h >= 520)) || fail "the window is too small (${w}x$h)"
xdotool mousemove 0 0
sleep 1
screenshot stats "$win" >/dev/null
pass "statistics window (${w}x$h)"

# It resizes cleanly (the charts are redrawn, nothing crashes).
xdotool windowsize --sync "$win" 700 580 2>/dev/null || xdotool windowsize "$win" 700 580
xdotool mousemove 0 0  # no tooltip over the picture
sleep 0.8
screenshot stats-small "$win" >/dev/null
[[ -n $(ui_pids) ]] || fail "unknot-ui died on resize"

xdotool windowactivate --sync "$win" >/dev/null 2>&1 || xdotool windowfocus --sync "$win"
xdotool key --clearmodifiers ctrl+w
wait_until 8 ui_gone || fail "Ctrl+W did not close the statistics window"
pass "Ctrl+W closed it; no unknot-ui left"
grep -i "error\|assert" "$RUN/ui.log" && fail "unknot-ui logged errors"
pass "stats window"
