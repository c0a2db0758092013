#!/usr/bin/env bash
# Installs every Debian bookworm package Unknot needs to build, run and test.
# Usage: packaging/install-deps.sh [build|test]   (default: test, a superset)
# Works as root or through sudo; does nothing when all packages are present.
set -euo pipefail

build_pkgs=(
  build-essential cmake pkg-config ninja-build patch
  libboost-dev libtomlplusplus-dev nlohmann-json3-dev catch2
  libglib2.0-dev libsqlite3-dev libdbusmenu-glib-dev
  libx11-dev libxss-dev libxext-dev libxrender-dev libpulse-dev libical-dev libwayland-dev wayland-protocols
  plasma-wayland-protocols  # org_kde_kwin_idle, the KWin idle fallback
  # wlr-foreign-toplevel-management (fullscreen windows on sway and other
  # wlroots compositors): Debian ships its XML only in this crate's sources.
  librust-wayland-protocols-dev
  libwxgtk3.2-dev libgtk-3-dev  # libgtk-3-dev: ATK names for self-drawn controls (src/ui/accessible_gtk.cpp)
  librsvg2-bin gettext
)
test_pkgs=(
  xvfb xdotool x11-utils dunst dbus dbus-x11 libglib2.0-bin
  trayer imagemagick procps python3 sqlite3
  faketime  # clock jumps on the real daemon (tests/e2e/clock_jumps_test.sh)
  desktop-file-utils appstream groff-base mandoc
  zsh fish  # syntax checks of the shell completions
  openbox wmctrl x11-apps
  pulseaudio pulseaudio-utils
  pipewire pipewire-pulse wireplumber  # the microphone test against PipeWire
  gsettings-desktop-schemas  # GNOME's show-banners (do-not-disturb) test
  haskell-status-notifier-item-utils  # status-notifier-watcher, the tray host in tests
  wx3.2-i18n  # wx's own German/French words in the ui language test
  locales     # de_DE/fr_FR: GTK's stock buttons (OK, Abbrechen) follow the C library's locale
  clang-tidy-14 clang-14  # tests/clang-tidy.sh; the tree also builds with clang++-14
  ccache  # tests/run-all.sh: a second run recompiles only what changed
)

want=("${build_pkgs[@]}")
[[ ${1:-test} == test ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The ui language test's locales (Unknot's own words need only LANGUAGE/LANG).
ensure_locales() {
  [[ ${1:-test} == test ]] || return 0
  local l
  for l in de_DE fr_FR; do
    locale -a 2>/dev/null | grep -qix "$l.utf-\?8" && continue
    [[ $(id -u) -eq 0 ]] && localedef -i "$l" -f UTF-8 "$l.UTF-8" || sudo localedef -i "$l" -f UTF-8 "$l.UTF-8"
  done
}
[[ ${#missing[@]} -eq 0 ]] && { ensure_locales "${1:-test}"; exit 0; }

as_root=()
[[ $(id -u) -eq 0 ]] || as_root=(sudo)
echo "install-deps: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
ensure_locales "${1:-test}"
