#!/usr/bin/env python3
"""Parses dbus-monitor's text output into the Notify calls it recorded.

Usage: notify_log.py LOG            JSON list of {app, replaces_id, icon, summary,
                                    body, actions: {key: label}, hints, timeout}
       notify_log.py LOG --count    number of Notify calls
       notify_log.py LOG --closes   number of CloseNotification calls
"""
import json
import re
import sys

HEADER = re.compile(r"^method call .*member=(\w+)")


def tokens(lines):
    """Yields ('string', text) / ('uint32', n) / ('int32', n) / ('byte', n) / ('['|']', None)."""
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        m = re.match(r'^(?:variant\s+)?string "(.*)$', line)
        if m:
            text = m.group(1)
            while not text.endswith('"') and i + 1 < len(lines):
                i += 1
                text += "\n" + lines[i]
            yield "string", text[:-1]
        elif re.match(r"^(?:variant\s+)?(u?int32|byte|boolean|int64)\s", line):
            kind, value = line.replace("variant", "").split()[:2]
            yield kind, value
        elif line.startswith("array ["):
            yield "[", None
        elif line == "]":
            yield "]", None
        i += 1


def parse_notify(body_lines):
    toks = list(tokens(body_lines))
    pos = 0

    def take():
        nonlocal pos
        tok = toks[pos]
        pos += 1
        return tok

    call = {"app": take()[1], "replaces_id": int(take()[1]), "icon": take()[1],
            "summary": take()[1], "body": take()[1]}
    assert take()[0] == "["
    flat = []
    while toks[pos][0] != "]":
        flat.append(take()[1])
    take()
    call["actions"] = dict(zip(flat[0::2], flat[1::2]))
    assert take()[0] == "["
    hints = {}
    flat = []
    while toks[pos][0] != "]":
        flat.append(take()[1])
    take()
    for key, value in zip(flat[0::2], flat[1::2]):
        hints[key] = value
    call["hints"] = hints
    call["timeout"] = int(take()[1])
    return call


def main():
    lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
    calls, closes, current, member = [], 0, None, None
    for line in lines + ["method call member=End"]:
        m = HEADER.match(line)
        if m or line.startswith("signal ") or line.startswith("method return"):
            if member == "Notify" and current is not None:
                calls.append(parse_notify(current))
            if member == "CloseNotification":
                closes += 1
            member = m.group(1) if m else None
            current = []
        elif current is not None:
            current.append(line)
    if "--count" in sys.argv:
        print(len(calls))
    elif "--closes" in sys.argv:
        print(closes)
    else:
        print(json.dumps(calls, indent=1))


if __name__ == "__main__":
    main()
