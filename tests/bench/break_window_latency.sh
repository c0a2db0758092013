#!/usr/bin/env bash
# Break window latency: from asking for a break (`unknot-ui break micro` with
# no break due, as the tray's "Take a break now" and the notification's start
# action do) to the window mapped on screen, on a private Xvfb desktop with a
# window manager (mapped and viewable, polled every 10 ms). Median of RUNS
# (default 10). Target: at most 400 ms.
# Usage: UNKNOT_BUILD_DIR=build bash tests/bench/break_window_latency.sh
source "$(dirname "$0")/../e2e/lib.sh"
RUNS=${RUNS:-10}
e2e_begin break-latency
e2e_start_wm
mkdir -p "$XDG_CONFIG_HOME/unknot" "$RUN/routines"
printf '[micro]\nevery = "1h"\nduration = "20s"\n[rest]\nevery = "2h"\n' \
  >"$XDG_CONFIG_HOME/unknot/config.toml"
"$UNKNOT" --no-tray >>"$RUN/unknot.log" 2>&1 &
track $!
wait_until 10 ctl status || fail "unknot did not answer"

times=()
for ((i = 0; i < RUNS; i++)); do
  start=$(date +%s%N)
  "$UNKNOT_UI" break micro >>"$RUN/ui.log" 2>&1 &
  ui=$!
  track $ui
  # Poll every 10 ms: `xdotool search --sync` only looks twice a second.
  until xdotool search --onlyvisible --name "Micro break.*Unknot" >/dev/null 2>&1; do
    sleep 0.01
  done
  end=$(date +%s%N)
  times+=($(((end - start) / 1000000)))
  ctl skip >/dev/null
  wait "$ui" 2>/dev/null || true
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2))}')
echo "break window latency over $RUNS runs (ms): $sorted"
echo "median: ${median} ms (target <= 400 ms)"
((median <= 400))
