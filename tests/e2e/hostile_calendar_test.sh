#!/usr/bin/env bash
# A calendar path that would block or balloon the daemon: a FIFO (at start and
# on reload), /dev/zero, and a 200 MB file. The daemon keeps answering on its
# socket, its memory stays small, the log names the file and why, and breaks
# keep coming. `--check-config` warns at the key.
source "$(dirname "$0")/lib.sh"
e2e_begin hostile-calendar
e2e_start_dunst
e2e_write_config

set_calendar() {  # $1 = path for [meetings] calendar
  sed -i '/^calendar = /d' "$RUN/config.toml"
  sed -i "s|^\[meetings\]$|[meetings]\ncalendar = \"$1\"|" "$RUN/config.toml"
}
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$UNKNOT_PID/status"; }

mkfifo "$RUN/cal.fifo"
set_calendar "$RUN/cal.fifo"
sed -i 's|^\[meetings\]$|[meetings]\nmicrophone = false|' "$RUN/config.toml"
out=$("$UNKNOT" --check-config --config "$RUN/config.toml" --routines "$RUN/routines" 2>&1) ||
  fail "a FIFO calendar made --check-config fail: $out"
[[ $out == *"config.toml:"*": warning: calendar: \"$RUN/cal.fifo\" is a FIFO, not a regular file"* ]] ||
  fail "--check-config did not warn at the key: $out"
pass "--check-config warns at the calendar key for a FIFO and exits 0"

e2e_start_unknot  # fails unless the socket answers
timeout 5 "$UNKNOTCTL" status >/dev/null || fail "status hung with a FIFO calendar"
wait_until 5 grep -q "cal.fifo: error: cannot read the calendar: is a FIFO, not a regular file" "$RUN/unknot.log" ||
  fail "the log does not name the FIFO: $(tail -5 "$RUN/unknot.log")"
pass "a FIFO calendar at start: the daemon answers and the log names the file"

set_calendar /dev/zero
wait_until 5 grep -q "/dev/zero: error: cannot read the calendar: is a character device" "$RUN/unknot.log" ||
  fail "a reload onto /dev/zero was not refused: $(tail -5 "$RUN/unknot.log")"
timeout 5 "$UNKNOTCTL" status >/dev/null || fail "status hung after /dev/zero"
pass "/dev/zero on reload is refused as a device"

truncate -s 200M "$RUN/huge.ics"
set_calendar "$RUN/huge.ics"
wait_until 5 grep -q "huge.ics: error: cannot read the calendar: is 200 MB: files over 8 MB are not read" "$RUN/unknot.log" ||
  fail "a 200 MB calendar was not refused: $(tail -5 "$RUN/unknot.log")"
rss=$(rss_kb)
# AddressSanitizer's shadow memory and quarantine make resident size
# meaningless there; the plain build checks it.
if ! grep -q libasan "/proc/$UNKNOT_PID/maps"; then
  ((rss < 40000)) || fail "the daemon holds $rss kB after a 200 MB calendar"
fi
pass "a 200 MB calendar is refused by size; the daemon holds $rss kB"

set_calendar "$RUN/cal.fifo"
wait_until 5 '[[ $(grep -c "cal.fifo: error" "$RUN/unknot.log") -ge 2 ]]' ||
  fail "the FIFO on reload was not named again"
timeout 5 "$UNKNOTCTL" status >/dev/null || fail "status hung after a reload onto a FIFO"
n0=$(notify_count)
start_input  # sitting at the keyboard: idle time would count as the break taken
wait_until 20 '(( $(notify_count) > n0 ))' || fail "no break prompt came with a FIFO calendar"
stop_input
pass "a FIFO on reload: the daemon answers and the next break still comes"
