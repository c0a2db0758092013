#!/usr/bin/env bash
# With an XEmbed-only tray (trayer) and no StatusNotifierItem host, the daemon
# docks an icon of its own -- no `unknot-ui --tray` -- that shows the state,
# docks again when the tray restarts, and opens the menu in a short-lived
# `unknot-ui menu` on a click.
source "$(dirname "$0")/lib.sh"
e2e_begin xembed_tray
e2e_start_dunst
MICRO_EVERY=10m e2e_write_config  # nothing falls due while the menu is used

SLATE=6f86b0  # the paused icon (src/platform/tray_pixmap.cpp)

# start_trayer RRGGBB: a panel of that colour (an opaque tint).
start_trayer() {
  trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
    --transparent true --alpha 0 --tint "0x$1" >>"$RUN/trayer.log" 2>&1 &
  TRAYER_PID=$!
  track $TRAYER_PID
  wait_until 10 '[[ -n $(panel_id) ]]' || fail "trayer did not start"
}
# trayer's visible panel: the window the icons are embedded into.
panel_id() { xwininfo -tree -root | awk '/"panel": \("panel" "trayer"\)/ { print $1; exit }'; }
# Our icon window, wherever it is.
icon_id() { xwininfo -tree -root | awk '/"Unknot": \("unknot" "Unknot"\)/ { print $1; exit }'; }
docked() { xwininfo -tree -id "$(panel_id)" | grep -q '"Unknot": ("unknot" "Unknot")'; }
# icon_crop NAME: a screenshot, cut to the icon, as ImageMagick's txt: lines.
icon_crop() {
  local shot
  shot=$(screenshot "$1")
  eval "$(xdotool getwindowgeometry --shell "$(icon_id)")"
  convert "$shot" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage txt:-
}
# icon_pixels NAME COLOUR: how many pixels of the icon on screen are near COLOUR.
icon_pixels() { icon_crop "$1" | python3 "$E2E_DIR/count_colour.py" "$2"; }
# legible_pixels NAME PANEL: how many stand out from the panel by 3:1 (WCAG, graphics).
legible_pixels() { icon_crop "$1" | python3 "$E2E_DIR/count_contrast.py" "$2"; }
LIGHT=f6f5f4 DARK=303030

start_trayer $LIGHT
"$UNKNOT" --verbose --config "$RUN/config.toml" --routines "$RUN/routines" >>"$RUN/unknot.log" 2>&1 &
UNKNOT_PID=$!
track $UNKNOT_PID
wait_until 10 ctl status || fail "unknot did not answer on its socket"
wait_until 10 docked || { xwininfo -tree -root >&2; fail "the icon did not dock into trayer"; }
xprop -id "$(icon_id)" _XEMBED_INFO | grep -q '= 0x0, 0x1' || fail "no _XEMBED_INFO (0, mapped)"
pass "the daemon docked its own icon into trayer"

sleep 4  # past the grace in which a tray may still appear
[[ -z $(ui_pids) ]] || fail "unknot-ui runs beside the docked icon: $(ui_pids)"
pass "no unknot-ui --tray (no toolkit process) while the icon is docked"

# Just started, the working ring is an empty track around a heart; paused, it
# is a full slate ring. The faintest of them, the empty track, must read on a
# light panel (here) and on a dark one (after the restart below).
# icon_area: the icon's size in pixels (the tray picks it: 16x16 in trayer).
icon_area() { eval "$(xdotool getwindowgeometry --shell "$(icon_id)")"; echo $((WIDTH * HEIGHT)); }
# A sixth of the pixels at 3:1: the ring and the heart. The old translucent
# track gave none on either panel.
on_light=$(legible_pixels xembed-working-light $LIGHT) area=$(icon_area)
((on_light * 6 >= area)) || fail "the working icon is faint on a light panel ($on_light of $area pixels stand out)"
working=$(icon_pixels xembed-working $SLATE)
((working < 5)) || fail "the working icon looks paused ($working slate pixels)"
ctl pause >/dev/null
wait_until 5 '(( $(icon_pixels xembed-paused $SLATE) > 40 ))' || fail "the icon did not turn to paused"
paused=$(icon_pixels xembed-paused $SLATE)
ctl resume >/dev/null
wait_until 5 '(( $(icon_pixels xembed-resumed $SLATE) < 5 ))' || fail "the icon did not return to working"
pass "the icon follows the state (slate pixels: working $working, paused $paused, resumed under 5)"

