#!/usr/bin/env bash
# The break window as a user meets it: a micro break panel in the tray corner,
# a rest break walking through a routine with a breathing pacer, the keys
# that answer it, and no unknot-ui process left once it has closed.
# Screenshots: break-micro, break-rest, break-pacer.
source "$(dirname "$0")/lib.sh"
e2e_begin break-window
e2e_start_dunst
e2e_start_wm

mkdir -p "$RUN/routines"
cat >"$RUN/routines/break_window.toml" <<'TOML'
[[exercise]]
id = "bw-wrist-circles"
title = "Wrist circles"
kind = "movement"
areas = ["wrists"]
duration = "20s"
fits = ["micro"]
hold = "5s"
repeat = 2
steps = ["Rest your elbows on the desk and make loose fists.", "Circle both wrists slowly outwards, then inwards."]
caution = "Keep the circles small and easy."

[[exercise]]
id = "bw-shoulder-rolls"
title = "Shoulder rolls"
kind = "stretch"
areas = ["shoulders", "trapezius"]
duration = "12s"
fits = ["rest"]
repeat = 5
steps = ["Sit tall with your arms hanging loose.", "Lift your shoulders to your ears, roll them back and let them drop.", "Breathe out as they drop."]
caution = "Move slowly; stop if it pinches."

[[exercise]]
id = "bw-calm-breath"
title = "Calm breathing"
kind = "breathing"
areas = ["whole-body"]
duration = "24s"
fits = ["rest"]
steps = ["Breathe in through your nose as the circle grows.", "Breathe out slowly as it shrinks."]
caution = "If you feel light-headed, breathe normally."
[exercise.breathing]
inhale = 5
hold = 2
exhale = 6
cycles = 2

[[routine]]
id = "bw-unwind"
title = "Unwind"
fits = ["rest"]
exercises = ["bw-shoulder-rolls", "bw-calm-breath"]
TOML
# The config in its usual folder: the daemon reloads on any write beside its
# config file, and a reload mid-break would re-pick the break's exercises.
mkdir -p "$XDG_CONFIG_HOME/unknot"
cat >"$XDG_CONFIG_HOME/unknot/config.toml" <<'CONF'
[micro]
every = "1h"
duration = "20s"
[rest]
every = "2h"
duration = "36s"
[breaks]
warning = 0
CONF
"$UNKNOT" --no-tray --verbose --routines "$RUN/routines" >>"$RUN/unknot.log" 2>&1 &
UNKNOT_PID=$!
track $UNKNOT_PID
wait_until 10 ctl status || fail "unknot did not answer on its socket"

# The plan the daemon would show (unknotctl has no `plan`: ask the socket).
plan() {
  python3 - "$XDG_RUNTIME_DIR/unknot/control.sock" <<'PY'
import json, socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(b'{"id":1,"cmd":"plan"}\n'); data = b""
while not data.endswith(b"\n"): data += s.recv(65536)
print(json.dumps(json.loads(data)["result"]))
PY
}
ui_gone() { [[ -z $(ui_pids) ]]; }

# ---- micro: unknot-ui starts the break itself ------------------------------
[[ $(plan) == null ]] || fail "a plan while no break is due"
start_input  # the user is typing: the window must not take the keyboard yet
"$UNKNOT_UI" break micro >>"$RUN/ui.log" 2>&1 &
track $!
id=$(wait_window 10 "Micro break.*Unknot") || fail "no micro break window"
[[ $(status_field on_break.kind) == micro ]] || fail "unknot-ui break micro did not start a micro break"
read -r x y w h < <(xdotool getwindowgeometry --shell "$id" | awk -F= '/^(X|Y|WIDTH|HEIGHT)=/{printf "%s ", $2} END {print ""}')
((x + w > 1280 - 120 && y < 120)) || fail "the micro panel is not near the top-right corner ($x,$y ${w}x$h)"
((w < 640)) || fail "the micro panel is not small (${w}px wide)"
# The running break's notification sits in the same corner; a real desktop
# stacks them, dunst draws over: put it away for a clean picture.
dunstctl close-all >/dev/null 2>&1 || true
sleep 1.2
screenshot break-micro "$id" >/dev/null
pass "micro break panel at ${x},${y} (${w}x${h})"
active() { [[ $(xdotool getactivewindow 2>/dev/null) == "$id" ]]; }
sleep 2.5
active && fail "the break window took the keyboard while the user was typing"
stop_input
wait_until 8 active || fail "the break window did not take the keyboard once input stopped"
pass "on top without the keyboard while typing; focused once the hands were off the keys"
xdotool windowactivate --sync "$id" >/dev/null 2>&1 || xdotool windowfocus --sync "$id"
xdotool key d
wait_until 5 '[[ $(status_field on_break) == null ]]' || fail "D did not end the break"
wait_until 8 ui_gone || fail "unknot-ui still runs after the break window closed"
pass "D: break done, window closed, no unknot-ui left"

# ---- rest: started elsewhere, the window walks through the routine ---------
ctl break rest
"$UNKNOT_UI" break >>"$RUN/ui.log" 2>&1 &
track $!
id=$(wait_window 10 "Rest break.*Unknot") || fail "no rest break window"
p=$(plan)
order=$(python3 -c 'import json, sys; print(" ".join(e["id"] for e in json.loads(sys.argv[1])["exercises"]))' "$p")
elapsed=$(python3 -c 'import json, sys; p = json.loads(sys.argv[1]); print(p["duration_s"] - p["remaining_s"])' "$p")
log "rest plan: $order (elapsed ${elapsed}s)"
# Each exercise gets its share of the 36 s break (12 s and 24 s).
if [[ $order == "bw-shoulder-rolls bw-calm-breath" ]]; then stretch_at=1; breath_start=12
else stretch_at=25; breath_start=0; fi
dunstctl close-all >/dev/null 2>&1 || true
wait_for_elapsed() {  # seconds into the break, by the daemon's countdown
  local remaining
  remaining=$(status_field on_break.remaining_s)
  local wait=$(awk -v t="$1" -v r="$remaining" 'BEGIN { w = t - (36 - r); print (w > 0 ? w : 0) }')
  sleep "$wait"
}
if ((breath_start == 12)); then
  wait_for_elapsed "$stretch_at"; screenshot break-rest "$id" >/dev/null
  wait_for_elapsed $((breath_start + 3)); screenshot break-pacer "$id" >/dev/null
else
  wait_for_elapsed $((breath_start + 3)); screenshot break-pacer "$id" >/dev/null
  wait_for_elapsed "$stretch_at"; screenshot break-rest "$id" >/dev/null
fi
pass "rest window and pacer captured"
xdotool windowactivate --sync "$id" >/dev/null 2>&1 || xdotool windowfocus --sync "$id"
xdotool key k
wait_until 5 '[[ $(status_field on_break) == null ]]' || fail "K did not skip the break"
wait_until 8 ui_gone || fail "unknot-ui still runs after the rest window closed"
pass "K: break skipped, window closed, no unknot-ui left"

# ---- a break answered elsewhere closes the window ---------------------------
ctl break micro
"$UNKNOT_UI" break >>"$RUN/ui.log" 2>&1 &
track $!
id=$(wait_window 10 "Micro break.*Unknot") || fail "no window for the running break"
ctl skip
sleep 0.8
screenshot break-summary "$id" >/dev/null
wait_until 8 ui_gone || fail "the window stayed after the break was skipped elsewhere"
pass "answered elsewhere: the window showed its summary and went away"
