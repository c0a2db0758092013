#!/usr/bin/env bash
# Issue 21, clock faults on the real daemon: libfaketime moves its wall clock
# (a timestamp file read at most once a second) +2 h, then -1 h, then to ten
# seconds before the spring DST change in Europe/Berlin, while the user keeps
# working and skips every prompt at once. The monotonic clock is left alone,
# as a real clock step (NTP, suspend-free settime) leaves it. Each break must
# come once, one `every` after the previous skip (none twice, none lost),
# `stats` must count each skip once, and wakeups must stay at their rate.
source "$(dirname "$0")/lib.sh"
FAKETIME_LIB=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
[[ -r $FAKETIME_LIB ]] || { log "SKIP: libfaketime is not installed (Debian package faketime)"; exit 77; }
EVERY=6
e2e_begin clock
e2e_start_dunst
MICRO_EVERY=${EVERY}s SNOOZE=5m e2e_write_config  # no repeats of a prompt
echo "+0" >"$RUN/faketime"
# An AddressSanitizer build (tests/run-all.sh's second pass) refuses to start
# when another library is preloaded ahead of its runtime; libfaketime only
# wraps the clock calls, so the order does not matter to what ASan checks.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
TZ=Europe/Berlin LD_PRELOAD=$FAKETIME_LIB FAKETIME_TIMESTAMP_FILE=$RUN/faketime \
  FAKETIME_CACHE_DURATION=1 FAKETIME_DONT_FAKE_MONOTONIC=1 e2e_start_unknot
start_input

# The daemon's context switches, all threads: each is a wakeup.
wakeups() { cat /proc/"$UNKNOT_PID"/task/*/status | awk '/^voluntary_ctxt_switches/ { n += $2 } END { print n }'; }
# Seconds from now to ten seconds before the next spring change in
# Europe/Berlin (last Sunday of March, 02:00 CET = 01:00 UTC).
to_dst() {
  python3 -c '
import datetime as dt
now = dt.datetime.now(dt.timezone.utc)
def change(year):
    end = dt.datetime(year, 3, 31, 1, tzinfo=dt.timezone.utc)
    return end - dt.timedelta(days=(end.weekday() + 1) % 7)
at = change(now.year) if change(now.year) > now + dt.timedelta(minutes=5) else change(now.year + 1)
print(int((at - now).total_seconds()) - 10)'
}

# phase NAME SECONDS: skips each new prompt as soon as it is seen, for
# SECONDS; "NAME SKIP_TIME" lines go to skips, the wakeup rate to rates.
prompts=0
phase() {
  local end w0 t0
  end=$(($(date +%s) + $2)) w0=$(wakeups) t0=$(date +%s.%N)
  while (($(date +%s) < end)); do
    if (($(notify_count) > prompts)); then
      prompts=$((prompts + 1))
      ctl skip >/dev/null || fail "skip of prompt $prompts refused: $(ctl status --json)"
      echo "$1 $(date +%s.%N)" >>"$RUN/skips"
    fi
    sleep 0.2
  done
  python3 -c "print('$1', round(($(wakeups) - $w0) / ($(date +%s.%N) - $t0), 1))" >>"$RUN/rates"
}
phase steady 12
echo "+2h" >"$RUN/faketime"; phase plus_2h 12
echo "+1h" >"$RUN/faketime"; phase minus_1h 12
echo "+$(to_dst)" >"$RUN/faketime"; phase dst 18
stop_input
log "daemon's wall clock at the end: $(TZ=Europe/Berlin LD_PRELOAD=$FAKETIME_LIB FAKETIME_TIMESTAMP_FILE=$RUN/faketime date)"
log "wakeups per second: $(tr '\n' ';' <"$RUN/rates")"

# Each prompt (dbus-monitor's time of the Notify call) must come one `every`
# after the previous skip, plus the loop's latency: a break that fired twice
# shows as a short gap, a lost one as a long one.
python3 - "$RUN/notify.log" "$RUN/skips" "$EVERY" <<'PY' || fail "a break came early, twice or late"
import re, sys
notify = [float(m.group(1)) for m in re.finditer(r"time=([0-9.]+) .*member=Notify\b", open(sys.argv[1]).read())]
skips = [(p, float(t)) for p, t in (l.split() for l in open(sys.argv[2]))]
every = float(sys.argv[3])
# One more prompt may have come after the last phase, unskipped.
assert len(skips) <= len(notify) <= len(skips) + 1, "%d prompts, %d skips" % (len(notify), len(skips))
gaps = [(skips[i][0], round(notify[i + 1] - skips[i][1], 2)) for i in range(len(skips) - 1)]
late = max(round(s - n, 2) for n, (_, s) in zip(notify, skips))
print("gaps from a skip to the next prompt (s):", gaps, "; slowest skip after its prompt:", late, "s", file=sys.stderr)
bad = [(p, g) for p, g in gaps if not every - 0.5 <= g <= every + 1.5]
assert not bad, "gaps outside %.1f..%.1f s: %r" % (every - 0.5, every + 1.5, bad)
for p in ("plus_2h", "minus_1h", "dst"):
    assert any(q == p for q, _ in gaps), "no break at all in phase " + p
PY
# The steady phase's rate is the yardstick; a jump must not make the loop spin.
python3 - "$RUN/rates" <<'PY' || fail "wakeups rose after a clock jump"
import sys
rates = dict((n, float(r)) for n, r in (l.split() for l in open(sys.argv[1])))
base = rates["steady"]
for n, r in rates.items():
    assert r <= 2 * base + 5, "%s: %.1f wakeups/s against %.1f steady" % (n, r, base)
PY
sleep 1
skipped=$(ctl stats --days 3650 --json | python3 -c '
import json, sys
print(sum(d["skipped"] for d in json.load(sys.stdin)["days"]))')
((skipped == prompts)) || fail "stats count $skipped skips, the user skipped $prompts prompts"
pass "$prompts breaks across +2 h, -1 h and DST: each once, on time; wakeups steady"
