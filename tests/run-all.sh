#!/usr/bin/env bash
# The README's test command: installs what it needs, builds, runs the whole
# suite (unit, scenario, soak, end-to-end), then runs it again under
# AddressSanitizer + UndefinedBehaviorSanitizer.
# Usage: tests/run-all.sh [--no-sanitizers]
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh test

jobs=$(nproc)
run_suite() {  # $1 = build dir, rest = extra cmake options
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DUNKNOT_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  ctest --test-dir "$dir" -j"$jobs" --output-on-failure --timeout 300
}

echo "== build and test (RelWithDebInfo)"
run_suite build
if [[ ${1:-} != --no-sanitizers ]]; then
  echo "== build and test under ASan+UBSan"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    run_suite build-asan -DUNKNOT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
fi
