#!/usr/bin/env bash
# 1. Continuous input for longer than micro.every raises one notification naming
#    an exercise from the test's routine folder, with start/snooze/skip actions.
# 2. Choosing Snooze brings it back after the snooze duration; Skip records a skip.
source "$(dirname "$0")/lib.sh"
e2e_begin notify
e2e_start_dunst
e2e_write_config
e2e_start_unknot
start_input

wait_until 20 '[[ $(notify_count) -ge 1 ]]' || fail "no notification after continuous input"
sleep 1  # a second prompt must not follow the first
[[ $(notify_count) -eq 1 ]] || fail "expected exactly one notification, got $(notify_count)"
notifications | python3 -c '
import json, sys
n = json.load(sys.stdin)[0]
titles = {"E2E palm press": "Press your palms together in front of your chest.",
          "E2E look far away": "Look at something at least six metres away."}
assert n["summary"] in titles, "summary is not an exercise of the routine folder: %r" % n["summary"]
assert n["body"].startswith(titles[n["summary"]]), "body does not start with the first step: %r" % n["body"]
for key in ("start", "snooze", "skip", "default"):
    assert key in n["actions"], "missing action %s in %r" % (key, n["actions"])
assert n["hints"].get("urgency") == "1", "urgency must be normal: %r" % n["hints"]
assert "desktop-entry" in n["hints"] and "category" in n["hints"], n["hints"]
' || fail "notification content"
pass "one notification with an exercise from the routine folder and start/snooze/skip"
[[ $(status_field break_due) == micro ]] || fail "status does not show the break due"

t0=$SECONDS  # from the click: polling for the cleared prompt may itself take seconds on a busy machine
invoke_action Snooze
wait_until 5 '[[ $(status_field break_due) == null ]]' || fail "snooze did not clear the prompt"
# An unanswered prompt is offered again after snooze.duration: on a busy
# machine that repeat can land before the click does. Count from the snooze.
shown=$(notify_count)
wait_until 15 '[[ $(notify_count) -gt $shown ]]' || fail "snoozed break did not come back"
elapsed=$((SECONDS - t0))
((elapsed >= 3)) || fail "snoozed break came back after ${elapsed}s, before the 4s snooze"
[[ $(dunstctl count displayed) -le 1 ]] || fail "break notifications stack: $(dunstctl count displayed) on screen"
pass "snooze brings the break back after the snooze duration, one notification on screen"

invoke_action Skip
wait_until 5 '[[ $(status_field break_due) == null ]]' || fail "skip did not clear the prompt"
wait_until 5 bash -c "$UNKNOTCTL stats --json --days 1 | python3 -c 'import json,sys; d=json.load(sys.stdin)[\"days\"][-1]; assert d[\"skipped\"]==1 and d[\"snoozed\"]>=1, d'" \
  || fail "stats do not record the skip and the snooze: $(ctl stats --json --days 1)"
pass "skip clears the prompt and is recorded"
