#!/usr/bin/env bash
# Cross-builds Unknot for 64-bit Windows with Debian's MinGW-w64 into
# build-win/ (build-win/bin/*.exe, build-win/tests/*.exe). Installs what it
# needs (MinGW, Wine, the header-only libraries; as root or through sudo),
# builds SQLite and wxWidgets from their Debian source packages once into
# $UNKNOT_WIN_CACHE (default ~/.cache/unknot-win), then the project.
# Usage: packaging/windows/build.sh [--no-ui] [BUILD_DIR]
#   --no-ui   skip wxWidgets and unknot-ui.exe (also: UNKNOT_WIN_UI=0)
set -euo pipefail
cd "$(dirname "$0")/../.."
source packaging/windows/deps.sh

want_ui=${UNKNOT_WIN_UI:-1}
build_dir=build-win
for arg in "$@"; do
  case $arg in
    --no-ui) want_ui=0 ;;
    -*) echo "usage: $0 [--no-ui] [BUILD_DIR]" >&2; exit 2 ;;
    *) build_dir=$arg ;;
  esac
done

install_win_packages
ensure_deb_src
stage_headers
prefixes=("$(build_sqlite)")
if [[ $want_ui == 1 ]]; then
  if wx=$(build_wx); then
    prefixes+=("$wx")
  else
    echo "windows: building without unknot-ui.exe" >&2
    want_ui=0
  fi
fi

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  # Hits across clones and build folders (CI builds a fresh clone elsewhere):
  # paths under the source tree hashed as relative ones, the build folder not
  # hashed (the debug info's compile folder may then name another clone).
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
fi
ui=(-DUNKNOT_BUILD_UI=OFF)
[[ $want_ui == 1 ]] && ui=(-DUNKNOT_BUILD_UI=ON "-DwxWidgets_CONFIG_EXECUTABLE=${prefixes[1]}/bin/wx-config")
prefix_list=$(IFS=';'; echo "${prefixes[*]}")
cmake -S . -B "$build_dir" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$PWD/packaging/windows/mingw-w64-x86_64.cmake" \
  -DUNKNOT_WIN_PREFIXES="$prefix_list" \
  -DUNKNOT_WIN_HEADERS="$UNKNOT_WIN_CACHE/headers/include" \
  -DUNKNOT_WERROR=ON "${launcher[@]}" "${ui[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
