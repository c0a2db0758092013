#!/usr/bin/env bash
# One edit of the config is one reload. The watcher once counted the
# IN_IGNORED events of its own re-added watches as changes: the daemon then
# reloaded about 5 times a second until it was restarted (94 reloads and
# 0.77 s of CPU in 20 s).
source "$(dirname "$0")/lib.sh"
e2e_begin reload-once
# Nobody types on this display: with the e2e's 2 s threshold the user would be
# away at once, and the daemon would look for their return every 2 s, which on
# a loaded CI machine cost 50 ms of the 30 s. A long threshold keeps them at
# the keyboard, so the only thing left to wake the daemon is a reload loop.
MICRO_EVERY=20m IDLE_THRESHOLD=10m e2e_write_config
e2e_start_unknot
SETTLE_S=30
MAX_CPU_MS=50

# utime + stime of a process, in milliseconds.
cpu_ms() {
  local ticks
  ticks=$(sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }')
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
reloads() { grep -c "config reloaded" "$RUN/unknot.log" || true; }

# An editor saves by writing a new file and renaming it over the old one.
sed 's/every = "20m"/every = "25m"/' "$RUN/config.toml" >"$RUN/config.toml.new"
mv "$RUN/config.toml.new" "$RUN/config.toml"
wait_until 10 '(( $(reloads) >= 1 ))' || fail "the edit was not reloaded"
# The reload itself costs a few milliseconds: count from once it is done.
cpu_before=$(cpu_ms "$UNKNOT_PID")
sleep "$SETTLE_S"
cpu_after=$(cpu_ms "$UNKNOT_PID")
count=$(reloads)
cpu=$((cpu_after - cpu_before))
log "reloads logged: $count; daemon CPU over ${SETTLE_S} s after the reload: ${cpu} ms"
((count == 1)) || fail "one edit gave $count reloads in ${SETTLE_S} s"
((cpu < MAX_CPU_MS)) || fail "the daemon used $cpu ms of CPU in ${SETTLE_S} s while idle"
[[ $(status_field next_break.in_s) -gt $((20 * 60)) ]] || fail "the edit was not applied"
pass "one edit, one reload; ${cpu} ms of CPU in the ${SETTLE_S} s after it"
