#!/usr/bin/env bash
# unknot-ui in German, as a German user starts it: LANGUAGE=de and
# LANG=de_DE.UTF-8, with no de_DE locale generated on the machine (the words
# come from the catalogs through LANGUAGE/LANG alone). The settings dialog and
# a micro break window open with German titles and labels, and the break
# window shows the exercise in German (the daemon's plan). Screenshots:
# ui-language-settings, ui-language-break.
source "$(dirname "$0")/lib.sh"
e2e_begin ui-language
export LANGUAGE=de LANG=de_DE.UTF-8
unset LC_ALL LC_MESSAGES
e2e_start_dunst
e2e_start_wm

mkdir -p "$RUN/routines"
cat >"$RUN/routines/language.toml" <<'TOML'
[[exercise]]
id = "lang-wrist-circles"
title = "Wrist circles"
title_de = "Handgelenke kreisen"
kind = "movement"
areas = ["wrists"]
duration = "20s"
fits = ["micro"]
hold = "5s"
steps = ["Make loose fists.", "Circle both wrists slowly."]
steps_de = ["Mach lockere Fäuste.", "Kreise beide Handgelenke langsam."]
TOML
mkdir -p "$XDG_CONFIG_HOME/unknot"
cat >"$XDG_CONFIG_HOME/unknot/config.toml" <<'CONF'
[micro]
every = "1h"
duration = "20s"
[rest]
enabled = false
[breaks]
warning = 0
CONF
"$UNKNOT" --no-tray --verbose --routines "$RUN/routines" >>"$RUN/unknot.log" 2>&1 &
track $!
wait_until 10 ctl status || fail "unknot did not answer on its socket"

# ---- the settings dialog ----------------------------------------------------
"$UNKNOT_UI" settings >"$RUN/ui.log" 2>&1 &
UI_PID=$!
track $UI_PID
win=$(wait_window 15 '^Unknot-Einstellungen$') \
  || fail "no German settings dialog: $(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|') $(cat "$RUN/ui.log")"
xdotool windowactivate --sync "$win" 2>/dev/null || true
sleep 0.7
shot=$(screenshot ui-language-settings "$win")
read -r w h < <(xdotool getwindowgeometry --shell "$win" | awk -F= '/^(WIDTH|HEIGHT)=/{printf "%s ", $2} END {print ""}')
((w <= 1280 && h <= 800)) || fail "the German settings dialog does not fit the screen (${w}x${h})"
pass "settings dialog titled 'Unknot-Einstellungen' (${w}x${h}, $shot)"
for page in behaviour hours meetings exercises; do  # every page, for longer German words
  xdotool key --clearmodifiers ctrl+Next
  sleep 0.4
  screenshot "ui-language-settings-$page" "$win" >/dev/null
done
# wx's stock buttons come from wx's own catalog (package wx3.2-i18n).
if [[ -e /usr/share/locale/de/LC_MESSAGES/wxstd-3.2.mo ]]; then
  xdotool key --clearmodifiers Escape
  wait_until 5 '! kill -0 $UI_PID 2>/dev/null' || fail "Escape (Abbrechen) did not close the dialog"
  pass "Escape closes the German dialog"
else
  log "wx3.2-i18n is not installed: OK/Abbrechen/Anwenden stay English"
fi
kill "$UI_PID" 2>/dev/null || true
wait "$UI_PID" 2>/dev/null || true

# ---- a micro break window ---------------------------------------------------
"$UNKNOT_UI" break micro >>"$RUN/ui.log" 2>&1 &
track $!
id=$(wait_window 10 '^Kurzpause · Unknot$') || fail "no German micro break window: $(cat "$RUN/ui.log")"
[[ $(status_field on_break.kind) == micro ]] || fail "unknot-ui break micro did not start a break"
dunstctl close-all >/dev/null 2>&1 || true  # the break's notification would cover the panel
sleep 1.2
shot=$(screenshot ui-language-break "$id")
pass "break window titled 'Kurzpause · Unknot' ($shot)"
# The exercise comes translated in the daemon's plan, which the window shows.
plan_title=$(python3 - "$XDG_RUNTIME_DIR/unknot/control.sock" <<'PY'
import json, socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(b'{"id":1,"cmd":"plan"}\n'); data = b""
while not data.endswith(b"\n"): data += s.recv(65536)
print(json.loads(data)["result"]["exercises"][0]["title"])
PY
)
[[ $plan_title == "Handgelenke kreisen" ]] || fail "the plan's exercise is not German: '$plan_title'"
pass "the break window's exercise is the German text: $plan_title"
xdotool windowactivate --sync "$id" >/dev/null 2>&1 || xdotool windowfocus --sync "$id"
xdotool key d
wait_until 5 '[[ $(status_field on_break) == null ]]' || fail "D did not end the break"
pass "D (the key hint kept in German too) ends the break"
