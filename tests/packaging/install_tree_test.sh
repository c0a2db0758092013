#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that the tree is
# complete, that its metadata passes the freedesktop validators and that the
# installed daemon finds its own shipped routines (a relocatable install).
# Usage: install_tree_test.sh BUILD_DIR
set -euo pipefail

build=$1
app=io.github.unknot.Unknot
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# A check whose tool is missing is a failure, not a skip: install-deps.sh
# installs every tool used here, so a missing one is a broken setup.
need() {
  command -v "$1" >/dev/null || fail "$1 is not installed (packaging/install-deps.sh test)"
  command -v "$1" >/dev/null
}

check_tree() {
  local f
  for f in bin/unknot bin/unknotctl \
    lib/unknot/microphone-pulse.so lib/unknot/calendar-ical.so \
    share/unknot/config.toml \
    share/applications/$app.desktop \
    share/metainfo/$app.metainfo.xml \
    share/icons/hicolor/scalable/apps/$app.svg \
    share/icons/hicolor/symbolic/apps/$app-symbolic.svg \
    etc/xdg/autostart/$app.desktop \
    lib/systemd/user/unknot.service \
    bin/unknot-ui share/man/man1/unknot-ui.1.gz share/doc/unknot/copyright share/doc/unknot/changelog.gz \
    share/man/man1/unknot.1.gz share/man/man1/unknotctl.1.gz share/man/man5/unknot.toml.5.gz \
    share/bash-completion/completions/unknotctl \
    share/zsh/vendor-completions/_unknotctl \
    share/fish/vendor_completions.d/unknotctl.fish; do
    [[ -f $prefix/$f ]] || fail "missing $f"
  done
  [[ -x $prefix/bin/unknot && -x $prefix/bin/unknotctl ]] || fail "binaries are not executable"
  if command -v rsvg-convert >/dev/null; then
    for size in 16 22 24 32 48 64 128 256; do
      [[ -s $prefix/share/icons/hicolor/${size}x${size}/apps/$app.png ]] || fail "missing ${size}px icon"
    done
  fi
  grep -q '^X-systemd-skip=true$' "$prefix/etc/xdg/autostart/$app.desktop" ||
    fail "autostart entry lacks X-systemd-skip=true"
  grep -Eq '^ExecStart=/.*/bin/unknot$' "$prefix/lib/systemd/user/unknot.service" ||
    fail "unit's ExecStart is not an absolute path to unknot"
}

check_metadata() {
  local f out
  if need desktop-file-validate; then
    for f in "$prefix/share/applications/$app.desktop" "$prefix/etc/xdg/autostart/$app.desktop"; do
      out=$(desktop-file-validate "$f" 2>&1) || fail "desktop-file-validate $f: $out"
      [[ -z $out ]] || fail "desktop-file-validate $f warns: $out"
    done
  fi
  if need appstreamcli; then
    out=$(appstreamcli validate --no-net "$prefix/share/metainfo/$app.metainfo.xml" 2>&1) ||
      fail "appstreamcli validate: $out"
  fi
}

# The unit as systemd reads it. Its ExecStart names the configured prefix, so
# a copy pointing at the temporary prefix is verified; as root, without a user
# manager, systemd-analyze needs a runtime folder of its own.
check_unit() {
  command -v systemd-analyze >/dev/null || return 0
  local unit=$tmp/unit/unknot.service out
  mkdir -p "$tmp/unit" "$tmp/xdg-run"
  chmod 700 "$tmp/xdg-run"
  sed "s|^ExecStart=.*|ExecStart=$prefix/bin/unknot|" "$prefix/lib/systemd/user/unknot.service" >"$unit"
  out=$(MANPATH=$prefix/share/man XDG_RUNTIME_DIR=$tmp/xdg-run \
    systemd-analyze --user verify "$unit" 2>&1) || fail "systemd-analyze --user verify: $out"
  [[ -z $out ]] || fail "systemd-analyze --user verify warns: $out"
}

check_docs() {
  local f out
  if need groff && need mandoc; then
    for f in "$prefix"/share/man/man1/*.1.gz "$prefix"/share/man/man5/*.5.gz; do
      out=$(zcat "$f" | groff -ww -man -z 2>&1) || fail "groff $f: $out"
      [[ -z $out ]] || fail "groff warns on $f: $out"
      out=$(mandoc -T lint -W warning "$f" 2>&1) || fail "mandoc -T lint $f: $out"
    done
  fi
  bash -n "$prefix/share/bash-completion/completions/unknotctl" || fail "bash completion syntax"
  if command -v zsh >/dev/null; then
    zsh -n "$prefix/share/zsh/vendor-completions/_unknotctl" || fail "zsh completion syntax"
  fi
  if command -v fish >/dev/null; then
    fish --no-execute "$prefix/share/fish/vendor_completions.d/unknotctl.fish" ||
      fail "fish completion syntax"
  fi
}

# Every command unknotctl --help lists must be offered by the bash completion.
check_completion_covers_commands() {
  local commands offered
  commands=$("$prefix/bin/unknotctl" --help | awk '/^  [a-z]/ {print $1}' | sort -u)
  offered=$(bash -c 'source "$1"; COMP_WORDS=(unknotctl ""); COMP_CWORD=1; _unknotctl
    printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/unknotctl")
  [[ -n $commands ]] || fail "unknotctl --help lists no commands"
  local c
  for c in $commands; do
    grep -qx -- "$c" <<<"$offered" || fail "bash completion does not offer '$c'"
  done
}

# Runs the installed daemon's --check-config from PREFIX with a fresh home.
check_config_from() {
  local home=$tmp/home
  mkdir -p "$home"
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    XDG_STATE_HOME="$home/.local/state" XDG_CONFIG_DIRS="$home/etc" XDG_RUNTIME_DIR="$home/run" \
    "$1/bin/unknot" --check-config 2>&1
}

# The installed daemon must load the routines shipped in its own prefix, even
# after the whole tree is moved: as many exercises as those files define. One
# extra exercise dropped into the moved tree tells it apart from a binary that
# fell back to the source tree's routines.
check_relocatable() {
  local out shipped moved=$tmp/moved
  shipped=$(cat "$prefix"/share/unknot/routines/*.toml | grep -c '^\[\[exercise\]\]')
  out=$(check_config_from "$prefix") || fail "installed unknot --check-config failed: $out"
  grep -q "[^0-9]$shipped exercises" <<<"$out" ||
    fail "installed unknot did not find the $shipped shipped exercises: $out"
  grep -q " 0 errors" <<<"$out" || fail "installed config has errors: $out"

  cp -a "$prefix" "$moved"
  cat >"$moved/share/unknot/routines/zz-packaging-test.toml" <<'TOML'
[[exercise]]
id = "packaging-test-shrug"
title = "Shoulder shrug"
kind = "stretch"
areas = ["shoulders"]
duration = "20s"
fits = ["micro"]
steps = ["Lift both shoulders toward your ears.", "Let them drop."]
caution = "Stop if it hurts."
TOML
  out=$(check_config_from "$moved") || fail "moved unknot --check-config failed: $out"
  grep -q "[^0-9]$((shipped + 1)) exercises" <<<"$out" ||
    fail "moved unknot did not read the routines of its own prefix: $out"
}

cmake --install "$build" --prefix "$prefix" >/dev/null
check_tree
check_metadata
check_unit
check_docs
check_completion_covers_commands
check_relocatable
if ((failures > 0)); then
  echo "install tree: $failures check(s) failed" >&2
  exit 1
fi
echo "install tree: all checks passed"
