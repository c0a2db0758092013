#!/usr/bin/env bash
# What automatic meeting detection costs an idle daemon (issue 7: within twice
# the plain daemon's CPU time and wakeups). Runs two daemons side by side, so
# the machine's other load weighs on both alike, each in its own headless
# session made by /work/shared/tools/measure-tray.sh (Xvfb, private buses,
# dunst):
#   plain: every meeting source off; the X11 idle source and the session signal.
#   all:   camera, microphone (with PipeWire + pipewire-pulse + wireplumber
#          running in the session), dnd (dunst; GNOME's schema when installed),
#          fullscreen and a calendar with a weekly meeting.
# Not run by ctest (it takes WINDOW + 15 seconds). Prints both figure sets and
# the ratios.
# Usage: tests/bench/meeting_cost.sh [BUILD_DIR] [WINDOW_SECONDS]   (300)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../../build}
WINDOW=${2:-300}
MEASURE=${MEASURE_TRAY:-/work/shared/tools/measure-tray.sh}
UNKNOT=$(cd "$BUILD" && pwd)/bin/unknot
[[ -x $UNKNOT ]] || { echo "no daemon at $UNKNOT: build the unknot target" >&2; exit 2; }
[[ -x $MEASURE ]] || { echo "measure-tray.sh not found: set MEASURE_TRAY" >&2; exit 2; }

OUT=$(mktemp -d /tmp/unknot-meeting-cost-XXXXXX)
cat >"$OUT/plain.toml" <<'CONF'
[meetings]
camera = false
microphone = false
fullscreen = false
dnd = false
CONF
cat >"$OUT/week.ics" <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//unknot//meeting cost//EN
BEGIN:VEVENT
UID:standup@unknot
DTSTAMP:20260101T080000Z
DTSTART:20260105T090000Z
DTEND:20260105T091500Z
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
SUMMARY:Stand-up
END:VEVENT
END:VCALENDAR
ICS
printf '[meetings]\ncalendar = "%s"\n' "$OUT/week.ics" >"$OUT/all.toml"

# The sound server of the "all" session: started by --setup, in that
# session's own XDG_RUNTIME_DIR; measure-tray.sh ends it with the session
# (everything started there carries its run marker).
SOUND='pipewire >/dev/null 2>&1 & sleep 0.5; wireplumber >/dev/null 2>&1 &
pipewire-pulse >/dev/null 2>&1 &
for i in $(seq 50); do pactl info >/dev/null 2>&1 && exit 0; sleep 0.2; done; exit 1'

measure() {  # LABEL CONFIG [measure-tray options...]
  local label=$1 config=$2
  shift 2
  "$MEASURE" --quiet --tray none --warmup 10 --window "$WINDOW" "$@" "$label" -- \
    "$UNKNOT" --no-tray --config "$config" >"$OUT/$label.txt" 2>"$OUT/$label.err" || true
}
measure plain "$OUT/plain.toml" &
plain_pid=$!
measure all "$OUT/all.toml" --setup "$SOUND" &
all_pid=$!
wait "$plain_pid" "$all_pid"

value() { awk -v k="$1:" '$1 == k { print $2 }' "$OUT/$2.txt"; }
printf '%-16s %12s %12s %8s\n' metric plain all ratio
for key in cpu_ms cpu_stat_ms ctxsw_voluntary ctxsw_involuntary wakeups_per_s rss_kb uss_kb; do
  p=$(value "$key" plain) a=$(value "$key" all)
  ratio=$(awk -v p="$p" -v a="$a" 'BEGIN { if (p > 0) printf "%.2f", a / p; else print "-" }')
  printf '%-16s %12s %12s %8s\n' "$key" "${p:-?}" "${a:-?}" "$ratio"
done
for label in plain all; do
  printf '%s: result %s, sys_busy_pct %s, loadavg %s\n' "$label" "$(value result $label)" \
    "$(value sys_busy_pct $label)" "$(awk '$1 == "loadavg:" { print $2, $3, $4 }' "$OUT/$label.txt")"
done
echo "full figures: $OUT/plain.txt $OUT/all.txt"
