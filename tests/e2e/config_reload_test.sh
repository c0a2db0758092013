#!/usr/bin/env bash
# Hot reload: an edit to the config applies within a second without resetting
# the timers; a broken edit keeps the previous settings and says where it is
# broken (daemon log, `unknotctl reload`, `unknot --check-config`); the user's
# file is never rewritten.
source "$(dirname "$0")/lib.sh"
e2e_begin reload
MICRO_EVERY=30s e2e_write_config
e2e_start_unknot
start_input
sleep 4
# Input keeps going through the edit: stopped, a busy machine can take longer
# than micro.duration (4 s) to apply it, and the idle time would count as a
# natural break that rightly resets the timer.
before=$(status_field next_break.in_s)
((before <= 27)) || fail "the timer did not count input (in_s=$before)"

# An editor saves by writing a new file and renaming it over the old one.
sed 's/every = "30s"/every = "90s"/' "$RUN/config.toml" >"$RUN/config.toml.new"
mv "$RUN/config.toml.new" "$RUN/config.toml"
wait_until 1.5 '(( $(status_field next_break.in_s) > 60 ))' || fail "edit not applied within a second"
after=$(status_field next_break.in_s)
((after <= 90 - 3)) || fail "the reload reset the timer (in_s=$after, expected about $((before + 60)))"
pass "an edit applies within a second and keeps the time already counted ($before s -> $after s left)"
stop_input

good_sum=$(sha256sum "$RUN/config.toml")
printf '[micro]\nevery = "10s\n' >"$RUN/config.toml"   # unterminated string
broken_sum=$(sha256sum "$RUN/config.toml")
wait_until 3 'grep -q "config.toml:2:[0-9]*: error" "$RUN/unknot.log"' \
  || fail "the daemon did not report the broken line: $(grep -i error "$RUN/unknot.log" | tail -3)"
(( $(status_field next_break.in_s) > 60 )) || fail "a broken edit changed the settings in force"
set +e; msg=$(ctl reload 2>&1); rc=$?; set -e
((rc == 1)) || fail "unknotctl reload with a broken config exited $rc, not 1"
[[ $msg =~ config\.toml:2:[0-9]+:\ error ]] || fail "unknotctl reload does not name the line: $msg"
set +e; "$UNKNOT" --check-config --config "$RUN/config.toml" --routines "$RUN/routines" >"$RUN/check.txt" 2>&1; rc=$?; set -e
((rc == 1)) || fail "--check-config exited $rc on a broken config"
grep -q "config.toml:2:[0-9]*: error" "$RUN/check.txt" || fail "--check-config output: $(cat "$RUN/check.txt")"
[[ $(sha256sum "$RUN/config.toml") == "$broken_sum" ]] || fail "the daemon rewrote the user's file"
kill -0 "$UNKNOT_PID" || fail "the daemon died on a broken config"
pass "a broken edit keeps the previous settings, names file:line:col, and the file is left alone"
