#!/usr/bin/env bash
# What a big calendar costs the daemon: a generated .ics of SIZE_MB (default
# 7.5, under the 8 MB cap) with an event every 3 hours since 2020. Prints the
# slowest `unknotctl status` answer while the file is read (the read runs off
# the loop, so this stays in milliseconds), the peak and the settled resident
# memory of the daemon, and the baseline without a calendar.
# Not run by ctest. Usage: tests/bench/calendar_cost.sh [BUILD_DIR] [SIZE_MB]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export UNKNOT_BUILD_DIR=$(cd "${1:-$HERE/../../build}" && pwd)
SIZE_MB=${2:-7.5}
source "$HERE/../e2e/lib.sh"
e2e_begin calendar-cost
e2e_write_config

python3 - "$RUN/big.ics" "$SIZE_MB" <<'PY'
import datetime, sys
path, limit = sys.argv[1], float(sys.argv[2]) * 1e6
lines, size, i = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"], 0, 0
start = datetime.datetime(2020, 1, 1, 9, 0)
while size < limit:
    s = start + datetime.timedelta(hours=3 * i)
    e = s + datetime.timedelta(minutes=30)
    ev = ["BEGIN:VEVENT", f"UID:ev{i}@bench", "DTSTAMP:20200101T000000Z",
          f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}",
          f"SUMMARY:Meeting {i} about the quarterly plan",
          "DESCRIPTION:Agenda: review, discuss, decide. Dial-in details follow.", "END:VEVENT"]
    lines += ev; size += sum(len(x) + 2 for x in ev); i += 1
lines.append("END:VCALENDAR")
open(path, "w").write("\r\n".join(lines) + "\r\n")
print(f"calendar: {size / 1e6:.1f} MB, {i} events", file=sys.stderr)
PY

field() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$UNKNOT_PID/status"; }
e2e_start_unknot
sleep 1
baseline=$(field VmRSS)
sed -i "s|^\[meetings\]$|[meetings]\ncalendar = \"$RUN/big.ics\"\nmicrophone = false|" "$RUN/config.toml"
slowest=0
for _ in $(seq 60); do
  a=$(date +%s%N); timeout 10 "$UNKNOTCTL" status >/dev/null; b=$(date +%s%N)
  ms=$(( (b - a) / 1000000 )); (( ms > slowest )) && slowest=$ms
  grep -q "loaded .*calendar-ical" "$RUN/unknot.log" && [[ $(field VmRSS) -lt $(( baseline + 4000 )) ]] && break
  sleep 0.1
done
sleep 2
echo "resident before the calendar: $baseline kB"
echo "slowest status while it was read: $slowest ms"
echo "peak resident (VmHWM): $(field VmHWM) kB"
echo "resident after: $(field VmRSS) kB"
