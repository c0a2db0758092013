#!/usr/bin/env python3
"""Where two screenshots of a window differ, against the figure's card.

Usage: figure_diff.py A.png B.png CARD_RRGGBB
Prints "card X Y W H inside N outside M": the bounding box of the pixels of
the figure's card colour in A, and how many pixels differ between A and B
inside that box and outside it.
"""
import subprocess
import sys


def pixels(path):
    size = subprocess.run(["identify", "-format", "%w %h", path], check=True,
                          capture_output=True, text=True).stdout.split()
    raw = subprocess.run(["convert", path, "-depth", "8", "rgb:-"], check=True,
                         capture_output=True).stdout
    return int(size[0]), int(size[1]), raw


def longest_run(counts, gap=4):
    """(first, last) of the longest run of indices with a dozen or more card
    pixels, across gaps of a few (the floor line crosses the card), or None."""
    marked = [i for i, n in enumerate(counts) if n >= 12]
    if not marked:
        return None
    runs = [[marked[0], marked[0]]]
    for i in marked[1:]:
        if i - runs[-1][1] <= gap + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return tuple(max(runs, key=lambda r: r[1] - r[0]))


def main():
    w, h, a = pixels(sys.argv[1])
    w2, h2, b = pixels(sys.argv[2])
    if (w, h) != (w2, h2):
        sys.exit(f"the screenshots differ in size: {w}x{h} and {w2}x{h2}")
    card = bytes.fromhex(sys.argv[3])
    in_column, in_row = [0] * w, [0] * h
    for y in range(h):
        row = y * w * 3
        for x in range(w):
            i = row + x * 3
            if sum(abs(a[i + k] - card[k]) for k in range(3)) <= 6:
                in_column[x] += 1
                in_row[y] += 1
    # The card is a filled box: the longest run of rows (and of columns) that
    # are mostly card, not the odd antialiased pixel of a button or the text.
    columns, rows = longest_run(in_column), longest_run(in_row)
    if not columns or not rows:
        print("card none none 0 0 inside 0 outside 0")
        return
    (left, right), (top, bottom) = columns, rows
    inside = outside = 0
    for i in range(0, len(a), 3):
        if sum(abs(a[i + k] - b[i + k]) for k in range(3)) <= 24:
            continue
        x, y = (i // 3) % w, (i // 3) // w
        if left <= x <= right and top <= y <= bottom:
            inside += 1
        else:
            outside += 1
    print(f"card {left} {top} {right - left + 1} {bottom - top + 1} inside {inside} outside {outside}")


main()
