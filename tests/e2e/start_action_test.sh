#!/usr/bin/env bash
# The notification's Start, as a user chooses it in dunst's menu: the break
# starts, the break window comes up on screen (the daemon starts unknot-ui),
# and the notification goes away, since the window now guides the break.
# The time from Start to the window is logged (the figure is measured by
# tests/bench/break_window_latency.sh; this test only checks it happens).
source "$(dirname "$0")/lib.sh"
e2e_begin start-action
e2e_start_dunst
e2e_start_wm
MICRO_EVERY=8s MICRO_DURATION=8s e2e_write_config
e2e_start_unknot
start_input

wait_until 20 '[[ $(status_field break_due) == micro ]]' || fail "no break fell due"
wait_until 5 '[[ $(dunstctl count displayed) -eq 1 ]]' || fail "the prompt is not on screen"
stop_input
[[ -z $(ui_pids) ]] || fail "a break window opened before Start (style notification)"

t0=$(date +%s%N)
invoke_action Start
id=$(wait_window 10 'Micro break.*Unknot') || fail "Start did not bring up the break window"
log "Start to window mapped: $((($(date +%s%N) - t0) / 1000000)) ms (under test load)"
[[ $(status_field on_break.kind) == micro ]] || fail "the break is not running: $(ctl status --json)"
pass "Start in the notification starts the break and opens the break window"

wait_until 5 '[[ $(dunstctl count displayed) -eq 0 ]]' ||
  fail "the notification stays beside the window: $(dunstctl count displayed) shown"
sleep 0.5
screenshot start-action-window "$id" >/dev/null
pass "the notification gives way to the window"

ctl skip >/dev/null
wait_until 10 '[[ -z $(ui_pids) ]]' || fail "unknot-ui still runs after the break ended"
pass "the break ends and no unknot-ui is left"
