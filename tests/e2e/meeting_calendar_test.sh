#!/usr/bin/env bash
# A busy event in the user's .ics file is a meeting (source "calendar"):
# prompts are held while it runs; editing the file is noticed without a
# reload; a broken file is one log line naming file:line, and no meeting.
source "$(dirname "$0")/lib.sh"
e2e_begin calendar
e2e_write_config

# One event in UTC: from `$1` to `$2` (date(1) expressions).
write_calendar() {
  cat >"$RUN/work.ics.tmp" <<ICS
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Unknot e2e//EN
BEGIN:VEVENT
UID:call@unknot.test
DTSTAMP:$(date -u +%Y%m%dT%H%M%SZ)
DTSTART:$(date -u -d "$1" +%Y%m%dT%H%M%SZ)
DTEND:$(date -u -d "$2" +%Y%m%dT%H%M%SZ)
SUMMARY:Customer call
END:VEVENT
END:VCALENDAR
ICS
  mv "$RUN/work.ics.tmp" "$RUN/work.ics"  # as editors save: replace, not rewrite
}

write_calendar "1 minute ago" "1 hour"
sed -i "s|^\[meetings\]$|[meetings]\ncalendar = \"$RUN/work.ics\"\nmicrophone = false|" "$RUN/config.toml"
e2e_start_unknot
wait_until 5 '[[ $(status_field state) == meeting ]]' || fail "the calendar event did not start a meeting: $(ctl status --json)"
[[ $(status_field meeting_sources) == *'"calendar"'* ]] || fail "meeting sources: $(status_field meeting_sources)"
pass "a busy event under way holds prompts as a meeting from source calendar"

write_calendar "tomorrow" "tomorrow 1 hour"
wait_until 5 '[[ $(status_field meeting_sources) != *calendar* ]]' || fail "moving the event away did not end the meeting"
pass "an edited calendar is read again without a reload"

write_calendar "1 minute ago" "1 hour"
wait_until 5 '[[ $(status_field meeting_sources) == *calendar* ]]' || fail "the event moved back was not seen"
printf 'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART 20260101T100000Z\nEND:VEVENT\nEND:VCALENDAR\n' >"$RUN/work.ics"
wait_until 5 '[[ $(status_field meeting_sources) != *calendar* ]]' || fail "a broken calendar still holds prompts"
wait_until 5 grep -q "work.ics:4: error: expected NAME:VALUE" "$RUN/unknot.log" || fail "no file:line diagnostic: $(tail -5 "$RUN/unknot.log")"
ctl status >/dev/null || fail "the daemon stopped answering after a broken calendar"
pass "a broken calendar is one diagnostic naming file:line; the daemon carries on"
