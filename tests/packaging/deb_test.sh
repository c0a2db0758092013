#!/usr/bin/env bash
# The Debian package, end to end (opt-in: it builds a second, hardened
# RelWithDebInfo tree, so it is not part of tests/run-all.sh; the README names it).
#   1. configure with prefix /usr and Debian's hardening flags, build, cpack;
#   2. lintian: no errors and no warnings (info and pedantic tags are listed);
#   3. the package's contents (binaries, modules, metadata, icons, man pages,
#      completions, catalogs, docs) and Depends (the modules' libpulse and
#      libical, found by dpkg-shlibdeps);
#   4. install it with apt into a clean bookworm chroot (debootstrap, cached
#      in build-deb/chroot and made again when an interrupted run left it
#      half-made) and run the smoke test there; purge it again.
#      --no-chroot: unpack into a throwaway folder with dpkg -x instead.
# Usage: tests/packaging/deb_test.sh [--no-chroot]   (as root or with sudo)
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
build=$src/build-deb
as_root=()
[[ $(id -u) -eq 0 ]] || as_root=(sudo)

packaging/install-deps.sh build
need=(lintian dpkg-dev debootstrap)
missing=()
for p in "${need[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p"); done
if ((${#missing[@]})); then
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "== build and package"
# -O2 -g as dpkg-buildflags gives (CPack strips); GCC 12 has -O3-only false
# -Wrestrict warnings in <string>.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DUNKNOT_HARDEN=ON -DUNKNOT_BUILD_TESTS=OFF -DUNKNOT_WERROR=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
rm -f "$build"/unknot_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/unknot_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends Suggests

echo "== lintian"
# Info and pedantic tags are shown (to be listed with their reasons), not fatal.
lintian_out=$(lintian --display-info --pedantic --tag-display-limit 0 "$deb" 2>&1 || true)
echo "$lintian_out"
if grep -Eq '^[EW]: ' <<<"$lintian_out"; then
  echo "FAIL: lintian reports errors or warnings" >&2
  exit 1
fi

echo "== contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
app=io.github.unknot.Unknot
for f in ./usr/bin/unknot ./usr/bin/unknotctl ./usr/bin/unknot-ui \
  ./usr/lib/x86_64-linux-gnu/unknot/microphone-pulse.so ./usr/lib/x86_64-linux-gnu/unknot/calendar-ical.so \
  ./usr/share/unknot/config.toml ./usr/share/applications/$app.desktop \
  ./usr/share/metainfo/$app.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/$app.svg ./usr/share/icons/hicolor/symbolic/apps/$app-symbolic.svg \
  ./etc/xdg/autostart/$app.desktop ./usr/lib/systemd/user/unknot.service \
  ./usr/share/man/man1/unknot.1.gz ./usr/share/man/man1/unknotctl.1.gz ./usr/share/man/man1/unknot-ui.1.gz \
  ./usr/share/man/man5/unknot.toml.5.gz \
  ./usr/share/bash-completion/completions/unknotctl ./usr/share/zsh/vendor-completions/_unknotctl \
  ./usr/share/fish/vendor_completions.d/unknotctl.fish \
  ./usr/share/locale/de/LC_MESSAGES/unknot.mo ./usr/share/locale/fr/LC_MESSAGES/unknot.mo \
  ./usr/share/doc/unknot/copyright ./usr/share/doc/unknot/changelog.gz; do
  grep -qxF "$f" <<<"$contents" || { echo "FAIL: $f is not in the package" >&2; exit 1; }
done
for size in 16 22 24 32 48 64 128 256; do
  f=./usr/share/icons/hicolor/${size}x${size}/apps/$app.png
  grep -qxF "$f" <<<"$contents" || { echo "FAIL: $f is not in the package" >&2; exit 1; }
done
# dpkg-shlibdeps must see the dlopen'd modules' libraries too.
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libpulse0 libpulse-mainloop-glib0 libical3; do
  grep -q "\b$lib\b" <<<"$depends" || { echo "FAIL: Depends lacks $lib" >&2; exit 1; }
done
routines=$(grep -c '^./usr/share/unknot/routines/.*\.toml$' <<<"$contents")
((routines > 0)) || { echo "FAIL: no routines in the package" >&2; exit 1; }
echo "contents ok ($routines routine files)"

# The smoke test, run where the package is installed (PATH has its bin/):
# the binaries start, the daemon answers its control socket, pause and resume
# work, and a calendar in the config loads the libical module, whose
# libraries the package's Depends must have brought in.
smoke='set -e
unknot --check-config
unknotctl --version
unknot-ui --version
bin=$(dirname "$(command -v unknot)")
missing=$(ldd "$bin"/unknot "$bin"/unknotctl "$bin"/unknot-ui "$bin"/../lib/*/unknot/*.so | grep "not found" || true)
[ -z "$missing" ] || { echo "FAIL: unresolved libraries: $missing" >&2; exit 1; }
export XDG_RUNTIME_DIR=$(mktemp -d) HOME=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$HOME/.config/unknot"
cat >"$HOME/work.ics" <<ICS
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Unknot deb test//EN
BEGIN:VEVENT
UID:call@unknot.test
DTSTAMP:$(date -u +%Y%m%dT%H%M%SZ)
DTSTART:$(date -u -d "1 minute ago" +%Y%m%dT%H%M%SZ)
DTEND:$(date -u -d "1 hour" +%Y%m%dT%H%M%SZ)
SUMMARY:Planning
END:VEVENT
END:VCALENDAR
ICS
printf "[meetings]\ncalendar = \"%s\"\n" "$HOME/work.ics" >"$HOME/.config/unknot/config.toml"
unknot --no-tray >"$HOME/unknot.log" 2>&1 &
pid=$!
for i in $(seq 50); do unknotctl status >/dev/null 2>&1 && break; sleep 0.1; done
unknotctl status
for i in $(seq 50); do unknotctl status --json | grep -q "\"meeting_sources\":\[[^]]*calendar" && break; sleep 0.1; done
unknotctl status --json | grep -q "\"meeting_sources\":\[[^]]*calendar" ||
  { echo "FAIL: the calendar meeting was not seen: $(unknotctl status --json)" >&2; cat "$HOME/unknot.log" >&2; exit 1; }
grep -q calendar-ical.so /proc/$pid/maps || { echo "FAIL: calendar module not loaded" >&2; exit 1; }
echo "calendar module loaded, meeting seen"
unknotctl pause
unknotctl status | grep -qi paused || { echo "FAIL: pause did not show in the status" >&2; exit 1; }
unknotctl resume
unknotctl quit
wait $pid
echo "smoke ok"'

if [[ ${1:-} == --no-chroot ]]; then
  echo "== unpacked into a throwaway folder (no chroot)"
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  dpkg -x "$deb" "$root"
  PATH=$root/usr/bin:$PATH bash -c "$smoke"
  exit 0
fi

echo "== installed with apt into a clean bookworm chroot"
chroot_dir=$build/chroot
unmount_chroot() {
  local m
  for m in dev/pts proc sys; do  # debootstrap mounts proc and sys while it runs
    if mountpoint -q "$chroot_dir/$m"; then "${as_root[@]}" umount "$chroot_dir/$m"; fi
  done
}
# debootstrap removes its own /debootstrap folder only when it succeeds, so a
# chroot that still has one (or has no apt, or a dpkg left half-done) is the
# remains of an interrupted run: start it again from scratch.
chroot_complete() {
  [[ -x $chroot_dir/usr/bin/apt-get && ! -e $chroot_dir/debootstrap ]] &&
    [[ -z $("${as_root[@]}" chroot "$chroot_dir" dpkg --audit 2>&1) ]]
}
unmount_chroot
if [[ -e $chroot_dir ]] && ! chroot_complete; then
  echo "chroot $chroot_dir is incomplete: making it again"
  "${as_root[@]}" rm -rf --one-file-system "$chroot_dir"
fi
if [[ ! -e $chroot_dir ]]; then
  "${as_root[@]}" debootstrap --variant=minbase bookworm "$chroot_dir" http://deb.debian.org/debian >/dev/null
fi
"${as_root[@]}" cp "$deb" "$chroot_dir/tmp/"
trap unmount_chroot EXIT
"${as_root[@]}" mount --bind /proc "$chroot_dir/proc"
"${as_root[@]}" mount --bind /dev/pts "$chroot_dir/dev/pts"  # apt's log terminal
in_chroot() { "${as_root[@]}" chroot "$chroot_dir" bash -c "$1"; }
# Back to the bare system: a package left by an interrupted run would make apt
# skip the new one, and its leftover dependencies would hide a missing Depends.
in_chroot "apt-get purge -y -qq unknot >/dev/null 2>&1; apt-get autoremove --purge -y -qq >/dev/null"
in_chroot "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null && dpkg -s unknot | head -n 3"
in_chroot "$smoke"
in_chroot "apt-get purge -y -qq unknot >/dev/null && ! command -v unknot &&
  [ ! -e /etc/xdg/autostart/io.github.unknot.Unknot.desktop ] && echo 'purged cleanly' &&
  apt-get autoremove --purge -y -qq >/dev/null"
echo "deb test: all checks passed"
