#!/usr/bin/env bash
# 4. `pause 1h` stops prompts; `resume` restarts them; `pause --meeting` stops
#    prompts while sitting_s keeps growing.
source "$(dirname "$0")/lib.sh"
e2e_begin pause
e2e_start_dunst
e2e_write_config
e2e_start_unknot
ctl pause 1h || fail "pause 1h refused"
[[ $(status_field state) == paused ]] || fail "state is not paused"
[[ $(status_field paused_until) != null ]] || fail "paused_until missing"
start_input
sleep 9   # longer than micro.every
[[ $(notify_count) -eq 0 ]] || fail "prompted during a pause"
pass "no prompt while paused"
ctl resume || fail "resume refused"
wait_until 20 '[[ $(notify_count) -ge 1 ]]' || fail "no prompt after resume"
pass "prompts come back after resume"
ctl skip || true
count=$(notify_count)

ctl pause --meeting || fail "pause --meeting refused"
[[ $(status_field state) == meeting ]] || fail "state is not meeting: $(status_field state)"
stop_input   # people sit still in meetings: sitting time must count anyway
s1=$(status_field sitting_s)
sleep 9
s2=$(status_field sitting_s)
((s2 >= s1 + 7)) || fail "sitting_s did not keep growing in a meeting ($s1 -> $s2)"
[[ $(notify_count) -eq $count ]] || fail "prompted during a meeting"
pass "meeting holds prompts while sitting time grows ($s1 s -> $s2 s)"
ctl resume || fail "resume after meeting refused"
start_input   # back at the keyboard after the call
wait_until 15 '[[ $(notify_count) -gt $count ]]' || fail "the break due in the meeting was not offered after it"
notifications | python3 -c '
import json,sys; n=json.load(sys.stdin)[-1]; assert "meeting" in n["body"], n["body"]' \
  || fail "the catch-up prompt does not mention the meeting"
pass "the break that fell due in the meeting is offered after it"
