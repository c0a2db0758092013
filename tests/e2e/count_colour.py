#!/usr/bin/env python3
"""Counts the pixels of an image near a colour (ImageMagick's txt: format on stdin).

Usage: convert shot.png -crop WxH+X+Y txt:- | count_colour.py RRGGBB [DISTANCE]
"""
import re
import sys

target = bytes.fromhex(sys.argv[1])
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 48
count = 0
for line in sys.stdin:
    match = re.search(r"#([0-9A-Fa-f]{6})", line)
    if not match or line.startswith("#"):
        continue
    pixel = bytes.fromhex(match.group(1))
    if sum(abs(a - b) for a, b in zip(pixel, target)) <= limit:
        count += 1
print(count)
