#!/usr/bin/env bash
# The microphone (libpulse) and calendar (libical) backends are modules that
# the daemon loads only when they have work to do: an idle daemon with no sound
# server and no calendar maps neither library (that is most of its memory
# budget); naming a calendar loads one; a sound server at the session's
# default socket loads the other, and a call recording through it is a meeting.
source "$(dirname "$0")/lib.sh"
e2e_begin modules
e2e_write_config

mapped() { grep -q -- "$1" "/proc/$UNKNOT_PID/maps"; }

e2e_start_unknot
wait_until 5 grep -q "desk signals:" "$RUN/unknot.log" || fail "the desk signals did not start"
for part in libpulse libical libicu microphone-pulse.so calendar-ical.so; do
  mapped "$part" && fail "a daemon with no sound server and no calendar maps $part"
done
grep -q "microphone: no sound server yet" "$RUN/unknot.log" || fail "no word about the missing sound server"
pass "with no sound server and no calendar, neither libpulse nor libical is loaded"

cat >"$RUN/work.ics" <<ICS
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Unknot e2e//EN
BEGIN:VEVENT
UID:call@unknot.test
DTSTAMP:$(date -u +%Y%m%dT%H%M%SZ)
DTSTART:$(date -u -d "1 minute ago" +%Y%m%dT%H%M%SZ)
DTEND:$(date -u -d "1 hour" +%Y%m%dT%H%M%SZ)
SUMMARY:Planning
END:VEVENT
END:VCALENDAR
ICS
sed -i "s|^\[meetings\]$|[meetings]\ncalendar = \"$RUN/work.ics\"|" "$RUN/config.toml"
wait_until 10 '[[ $(status_field meeting_sources) == *calendar* ]]' ||
  fail "the calendar named in a reloaded config was not read: $(ctl status --json)"
mapped calendar-ical.so && mapped libical || fail "the calendar is read but the module is not mapped?"
mapped libpulse && fail "the calendar module brought libpulse with it"
pass "a calendar in the config loads the calendar module, and only it"

ctl quit
wait_until 10 '! kill -0 $UNKNOT_PID' || fail "the daemon did not quit"
mkdir -p "$RUN/pulse"
printf '%s\n' "load-module module-native-protocol-unix auth-anonymous=1" \
  "load-module module-null-source source_name=mic" >"$RUN/pulse/default.pa"
pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no -F "$RUN/pulse/default.pa" \
  >"$RUN/pulse/server.log" 2>&1 &
track $!
wait_until 10 test -S "$XDG_RUNTIME_DIR/pulse/native" || fail "pulseaudio did not listen at the default socket"
sed -i "/^calendar = /d" "$RUN/config.toml"
e2e_start_unknot
wait_until 10 mapped microphone-pulse.so || fail "a sound server at the default socket did not load the microphone module"
mapped libical && fail "no calendar, yet libical is loaded"
parecord -d mic --raw --client-name="Video call" /dev/null >"$RUN/pulse/parecord.log" 2>&1 &
RECORDER=$!
track $RECORDER
wait_until 10 '[[ $(status_field meeting_sources) == *microphone* ]]' ||
  fail "recording from the microphone is not a meeting: $(ctl status --json)"
grep -q "microphone in use by Video call" "$RUN/unknot.log" || fail "the log does not name the call app"
kill $RECORDER
wait_until 10 '[[ $(status_field meeting_sources) != *microphone* ]]' || fail "the meeting outlived the recording"
pass "a sound server at the default socket loads the microphone module; a call through it is a meeting"
