#!/usr/bin/env bash
# Meetings detected by the daemon itself: dunst's do-not-disturb holds prompts
# (state meeting, source "dnd") and releases them when switched off; with
# `dnd = false` in [meetings] it is ignored.
source "$(dirname "$0")/lib.sh"
e2e_begin desk
e2e_start_dunst
e2e_write_config
e2e_start_unknot
dunstctl set-paused true
wait_until 5 '[[ $(status_field state) == meeting ]]' || fail "do-not-disturb did not start a meeting: $(ctl status --json)"
[[ $(status_field meeting_sources) == '["dnd"]' ]] || fail "meeting sources: $(status_field meeting_sources)"
dunstctl set-paused false
wait_until 5 '[[ $(status_field state) != meeting ]]' || fail "the meeting did not end with do-not-disturb"
pass "dunst's do-not-disturb holds prompts as a meeting and releases them"

sed -i 's/^\[meetings\]$/[meetings]\ndnd = false/' "$RUN/config.toml"
ctl reload || fail "reload refused"
dunstctl set-paused true
sleep 1
[[ $(status_field state) != meeting ]] || fail "dnd = false still starts a meeting"
pass "a meeting source switched off in [meetings] is ignored"
