#!/usr/bin/env bash
# A [[reminder]] on the real daemon with dunst: after its `every` of active
# time its own notification arrives (title, body, actions done and snooze),
# `status --json` lists it as due, `unknotctl remind ID done` closes it and
# starts its interval again, and Snooze in the notification brings it back.
source "$(dirname "$0")/lib.sh"
e2e_begin reminder
e2e_start_dunst
MICRO_EVERY=10m MICRO_DURATION=60s SNOOZE=20s e2e_write_config
cat >>"$RUN/config.toml" <<'CONF'
[[reminder]]
id = "water"
title = "Drink some water"
body = "A glass now keeps the afternoon headache away."
every = "10s"
CONF
e2e_start_unknot
start_input

reminder_field() {  # reminder_field KEY: reminders[0].KEY of status --json
  ctl status --json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["reminders"][0][sys.argv[1]]))' "$1"
}
[[ $(reminder_field id) == '"water"' ]] || fail "status --json has no reminder: $(ctl status --json)"
wait_until 40 '[[ $(notify_count) -ge 1 ]]' || fail "no reminder notification: $(ctl status --json)"
notifications | python3 -c '
import json, sys
n = json.load(sys.stdin)[-1]
assert n["summary"] == "Drink some water", n
assert n["body"].startswith("A glass now keeps the afternoon headache away."), n
for key in ("done", "snooze"):
    assert key in n["actions"], "missing action %s in %r" % (key, n["actions"])
' || fail "reminder notification content"
[[ $(reminder_field due) == true && $(reminder_field in_s) == 0 ]] ||
  fail "status does not show the reminder due: $(ctl status --json)"
pass "the reminder's notification arrived with done and snooze; status shows it due"

ctl remind water done || fail "remind water done refused"
wait_until 5 '[[ $(dunstctl count displayed) -eq 0 ]]' || fail "the notification stayed after done"
in_s=$(reminder_field in_s)
[[ $(reminder_field due) == false ]] && ((in_s >= 2 && in_s <= 10)) ||
  fail "done did not start the interval again: $(ctl status --json)"
pass "remind water done closed the notification and reset it (due again in $in_s s)"

set +e; msg=$(ctl remind wtaer done 2>&1); rc=$?; set -e
((rc == 1)) && [[ $msg == *'no reminder "wtaer"'* ]] || fail "an unknown id: rc $rc, $msg"
pass "an unknown reminder id is refused (exit 1: $msg)"

before=$(notify_count)
wait_until 40 '[[ $(notify_count) -gt '"$before"' ]]' || fail "the reminder did not come back"
invoke_action Snooze
wait_until 5 '[[ $(reminder_field due) == false ]]' || fail "Snooze in the notification did nothing"
in_s=$(reminder_field in_s)
((in_s >= 5 && in_s <= 20)) || fail "snooze should bring it back in about 20 s: $(ctl status --json)"
pass "Snooze in the notification brings it back after snooze.duration ($in_s s)"
stop_input
