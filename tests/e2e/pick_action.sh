#!/bin/sh
# Stands in for dmenu in dunst's context menu (`dunstctl context`): picks the
# menu line for the action label written to $E2E_RUN/pick, exactly as a user
# choosing it from the menu would.
want=$(cat "$E2E_RUN/pick" 2>/dev/null)
tee "$E2E_RUN/menu.txt" | grep -m1 -F "#$want"
