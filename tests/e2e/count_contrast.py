#!/usr/bin/env python3
"""Counts the pixels of an image that stand out from a panel colour by WCAG's
3:1 contrast for graphics (ImageMagick's txt: format on stdin).

Usage: convert shot.png -crop WxH+X+Y txt:- | count_contrast.py PANEL_RRGGBB
"""
import re
import sys


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


panel = luminance(bytes.fromhex(sys.argv[1]))
count = 0
for line in sys.stdin:
    match = re.search(r"#([0-9A-Fa-f]{6})", line)
    if not match or line.startswith("#"):
        continue
    seen = luminance(bytes.fromhex(match.group(1)))
    if (max(seen, panel) + 0.05) / (min(seen, panel) + 0.05) >= 3.0:
        count += 1
print(count)