# Hovering shows the tooltip (the StatusNotifierItem's text); leaving hides it.
tooltip_id() { xwininfo -root -children | awk '/"Unknot tooltip"/ { print $1; exit }'; }
tooltip_shown() { [[ -n $(tooltip_id) ]] && xwininfo -id "$(tooltip_id)" | grep -q IsViewable; }
eval "$(xdotool getwindowgeometry --shell "$(icon_id)")"
xdotool mousemove 10 400
xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
wait_until 5 tooltip_shown || fail "no tooltip on hover"
shot=$(screenshot xembed-tooltip)
eval "$(xdotool getwindowgeometry --shell "$(tooltip_id)")"
((WIDTH > 100 && HEIGHT > 20)) || fail "the tooltip is too small for its text: ${WIDTH}x${HEIGHT}"
text_pixels=$(convert "$shot" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage txt:- |
  python3 "$E2E_DIR/count_colour.py" 000000 60)
((text_pixels > 100)) || fail "the tooltip shows no text ($text_pixels dark pixels)"
xdotool mousemove 10 400
wait_until 5 '! tooltip_shown' || fail "the tooltip stays after the pointer left"
pass "hovering shows the tooltip (${WIDTH}x${HEIGHT}, $text_pixels text pixels); leaving hides it"

kill "$TRAYER_PID"
wait_until 5 '! kill -0 $TRAYER_PID' || fail "trayer did not stop"
wait_until 5 '[[ -z $(icon_id) ]]' || fail "the icon outlived its tray (a stray window on the root)"
start_trayer $DARK
wait_until 10 docked || { xwininfo -tree -root >&2; fail "the icon did not dock again after trayer restarted"; }
[[ -z $(ui_pids) ]] || fail "the tray's restart started unknot-ui --tray"
pass "the icon docked again after trayer restarted"
sleep 0.5  # the first expose
on_dark=$(legible_pixels xembed-working-dark $DARK)
((on_dark * 6 >= area)) || fail "the working icon is faint on a dark panel ($on_dark of $area pixels stand out)"
pass "the working icon reads on a light and a dark panel ($on_light and $on_dark of $area pixels at 3:1)"

# ---- the menu: a right click starts `unknot-ui menu --at`, only for the menu
menu_pids() {
  local pid
  for pid in $(ui_pids); do
    [[ $(tr '\0' ' ' <"/proc/$pid/cmdline") == *" menu --at "* ]] && echo "$pid"
  done
  return 0
}
# Top-level windows of 50x50 px or more (a popped menu is one), one id a line.
big_windows() {
  xwininfo -root -children | awk '$1 ~ /^0x/ { split($(NF-1), g, /[x+]/); if (g[1] >= 50 && g[2] >= 50) print $1 }' | sort
}
# A window that is on screen now and was not listed in $1.
new_viewable_window() {
  local id
  for id in $(comm -13 <(echo "$1") <(big_windows)); do
    xwininfo -id "$id" 2>/dev/null | grep -q IsViewable && { echo "$id"; return 0; }
  done
  return 1
}
# click_menu: right-clicks the icon, waits for the menu; prints the milliseconds it took.
click_menu() {
  local before start
  eval "$(xdotool getwindowgeometry --shell "$(icon_id)")"
  xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))
  sleep 0.3
  before=$(big_windows)
  start=$(date +%s%N)
  xdotool click 3
  wait_until 5 'new_viewable_window "$before"' || fail "no menu appeared after a click on the icon"
  echo $((($(date +%s%N) - start) / 1000000))
}

ms=$(click_menu)
[[ -n $(menu_pids) ]] || fail "the menu on screen is not unknot-ui menu's"
log "click to menu: $ms ms"
screenshot xembed-menu >/dev/null
# Status line (disabled), Take a break now ▸, Pause ▸ 30 min.
xdotool key Down Down Right
sleep 0.4
xdotool key Return
wait_until 5 '[[ $(status_field paused) == True ]]' || fail "Pause ▸ 30 min did not pause"
[[ $(status_field paused_until) != null ]] || fail "the pause has no end: $(ctl status --json)"
wait_until 5 '[[ -z $(menu_pids) ]]' || fail "unknot-ui menu stays after the menu closed"
pass "a click opened the menu in $ms ms; Pause ▸ 30 min paused; unknot-ui left"

ms=$(click_menu)
xdotool key Escape
wait_until 5 '[[ -z $(menu_pids) ]]' || fail "unknot-ui menu stays after the menu was dismissed"
[[ $(status_field paused) == True ]] || fail "dismissing the menu changed the state"
pass "a dismissed menu ($ms ms to open) does nothing and unknot-ui leaves"
[[ -z $(ui_pids) ]] || fail "an unknot-ui process stays: $(ui_pids)"
