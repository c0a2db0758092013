#!/usr/bin/env bash
# `unknotctl watch` outlives the daemon, in both orders: started before it,
# it says {"state":"off"} and follows the daemon once one runs; after `quit`
# it says off again and follows the next daemon. A status bar (waybar's
# README module) never needs restarting, and watch never spins meanwhile.
source "$(dirname "$0")/lib.sh"
e2e_begin watch
e2e_write_config

cpu_ms() {  # utime + stime of a process, in milliseconds
  local ticks
  ticks=$(sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }')
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
WATCH_OUT=$RUN/watch.out
lines() { wc -l <"$WATCH_OUT"; }
last_state() { tail -n1 "$WATCH_OUT" | python3 -c 'import json, sys; print(json.load(sys.stdin)["state"])'; }
off_lines() { grep -cx '{"state":"off"}' "$WATCH_OUT" || true; }

"$UNKNOTCTL" watch >"$WATCH_OUT" 2>"$RUN/watch.err" &
WATCH_PID=$!
track $WATCH_PID
wait_until 3 '(( $(lines) >= 1 ))' || fail "watch without a daemon printed nothing"
# CPU counted from here on: start-up (far dearer under AddressSanitizer) is
# not what these checks are about; a busy loop while waiting is.
start_cpu=$(cpu_ms "$WATCH_PID")
sleep 4
kill -0 "$WATCH_PID" 2>/dev/null || fail "watch exited without a daemon: $(cat "$RUN/watch.err")"
[[ $(cat "$WATCH_OUT") == '{"state":"off"}' ]] || fail "watch without a daemon printed: $(head -c 300 "$WATCH_OUT")"
idle_cpu=$(($(cpu_ms "$WATCH_PID") - start_cpu))
((idle_cpu < 50)) || fail "watch used $idle_cpu ms of CPU waiting 4 s for a daemon (a busy loop?)"
pass "watch before the daemon: one {\"state\":\"off\"} line, $idle_cpu ms of CPU while waiting"

e2e_start_unknot
wait_until 5 '[[ $(last_state) != off ]]' || fail "watch did not follow the daemon once it started"
pass "watch follows a daemon that starts after it ($(last_state))"

ctl quit
wait_until 5 bash -c "! kill -0 $UNKNOT_PID" || fail "unknotctl quit did not stop the daemon"
wait_until 3 '[[ $(last_state) == off ]]' || fail "watch did not say off when the daemon quit"
kill -0 "$WATCH_PID" 2>/dev/null || fail "watch exited with the daemon"
before_restart=$(lines)
sleep 3
(($(lines) == before_restart)) || fail "watch printed more while no daemon ran: $(tail -n3 "$WATCH_OUT")"
pass "watch says off once when the daemon quits, and stays"

e2e_start_unknot
wait_until 5 '[[ $(last_state) != off ]]' || fail "watch did not reconnect to the restarted daemon"
(($(off_lines) == 2)) || fail "expected two off lines, got $(off_lines)"
total_cpu=$(($(cpu_ms "$WATCH_PID") - start_cpu))
log "watch: $(lines) lines, $(off_lines) off; ${total_cpu} ms of CPU since its start-up"
((total_cpu < 100)) || fail "watch used $total_cpu ms of CPU"
pass "watch reconnects to a restarted daemon ($(last_state)); ${total_cpu} ms of CPU after start-up"
