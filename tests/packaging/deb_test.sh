#!/usr/bin/env bash
# The Debian package, end to end (opt-in: it builds a second, hardened
# Release tree, so it is not part of tests/run-all.sh; the README names it).
#   1. configure with prefix /usr and Debian's hardening flags, build, cpack;
#   2. lintian: no errors and no warnings (info tags are listed);
#   3. the package's contents: every file the install tree test expects;
#   4. install it with apt into a clean bookworm chroot (debootstrap, cached
#      in the build dir) and run `unknot --check-config`, `unknotctl
#      --version`, `unknot-ui --version` and a daemon smoke test there.
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
lintian_out=$(lintian --info --display-info --no-tag-display-limit "$deb" 2>&1 || true)
echo "$lintian_out"
if grep -Eq '^[EW]: ' <<<"$lintian_out"; then
  echo "FAIL: lintian reports errors or warnings" >&2
  exit 1
fi

echo "== contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for f in ./usr/bin/unknot ./usr/bin/unknotctl ./usr/bin/unknot-ui \
  ./usr/share/unknot/config.toml ./usr/share/applications/io.github.unknot.Unknot.desktop \
  ./usr/share/metainfo/io.github.unknot.Unknot.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/io.github.unknot.Unknot.svg \
  ./etc/xdg/autostart/io.github.unknot.Unknot.desktop ./usr/lib/systemd/user/unknot.service \
  ./usr/share/man/man1/unknot.1.gz ./usr/share/man/man5/unknot.toml.5.gz \
  ./usr/share/doc/unknot/copyright ./usr/share/doc/unknot/changelog.gz; do
  grep -qxF "$f" <<<"$contents" || { echo "FAIL: $f is not in the package" >&2; exit 1; }
done
routines=$(grep -c '^./usr/share/unknot/routines/.*\.toml$' <<<"$contents")
((routines > 0)) || { echo "FAIL: no routines in the package" >&2; exit 1; }
echo "contents ok ($routines routine files)"

smoke='set -e
unknot --check-config
unknotctl --version
unknot-ui --version
export XDG_RUNTIME_DIR=$(mktemp -d) HOME=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
unknot --no-tray >"$HOME/unknot.log" 2>&1 &
pid=$!
for i in $(seq 50); do unknotctl status >/dev/null 2>&1 && break; sleep 0.1; done
unknotctl status
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
if [[ ! -x $chroot_dir/usr/bin/apt-get ]]; then
  "${as_root[@]}" debootstrap --variant=minbase bookworm "$chroot_dir" http://deb.debian.org/debian >/dev/null
fi
"${as_root[@]}" cp "$deb" "$chroot_dir/tmp/"
"${as_root[@]}" mount --bind /proc "$chroot_dir/proc"
trap '"${as_root[@]}" umount "$chroot_dir/proc" 2>/dev/null || true' EXIT
"${as_root[@]}" chroot "$chroot_dir" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null && dpkg -s unknot | head -n 3"
"${as_root[@]}" chroot "$chroot_dir" bash -c "$smoke"
"${as_root[@]}" chroot "$chroot_dir" bash -c "apt-get remove -y -qq unknot >/dev/null && ! command -v unknot && echo 'removed cleanly'"
