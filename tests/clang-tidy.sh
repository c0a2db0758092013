#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy) over every source file of src/ and
# tests/, or only the files changed since a git revision. Any warning fails.
# It parses each file with clang 14's front end, so code GCC accepts but
# clang does not fails here too.
# Usage: tests/clang-tidy.sh BUILD_DIR [--changed REV] [--report]
#   BUILD_DIR: a configured build (its compile_commands.json).
#   --report: print the findings and their count, but exit 0 (the test
#             command uses it until the tree is clean; see the README).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:?usage: tests/clang-tidy.sh BUILD_DIR [--changed REV] [--report]}
report_only=0
for arg in "$@"; do [[ $arg == --report ]] && report_only=1; done
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
[[ -n $tidy ]] || { echo "clang-tidy: not installed (packaging/install-deps.sh test)" >&2; exit 1; }
[[ -f $build/compile_commands.json ]] || { echo "clang-tidy: no $build/compile_commands.json" >&2; exit 1; }

# The translation units of the database that are ours (not generated ones).
mapfile -t files < <(python3 - "$build/compile_commands.json" "$PWD" <<'PY'
import json, os, sys
root = sys.argv[2]
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.startswith(("src/", "tests/")) and rel.endswith(".cpp") and rel not in seen:
        seen.add(rel)
        print(rel)
PY
)
if [[ ${2:-} == --changed ]]; then
  rev=${3:?--changed needs a revision}
  mapfile -t changed < <(git diff --name-only "$rev" -- src tests | grep -E '\.(cpp|hpp)$' || true)
  # A changed header brings in every file of its folder (a cheap stand-in for
  # "every file that includes it").
  keep=()
  for f in "${files[@]}"; do
    for c in "${changed[@]}"; do
      if [[ $f == "$c" || ( $c == *.hpp && $(dirname "$f") == "$(dirname "$c")" ) ]]; then
        keep+=("$f")
        break
      fi
    done
  done
  files=("${keep[@]}")
fi
echo "clang-tidy: ${#files[@]} files with $($tidy --version | grep -o 'version [0-9.]*')"
[[ ${#files[@]} -gt 0 ]] || exit 0

start=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# -quiet: only the findings; xargs runs one clang-tidy per file, nproc at once.
status=0
printf '%s\n' "${files[@]}" |
  xargs -P "$(nproc)" -n 1 "$tidy" -p "$build" -quiet --warnings-as-errors='*' >"$log" 2>&1 ||
  status=$?
grep -E 'warning:|error:' "$log" | sort -u || true
echo "clang-tidy: $(( $(date +%s) - start )) s, $(grep -cE '(warning|error):' "$log" || true) findings"
[[ $report_only == 1 ]] && exit 0
exit "$status"
