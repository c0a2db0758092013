#!/usr/bin/env bash
# [hooks] on the real daemon: a break started with `unknotctl break` runs
# break_start, and its end (done, skip) break_end, each with the UNKNOT_*
# variables; a hook that hangs neither delays the daemon's answers nor lives
# past its time limit; a failing hook is logged once and not run again.
# UNKNOT_HOOK_TIME_LIMIT_S=3 shortens the 30 s limit for this test only.
source "$(dirname "$0")/lib.sh"
e2e_begin hooks
e2e_start_dunst
MICRO_EVERY=10m MICRO_DURATION=60s e2e_write_config
OUT=$RUN/out  # not beside config.toml, whose folder the daemon watches
mkdir -p "$OUT"
write_hooks() {  # $1 = break_start command, $2 = break_end command (TOML literal strings)
  sed -i '/^\[hooks\]/,$d' "$RUN/config.toml"
  printf "[hooks]\nbreak_start = '%s'\nbreak_end = '%s'\n" "$1" "$2" >>"$RUN/config.toml"
}
write_hooks "env | grep ^UNKNOT_ | sort > $OUT/start.env" "env | grep ^UNKNOT_ | sort > $OUT/end.env"
UNKNOT_HOOK_TIME_LIMIT_S=3 e2e_start_unknot

ctl break micro >/dev/null
wait_until 5 test -s "$OUT/start.env" || fail "break_start did not run: $(grep hook "$RUN/unknot.log")"
grep -qx "UNKNOT_EVENT=break_start" "$OUT/start.env" || fail "start env: $(cat "$OUT/start.env")"
grep -qx "UNKNOT_BREAK_KIND=micro" "$OUT/start.env" || fail "start env: $(cat "$OUT/start.env")"
grep -qx "UNKNOT_OUTCOME=" "$OUT/start.env" || fail "start env: $(cat "$OUT/start.env")"
grep -qE "^UNKNOT_SITTING_S=[0-9]+$" "$OUT/start.env" || fail "start env: $(cat "$OUT/start.env")"
[[ ! -e $OUT/end.env ]] || fail "break_end ran while the break runs"
ctl done >/dev/null
wait_until 5 test -s "$OUT/end.env" || fail "break_end did not run after done"
grep -qx "UNKNOT_EVENT=break_end" "$OUT/end.env" || fail "end env: $(cat "$OUT/end.env")"
grep -qx "UNKNOT_BREAK_KIND=micro" "$OUT/end.env" || fail "end env: $(cat "$OUT/end.env")"
grep -qx "UNKNOT_OUTCOME=taken" "$OUT/end.env" || fail "end env: $(cat "$OUT/end.env")"
pass "break, then done: break_start and break_end ran with $(tr '\n' ' ' <"$OUT/end.env")"

rm -f "$OUT/end.env"
ctl break micro >/dev/null
ctl skip >/dev/null
wait_until 5 'grep -qx UNKNOT_OUTCOME=skipped "$OUT/end.env"' || fail "skip: $(cat "$OUT/end.env" 2>&1)"
pass "break, then skip: break_end says UNKNOT_OUTCOME=skipped"

# A hook that hangs (it notes its pid so the test can see it go) and one that fails.
write_hooks "echo \$\$ > $OUT/hang.pid; echo hanging; sleep 60" "echo about to fail >&2; exit 3"
ctl reload >/dev/null || fail "reload refused: $(tail -3 "$RUN/unknot.log")"
ctl break micro >/dev/null
wait_until 5 test -s "$OUT/hang.pid" || fail "the hanging hook did not start"
hang_pid=$(cat "$OUT/hang.pid")
kill -0 "$hang_pid" || fail "the hanging hook is not running"
t0=$(date +%s%N)
ctl status --json >/dev/null
status_ms=$((($(date +%s%N) - t0) / 1000000))
((status_ms < 1000)) || fail "status took $status_ms ms while a hook hangs"
pass "unknotctl status answered in $status_ms ms while break_start hangs"
ctl skip >/dev/null
wait_until 5 'grep -q "hook break_end: failed: exited with status 3" "$RUN/unknot.log"' ||
  fail "the failing hook was not logged: $(grep hook "$RUN/unknot.log" | tail -5)"
grep -q "hook break_end: about to fail" "$RUN/unknot.log" || fail "the hook's stderr is not in the log"
wait_until 6 '! kill -0 '"$hang_pid" || fail "the hanging hook still runs after its 3 s limit"
grep -q "hook break_start: still running after 3 s; killed" "$RUN/unknot.log" ||
  fail "the kill was not logged: $(grep hook "$RUN/unknot.log" | tail -5)"
grep -q "hook break_start: hanging" "$RUN/unknot.log" || fail "the hook's stdout is not in the log"
pass "the hanging hook was killed at its limit and logged; its output is in the log"
sleep 2
fails=$(grep -c "hook break_end: failed" "$RUN/unknot.log")
((fails == 1)) || fail "the failing hook was logged $fails times"
kill -0 "$UNKNOT_PID" || fail "the daemon died"
[[ $(status_field state) != break ]] || fail "the break did not end"
pass "the failing hook was logged once and not run again"
