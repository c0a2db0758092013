#!/usr/bin/env bash
# `unknot-ui figure ID ...` (INTERFACE.md "Exercise figures"): SVG and PNG of
# an exercise's figure at a time, exit 1 with a message for an unknown id or
# one without a figure; no display or daemon needed. The build's
# share/unknot/figures holds an SVG per shipped figure.
set -euo pipefail
build=${UNKNOT_BUILD_DIR:?}
src=$(cd "$(dirname "$0")/../.." && pwd)
ui=$build/bin/unknot-ui
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset DISPLAY WAYLAND_DISPLAY
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
routines=(--routines "$src/config/routines")

"$ui" figure chin-tucks "${routines[@]}" --svg "$tmp/a.svg" || fail "figure --svg exited $?"
grep -q '^<svg' "$tmp/a.svg" && grep -q '<title>Chin tucks' "$tmp/a.svg" ||
  fail "no SVG with its title: $(head -c 300 "$tmp/a.svg")"
pass "figure --svg writes the SVG without a display"

"$ui" figure chin-tucks "${routines[@]}" --png "$tmp/a.png" --size 200 || fail "figure --png exited $?"
[[ $(identify -format '%wx%h' "$tmp/a.png") == 200x200 ]] || fail "PNG is not 200x200"
colours=$(convert "$tmp/a.png" -format '%k' info:)
((colours > 8)) || fail "the PNG looks blank ($colours colours)"
opaque=$(convert "$tmp/a.png" -alpha extract -threshold 50% -format '%[fx:mean]' info:)
awk -v o="$opaque" 'BEGIN { exit !(o > 0.05) }' || fail "the PNG is almost empty (opaque $opaque)"
pass "figure --png draws a figure ($colours colours, ${opaque} of it painted)"

"$ui" figure chin-tucks "${routines[@]}" --svg "$tmp/at0.svg" --at 0
"$ui" figure chin-tucks "${routines[@]}" --svg "$tmp/at3.svg" --at 3
! cmp -s "$tmp/at0.svg" "$tmp/at3.svg" || fail "--at 0 and --at 3 drew the same pose"
cmp -s "$tmp/at3.svg" "$tmp/a.svg" || fail "the default is not the first held pose (3 s is in the hold)"
pass "--at picks the time; the default is the first held pose"

set +e
out=$("$ui" figure no-such-exercise "${routines[@]}" --svg "$tmp/x.svg" 2>&1); rc=$?
[[ $rc == 1 && $out == *"no exercise \`no-such-exercise\`"* ]] || fail "unknown id: rc $rc, '$out'"
out=$("$ui" figure box-breathing "${routines[@]}" --svg "$tmp/x.svg" 2>&1); rc=$?
[[ $rc == 1 && $out == *"has no figure"* ]] || fail "no figure: rc $rc, '$out'"
[[ ! -e $tmp/x.svg ]] || fail "a file was written for a failure"
out=$("$ui" figure chin-tucks "${routines[@]}" 2>&1); rc=$?
[[ $rc == 2 && $out == *"--svg FILE or --png FILE"* ]] || fail "no output: rc $rc, '$out'"
set -e
pass "unknown id and no figure exit 1 with a message; no output file exits 2"

shipped=$(ls "$build/share/unknot/figures"/*.svg | wc -l)
((shipped >= 50)) || fail "only $shipped SVGs in the build's share/unknot/figures"
for f in "$build/share/unknot/figures"/*.svg; do grep -q '<circle' "$f" || fail "$f has no figure"; done
pass "the build rendered $shipped shipped figures to share/unknot/figures"
