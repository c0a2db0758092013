#!/usr/bin/env bash
# Runs the Windows test suites (the .exe files of build-win/) under Wine and
# reports as ctest does. Builds first with packaging/windows/build.sh, which
# installs MinGW and Wine when missing.
# Usage: tests/windows/run.sh [--no-build] [--no-ui] [ctest arguments...]
#   UNKNOT_WIN_BUILD_DIR  the build folder (default build-win)
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${UNKNOT_WIN_BUILD_DIR:-build-win}
build=1 build_args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --no-build) build=0 ;;
    --no-ui) build_args+=(--no-ui) ;;
    *) break ;;
  esac
  shift
done
[[ $build == 1 ]] && packaging/windows/build.sh "${build_args[@]}" "$build_dir"

: "${UNKNOT_WIN_CACHE:=${XDG_CACHE_HOME:-$HOME/.cache}/unknot-win}"
export UNKNOT_WIN_CACHE
export UNKNOT_WINEPREFIX=${UNKNOT_WINEPREFIX:-$UNKNOT_WIN_CACHE/wineprefix}
export WINEPREFIX=$UNKNOT_WINEPREFIX
wineserver=/usr/lib/wine/wineserver
[[ -x $wineserver ]] || wineserver=$(command -v wineserver)

# Wine's windows (the tray's, the message windows of the session and power
# watchers) need an X display: a private Xvfb, never the user's desktop.
xvfb_pid=
cleanup() {
  "$wineserver" -k 2>/dev/null || true
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
  rm -f "${display_file:-}"
}
trap cleanup EXIT
if command -v Xvfb >/dev/null; then
  display_file=$(mktemp)
  Xvfb -displayfd 3 -noreset -screen 0 1280x800x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 100); do [[ -s $display_file ]] && break; sleep 0.05; done
  export DISPLAY=":$(cat "$display_file")"
else
  echo "windows: no Xvfb: tests that need a window will fail" >&2
  unset DISPLAY
fi
# A wineserver left from the build's test discovery belongs to another
# display: start afresh, with one persistent server for the whole run (a
# server exiting between two tests while the next one connects resets it).
"$wineserver" -k 2>/dev/null || true
"$wineserver" -w 2>/dev/null || true
tests/windows/wine-run.sh cmd /c exit >/dev/null 2>&1 || true  # wineboot, if the prefix is new
"$wineserver" -p 2>/dev/null || true

echo "== Windows suites under Wine ($(/usr/lib/wine/wine64 --version 2>/dev/null || echo wine), $build_dir)"
ctest --test-dir "$build_dir" -j"$(nproc)" --output-on-failure --timeout 300 "$@"
