#!/usr/bin/env bash
# Runs a Windows program under Wine in Unknot's own prefix: the Windows
# build's CMAKE_CROSSCOMPILING_EMULATOR (Catch2's test discovery, ctest) and
# the e2e scripts. Never the user's ~/.wine.
#   UNKNOT_WINEPREFIX  the prefix (default: $UNKNOT_WIN_CACHE/wineprefix)
set -euo pipefail
: "${UNKNOT_WIN_CACHE:=${XDG_CACHE_HOME:-$HOME/.cache}/unknot-win}"
export WINEPREFIX=${UNKNOT_WINEPREFIX:-$UNKNOT_WIN_CACHE/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
# No Mono or Gecko installer dialogs, no menu entries written into the
# host's desktop.
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=;winemenubuilder.exe=d}
wine=/usr/lib/wine/wine64
[[ -x $wine ]] || wine=$(command -v wine64 || command -v wine)

# wineboot once per prefix (~10 s), serialised against parallel test runs.
if [[ ! -e $WINEPREFIX/.unknot-ready ]]; then
  mkdir -p "$(dirname "$WINEPREFIX")"
  (
    flock 9
    if [[ ! -e $WINEPREFIX/.unknot-ready ]]; then
      DISPLAY='' "$wine" wineboot --init >/dev/null 2>&1 || true
      "${wine%/*}/wineserver" -w 2>/dev/null || wineserver -w
      touch "$WINEPREFIX/.unknot-ready"
    fi
  ) 9>"$WINEPREFIX.lock"
fi

# MinGW's C runtime writes text mode ("\r\n"); Catch2's discovery, ctest's
# output and the shell scripts expect "\n".
set +e
"$wine" "$@" | tr -d '\r'
status=${PIPESTATUS[0]}
exit "$status"
