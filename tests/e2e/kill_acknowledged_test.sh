#!/usr/bin/env bash
# Issue 22 item 3 / issue 21: `done` and `skip` are answered only once the
# history writer has committed the outcome. The real daemon is killed with
# SIGKILL at random moments, KILLS times, while a client loops
# break/done/break/skip over the socket; afterwards the database passes
# PRAGMA integrity_check and holds every outcome the client saw acknowledged
# (more is fine: a commit whose reply the kill cut off).
source "$(dirname "$0")/lib.sh"
KILLS=${KILLS:-20}
e2e_begin kill_ack
e2e_start_dunst
e2e_write_config
DB=$XDG_STATE_HOME/unknot/history.sqlite3
SOCK=$XDG_RUNTIME_DIR/unknot/control.sock

# The client: counts acknowledged outcomes in $RUN/acked ("done N skip M"),
# rewritten after every reply, so a kill of the client's peer never loses count.
python3 - "$SOCK" "$RUN/acked" "$RUN/client.stop" <<'PY' &
import json, os, socket, sys, time
path, out, stop = sys.argv[1:]
acked = {"done": 0, "skip": 0}
def save():
    with open(out + ".new", "w") as f: f.write("done %d skip %d\n" % (acked["done"], acked["skip"]))
    os.replace(out + ".new", out)
def ask(s, reader, cmd):
    s.sendall(json.dumps({"cmd": cmd}).encode() + b"\n")
    line = reader.readline()
    if not line: raise ConnectionError("hung up")
    return json.loads(line)
save()
turn = 0
while not os.path.exists(stop):
    try:
        s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(path)
        reader = s.makefile("rb")
        while not os.path.exists(stop):
            ask(s, reader, "break")
            cmd = "done" if turn % 2 == 0 else "skip"
            r = ask(s, reader, cmd)
            if r.get("ok"):
                acked[cmd] += 1
                save()
            turn += 1
    except (OSError, ValueError):
        time.sleep(0.02)
PY
CLIENT_PID=$!
track $CLIENT_PID

start=$(date +%s.%N)
for ((i = 1; i <= KILLS; i++)); do
  e2e_start_unknot
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.1, 0.8), 3))')"
  kill -KILL "$UNKNOT_PID"
  wait "$UNKNOT_PID" 2>/dev/null || true
done
touch "$RUN/client.stop"
wait "$CLIENT_PID" || true
elapsed=$(python3 -c "import time; print(round(time.time() - $start, 1))")

check=$(sqlite3 "$DB" 'PRAGMA integrity_check')
[[ $check == ok ]] || fail "integrity_check after $KILLS kills: $check"
read -r _ acked_done _ acked_skip <"$RUN/acked"
stored_taken=$(sqlite3 "$DB" "SELECT count(*) FROM breaks WHERE outcome = 'taken'")
stored_skipped=$(sqlite3 "$DB" "SELECT count(*) FROM breaks WHERE outcome = 'skipped'")
log "$KILLS kills in ${elapsed} s: acknowledged done $acked_done skip $acked_skip;" \
    "stored taken $stored_taken skipped $stored_skipped"
((acked_done + acked_skip > 100)) || fail "the client got too few outcomes acknowledged"
((stored_taken >= acked_done)) || fail "lost $((acked_done - stored_taken)) acknowledged done"
((stored_skipped >= acked_skip)) || fail "lost $((acked_skip - stored_skipped)) acknowledged skip"

# The same figures through the daemon's own `stats`.
e2e_start_unknot
totals=$(ctl stats --days 1 --json | python3 -c '
import json, sys
d = json.load(sys.stdin)["days"][-1]
print(d["taken"], d["skipped"])')
read -r stats_taken stats_skipped <<<"$totals"
((stats_taken >= acked_done && stats_skipped >= acked_skip)) ||
  fail "stats shows taken $stats_taken skipped $stats_skipped, fewer than acknowledged"
pass "$KILLS x kill -9: integrity ok, all $((acked_done + acked_skip)) acknowledged outcomes stored"
