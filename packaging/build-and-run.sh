#!/usr/bin/env bash
# The README's run command: installs what it needs, builds into build/ and
# starts the daemon with the shipped default config and routines.
# Extra arguments go to `unknot` (e.g. --no-tray, --verbose).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh build
cmake -S . -B build -G Ninja >/dev/null
cmake --build build -j"$(nproc)"
exec build/bin/unknot "$@"
