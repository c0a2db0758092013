# shellcheck shell=bash
# End-to-end test library: a private desktop for the real binaries.
#   Xvfb -displayfd -noreset, a private D-Bus session, dunst (a real
#   notification server), dbus-monitor recording every Notify call, and a
#   private HOME / XDG_* tree. Every process started here is stopped by its PID
#   when the test exits, also on failure.
# Usage: source lib.sh; e2e_begin NAME; ...; (e2e_end is automatic)
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${UNKNOT_BUILD_DIR:?UNKNOT_BUILD_DIR must point at the build tree}
UNKNOT=$BUILD/bin/unknot
UNKNOTCTL=$BUILD/bin/unknotctl
E2E_PIDS=()
E2E_FAILED=0

log() { printf '[%s] %s\n' "$(date +%T.%3N)" "$*" >&2; }
fail() { log "FAIL: $*"; E2E_FAILED=1; exit 1; }
pass() { log "ok: $*"; }

e2e_cleanup() {
  local rc=$?
  local i
  # Newest first, each gone before the next: the daemon before dunst, D-Bus
  # and the X server it talks to.
  for ((i = ${#E2E_PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${E2E_PIDS[i]}" 2>/dev/null || continue
    for _ in $(seq 30); do kill -0 "${E2E_PIDS[i]}" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "${E2E_PIDS[i]}" 2>/dev/null || true
  done
  if [[ $rc -ne 0 && -n ${RUN:-} ]]; then
    log "test failed (rc $rc); daemon log:"
    grep -v "debug: sleeping" "$RUN/unknot.log" 2>/dev/null | tail -n 40 | sed 's/^/  unknot: /' >&2 || true
  fi
  [[ $rc -eq 0 && -n ${RUN:-} && -z ${E2E_KEEP:-} ]] && rm -rf "$RUN"
  exit "$rc"
}
trap e2e_cleanup EXIT

# wait_until SECONDS 'CONDITION' | wait_until SECONDS COMMAND ARGS...:
# poll every 0.1 s until it succeeds. A single-string condition is evaluated
# afresh each time, so single-quote anything with $(...) in it.
wait_until() {
  local tries
  tries=$(awk -v s="$1" 'BEGIN { print int(s * 10) }'); shift
  check() { if (($# == 1)); then eval "$1"; else "$@"; fi; }
  until check "$@" >/dev/null 2>&1; do
    ((tries-- > 0)) || return 1
    sleep 0.1
  done
}

track() { E2E_PIDS+=("$1"); }

e2e_begin() {
  RUN=$(mktemp -d "/tmp/unknot-e2e-$1-XXXXXX")
  export E2E_RUN=$RUN
  export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/config XDG_STATE_HOME=$RUN/state \
         XDG_DATA_HOME=$RUN/data XDG_CACHE_HOME=$RUN/cache XDG_RUNTIME_DIR=$RUN/runtime \
         XDG_CONFIG_DIRS=$RUN/xdg XDG_DATA_DIRS=/usr/share NO_AT_BRIDGE=1
  mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" \
           "$XDG_CONFIG_DIRS" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"

  exec {dfd}>"$RUN/display"
  Xvfb -displayfd "$dfd" -noreset -nolisten tcp -screen 0 1280x800x24 >"$RUN/xvfb.log" 2>&1 &
  track $!
  exec {dfd}>&-
  wait_until 15 test -s "$RUN/display" || fail "Xvfb did not start"
  export DISPLAY=:$(tr -dc '0-9' <"$RUN/display")

  dbus-daemon --session --nofork --nopidfile --address="unix:path=$RUN/bus" \
    --print-address=3 3>"$RUN/bus.addr" >"$RUN/bus.log" 2>&1 &
  track $!
  wait_until 10 test -s "$RUN/bus.addr" || fail "dbus-daemon did not start"
  export DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$RUN/bus.addr")

  dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications'" \
    "type='signal',interface='org.freedesktop.Notifications'" >"$RUN/notify.log" 2>&1 &
  track $!
  log "session: DISPLAY=$DISPLAY RUN=$RUN"
}

# Starts dunst and waits until it owns org.freedesktop.Notifications.
e2e_start_dunst() {
  mkdir -p "$XDG_CONFIG_HOME/dunst"
  printf '[global]\n  dmenu = %s\n' "$E2E_DIR/pick_action.sh" >"$XDG_CONFIG_HOME/dunst/dunstrc"
  dunst >"$RUN/dunst.log" 2>&1 &
  DUNST_PID=$!
  track $DUNST_PID
  wait_until 10 name_owned org.freedesktop.Notifications || fail "dunst did not start"
}

name_owned() {
  dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true
}

# A test config with seconds-long intervals and a routine folder of its own.
e2e_write_config() {
  mkdir -p "$RUN/routines"
  cp "$E2E_DIR/routines/"*.toml "$RUN/routines/"
  cat >"$RUN/config.toml" <<CONF
[micro]
every = "${MICRO_EVERY:-6s}"
duration = "${MICRO_DURATION:-4s}"
[rest]
enabled = false
[snooze]
duration = "${SNOOZE:-4s}"
max = 3
[breaks]
warning = 0
strict = ${STRICT:-false}
[meetings]
grace = "${GRACE:-2s}"
[idle]
threshold = "${IDLE_THRESHOLD:-2s}"
sitting_reset = "30s"
CONF
}

# Starts the daemon with the test config; waits for its control socket.
e2e_start_unknot() {
  "$UNKNOT" --no-tray --verbose --config "$RUN/config.toml" --routines "$RUN/routines" "$@" \
    >>"$RUN/unknot.log" 2>&1 &
  UNKNOT_PID=$!
  track $UNKNOT_PID
  wait_until 10 ctl status || fail "unknot did not answer on its socket"
}

ctl() { "$UNKNOTCTL" "$@"; }
# status_field KEY[.KEY]: one field of `status --json` (null/objects as JSON).
status_field() {
  ctl status --json | python3 -c '
import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = v[k] if isinstance(v, dict) else None
print(json.dumps(v) if isinstance(v, (dict, list)) or v is None else v)' "$1"
}

# Continuous user input: small mouse moves every 0.3 s until stopped.
start_input() {
  ( while :; do xdotool mousemove_relative -- 1 1 >/dev/null 2>&1; sleep 0.3
                xdotool mousemove_relative -- -1 -1 >/dev/null 2>&1; sleep 0.3; done ) &
  INPUT_PID=$!
  track $INPUT_PID
}
stop_input() { kill "$INPUT_PID" 2>/dev/null || true; wait "$INPUT_PID" 2>/dev/null || true; }

# The Notify calls dbus-monitor saw, as JSON (see notify_log.py).
notifications() { python3 "$E2E_DIR/notify_log.py" "$RUN/notify.log" "$@"; }
notify_count() { notifications --count; }

# Chooses a notification action through dunst's context menu, as a user would.
invoke_action() {  # $1 = action label, e.g. Snooze
  printf '%s' "$1" >"$RUN/pick"
  dunstctl context >/dev/null 2>&1 || true
}

# ---- windows (unknot-ui) -------------------------------------------------
UNKNOT_UI=$BUILD/bin/unknot-ui
export UNKNOT_UI
SCREENSHOTS=$BUILD/screenshots

# Starts openbox so windows get decorations, focus and placement as on a desktop.
e2e_start_wm() {
  # Debian's own rc.xml: XDG_CONFIG_DIRS points into the test folder, so
  # openbox would not find it and would show a syntax error window instead.
  openbox --config-file /etc/xdg/openbox/rc.xml >"$RUN/openbox.log" 2>&1 &
  track $!
  wait_until 10 'xprop -root _NET_SUPPORTING_WM_CHECK | grep -q "window id"' || fail "openbox did not start"
}

# wait_window SECONDS NAME_REGEX: prints the id of the first visible window
# whose title matches, once one exists.
wait_window() {
  local tries id
  tries=$(awk -v s="$1" 'BEGIN { print int(s * 10) }')
  while ((tries-- > 0)); do
    id=$(xdotool search --onlyvisible --name "$2" 2>/dev/null | head -n1 || true)
    [[ -n $id ]] && { echo "$id"; return 0; }
    sleep 0.1
  done
  return 1
}

# screenshot NAME [WINDOW_ID]: saves $SCREENSHOTS/NAME.png (the whole screen
# without a window id) and prints its path.
screenshot() {
  mkdir -p "$SCREENSHOTS"
  import -window "${2:-root}" "$SCREENSHOTS/$1.png"
  log "screenshot: $SCREENSHOTS/$1.png"
  echo "$SCREENSHOTS/$1.png"
}

# This test's unknot-ui processes, one pid a line (ctest runs tests side by
# side: another test's are told apart by E2E_RUN in their environment).
ui_pids() {
  local pid
  for pid in $(pgrep -f "^$UNKNOT_UI( |$)" || true); do
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "E2E_RUN=$RUN" && echo "$pid"
  done
  return 0
}
