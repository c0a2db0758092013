#!/usr/bin/env bash
# 5. Garbage on the socket (random bytes, huge lines, half a request then hang
#    up) leaves the daemon answering `status`.
source "$(dirname "$0")/lib.sh"
e2e_begin garbage
e2e_write_config
e2e_start_unknot
SOCK=$XDG_RUNTIME_DIR/unknot/control.sock
[[ $(stat -c %a "$SOCK") == 600 ]] || fail "socket mode is $(stat -c %a "$SOCK"), not 600"
[[ $(stat -c %a "$(dirname "$SOCK")") == 700 ]] || fail "socket folder is not 700"
python3 - "$SOCK" <<'PY' || fail "garbage client saw something wrong"
import json, os, socket, sys
path = sys.argv[1]
def conn():
    s = socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(path); return s
def reply(s):
    data = b""
    while not data.endswith(b"\n"):
        chunk = s.recv(65536)
        if not chunk: break
        data += chunk
    return json.loads(data.splitlines()[0]) if data else None
# random bytes with a newline: an error reply, and the session goes on
s = conn(); s.sendall(os.urandom(4096).replace(b"\n", b"x") + b"\n")
r = reply(s); assert r and r["ok"] is False, r
s.sendall(b'{"cmd":"status"}\n'); r = reply(s); assert r["ok"] is True, r; s.close()
# a line over 64 KiB: too_large, then the daemon hangs up
s = conn()
try:
    s.sendall(b"{" + b" " * (200 * 1024))
    r = reply(s); assert r is None or r["error"]["code"] == "too_large", r
except (BrokenPipeError, ConnectionResetError):
    pass
s.close()
# half a request, then hang up
s = conn(); s.sendall(b'{"cmd":"sta'); s.close()
# unknown command, wrong argument type
s = conn()
s.sendall(b'{"cmd":"explode"}\n'); r = reply(s); assert r["error"]["code"] == "unknown_command", r
s.sendall(b'{"cmd":"pause","args":{"duration_s":"soon"}}\n'); r = reply(s); assert r["error"]["code"] == "bad_request", r
s.close()
PY
ctl status >/dev/null || fail "daemon stopped answering after garbage"
kill -0 "$UNKNOT_PID" || fail "daemon died"
[[ $(status_field state) != paused ]] || fail "garbage changed the daemon's state"
pass "garbage, huge lines and half requests leave the daemon answering"
