#!/usr/bin/env bash
# An exercise you follow by watching: the break window shows the exercise's
# figure moving (two screenshots a second apart differ in the figure, and
# nowhere else in the window), and when the desktop asks for reduced motion
# it shows the key poses side by side, still. The break is due, not started,
# so the countdown stands still and only the figure may move.
# Screenshots: break-figure-a, break-figure-b, break-figure-still.
source "$(dirname "$0")/lib.sh"
e2e_begin break-figure
e2e_start_dunst
e2e_start_wm
CARD=fbf9f5  # the figure's card (src/ui/figure_panel.cpp)

MICRO_EVERY=8s MICRO_DURATION=6s e2e_write_config
# Only this exercise fits a micro break. No key is held: the figure never
# stops, so any two moments a second apart show different poses.
cat >"$RUN/routines/e2e.toml" <<'TOML'
[[exercise]]
id = "e2e-neck-tilt"
title = "Neck side tilt"
kind = "stretch"
areas = ["neck"]
duration = "6s"
fits = ["micro"]
repeat = 3
steps = ["Sit tall.", "Tilt your right ear towards your right shoulder, then back."]
caution = "Keep it gentle."

[exercise.figure]
view = "front"
base = "sit-tall"
props = ["chair"]

[[exercise.figure.key]]
name = "Tilt the head to the right"
dur = "1.3s"
neck = { abd = -25 }

[[exercise.figure.key]]
name = "Back to the middle"
dur = "1.3s"
neck = { abd = 0 }
TOML
e2e_start_unknot
start_input  # typing on: the window must not take the keyboard (its focus ring would change)
wait_until 20 '[[ $(status_field break_due) == micro ]]' || fail "no break fell due"
# The prompt is offered again every few seconds: dunst holds it back, so no
# notification pops up over the window between two screenshots.
dunstctl set-paused true
dunstctl close-all >/dev/null 2>&1 || true

# shots NAME: two screenshots of the break window a second apart, then where they differ.
shots() {
  local a b
  a=$(screenshot "$1-a" "$id")
  sleep 1
  b=$(screenshot "$1-b" "$id")
  python3 "$E2E_DIR/figure_diff.py" "$a" "$b" "$CARD"
}
open_window() {
  "$UNKNOT_UI" break >>"$RUN/ui.log" 2>&1 &
  UI_PID=$!
  track $UI_PID
  id=$(wait_window 10 "Micro break.*Unknot") || fail "no break window"
  sleep 1  # mapped and painted
}

open_window
read -r _ x y w h _ inside _ outside < <(shots break-figure)
log "animated: card ${w}x${h} at ${x},${y}; ${inside} pixels changed in it, ${outside} outside"
[[ $x != none ]] || fail "no figure in the break window"
((w >= 100 && h >= 100)) || fail "the figure is only ${w}x${h}"
((inside > 150)) || fail "the figure did not move in a second (${inside} pixels changed)"
((outside == 0)) || fail "${outside} pixels changed outside the figure"
pass "the figure moves (${inside} pixels in a second) and nothing else in the window does"

kill "$UI_PID"; wait "$UI_PID" 2>/dev/null || true
# What GNOME's "Reduce animation" sets, for GTK without a settings daemon.
mkdir -p "$XDG_CONFIG_HOME/gtk-3.0"
printf '[Settings]\ngtk-enable-animations=0\n' >"$XDG_CONFIG_HOME/gtk-3.0/settings.ini"
open_window
read -r _ x y sw sh _ inside _ outside < <(shots break-figure-still)
log "reduced motion: card ${sw}x${sh}; ${inside} pixels changed in it, ${outside} outside"
((inside == 0 && outside == 0)) || fail "with reduced motion the window still changed (${inside} + ${outside} pixels)"
((sw > 3 * sh / 2)) || fail "with reduced motion the card (${sw}x${sh}) does not hold the poses side by side"
pass "reduced motion: the poses side by side (${sw}x${sh}), still"
