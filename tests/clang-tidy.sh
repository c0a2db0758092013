#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy) over every source file of src/ and
# tests/, or only the files changed since a git revision. Any warning fails.
# It parses each file with clang 14's front end, so code GCC accepts but
# clang does not fails here too.
#
# A whole-tree run costs about 15 CPU-minutes, so results are cached per
# translation unit in ~/.cache/unknot-clang-tidy (or $UNKNOT_TIDY_CACHE),
# keyed by the file's preprocessed text (every header it includes), its
# compile flags, .clang-tidy and the clang-tidy version: an unchanged file is
# not checked again, in this clone or any other on the machine.
# Usage: tests/clang-tidy.sh BUILD_DIR [--changed REV] [--report]
#   BUILD_DIR: a configured build (its compile_commands.json).
#   --report: print the findings and their count, but exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:?usage: tests/clang-tidy.sh BUILD_DIR [--changed REV] [--report]}
report_only=0 changed_since=""
shift
while [[ $# -gt 0 ]]; do
  case $1 in
    --report) report_only=1 ;;
    --changed) changed_since=${2:?--changed needs a revision}; shift ;;
    *) echo "usage: tests/clang-tidy.sh BUILD_DIR [--changed REV] [--report]" >&2; exit 2 ;;
  esac
  shift
done
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
[[ -n $tidy ]] || { echo "clang-tidy: not installed (packaging/install-deps.sh test)" >&2; exit 1; }
[[ -f $build/compile_commands.json ]] || { echo "clang-tidy: no $build/compile_commands.json" >&2; exit 1; }

changed=()
if [[ -n $changed_since ]]; then
  mapfile -t changed < <(git diff --name-only "$changed_since" -- src tests | grep -E '\.(cpp|hpp)$' || true)
  [[ ${#changed[@]} -gt 0 ]] || { echo "clang-tidy: no C++ file changed since $changed_since"; exit 0; }
fi

status=0
python3 - "$build/compile_commands.json" "$PWD" "$tidy" "${UNKNOT_TIDY_CACHE:-$HOME/.cache/unknot-clang-tidy}" \
  "${UNKNOT_TIDY_JOBS:-$(nproc)}" "${changed[@]}" <<'PY' || status=$?
import concurrent.futures, hashlib, json, os, shlex, subprocess, sys, time

db_path, root, tidy, cache_dir, jobs, *changed = sys.argv[1:]
os.makedirs(cache_dir, exist_ok=True)
started = time.time()

entries = {}
for entry in json.load(open(db_path)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.startswith(("src/", "tests/")) and rel.endswith(".cpp"):
        entries.setdefault(rel, entry)
files = sorted(entries)
if changed:
    # A changed header brings in every file of its folder (a cheap stand-in
    # for "every file that includes it").
    def wanted(f):
        return any(f == c or (c.endswith(".hpp") and os.path.dirname(f) == os.path.dirname(c)) for c in changed)
    files = [f for f in files if wanted(f)]

version = subprocess.run([tidy, "--version"], capture_output=True, text=True).stdout
salt = version + open(os.path.join(root, ".clang-tidy")).read()

def command_of(entry):
    return entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])

def cache_key(rel):
    """The preprocessed text (-P: no line markers, so no clone paths) and the
    flags other than paths of the clone."""
    entry = entries[rel]
    argv = command_of(entry)
    cut = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c":
            continue
        cut.append(a)
    pre = subprocess.run(cut[:1] + ["-E", "-P"] + cut[1:], cwd=entry["directory"],
                         capture_output=True)
    flags = [a for a in argv if not a.startswith(("-I", "-isystem", "/")) and root not in a]
    h = hashlib.sha256()
    # __FILE__ (Catch2's test macros) spells the clone's path: not part of the key.
    text = pre.stdout.replace(root.encode(), b"<root>")
    for part in (salt.encode(), " ".join(flags).encode(), rel.encode(), text):
        h.update(part)
        h.update(b"\0")
    return h.hexdigest() if pre.returncode == 0 else None

def check(rel):
    key = cache_key(rel)
    cached = os.path.join(cache_dir, key) if key else None
    if cached and os.path.exists(cached):
        return rel, open(cached).read(), True
    out = subprocess.run([tidy, "-p", os.path.dirname(db_path), "-quiet", "--warnings-as-errors=*",
                          os.path.join(root, rel)], capture_output=True, text=True)
    findings = "\n".join(l.replace(root + "/", "") for l in (out.stdout + out.stderr).splitlines()
                          if " warning: " in l or " error: " in l)
    if out.returncode != 0 and not findings:
        findings = f"{rel}: error: clang-tidy exited {out.returncode}: {out.stderr.strip()[:400]}"
    if cached:
        tmp = cached + f".{os.getpid()}"
        open(tmp, "w").write(findings)
        os.replace(tmp, cached)
    return rel, findings, False

print(f"clang-tidy: {len(files)} files with {version.split('version')[-1].split()[0]}", flush=True)
lines, hits = set(), 0
with concurrent.futures.ThreadPoolExecutor(int(jobs)) as pool:
    for rel, findings, was_cached in pool.map(check, files):
        hits += was_cached
        lines.update(l for l in findings.splitlines() if l)
for l in sorted(lines):
    print(l)
print(f"clang-tidy: {time.time() - started:.0f} s, {len(files) - hits} files checked, "
      f"{hits} unchanged (cached), {len(lines)} findings")
sys.exit(1 if lines else 0)
PY
[[ $report_only == 1 ]] && exit 0
exit "$status"
