#!/usr/bin/env python3
"""Times clicks on the tray icon to the menu on screen.

Watches the root window's children with `xev -root -event substructure`, so
the map is seen as the X server reports it, without polling. Each run:
`xdotool click 3` at the pointer, then the time until a window of 50x50 px or
more is mapped; Escape closes the menu. Prints one figure in ms per run.
Usage: menu_watch.py RUNS
"""
import re
import subprocess
import sys
import threading
import time

runs = int(sys.argv[1])
sizes = {}
mapped = []  # (time, window)
lock = threading.Condition()

xev = subprocess.Popen(["xev", "-root", "-event", "substructure"], stdout=subprocess.PIPE,
                       text=True, bufsize=1)


def read_events():
    for line in xev.stdout:
        now = time.monotonic()
        window = re.search(r"\bwindow (0x[0-9a-f]+)", line)
        size = re.search(r"width (\d+), height (\d+)", line)
        if window and size:
            sizes[window.group(1)] = (int(size.group(1)), int(size.group(2)))
        if line.startswith("MapNotify") or "MapNotify event" in line:
            pending["map"] = True
        elif pending.get("map") and window:
            pending["map"] = False
            with lock:
                mapped.append((now, window.group(1)))
                lock.notify_all()


pending = {}
threading.Thread(target=read_events, daemon=True).start()
time.sleep(0.5)
for _ in range(runs):
    with lock:
        seen = len(mapped)
    start = time.monotonic()
    subprocess.run(["xdotool", "click", "3"], check=True)
    found = None
    with lock:
        while found is None and time.monotonic() - start < 10:
            for when, window in mapped[seen:]:
                w, h = sizes.get(window, (0, 0))
                if w >= 50 and h >= 50:
                    found = when
                    break
            lock.wait(0.05)
    print(round((found - start) * 1000) if found else "timeout", flush=True)
    time.sleep(0.3)
    subprocess.run(["xdotool", "key", "Escape"], check=True)
    time.sleep(1.5)  # unknot-ui leaves; the next click starts a new one
xev.terminate()
