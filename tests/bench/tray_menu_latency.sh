#!/usr/bin/env bash
# Tray menu latency: from a right click on the daemon's own XEmbed icon (in
# trayer, no StatusNotifierItem host) to the menu mapped on screen, through
# the daemon starting `unknot-ui menu --at`. The map is seen through xev
# (tests/bench/menu_watch.py), not polled. Median of RUNS (default 10).
# Target: under 300 ms.
# Usage: UNKNOT_BUILD_DIR=build bash tests/bench/tray_menu_latency.sh
source "$(dirname "$0")/../e2e/lib.sh"
RUNS=${RUNS:-10}
e2e_begin menu-latency
e2e_start_dunst
MICRO_EVERY=1h e2e_write_config
trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
  --transparent false --tint 0xdddddd >"$RUN/trayer.log" 2>&1 &
track $!
"$UNKNOT" --config "$RUN/config.toml" --routines "$RUN/routines" >>"$RUN/unknot.log" 2>&1 &
track $!
wait_until 10 ctl status || fail "unknot did not answer"
icon_id() { xwininfo -tree -root | awk '/"Unknot": \("unknot" "Unknot"\)/ { print $1; exit }'; }
wait_until 10 '[[ -n $(icon_id) ]]' || fail "the icon did not dock"
sleep 1
eval "$(xdotool getwindowgeometry --shell "$(icon_id)")"
xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 2))

mapfile -t times < <(python3 "$(dirname "$0")/menu_watch.py" "$RUNS")
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2))}')
echo "click to tray menu over $RUNS runs (ms): $sorted"
echo "median: ${median} ms (target < 300 ms); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
((median < 300))
