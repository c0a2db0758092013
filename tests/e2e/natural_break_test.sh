#!/usr/bin/env bash
# 3. No input for a break's duration counts as a natural break: no notification,
#    and status shows the timer reset.
source "$(dirname "$0")/lib.sh"
e2e_begin natural
e2e_start_dunst
MICRO_EVERY=10s MICRO_DURATION=3s e2e_write_config
e2e_start_unknot
start_input
sleep 6   # 6 of the 10 active seconds before the break
stop_input
in_before=$(status_field next_break.in_s)
((in_before <= 6)) || fail "timer did not count the input (in_s=$in_before)"
wait_until 10 '[[ $(status_field state) == idle ]]' || fail "state never became idle"
wait_until 10 '(( $(status_field next_break.in_s) >= 9 ))' \
  || fail "timer not reset after idling for the break's duration: $(ctl status --json)"
[[ $(notify_count) -eq 0 ]] || fail "a natural break must not notify"
pass "idle for the break's duration resets the timer without a notification"
