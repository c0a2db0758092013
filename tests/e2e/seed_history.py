#!/usr/bin/env python3
"""Writes a realistic history of DAYS days ending TODAY into the daemon's
SQLite file (already created by the daemon, which must not be running), so the
statistics window has something to chart.

usage: seed_history.py HISTORY_FILE TODAY(YYYY-MM-DD) [DAYS]

Weekends are quiet, some days are missing entirely (a day off), weekdays mix
taken, natural, snoozed and skipped breaks with rest breaks that work body
areas. A fixed seed keeps screenshots comparable between runs.
"""
import datetime as dt
import random
import sqlite3
import sys

AREAS = [["neck", "trapezius"], ["lower-back", "hips"], ["wrists", "arms"],
         ["shoulders", "upper-back"], ["eyes"], ["calves", "hamstrings"]]


def day_plan(rng, day):
    if day.weekday() >= 5:
        return rng.choice([0, 0, 3])  # weekends: mostly nothing
    return rng.randint(6, 10)


def seed_day(db, rng, day, breaks):
    text = day.isoformat()
    start = dt.datetime.combine(day, dt.time(8, 30), dt.timezone.utc)
    sitting_total = 0
    longest = 0
    at = start
    for _ in range(breaks):
        # Mostly short stretches, now and then a long one the chart marks.
        sat = rng.randint(15, 45) * 60_000 if rng.random() < 0.8 else rng.randint(60, 110) * 60_000
        at += dt.timedelta(milliseconds=sat)
        outcome = rng.choices(["taken", "natural", "snoozed", "skipped"], [70, 12, 10, 8])[0]
        kind = "rest" if rng.random() < 0.25 else "micro"
        cur = db.execute(
            "INSERT INTO breaks (day, at_ms, kind, outcome, sitting_ms) VALUES (?,?,?,?,?)",
            (text, int(at.timestamp() * 1000), kind, outcome, sat))
        if outcome == "taken":
            for area in rng.choice(AREAS):
                db.execute("INSERT INTO break_areas (break_id, area) VALUES (?,?)",
                           (cur.lastrowid, area))
        sitting_total += sat
        longest = max(longest, sat)
    if breaks:
        db.execute("INSERT OR REPLACE INTO days (day, active_ms, sitting_ms, longest_sitting_ms) "
                   "VALUES (?,?,?,?)", (text, sitting_total + breaks * 300_000, sitting_total,
                                        longest))


def main():
    path, today = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
    days = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    rng = random.Random(5)
    db = sqlite3.connect(path)
    with db:
        for back in range(days - 1, -1, -1):
            day = today - dt.timedelta(days=back)
            if back == 9:
                continue  # a day off: no records at all
            seed_day(db, rng, day, day_plan(rng, day))
    db.close()


if __name__ == "__main__":
    main()
