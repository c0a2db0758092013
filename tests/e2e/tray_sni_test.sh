#!/usr/bin/env bash
# The daemon's StatusNotifierItem under a real watcher: it registers, its icon
# and tooltip follow the state, its dbusmenu lists the items and "Pause ▸
# 30 min" pauses the daemon; a restarted watcher gets the item again.
source "$(dirname "$0")/lib.sh"
e2e_begin tray
MICRO_EVERY=20m MICRO_DURATION=20s e2e_write_config
export UNKNOT_UI=/bin/true  # no wx fallback expected while a watcher runs

start_watcher() {
  status-notifier-watcher >>"$RUN/watcher.log" 2>&1 &
  WATCHER_PID=$!
  track $WATCHER_PID
  wait_until 10 name_owned org.kde.StatusNotifierWatcher || fail "no watcher"
}
registered_items() {
  gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher \
    RegisteredStatusNotifierItems
}
sni_property() {
  gdbus call --session --dest "$SNI" --object-path /StatusNotifierItem \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierItem "$1"
}
# menu_id ID: the dbusmenu number of the item whose x-unknot-id is ID.
menu_id() {
  gdbus call --session --dest "$SNI" --object-path /MenuBar \
    --method com.canonical.dbusmenu.GetLayout -- 0 -1 '[]' | python3 -c '
import re, sys
text = sys.stdin.read()
at = text.find("'"'"'x-unknot-id'"'"': <'"'"'%s'"'"'>" % sys.argv[1])
if at < 0: sys.exit(1)
print(re.findall(r"\((\d+), \{", text[:at])[-1])' "$1"
}

start_watcher
"$UNKNOT" --verbose --config "$RUN/config.toml" --routines "$RUN/routines" \
  >>"$RUN/unknot.log" 2>&1 &
UNKNOT_PID=$!
track $UNKNOT_PID
wait_until 10 ctl status || fail "unknot did not answer on its socket"
SNI=org.kde.StatusNotifierItem-$UNKNOT_PID-1
wait_until 10 '[[ $(registered_items) == *"$SNI"* ]]' || fail "item not registered: $(registered_items)"
pass "item registered as $SNI"

[[ $(sni_property IconName) == *"io.github.unknot.Unknot-working-"* ]] ||
  fail "working icon expected: $(sni_property IconName)"
[[ $(sni_property ToolTip) == *"Next: micro break in 20 min"* ]] ||
  fail "tooltip: $(sni_property ToolTip)"
[[ $(sni_property Menu) == *"/MenuBar"* ]] || fail "menu path: $(sni_property Menu)"
pass "icon and tooltip show the working state"

for id in status break.micro break.rest pause.30m pause.1h pause.2h pause.tomorrow pause.resume \
  meeting resume snooze skip focus.neck focus.legs statistics settings open_routines about quit; do
  menu_id "$id" >/dev/null || fail "menu lacks $id"
done
pass "the menu lists every item"

before=$(date +%s)
gdbus call --session --dest "$SNI" --object-path /MenuBar --method com.canonical.dbusmenu.Event \
  "$(menu_id pause.30m)" clicked '<0>' 0 >/dev/null || fail "Event refused"
wait_until 5 '[[ $(status_field state) == paused ]]' || fail "not paused: $(status_field state)"
until=$(status_field paused_until)
until_s=$(date -d "$until" +%s)
((until_s >= before + 1790 && until_s <= before + 1820)) || fail "paused_until $until is not ~30 min ahead"
wait_until 5 '[[ $(sni_property IconName) == *"Unknot-paused"* ]]' ||
  fail "paused icon expected: $(sni_property IconName)"
[[ $(sni_property ToolTip) == *"Paused until"* ]] || fail "tooltip: $(sni_property ToolTip)"
pass "Pause ▸ 30 min pauses the daemon until $until; the icon says so"

gdbus call --session --dest "$SNI" --object-path /MenuBar --method com.canonical.dbusmenu.Event \
  "$(menu_id resume)" clicked '<0>' 0 >/dev/null || fail "Event refused"
wait_until 5 '[[ $(status_field state) != paused ]]' || fail "resume did not resume"
pass "Resume resumes"

kill "$WATCHER_PID"; wait "$WATCHER_PID" 2>/dev/null || true
start_watcher
wait_until 10 '[[ $(registered_items) == *"$SNI"* ]]' || fail "not registered again"
pass "a restarted watcher gets the item again"

uss=$(awk '/^Private_(Clean|Dirty):/ {s += $2} END {print s}' "/proc/$UNKNOT_PID/smaps_rollup")
log "daemon USS with the tray registered: ${uss} kB"
